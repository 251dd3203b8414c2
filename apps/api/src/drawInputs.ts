// What a target draw is computed from, read from the database: the task's parameters (its classes and
// check items, rules 2, 11, 12) and the frozen candidate list of its libraries (rules 9, 17). The ranking,
// hashing, exclusions, caps and merging themselves are the domain's (@ssj/domain drawing.ts); this module only
// turns rows into the domain's inputs and the domain's refusals into typed Chinese errors.
import type { Prisma } from '@ssj/db/client';
import {
  checkDrawCapsByGroups,
  checkRatioCaps,
  normalizeDrawParameters,
  type CapViolation,
  type DrawParameters,
  type DrawParametersInput,
  type DrawRefusal,
  type ItemCapViolation,
  confirmationIsFresh,
} from '@ssj/domain';
import { candidateGroups, roomToSort, targetsNow } from './drawSql.ts';
import { userError } from './errors.ts';
import type { DrawSettings } from './settings.ts';
import { fromDateColumn } from './dateColumn.ts';

type Db = Prisma.TransactionClient;

/** The task columns and relations a draw needs. */
export const taskForDrawSelect = {
  id: true,
  code: true,
  name: true,
  planId: true,
  ownerUnitId: true,
  executingUnitId: true,
  status: true,
  windowFrom: true,
  windowTo: true,
  isPublic: true,
  campaignOrdered: true,
  campaignApprovedAt: true,
  campaignApprovedById: true,
  campaignApprovalDocNo: true,
  campaignApprovalDocDate: true,
  seedCommitment: true,
  checkItems: { orderBy: { checkItemId: 'asc' }, select: { checkItem: { select: { id: true, code: true, name: true, category: true, ratioCap: true } } } },
  classes: {
    orderBy: { key: 'asc' },
    select: {
      id: true,
      key: true,
      label: true,
      libraryId: true,
      objectType: true,
      scale: true,
      industry: true,
      area: true,
      ratio: true,
      count: true,
      checkItemIds: true,
      library: { select: { kind: true } },
    },
  },
} satisfies Prisma.TaskSelect;

export type TaskForDraw = Prisma.TaskGetPayload<{ select: typeof taskForDrawSelect }>;

export type ItemRow = { id: string; code: string; name: string; category: 'GENERAL' | 'KEY'; ratioCap: number | null };
export type ClassRow = {
  key: string;
  label: string;
  libraryId: string | null;
  objectType: string | null;
  scale: string | null;
  industry: string | null;
  area: string | null;
  ratio: number | null;
  count: number | null;
  /** The task's check items the class draws for; empty = all of them (rule 2: their caps apply). */
  checkItemIds: string[];
  library: { kind: 'COMPREHENSIVE' | 'SPECIAL' } | null;
};

export function itemRows(task: Pick<TaskForDraw, 'checkItems'>): ItemRow[] {
  return task.checkItems.map(({ checkItem: i }) => ({
    id: i.id,
    code: i.code,
    name: i.name,
    category: i.category,
    ratioCap: i.ratioCap === null ? null : Number(i.ratioCap),
  }));
}

export function classRows(task: Pick<TaskForDraw, 'classes'>): ClassRow[] {
  return task.classes.map((c) => ({ ...c, ratio: c.ratio === null ? null : Number(c.ratio) }));
}

/**
 * The check items a class draws for (TaskClass.checkItemIds): the ones it names, or every item of the task when it
 * names none. Rule 2: the caps of exactly these items apply to the class.
 */
export function classCheckItems(c: Pick<ClassRow, 'checkItemIds'>, items: readonly ItemRow[]): ItemRow[] {
  if (c.checkItemIds.length === 0) return [...items];
  const ids = new Set(c.checkItemIds);
  return items.filter((i) => ids.has(i.id));
}

