// Exports: any importable list with the filters and sort of its list view (the same `where` the GraphQL list
// query uses, the same masking of personal data), the published results, and an empty template per list.
// The header row is the import's own, so an exported file imports back without changes.
import { coerceInputValue, GraphQLError, type GraphQLInputObjectType } from 'graphql';
import type { PrismaClient } from '@ssj/db';
import type { Prisma } from '@ssj/db/client';
import { CHECK_METHOD, correctedResult, FOLLOW_UP_ACTION, isIsoDate, maskIdNumber, PUBLISHED_RESULTS, REPORTED_CLOSURES, RESULT_OUTCOME } from '@ssj/domain';
import type { Context } from '../context.ts';
import { unauthenticated, userError } from '../errors.ts';
import { paging } from '../listing.ts';
import { statusWhere } from '../statusWhere.ts';
import { schema } from '../schema/index.ts';
import { sortable as checkItemSort, where as checkItemWhere } from '../schema/checkItem.ts';
import { sortable as expertSort, where as expertWhere } from '../schema/expert.ts';
import { mayReadPersonal, sortable as inspectorSort, where as inspectorWhere } from '../schema/inspector.ts';
import { sortable as targetSort, targetWhere } from '../schema/target.ts';
import type { ImportKind, ListDef } from './listDef.ts';
import { loadLookups } from './lookups.ts';
import { LISTS } from './lists/index.ts';
import { openSheet, streamRows, type Cell, type OutFormat, type SheetOutput } from './writers.ts';
import { chinaDay, clock } from '../clock.ts';
import { checkJson } from '../inputGuard.ts';
import { CHANGE_FIELD, CHANGE_HEADER, CHANGE_LISTS, CHANGE_VALUES, columnsOf, loadProfile, recode, valuesOf } from './profiles.ts';
import { fromDateColumn } from '../dateColumn.ts';

const BATCH = 1000;

/** Every record `page` finds, read BATCH at a time; `page` must order by a unique key last so batches never overlap. */
async function* batches<T>(page: (skip: number, take: number) => Promise<T[]>): AsyncGenerator<T> {
  for (let skip = 0; ; skip += BATCH) {
    const batch = await page(skip, BATCH);
    yield* batch;
    if (batch.length < BATCH) return;
  }
}

/** The list's GraphQL filter input, coerced exactly as the list query would (enums, ids). */
function filterOf(typeName: string, raw: string | null): any {
  if (!raw) return null;
  const parsed = filterParam(raw);
  try {
    const type = schema.getType(typeName) as GraphQLInputObjectType;
    // The admin's filter form may hold keys of its own: keep those the list query knows.
    const known = Object.fromEntries(Object.entries(parsed).filter(([k, v]) => k in type.getFields() && v !== ''));
    return coerceInputValue(known, type);
  } catch (e) {
    throw userError('IMPORT.FILTER_INVALID', e instanceof GraphQLError ? e.message : undefined);
  }
}

/**
 * An export's `filter` parameter: a JSON object, or none (absent or `null`, as a GraphQL list takes `filter: null`).
 * Anything else — not JSON, a number, a string, a list — is refused.
 */
function filterParam(raw: string | null): Record<string, unknown> {
  if (!raw) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    throw userError('IMPORT.FILTER_INVALID', e instanceof SyntaxError ? e.message : undefined);
  }
  if (parsed === null) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) throw userError('IMPORT.FILTER_INVALID', '筛选条件应为 JSON 对象');
  // As GraphQL's input guard does: a value the database would refuse mid-download is refused before it starts.
  checkJson(parsed, 'filter');
  return parsed as Record<string, unknown>;
}

type Fetch = (
  prisma: PrismaClient,
  filter: any,
  order: { sortField: string | null; sortOrder: string | null },
  skip: number,
  take: number,
  since?: Date,
) => Promise<any[]>;

/** The list's where, narrowed to the records written at or after `since` (created, changed or retired). */
const changed = <W>(w: W, since: Date | undefined): W => (since ? ({ AND: [w, { updatedAt: { gte: since } }] } as W) : w);

