// A target draw over a population too large to hold in the API process (issue 14: a million targets): the frozen
// candidate list is built, stored, counted, hashed and ranked by PostgreSQL, set-based, and the API only handles
// hashes, counts per group of identical candidates and the selected entries. The rules stay the domain's:
// checkDrawCapsByGroups / planDrawByGroups decide per group (exclusion, stratum, classes, caps, seats) what
// drawTargets decides per candidate, and finishDrawByGroups builds the receipt; this module is the bookkeeping
// that has to produce the domain's bytes exactly — the candidate as candidateCanonicalJson writes it, the list
// hash as candidateListHasher streams it, the ranking key as rankingHmac (HMAC-SHA256 from PostgreSQL's sha256,
// which PGlite has too) — and the draw tests hold it to the domain's verifyDraw.
import { Prisma } from '@ssj/db/client';
import {
  type CandidateGroup,
  candidateCanonicalJson,
  type DrawCandidate,
  type DrawExclusion,
  type DrawParameters,
  FILTER_FIELDS,
  type GroupDrawPlan,
  type Hasher,
  type RankedCandidate,
} from '@ssj/domain';
import { type ClassRow, drawYear } from './drawInputs.ts';

type Db = Pick<Prisma.TransactionClient, '$executeRaw' | '$queryRaw'>;

/** Rows per hash page (one string_agg text of ~15 MB) and per read page. */
const PAGE = 50_000;

/** A class's conditions on Target (rule 11), as SQL; none = any target. */
function classCondition(c: ClassRow): Prisma.Sql[] {
  return [
    ...(c.library?.kind === 'SPECIAL' && c.libraryId ? [Prisma.sql`t."libraryId" = ${c.libraryId}`] : []),
    ...(c.objectType ? [Prisma.sql`t."objectType" = ${c.objectType}`] : []),
    ...(c.scale ? [Prisma.sql`t."scale"::text = ${c.scale}`] : []),
    ...(c.industry ? [Prisma.sql`t."industry" = ${c.industry}`] : []),
    ...(c.area ? [Prisma.sql`t."area" = ${c.area}`] : []),
  ];
}

/**
 * The candidate list of a draw made at `at`, as rows with DrawCandidate's columns (unordered): every non-retired
 * target some class may draw (rule 23: inactive ones too, to be excluded on the receipt), with its locked target
 * draws of the calendar year (rule 9, a draw counting once per target) and its exemptions — exemptionsOf (the
 * domain's candidateOf) in SQL: the flags and credit statuses that are grounds, sorted.
 */
export function candidateSource(classes: readonly ClassRow[], at: Date): Prisma.Sql {
  return Prisma.sql`SELECT s.*, ${exemptionsOf} AS "exemptions" FROM (${targetFacts(classes, at)}) s`;
}

/** exemptionsOf (the domain) over a row `s` of targetFacts: the grounds, sorted. */
const exemptionsOf = Prisma.sql`array_remove(ARRAY[
  CASE WHEN s."creditStatus" = 'ABNORMAL' THEN 'ABNORMAL_LIST' END,
  CASE WHEN s."creditStatus" = 'DISHONEST' THEN 'DISHONEST' END,
  CASE WHEN s."keyIndustry" THEN 'KEY_INDUSTRY' END,
  CASE WHEN s."repeatedComplaints" THEN 'REPEATED_COMPLAINTS' END,
  CASE WHEN s."seriousViolation" THEN 'SERIOUS_VIOLATION' END]::text[], NULL)`;

/** The facts of candidateSource before the exemptions are derived: the flags they come from instead. */
function targetFacts(classes: readonly ClassRow[], at: Date): Prisma.Sql {
  const conditions = classes.map(classCondition);
  const match =
    classes.length === 0
      ? Prisma.sql`FALSE`
      : conditions.some((c) => c.length === 0)
        ? Prisma.sql`TRUE`
        : Prisma.join(
            conditions.map((c) => Prisma.sql`(${Prisma.join(c, ' AND ')})`),
            ' OR ',
          );
  const { from, to } = drawYear(at);
  return Prisma.sql`
    SELECT t."id" AS "targetId", t."objectType", t."scale"::text AS "scale", t."industry", t."area", t."libraryId",
           t."riskLevel"::text AS "riskLevel", t."creditStatus"::text AS "creditStatus",
           t."registrationStatus"::text AS "registrationStatus", COALESCE(n.n, 0)::int AS "drawsThisYear",
           t."keyIndustry", t."repeatedComplaints", t."seriousViolation"
    FROM "Target" t
    LEFT JOIN (SELECT dt."targetId", count(*) AS n FROM "DrawnTarget" dt JOIN "Draw" d ON d."id" = dt."drawId"
               WHERE d."status" = 'LOCKED' AND d."kind" = 'TARGETS' AND d."drawnAt" >= ${from} AND d."drawnAt" < ${to}
               GROUP BY dt."targetId") n ON n."targetId" = t."id"
    WHERE t."retiredAt" IS NULL AND (${match})`;
}