/** Check items of the task that no class draws for (an announced task draws for every one of its items). */
export function itemsWithoutClass(classes: readonly Pick<ClassRow, 'checkItemIds'>[], items: readonly ItemRow[]): ItemRow[] {
  const served = new Set(classes.flatMap((c) => classCheckItems(c, items).map((i) => i.id)));
  return items.filter((i) => !served.has(i.id));
}

/**
 * Rule 11 (G16): a class's filter. The comprehensive library holds every target, so drawing "from" it is no
 * restriction; a special library restricts to its targets. Empty filter fields = undirected.
 */
function classFilter(c: ClassRow) {
  const one = (v: string | null) => (v === null || v === '' ? null : [v]);
  return {
    objectType: one(c.objectType),
    scale: one(c.scale),
    industry: one(c.industry),
    area: one(c.area),
    libraryId: c.library?.kind === 'SPECIAL' ? one(c.libraryId) : null,
  };
}

/** What a task contributes to its draw parameters besides its classes and items. */
export type TaskDrawFlags = {
  id: string;
  campaignOrdered: boolean;
  campaignApprovedAt?: Date | null;
  campaignApprovedById?: string | null;
  campaignApprovalDocNo?: string | null;
  campaignApprovalDocDate?: Date | null;
};

/** Rule 9 (G13): the lead unit's approval of the campaign exemption, as the draw records it (or null). */
export function campaignApprovalOf(task: TaskDrawFlags) {
  if (!task.campaignOrdered || !task.campaignApprovedAt || !task.campaignApprovalDocNo || !task.campaignApprovalDocDate || !task.campaignApprovedById)
    return null;
  return {
    documentNumber: task.campaignApprovalDocNo,
    documentDate: fromDateColumn(task.campaignApprovalDocDate),
    approvedBy: task.campaignApprovedById,
  };
}

function drawParametersInput(task: TaskDrawFlags, classes: readonly ClassRow[], items: readonly ItemRow[], settings: DrawSettings): DrawParametersInput {
  return {
    taskId: task.id,
    classes: classes.map((c) => ({
      key: c.key,
      label: c.label,
      filter: classFilter(c),
      ratio: c.ratio,
      count: c.count,
      // Rule 2: KEY items carry no cap.
      checkItems: classCheckItems(c, items).map((i) => ({ id: i.id, category: i.category, ratioCap: i.category === 'KEY' ? null : i.ratioCap })),
    })),
    // Rule 2: the GENERAL-item cap and rule 8: the risk/credit factors, both from the settings.
    generalRatioCap: settings.generalRatioCap,
    factors: settings.riskCreditFactors,
    // Rule 9 (G13): a directed check ordered by a special campaign / higher authority is exempt from ratio and
    // frequency limits — from ssj-draw/3 only once the lead unit approved it, and only for directed classes.
    campaignOrdered: task.campaignOrdered,
    campaignApproval: campaignApprovalOf(task),
  };
}

const pct = (x: number) => `${Number((x * 100).toFixed(2))}%`;

/** Rule 2: a GENERAL item's cap refused a class; the message names the class, the item and the cap. */
function capError(violations: readonly CapViolation[], items: readonly ItemRow[]) {
  const byId = new Map(items.map((i) => [i.id, i]));
  const detail = violations
    .map((v) => {
      const item = byId.get(v.checkItemId);
      const label = item ? `${item.code}“${item.name}”` : v.checkItemId;
      return `类别“${v.classKey}”的抽查比例${pct(v.ratio)}超过一般检查事项${label}的上限${pct(v.cap)}`;
    })
    .join('；');
  return userError('DRAW.GENERAL_RATIO_ABOVE_CAP', detail, {
    violations: violations.map((v) => ({ ...v, checkItemCode: byId.get(v.checkItemId)?.code ?? null })),
  });
}

/**
 * Rule 2 across the task (ssj-draw/3): the classes drawing for a GENERAL item together ask more than its cap allows;
 * the message names the item, its population, the cap, what the cap allows and the total asked (by class).
 */
