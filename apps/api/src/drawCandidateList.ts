// The candidate list a draw would freeze now, for people to read before the draw (issue 15): paged and searchable on
// the draw page, and downloadable whole as CSV. The same SQL the draw freezes and the preview hashes
// (drawSql.ts#candidateSource), joined to the targets' names and credit codes, which the frozen list itself leaves out.
//
//   GET /export/draw-candidates/<taskId>.csv   every candidate, by credit code, in pages of 5,000 (keyset), streamed
import type { PrismaClient } from '@ssj/db';
import { Prisma } from '@ssj/db/client';
import { classRows, taskForDrawSelect } from './drawInputs.ts';
import { candidateSource, exemptionsOf } from './drawSql.ts';
import { notFound } from './errors.ts';
import { clock } from './clock.ts';
import { openSheet, type SheetOutput, streamRows } from './importing/writers.ts';

type Db = Pick<Prisma.TransactionClient, '$queryRaw' | 'task'>;

export type CandidateRow = {
  targetId: string;
  name: string;
  creditCode: string;
  objectType: string;
  scale: string | null;
  industry: string | null;
  area: string | null;
  riskLevel: string;
  creditStatus: string;
  registrationStatus: string;
  drawsThisYear: number;
  exemptions: string[];
};

/** A keyword on the name or the credit code; `%` and `_` match themselves. */
const keyword = (q: string | null | undefined) => {
  const k = q?.trim();
  if (!k) return Prisma.sql`TRUE`;
  const like = `%${k.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return Prisma.sql`(x."name" ILIKE ${like} OR x."creditCode" ILIKE ${like})`;
};

async function sourceOf(db: Db, taskId: string) {
  const task = await db.task.findUnique({ where: { id: taskId }, select: taskForDrawSelect });
  if (!task) throw notFound('抽查任务');
  return candidateSource(classRows(task), clock.now());
}

function rowsSql(source: Prisma.Sql, where: Prisma.Sql, tail: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT s."targetId", x."name", x."creditCode", s."objectType", s."scale", s."industry", s."area", s."riskLevel",
           s."creditStatus", s."registrationStatus", s."drawsThisYear", ${exemptionsOf} AS "exemptions"
    FROM (${source}) s JOIN "Target" x ON x."id" = s."targetId"
    WHERE ${where}
    ORDER BY x."creditCode" ${tail}`;
}

/** One page of the list as the draw would freeze it now, and how many candidates match the keyword. */
export async function candidateListPage(
  db: Db,
  taskId: string,
  opts: { q?: string | null; page: number; perPage: number },
): Promise<{ total: number; rows: CandidateRow[] }> {
  const source = await sourceOf(db, taskId);
  const where = keyword(opts.q);
  const [count] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (${source}) s JOIN "Target" x ON x."id" = s."targetId" WHERE ${where}`;
  const rows = await db.$queryRaw<CandidateRow[]>(rowsSql(source, where, Prisma.sql`LIMIT ${opts.perPage} OFFSET ${opts.page * opts.perPage}`));
  return { total: count?.n ?? 0, rows };
}

const COLUMNS: [keyof CandidateRow, string][] = [
  ['creditCode', '统一社会信用代码'],
  ['name', '检查对象名称'],
  ['objectType', '对象类型'],
  ['scale', '规模'],
  ['industry', '行业'],
  ['area', '区域'],
  ['riskLevel', '风险等级'],
  ['creditStatus', '信用状态'],
  ['registrationStatus', '登记状态'],
  ['drawsThisYear', '本年度已被抽中次数'],
  ['exemptions', '免于抽查或重点关注情形'],
];

const PAGE = 5_000;

/**
 * The whole list as CSV through the exports' writer (UTF-8 with a BOM, formula cells neutralised), a keyset page at a
 * time: a province's list never sits in memory.
 */
export async function candidateListCsv(prisma: PrismaClient, taskId: string): Promise<SheetOutput> {
  const source = await sourceOf(prisma, taskId);
  const out = openSheet(
    'csv',
    '候选名单',
    COLUMNS.map(([, label]) => label),
  );
  streamRows(out, async function* () {
    for (let after: string | null = null; ; ) {
      const where: Prisma.Sql = after === null ? Prisma.sql`TRUE` : Prisma.sql`x."creditCode" > ${after}`;
      const rows = await prisma.$queryRaw<CandidateRow[]>(rowsSql(source, where, Prisma.sql`LIMIT ${PAGE}`));
      for (const r of rows) yield COLUMNS.map(([k]) => (Array.isArray(r[k]) ? (r[k] as string[]).join('；') : (r[k] as string | number | null)));
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1]!.creditCode;
    }
  });
  return out;
}