const FETCH: Record<ImportKind, { filterType: string; fetch: Fetch }> = {
  Target: {
    filterType: 'TargetFilter',
    fetch: (p, f, o, skip, take, since) =>
      p.target.findMany({
        where: changed(targetWhere(f), since),
        orderBy: paging<Prisma.TargetOrderByWithRelationInput>(o, targetSort, { field: 'name', dir: 'asc' }, { id: 'asc' }).orderBy,
        skip,
        take,
      }),
  },
  Inspector: {
    filterType: 'InspectorFilter',
    fetch: (p, f, o, skip, take, since) =>
      p.inspector.findMany({
        where: changed(inspectorWhere(f), since),
        orderBy: paging<Prisma.InspectorOrderByWithRelationInput>(o, inspectorSort, { field: 'name', dir: 'asc' }, { id: 'asc' }).orderBy,
        skip,
        take,
      }),
  },
  Expert: {
    filterType: 'ExpertFilter',
    fetch: (p, f, o, skip, take) =>
      p.expert.findMany({
        where: expertWhere(f),
        orderBy: paging<Prisma.ExpertOrderByWithRelationInput>(o, expertSort, { field: 'name', dir: 'asc' }, { id: 'asc' }).orderBy,
        skip,
        take,
      }),
  },
  CheckItem: {
    filterType: 'CheckItemFilter',
    fetch: (p, f, o, skip, take) =>
      p.checkItem.findMany({
        where: checkItemWhere(f),
        include: { remitUnits: { select: { id: true } } },
        orderBy: paging<Prisma.CheckItemOrderByWithRelationInput>(o, checkItemSort, { field: 'code', dir: 'asc' }, { id: 'asc' }).orderBy,
        skip,
        take,
      }),
  },
};

/** Personal data leaves the system only as the list shows it: full ID numbers and phones to whom may read them. */
function redact(kind: ImportKind, r: any, ctx: Context) {
  if (kind === 'Inspector' && !mayReadPersonal(ctx.user, r.unitId)) return { ...r, idNumber: maskIdNumber(r.idNumber), phone: null };
  if (kind === 'Expert' && ctx.user?.role !== 'ADMIN') return { ...r, idNumber: r.idNumber ? maskIdNumber(r.idNumber) : null, phone: null };
  return r;
}

export const LIST_TITLES: Record<ImportKind, string> = { Target: '检查对象名录', Inspector: '执法检查人员名录', Expert: '专家库', CheckItem: '抽查事项清单' };

/**
 * `changedSince=YYYY-MM-DD`: the Beijing day from which on (inclusive) records were created, changed or retired —
 * the incremental export of the two directories to the city (docs/publication.md, "Exchange with the city").
 */
export function changedSinceOf(kind: ImportKind, raw: string | null): Date | undefined {
  if (raw === null) return undefined;
  if (!CHANGE_LISTS.includes(kind)) throw userError('EXPORT.CHANGED_SINCE_INVALID', LIST_TITLES[kind]);
  if (!isIsoDate(raw)) throw userError('EXPORT.CHANGED_SINCE_INVALID', String(raw).slice(0, 20));
  return new Date(Date.parse(`${raw}T00:00:00+08:00`));
}

/** What happened to a record since the day asked for (the city adds, changes or removes it). */
const changeOf = (r: { createdAt: Date; retiredAt: Date | null }, since: Date) =>
  r.retiredAt ? CHANGE_VALUES.retired : r.createdAt >= since ? CHANGE_VALUES.created : CHANGE_VALUES.changed;

/**
 * A list as its list view filters and sorts it (`filter`, `sortField`, `sortOrder`). With `profile=<id>` (an EXPORT
 * mapping profile of the list) the columns are the profile's, in its order, under its headers, each cell recoded
 * ours → theirs; with `changedSince` (targets and inspectors) only the records written since that day, retired
 * ones included, with a column saying what happened to each.
 */