function itemCapError(violations: readonly ItemCapViolation[], items: readonly ItemRow[]) {
  const byId = new Map(items.map((i) => [i.id, i]));
  const detail = violations
    .map((v) => {
      const item = byId.get(v.checkItemId);
      const label = item ? `${item.code}“${item.name}”` : v.checkItemId;
      const asked = v.classes.map((c) => `类别“${c.classKey}”${c.asked}个`).join('、');
      const allowed =
        v.allowed === 0
          ? `按比例不能抽取该事项的任何对象（${v.population}×${pct(v.cap)}不足1个；可改为重点事项、仅抽取不受比例限制的对象，或经批准的专项定向抽查）`
          : `最多可抽${v.allowed}个`;
      return `一般检查事项${label}的检查对象共${v.population}个（不含不受比例限制的对象），上限${pct(v.cap)}，${allowed}；各类别合计要求抽取${v.asked}个（${asked}）`;
    })
    .join('；');
  return userError('DRAW.GENERAL_ITEM_ABOVE_CAP', detail, {
    items: violations.map((v) => ({ ...v, checkItemCode: byId.get(v.checkItemId)?.code ?? null })),
  });
}

/** A refusal of the domain as a typed GraphQL error (nothing is saved: the caller's transaction rolls back). */
export function refusalError(r: DrawRefusal, items: readonly ItemRow[]) {
  switch (r.code) {
    case 'DRAW.GENERAL_RATIO_ABOVE_CAP':
      return capError(r.violations, items);
    case 'DRAW.GENERAL_ITEM_ABOVE_CAP':
      return itemCapError(r.items, items);
    case 'DRAW.DUPLICATE_CANDIDATE':
      return userError(r.code, r.ids.join('、'), { ids: r.ids });
    case 'DRAW.COMMITMENT_MISMATCH':
      return userError(r.code, undefined, { commitment: r.commitment });
    default:
      return userError(r.code, r.problems.join('；'), { problems: r.problems });
  }
}

/**
 * Rules 2, 11, 12 at set-up: the parameters of these classes normalised by the domain, with every RATIO class
 * within its GENERAL items' caps (checkRatioCaps); a typed refusal otherwise. (COUNT classes are measured
 * against the cap by the draw itself, when the number of eligible candidates is known.) Rule 9: a campaign-ordered
 * task has no GENERAL cap — checkRatioCaps judges by the version new draws use (ssj-draw/2), the one its draw
 * will run, so the set-up check and the draw cannot disagree.
 */
export function setUpParameters(task: TaskDrawFlags, classes: readonly ClassRow[], items: readonly ItemRow[], settings: DrawSettings): DrawParameters {
  const p = normalizeDrawParameters(drawParametersInput(task, classes, items, settings));
  if (!p.ok) throw refusalError(p, items);
  const caps = checkRatioCaps(p.parameters);
  if (!caps.ok) throw capError(caps.violations, items);
  return p.parameters;
}

/**
 * Rule 2 at set-up, against the population as it stands (ssj-draw/3: every GENERAL item's cap across all the
 * task's classes): the candidates a draw now would freeze, judged by the domain's checkDrawCaps — the check the
 * draw repeats before ranking. A typed refusal naming item, population, cap and total asked.
 */
/**
 * The transaction of a write that checks the caps against the population (assertDrawCaps): its census grows with the
 * targets (≈ 1 s of PostgreSQL CPU at a million), so these writes get more than Prisma's default 5 s.
 */
export const CAP_CHECK_TX = { maxWait: 10_000, timeout: 30_000 };

export async function assertDrawCaps(db: Db, parameters: DrawParameters, classes: readonly ClassRow[], items: readonly ItemRow[], at: Date) {
  // Counted, not listed: the candidates grouped by what the rules read (a few hundred rows for a million targets).
  await roomToSort(db);
  const r = checkDrawCapsByGroups(parameters, await candidateGroups(db, parameters, targetsNow(classes, at)));
  if (!r.ok) throw refusalError(r, items);
}