/**
 * Writes the frozen list (freezeCandidates' order: by id, in code-unit order = "C" collation for these ids) as the
 * draw's DrawCandidate rows, in one INSERT … SELECT; returns the number of candidates.
 */
export async function insertCandidates(db: Db, drawId: string, source: Prisma.Sql, table = Prisma.raw('"DrawCandidate"')): Promise<number> {
  return db.$executeRaw`
    INSERT INTO ${table} ("drawId", "position", "targetId", "objectType", "scale", "industry", "area", "libraryId",
                          "riskLevel", "creditStatus", "registrationStatus", "drawsThisYear", "exemptions")
    SELECT ${drawId}, (row_number() OVER (ORDER BY s."targetId" COLLATE "C") - 1)::int, s."targetId", s."objectType", s."scale",
           s."industry", s."area", s."libraryId", s."riskLevel", s."creditStatus", s."registrationStatus", s."drawsThisYear",
           s."exemptions"
    FROM (${source}) s`;
}

/** A scratch copy of DrawCandidate for the preview, dropped at the end of the transaction. */
export async function previewTable(db: Db): Promise<Prisma.Sql> {
  await db.$executeRaw`CREATE TEMP TABLE IF NOT EXISTS "DrawCandidatePreview" (LIKE "DrawCandidate" INCLUDING INDEXES) ON COMMIT DROP`;
  await db.$executeRaw`TRUNCATE "DrawCandidatePreview"`;
  return Prisma.raw('"DrawCandidatePreview"');
}

/**
 * For the rest of this transaction: sorts and hash aggregates of a million rows (the ranking's window functions, the
 * census) in memory rather than spilled to disk, and no JIT compilation (measured at 1M: it costs more than it saves
 * for these one-pass statements; work_mem + no JIT halved the census's CPU).
 */
export async function roomToSort(db: Db): Promise<void> {
  await db.$executeRaw`SET LOCAL work_mem = '128MB'`;
  await db.$executeRaw`SET LOCAL jit = off`;
}

/**
 * One page of a stored list in position order as compact text: a record per candidate (separated by chr(30)), its
 * fields separated by chr(31), a null as chr(2) — cheaper for PostgreSQL to write than JSON (a third of the CPU) and
 * parsed with two splits. A value holding a control character would be ambiguous: the page then says so (`odd`) and
 * is read as JSON instead (forEachCandidateBatch's form).
 */
async function listPage(db: Db, table: Prisma.Sql, drawId: string, from: number, to: number) {
  const [page] = await db.$queryRaw<{ text: string | null; n: number; odd: boolean | null }[]>`
    SELECT string_agg(c.r, chr(30) ORDER BY c."position") AS text, count(*)::int AS n, bool_or(c.odd) AS odd
    FROM (SELECT c."position",
                 concat_ws(chr(31), c."targetId", c."objectType", COALESCE(c."scale", chr(2)), COALESCE(c."industry", chr(2)),
                           COALESCE(c."area", chr(2)), c."libraryId", c."riskLevel", c."creditStatus", c."registrationStatus",
                           c."drawsThisYear", array_to_string(c."exemptions", ',')) AS r,
                 concat(c."targetId", c."objectType", c."scale", c."industry", c."area", c."libraryId", c."riskLevel", c."creditStatus",
                        c."registrationStatus", array_to_string(c."exemptions", '')) ~ '[\x01-\x1f]' AS odd
          FROM ${table} c WHERE c."drawId" = ${drawId} AND c."position" >= ${from} AND c."position" < ${to}) c`;
  return { text: page?.text ?? '', n: page?.n ?? 0, odd: page?.odd ?? false };
}

const NULL_MARK = '\u0002';

/**
 * candidateCanonicalJson (the domain) of a record of listPage, written straight from its fields (no object per
 * candidate): the same bytes — the drawSql tests hold the streamed hash to freezeCandidates' — or null when the
 * record does not have its 11 fields.
 */