export async function exportList(
  prisma: PrismaClient,
  ctx: Context,
  kind: ImportKind,
  format: OutFormat,
  params: URLSearchParams,
  gbk: boolean,
): Promise<SheetOutput & { fileName: string }> {
  if (!ctx.user) throw unauthenticated();
  const def: ListDef = LISTS[kind];
  const { filterType, fetch } = FETCH[kind];
  const since = changedSinceOf(kind, params.get('changedSince'));
  let filter = filterOf(filterType, params.get('filter'));
  // Retired records are what the city must remove: a changed-since export lists them whatever the filter says.
  if (since) filter = { ...(filter ?? {}), includeRetired: true };
  const order = { sortField: params.get('sortField'), sortOrder: params.get('sortOrder') };
  const profileId = params.get('profile');
  const profile = profileId ? await loadProfile(prisma, profileId, kind, 'EXPORT') : null;
  const byField = new Map(def.columns.map((c) => [c.field, c]));
  // The columns written: the profile's (fields the list no longer has are left out), or the list's own.
  let layout: { field: string; header: string }[] = profile
    ? columnsOf(profile).filter((c) => byField.has(c.field) || (c.field === CHANGE_FIELD && since))
    : def.columns.map((c) => ({ field: c.field, header: c.header }));
  if (since && !layout.some((c) => c.field === CHANGE_FIELD)) layout = [...layout, { field: CHANGE_FIELD, header: CHANGE_HEADER }];
  const values = profile ? valuesOf(profile) : {};
  const out = openSheet(
    format,
    LIST_TITLES[kind],
    layout.map((c) => c.header),
    { gbk },
  );
  streamRows(out, async function* () {
    const lookups = await loadLookups(prisma, ctx.user!.unitId);
    for await (const raw of batches((skip, take) => fetch(prisma, filter, order, skip, take, since))) {
      const r = redact(kind, raw, ctx);
      yield layout.map(({ field }): Cell => {
        if (field === CHANGE_FIELD) return recode(values[field], changeOf(r, since!));
        const c = byField.get(field)!;
        const v = c.get(r);
        if (v === null || v === undefined) return null;
        const cell = c.format ? c.format(v, lookups) : (v as string);
        const map = values[field];
        if (!map) return cell;
        // Ours → theirs: by the cell as we write it (a label, a unit's name) or by the stored code.
        const text = String(cell);
        if (Object.hasOwn(map, text)) return map[text]!;
        return typeof v === 'string' && Object.hasOwn(map, v) ? map[v]! : cell;
      });
    }
  });
  const suffix = since ? `变更-${params.get('changedSince')}起` : clock.today();
  return { ...out, fileName: `${LIST_TITLES[kind]}-${suffix}.${format}` };
}

/** An empty list with the import's headers; the xlsx adds a sheet explaining each column. */
export function template(kind: ImportKind, format: OutFormat): SheetOutput & { fileName: string } {
  const def: ListDef = LISTS[kind];
  const out = openSheet(
    format,
    LIST_TITLES[kind],
    def.columns.map((c) => c.header),
  );
  out.writer.addNotes?.('填写说明', [
    ['列名', '必填', '说明'],
    ...def.columns.map((c): Cell[] => [c.header, c.required ? '是' : '', c.help ?? '']),
    [],
    ['第一张工作表的第一行为表头，每行一条记录；已存在的记录（按第一列说明的编码匹配）将被更新，其余新增。', null, null],
  ]);
  void out.writer.end();
  return { ...out, fileName: `${LIST_TITLES[kind]}-导入模板.${format}` };
}

const OUTCOME: Readonly<Record<string, string>> = RESULT_OUTCOME.zh;
const FOLLOW_UP: Readonly<Record<string, string>> = FOLLOW_UP_ACTION.zh;
const METHOD: Readonly<Record<string, string>> = CHECK_METHOD.zh;
const RESULT_HEADERS = [
  '任务编号',
  '抽查任务',
  '执行单位',
  '检查对象',
  '统一社会信用代码',
  '检查方式',
  '检查结果',
  '后续处置',
  '检查日期',
  '公示期限',
  '公示日期',
  '更正说明',
];