/** The task's parameters as stored (see setUpParameters), with its items for naming them in errors. */
export function taskParameters(task: TaskForDraw, settings: DrawSettings): { parameters: DrawParameters; items: ItemRow[] } {
  const items = itemRows(task);
  return { parameters: setUpParameters(task, classRows(task), items, settings), items };
}

/** Before the draw is announced or made: every check item of the task has a class drawing for it. */
export function assertEveryItemDrawnFor(task: TaskForDraw) {
  const missing = itemsWithoutClass(classRows(task), itemRows(task));
  if (missing.length > 0) {
    throw userError('TASK.CHECK_ITEM_WITHOUT_CLASS', missing.map((i) => `${i.code}“${i.name}”`).join('、'), { checkItemIds: missing.map((i) => i.id) });
  }
}

// ——— the calendar year of a draw (rule 9) ———————————————————————————————————————

const BEIJING_OFFSET_MS = 8 * 3600_000;

/** The calendar year (Beijing time, where the bureau counts) a moment falls in, as a half-open range. */
export function drawYear(at: Date): { year: number; from: Date; to: Date } {
  const year = new Date(at.getTime() + BEIJING_OFFSET_MS).getUTCFullYear();
  return { year, from: new Date(Date.UTC(year, 0, 1) - BEIJING_OFFSET_MS), to: new Date(Date.UTC(year + 1, 0, 1) - BEIJING_OFFSET_MS) };
}

/**
 * Rule 9: locked target draws in the year that selected each of `targetIds` (a draw counts once per target), as the
 * triggers keep them in TargetDrawCount (migration 20261210010000; drawCounts.ts checks and repairs the table): one
 * indexed read per drawn target instead of grouping every drawn target of the year (1M rows at province size). A draw
 * that is not LOCKED is not counted, so the lock reads its own draw's targets without it.
 */
export async function lockedDrawCounts(db: Db, at: Date, targetIds: readonly string[]): Promise<Map<string, number>> {
  if (targetIds.length === 0) return new Map();
  const { year } = drawYear(at);
  // One array parameter for the targets (a lock at 1M checks ~50,000 drawn targets: more than a query's parameters).
  const rows = await db.$queryRaw<{ targetId: string; n: number }[]>`
    SELECT c."targetId", c."draws" AS n FROM "TargetDrawCount" c
    WHERE c."year" = ${year}::int AND c."targetId" = ANY(${[...targetIds]}::text[]) AND c."draws" > 0`;
  return new Map(rows.map((r) => [r.targetId, r.n]));
}

// The candidate list itself is built by PostgreSQL: drawSql.ts (candidateSource).

// ——— directory confirmation (rule 4) —————————————————————————————————————————————

/** The unit's latest directory confirmation, and whether it is recent enough for a draw at `at`. */
export async function latestConfirmation(db: Db, unitId: string, at: Date) {
  const c = await db.directoryConfirmation.findFirst({
    where: { unitId, confirmedAt: { lte: at } },
    orderBy: { confirmedAt: 'desc' },
    select: { id: true, confirmedAt: true },
  });
  return { confirmation: c, fresh: !!c && confirmationIsFresh(c.confirmedAt, at) };
}

// ——— advisory locks ——————————————————————————————————————————————————————————————

/** pg_advisory_xact_lock class ids of this application (two-key form: class, key). */
export const LOCK_CLASS = { yearlyDrawCap: 0x55a1, taskCode: 0x55a2 } as const;

/** Serialises transactions on (class, key) until commit or rollback. */
export async function advisoryLock(db: Db, lockClass: number, key: number) {
  await db.$executeRaw`SELECT pg_advisory_xact_lock(${lockClass}::int4, ${key}::int4)`;
}