function canonicalRecord(r: string): { id: string; json: string } | null {
  const f = r.split('\u001f');
  if (f.length !== 11) return null;
  const q = JSON.stringify;
  const opt = (v: string) => (v === NULL_MARK ? 'null' : q(v));
  const ex =
    f[10] === ''
      ? '[]'
      : `[${f[10]!
          .split(',')
          .map((e) => q(e))
          .join(',')}]`;
  return {
    id: f[0]!,
    json: `{"area":${opt(f[4]!)},"creditStatus":${q(f[7])},"drawsThisYear":${Number(f[9])},"exemptions":${ex},"id":${q(f[0])},"industry":${opt(f[3]!)},"libraryId":${q(f[5])},"objectType":${q(f[1])},"registrationStatus":${q(f[8])},"riskLevel":${q(f[6])},"scale":${opt(f[2]!)}}`,
  };
}

/**
 * The list hash of a stored list, streamed (sha256 of the canonical JSON array, as candidateListHasher computes it,
 * over the rows in position order, a page of PAGE candidates at a time; nothing of the list is kept), with its count
 * and whether the ids ascend strictly and the positions run 0 … n−1 (a frozen list is sorted by id, without
 * duplicates).
 */
export async function hashStoredList(
  db: Db,
  drawId: string,
  h: Hasher,
  table = Prisma.raw('"DrawCandidate"'),
): Promise<{ hash: string; count: number; ordered: boolean }> {
  const stream = h.sha256Stream();
  let count = 0;
  let ordered = true;
  let last: string | null = null;
  const take = (id: string, json: string, parts: string[]) => {
    if (last !== null && !(last < id)) ordered = false;
    last = id;
    parts.push(json);
  };
  for (let from = 0; ; from += PAGE) {
    const page = await listPage(db, table, drawId, from, from + PAGE);
    if (page.n === 0) break;
    let parts: string[] | null = null;
    if (!page.odd) {
      const records = page.text.split('\u001e');
      if (records.length === page.n) {
        parts = [];
        const lastBefore: string | null = last;
        for (const r of records) {
          const c = canonicalRecord(r);
          if (!c) {
            parts = null;
            last = lastBefore;
            break;
          }
          take(c.id, c.json, parts);
        }
      }
    }
    if (!parts) {
      parts = [];
      for (const c of await candidatePage(db, table, drawId, from, from + PAGE)) take(c.id, candidateCanonicalJson(c), parts);
    }
    stream.update(`${count === 0 ? '[' : ','}${parts.join(',')}`);
    count += page.n;
    if (page.n < PAGE) break;
  }
  // Positions are 0 … n−1 without gaps when the pages held every row of the draw.
  const [all] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM ${table} WHERE "drawId" = ${drawId}`;
  if (all?.n !== count) ordered = false;
  stream.update(count === 0 ? '[]' : ']');
  return { hash: stream.hex(), count, ordered };
}

/** A page of a stored list as JSON (exact for any value). */
async function candidatePage(db: Db, table: Prisma.Sql, drawId: string, from: number, to: number): Promise<DrawCandidate[]> {
  const [page] = await db.$queryRaw<{ rows: string | null }[]>`
    SELECT json_agg(json_build_array(c."targetId", c."objectType", c."scale", c."industry", c."area", c."libraryId",
                                     c."riskLevel", c."creditStatus", c."registrationStatus", c."drawsThisYear", c."exemptions")
                    ORDER BY c."position")::text AS rows
    FROM ${table} c WHERE c."drawId" = ${drawId} AND c."position" >= ${from} AND c."position" < ${to}`;
  return (page?.rows ? (JSON.parse(page.rows) as unknown[][]) : []).map((r) => ({
    id: r[0] as string,
    objectType: r[1] as string,
    scale: r[2] as string | null,
    industry: r[3] as string | null,
    area: r[4] as string | null,
    libraryId: r[5] as string,
    riskLevel: r[6] as DrawCandidate['riskLevel'],
    creditStatus: r[7] as DrawCandidate['creditStatus'],
    registrationStatus: r[8] as DrawCandidate['registrationStatus'],
    drawsThisYear: r[9] as number,
    exemptions: (r[10] ?? []) as DrawCandidate['exemptions'],
  }));
}

/** The filter fields some class restricts (the others are left out of the groups: no rule reads them). */
function usedFields(p: Pick<DrawParameters, 'classes'>): Set<(typeof FILTER_FIELDS)[number]> {
  return new Set(FILTER_FIELDS.filter((f) => p.classes.some((cls) => cls.filter[f] !== null)));
}

/** The group of a DrawCandidate row `c` (see CandidateGroup) as one text: the fields the rules read, joined. */
function groupKey(fields: Set<string>): Prisma.Sql {
  const part = (f: string, sql: Prisma.Sql) => (fields.has(f) ? Prisma.sql`COALESCE(${sql}, chr(30))` : Prisma.sql`''`);
  return Prisma.sql`concat_ws(chr(31), ${part('objectType', Prisma.sql`c."objectType"`)}, ${part('scale', Prisma.sql`c."scale"`)},
    ${part('industry', Prisma.sql`c."industry"`)}, ${part('area', Prisma.sql`c."area"`)}, ${part('libraryId', Prisma.sql`c."libraryId"`)},
    c."riskLevel", c."creditStatus", c."registrationStatus", c."drawsThisYear"::text, array_to_string(c."exemptions", ','))`;
}

/**
 * The census of a candidate list: its groups of candidates the rules cannot tell apart, with their counts — a few
 * hundred rows for a million candidates. PostgreSQL groups by the plain columns (hashing, no text built per row); the
 * group's key and exemptions are derived from the few grouped rows. `from` is a stored list (storedList) or the
 * targets as a draw would freeze them now (targetsNow).
 */
export async function candidateGroups(db: Db, p: Pick<DrawParameters, 'classes'>, from: { sql: Prisma.Sql; flags: boolean }): Promise<CandidateGroup[]> {
  const fields = usedFields(p);
  const col = (f: (typeof FILTER_FIELDS)[number], nullable: boolean) =>
    fields.has(f) ? Prisma.sql`c.${Prisma.raw(`"${f}"`)}` : nullable ? Prisma.sql`NULL::text` : Prisma.sql`''`;
  const grounds = from.flags ? Prisma.sql`c."keyIndustry", c."repeatedComplaints", c."seriousViolation"` : Prisma.sql`c."exemptions"`;
  const rows = await db.$queryRaw<
    {
      key: string;
      count: number;
      objectType: string;
      scale: string | null;
      industry: string | null;
      area: string | null;
      libraryId: string;
      riskLevel: DrawCandidate['riskLevel'];
      creditStatus: DrawCandidate['creditStatus'];
      registrationStatus: DrawCandidate['registrationStatus'];
      drawsThisYear: number;
      exemptions: DrawCandidate['exemptions'] | null;
    }[]
  >`
    SELECT ${groupKey(fields)} AS key, c.*
    FROM (SELECT s.*${from.flags ? Prisma.sql`, ${exemptionsOf} AS "exemptions"` : Prisma.empty}
          FROM (SELECT ${col('objectType', false)} AS "objectType", ${col('scale', true)} AS "scale", ${col('industry', true)} AS "industry",
                       ${col('area', true)} AS "area", ${col('libraryId', false)} AS "libraryId", c."riskLevel", c."creditStatus",
                       c."registrationStatus", c."drawsThisYear", ${grounds}, count(*)::int AS count
                FROM (${from.sql}) c GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, ${from.flags ? Prisma.sql`10, 11, 12` : Prisma.sql`10`}) s) c`;
  return rows.map((r) => ({
    key: r.key,
    count: r.count,
    candidate: candidateFields(r),
  }));
}

/** The targets a draw at `at` would freeze now, as the FROM of candidateGroups. */
export const targetsNow = (classes: readonly ClassRow[], at: Date) => ({ sql: targetFacts(classes, at), flags: true });

/** A stored list as the FROM of candidateGroups. */
export const storedList = (drawId: string, table = Prisma.raw('"DrawCandidate"')) => ({
  sql: Prisma.sql`SELECT * FROM ${table} WHERE "drawId" = ${drawId}`,
  flags: false,
});

/** HMAC-SHA256 with a 32-byte key as two sha256 calls: the padded key XOR ipad and XOR opad, as hex. */
function hmacPads(keyHex: string): { ipad: string; opad: string } {
  const key = Buffer.alloc(64);
  Buffer.from(keyHex, 'hex').copy(key);
  return { ipad: Buffer.from(key.map((b) => b ^ 0x36)).toString('hex'), opad: Buffer.from(key.map((b) => b ^ 0x5c)).toString('hex') };
}

/**
 * Rule 17 (the ranking, drawClass in the domain): each class's members ranked by rankingHmac(seed, `${key}:${id}`)
 * (ties by id), and the selected entries — the best `seats[stratum]` of each stratum (RATIO) or the best `take`
 * (COUNT) — with their rank in the whole class ranking. PostgreSQL computes the keys and sorts; the API receives
 * the selected rows only. Also the excluded candidates, in list order.
 */
export async function rankStoredList(
  db: Db,
  drawId: string,
  plan: GroupDrawPlan,
  table = Prisma.raw('"DrawCandidate"'),
): Promise<{ selected: Map<string, Omit<RankedCandidate, 'selected'>[]>; exclusions: DrawExclusion[] }> {
  if (!/^[0-9a-f]{64}$/.test(plan.seed)) throw new TypeError('rankStoredList: seed is not 64 hex');
  const key = groupKey(usedFields(plan.parameters));
  const { ipad, opad } = hmacPads(plan.seed);
  const selected = new Map<string, Omit<RankedCandidate, 'selected'>[]>();
  for (const cls of plan.classes) {
    const members = plan.labels.filter((l) => l.classKeys.includes(cls.classKey));
    if (members.length === 0 || cls.take === 0) {
      selected.set(cls.classKey, []);
      continue;
    }
    const seats = members.map((l) => (cls.seats ? (cls.seats[l.stratum] ?? 0) : cls.take));
    const rows = await db.$queryRaw<{ rank: number; id: string; stratum: string; hmac: string }[]>`
      WITH g AS (SELECT * FROM unnest(${members.map((l) => l.key)}::text[], ${members.map((l) => l.stratum)}::text[], ${seats}::int[]) AS g(key, stratum, seats)),
      m AS (SELECT c."targetId" AS id, g.stratum, g.seats,
                   sha256(decode(${opad}, 'hex') || sha256(decode(${ipad}, 'hex') || convert_to(${`${cls.classKey}:`} || c."targetId", 'UTF8'))) AS h
            FROM ${table} c JOIN g ON g.key = ${key} WHERE c."drawId" = ${drawId}),
      r AS (SELECT m.*, row_number() OVER (ORDER BY m.h, m.id COLLATE "C") AS rank,
                   row_number() OVER (PARTITION BY m.stratum ORDER BY m.h, m.id COLLATE "C") AS srank FROM m)
      SELECT r.rank::int AS rank, r.id, r.stratum, encode(r.h, 'hex') AS hmac FROM r
      WHERE ${cls.seats ? Prisma.sql`r.srank <= r.seats` : Prisma.sql`r.rank <= ${cls.take}`} ORDER BY r.rank`;
    selected.set(
      cls.classKey,
      rows.map((r) => ({ rank: r.rank, candidateId: r.id, stratum: r.stratum, hmac: r.hmac })),
    );
  }
  const excluded = plan.labels.filter((l) => l.exclusion);
  const exclusions =
    excluded.length === 0
      ? []
      : (
          await db.$queryRaw<{ id: string; code: DrawExclusion['code']; detail: string }[]>`
            SELECT c."targetId" AS id, g.code, g.detail
            FROM ${table} c JOIN unnest(${excluded.map((l) => l.key)}::text[], ${excluded.map((l) => l.exclusion!.code)}::text[],
                                        ${excluded.map((l) => l.exclusion!.detail)}::text[]) AS g(key, code, detail) ON g.key = ${key}
            WHERE c."drawId" = ${drawId} ORDER BY c."position"`
        ).map((r) => ({ candidateId: r.id, code: r.code, detail: r.detail }));
  return { selected, exclusions };
}

/** A candidate row's drawing fields, in freezeCandidates' property order (what the list's hash reads). */
function candidateFields(r: Omit<DrawCandidate, 'id' | 'exemptions'> & { exemptions: DrawCandidate['exemptions'] | null }): Omit<DrawCandidate, 'id'> {
  return {
    objectType: r.objectType,
    scale: r.scale,
    industry: r.industry,
    area: r.area,
    libraryId: r.libraryId,
    riskLevel: r.riskLevel,
    creditStatus: r.creditStatus,
    registrationStatus: r.registrationStatus,
    drawsThisYear: r.drawsThisYear,
    exemptions: r.exemptions ?? [],
  };
}

/** The stored candidates with these target ids (e.g. the drawn ones), by id. */
export async function storedCandidates(db: Db, drawId: string, targetIds: readonly string[]): Promise<Map<string, DrawCandidate>> {
  const rows = await db.$queryRaw<(Omit<DrawCandidate, 'id' | 'exemptions'> & { targetId: string; exemptions: DrawCandidate['exemptions'] | null })[]>`
    SELECT c."targetId", c."objectType", c."scale", c."industry", c."area", c."libraryId", c."riskLevel", c."creditStatus",
           c."registrationStatus", c."drawsThisYear", c."exemptions"
    FROM "DrawCandidate" c WHERE c."drawId" = ${drawId} AND c."targetId" = ANY(${[...targetIds]}::text[])`;
  return new Map(rows.map(({ targetId, ...r }) => [targetId, { id: targetId, ...candidateFields(r) }]));
}