/** A due date as the sheet shows it: 暂定 while counted through an undeclared year (rule 20). */
const dueCell = (dueOn: Date | null, provisional: boolean) => (dueOn ? `${fromDateColumn(dueOn)}${provisional ? '（暂定）' : ''}` : null);

/**
 * Published results (rule 26: 已公示, of public tasks) with the filter { taskId, unitId (executing unit), q }.
 * Signed corrections' outcome and follow-up replace the original's, all of them in order, as the public sees them (rule 21).
 */
export function exportResults(
  prisma: PrismaClient,
  ctx: Context,
  format: OutFormat,
  params: URLSearchParams,
  gbk: boolean,
): SheetOutput & { fileName: string } {
  if (!ctx.user) throw unauthenticated();
  const f: { taskId?: unknown; unitId?: unknown; q?: unknown } = filterParam(params.get('filter'));
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const where = {
    ...statusWhere<Prisma.ResultWhereInput>(PUBLISHED_RESULTS),
    taskTarget: {
      task: { isPublic: true, ...(str(f.taskId) ? { id: str(f.taskId) } : {}), ...(str(f.unitId) ? { executingUnitId: str(f.unitId) } : {}) },
      ...(str(f.q)
        ? {
            target: {
              OR: [{ name: { contains: str(f.q)!, mode: 'insensitive' as const } }, { creditCode: { contains: str(f.q)!, mode: 'insensitive' as const } }],
            },
          }
        : {}),
    },
  };
  const out = openSheet(format, '抽查结果', RESULT_HEADERS, { gbk, widths: [14, 30, 18, 30, 22, 12, 24, 14, 12, 16, 12, 30] });
  const day = (d: Date | null) => (d ? chinaDay(d) : null);
  streamRows(out, async function* () {
    const results = batches((skip, take) =>
      prisma.result.findMany({
        where,
        orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
        skip,
        take,
        select: {
          method: true,
          outcome: true,
          followUpAction: true,
          inspectedOn: true,
          publishedAt: true,
          dueOn: true,
          dueProvisional: true,
          taskTarget: {
            select: {
              task: { select: { code: true, name: true, executingUnit: { select: { name: true } } } },
              target: { select: { name: true, creditCode: true } },
            },
          },
          corrections: { where: { signedAt: { not: null } }, orderBy: [{ signedAt: 'asc' }, { id: 'asc' }], select: { changes: true, reason: true } },
        },
      }),
    );
    for await (const r of results) {
      // Rule 21: every signed correction, in the order signed (a later one changing only the remarks keeps an
      // earlier one's outcome).
      const { result: corrected, reasons } = correctedResult(
        { outcome: r.outcome as string | null, followUpAction: r.followUpAction as string },
        r.corrections,
      );
      const outcome = corrected.outcome;
      const followUp = corrected.followUpAction;
      const { task, target } = r.taskTarget;
      yield [
        task.code,
        task.name,
        task.executingUnit.name,
        target.name,
        target.creditCode,
        r.method ? (METHOD[r.method] ?? r.method) : null,
        outcome ? (OUTCOME[outcome] ?? outcome) : null,
        FOLLOW_UP[followUp] ?? followUp,
        r.inspectedOn ? fromDateColumn(r.inspectedOn) : null,
        dueCell(r.dueOn, r.dueProvisional),
        day(r.publishedAt),
        reasons.join('；') || null,
      ];
    }
  });
  return { ...out, fileName: `抽查结果公示-${clock.today()}.${format}` };
}

const CLOSURE_KIND: Record<string, string> = { CLOSED_UNREACHABLE: '无法联系', CLOSED_DEREGISTERED: '已注销、被撤销或吊销', TRANSFERRED: '迁移移交' };
const CLOSURE_HEADERS = [
  '任务编号',
  '抽查任务',
  '执行单位',
  '检查对象',
  '统一社会信用代码',
  '情形',
  '原因',
  '日期',
  '迁入单位',
  '书面通知文号',
  '批准人',
  '现负责单位',
];

/**
 * Rule 23 (G28: 由市局汇总后将名单上报省厅): the targets closed without inspection (unreachable, deregistered) and
 * those transferred to another unit, for the city/provincial report. Filter { from, to } (the day closed or
 * transferred, China time, inclusive) and { unitId } (the executing unit, the unit it was transferred to, or the
 * unit that asked for the transfer). Withheld tasks are listed too: the report goes to the authorities, not the public.
 */
export function exportClosures(
  prisma: PrismaClient,
  ctx: Context,
  format: OutFormat,
  params: URLSearchParams,
  gbk: boolean,
): SheetOutput & { fileName: string } {
  if (!ctx.user) throw unauthenticated();
  const f: { from?: unknown; to?: unknown; unitId?: unknown } = filterParam(params.get('filter'));
  if ((f.from !== undefined && f.from !== '' && !isIsoDate(f.from)) || (f.to !== undefined && f.to !== '' && !isIsoDate(f.to)))
    throw userError('IMPORT.FILTER_INVALID', '日期应为 YYYY-MM-DD');
  const from = isIsoDate(f.from) ? f.from : null;
  const to = isIsoDate(f.to) ? f.to : null;
  const unitId = typeof f.unitId === 'string' && f.unitId.trim() ? f.unitId.trim() : null;
  // China days: 00:00 China time is 16:00 UTC the day before.
  const startOf = (d: string) => new Date(Date.parse(`${d}T00:00:00+08:00`));
  const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00+08:00`) + 24 * 3600 * 1000);
  const where: Prisma.TaskTargetWhereInput = {
    ...statusWhere<Prisma.TaskTargetWhereInput>(REPORTED_CLOSURES),
    ...(from || to ? { closedAt: { ...(from ? { gte: startOf(from) } : {}), ...(to ? { lt: nextDay(to) } : {}) } } : {}),
    ...(unitId
      ? { OR: [{ task: { executingUnitId: unitId } }, { transferredToUnitId: unitId }, { transfers: { some: { fromUnitId: unitId, status: 'APPROVED' } } }] }
      : {}),
  };
  const out = openSheet(format, '关停及无法联系检查对象名单', CLOSURE_HEADERS, { gbk, widths: [14, 30, 18, 30, 22, 14, 30, 12, 18, 22, 10, 18] });
  streamRows(out, async function* () {
    const closures = batches((skip, take) =>
      prisma.taskTarget.findMany({
        where,
        orderBy: [{ closedAt: 'asc' }, { id: 'asc' }],
        skip,
        take,
        select: {
          status: true,
          closedReason: true,
          closedAt: true,
          transferNoticeRef: true,
          transferredToUnit: { select: { name: true } },
          task: { select: { code: true, name: true, executingUnit: { select: { name: true } } } },
          target: { select: { name: true, creditCode: true } },
          transfers: { where: { status: 'APPROVED' }, orderBy: { decidedAt: 'desc' }, take: 1, select: { decidedBy: { select: { name: true } } } },
        },
      }),
    );
    for await (const tt of closures) {
      yield [
        tt.task.code,
        tt.task.name,
        tt.task.executingUnit.name,
        tt.target.name,
        tt.target.creditCode,
        CLOSURE_KIND[tt.status] ?? tt.status,
        tt.closedReason,
        tt.closedAt ? chinaDay(tt.closedAt) : null,
        tt.transferredToUnit?.name ?? null,
        tt.transferNoticeRef,
        tt.transfers[0]?.decidedBy?.name ?? null,
        tt.transferredToUnit?.name ?? tt.task.executingUnit.name,
      ];
    }
  });
  return { ...out, fileName: `关停及无法联系检查对象名单-${clock.today()}.${format}` };
}
