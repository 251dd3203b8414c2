// TaskClass (抽取类别): one class of targets of a task, drawn at its own ratio or count; classes are drawn
// separately and merged into one list (rule 12, G16). Filters make a directed draw, none an undirected one
// (rule 11). A class draws for some or all of the task's check items (checkItemIds); the ratio caps of exactly
// those GENERAL items are enforced here already (rule 2): every GENERAL item's cap across all the task's classes,
// against the population as it stands (the domain's checkDrawCaps, which the draw repeats) — exempt subjects and,
// once the lead unit approved it, a campaign order's directed classes aside (rule 9, G13).
import type { Prisma } from '@ssj/db/client';
import { builder } from '../builder.ts';
import { CheckItemRef } from './checkItem.ts';
import { audit } from '../audit.ts';
import { notFound, userError } from '../errors.ts';
import { listQueries } from '../listing.ts';
import { getDrawSettings } from '../settings.ts';
import { requireFields } from '../validation.ts';
import { assertDrawCaps, CAP_CHECK_TX, classRows, itemRows, setUpParameters, taskForDrawSelect, type ClassRow, type TaskForDraw } from '../drawInputs.ts';
import { BusinessScaleEnum } from './enums.ts';
import { assertTaskEditable, canEditTask } from './task.ts';
import { lockRow } from '../locking.ts';
import { clock } from '../clock.ts';

/** The ids a class draws for: the ones it names (still on the task), or all of the task's when it names none. */
function effectiveItemIds(named: readonly string[], taskItemIds: readonly string[]): string[] {
  if (named.length === 0) return [...taskItemIds];
  const set = new Set(named);
  return taskItemIds.filter((id) => set.has(id));
}

export const TaskClassRef = builder.prismaObject('TaskClass', {
  description: '抽取类别：一类检查对象及其抽查比例或数量（规则11、12） / A class of targets drawn at its own ratio or count (rules 11, 12)',
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    taskId: t.exposeID('taskId', { description: '抽查任务 / Task' }),
    task: t.relation('task', { description: '抽查任务 / Task' }),
    key: t.exposeString('key', { description: '类别标识（任务内唯一，不含冒号） / Class key, unique in the task, no colon' }),
    label: t.exposeString('label', { description: '类别名称 / Label' }),
    libraryId: t.exposeID('libraryId', { nullable: true, description: '名录库（综合库或空 = 全部对象） / Library (comprehensive or none = every target)' }),
    library: t.relation('library', { nullable: true, description: '名录库 / Library' }),
    objectType: t.exposeString('objectType', { nullable: true, description: '定向条件：主体类型 / Directed: object type' }),
    scale: t.expose('scale', { type: BusinessScaleEnum, nullable: true, description: '定向条件：经营规模 / Directed: business scale' }),
    industry: t.exposeString('industry', { nullable: true, description: '定向条件：行业 / Directed: industry' }),
    area: t.exposeString('area', { nullable: true, description: '定向条件：地理区域（镇、街道） / Directed: area' }),
    ratio: t.float({
      nullable: true,
      description: '抽查比例（0–1，与数量二选一） / Sampling ratio in (0, 1], or else a count',
      select: { ratio: true },
      resolve: (c) => (c.ratio === null ? null : Number(c.ratio)),
    }),
    count: t.exposeInt('count', { nullable: true, description: '抽取数量（与比例二选一） / Number to draw, or else a ratio' }),
    checkItemIds: t.idList({
      description:
        "本类别为之抽取对象的抽查事项（未指定时为任务的全部事项），其中一般事项的比例上限适用于本类别（规则2） / The task's check items this class draws for (all of them unless chosen); their GENERAL caps apply (rule 2)",
      select: { checkItemIds: true, task: { select: { checkItems: { orderBy: { checkItemId: 'asc' as const }, select: { checkItemId: true } } } } },
      resolve: (c) =>
        effectiveItemIds(
          c.checkItemIds,
          c.task.checkItems.map((i) => i.checkItemId),
        ),
    }),
    checkItems: t.field({
      type: [CheckItemRef],
      description: '本类别为之抽取对象的抽查事项 / The check items this class draws for',
      select: (_args, _ctx, nested) => ({
        checkItemIds: true,
        task: { select: { checkItems: { orderBy: { checkItemId: 'asc' as const }, select: { checkItemId: true, checkItem: nested(true) } } } },
      }),
      resolve: (c) => {
        const ids = new Set(
          effectiveItemIds(
            c.checkItemIds,
            c.task.checkItems.map((i) => i.checkItemId),
          ),
        );
        return c.task.checkItems.filter((i) => ids.has(i.checkItemId)).map((i) => i.checkItem);
      },
    }),
    forAllCheckItems: t.boolean({
      description:
        "是否为任务的全部抽查事项抽取（未单独指定事项；任务增加事项时也适用） / Whether the class draws for every check item of the task (none chosen; follows the task's items)",
      select: { checkItemIds: true },
      resolve: (c) => c.checkItemIds.length === 0,
    }),
    directed: t.boolean({
      description: '是否定向抽取（按主体类型、规模、行业、区域） / Whether the draw is directed (by type, scale, industry, area; rule 11)',
      select: { objectType: true, scale: true, industry: true, area: true },
      resolve: (c) => !!(c.objectType || c.scale || c.industry || c.area),
    }),
    editable: t.boolean({
      description: '当前用户可否修改（本单位任务且尚未摇号） / Whether the current user may change it',
      select: { task: { select: { ownerUnitId: true, status: true } } },
      resolve: (c, _args, ctx) => canEditTask(ctx.user, c.task),
    }),
  }),
});

const TaskClassFilter = builder.inputType('TaskClassFilter', {
  description: '抽取类别筛选 / Task class filter',
  fields: (t) => ({
    ids: t.idList({ required: false, description: '编号列表 / Ids' }),
    taskId: t.id({ required: false, description: '抽查任务 / Task' }),
  }),
});

function where(f: typeof TaskClassFilter.$inferInput | null | undefined): Prisma.TaskClassWhereInput {
  return { ...(f?.ids ? { id: { in: f.ids.map(String) } } : {}), ...(f?.taskId ? { taskId: String(f.taskId) } : {}) };
}

const sortable = {
  key: (dir: 'asc' | 'desc') => ({ key: dir }),
  label: (dir: 'asc' | 'desc') => ({ label: dir }),
} satisfies Record<string, (d: 'asc' | 'desc') => Prisma.TaskClassOrderByWithRelationInput>;

builder.queryFields((t) => ({
  ...listQueries(t, {
    model: 'TaskClass',
    plural: 'TaskClasses',
    label: ['抽取类别', 'draw class'],
    filter: TaskClassFilter,
    where: where,
    sortable: sortable,
    fallback: { field: 'key', dir: 'asc' },
  }),
}));

const classArgs = builder.args((t) => ({
  key: t.string({ required: false, description: '类别标识（任务内唯一，不含冒号，不能为 team / expert） / Class key' }),
  label: t.string({ required: false, description: '类别名称 / Label' }),
  libraryId: t.id({
    required: false,
    description: '名录库：专项库只抽其对象，综合库或不填 = 全部对象 / Library: a special one restricts, the comprehensive one or none = all',
  }),
  objectType: t.string({ required: false, description: '定向条件：主体类型 / Directed: object type' }),
  scale: t.field({ type: BusinessScaleEnum, required: false, description: '定向条件：经营规模 / Directed: business scale' }),
  industry: t.string({ required: false, description: '定向条件：行业 / Directed: industry' }),
  area: t.string({ required: false, description: '定向条件：地理区域 / Directed: area' }),
  ratio: t.float({ required: false, description: '抽查比例 (0, 1]，与数量二选一 / Ratio in (0, 1], or else count' }),
  count: t.int({ required: false, description: '抽取数量 ≥ 1，与比例二选一 / Count ≥ 1, or else ratio' }),
  checkItemIds: t.idList({
    required: false,
    description:
      "本类别为之抽取对象的抽查事项，须是任务的抽查事项；不填或为空 = 任务的全部事项（修改时不填 = 不变） / The task's check items this class draws for; none or empty = all of them (on update: omitted = unchanged)",
  }),
}));

type ClassArgs = { objectType?: string | null; scale?: string | null; industry?: string | null; area?: string | null };

const blankToNull = (v: string | null | undefined) => (v === undefined ? undefined : v === null || v.trim() === '' ? null : v.trim());

/** Exactly one of ratio (0, 1] or count ≥ 1 (rule 12: each class at its own ratio). */
function assertRatioOrCount(ratio: number | null, count: number | null) {
  if ((ratio === null) === (count === null)) throw userError('TASK_CLASS.RATIO_XOR_COUNT', undefined, { field: ratio === null ? 'ratio' : 'count' });
  if (ratio !== null && !(ratio > 0 && ratio <= 1)) throw userError('VALIDATION.INVALID', '抽查比例应大于 0 且不超过 1', { field: 'ratio' });
  if (count !== null && !(Number.isInteger(count) && count >= 1)) throw userError('VALIDATION.INVALID', '抽取数量应为正整数', { field: 'count' });
}

async function loadTask(tx: Prisma.TransactionClient, taskId: string) {
  await lockRow(tx, 'Task', taskId);
  const task = await tx.task.findUnique({ where: { id: taskId }, select: taskForDrawSelect });
  if (!task) throw notFound('抽查任务');
  return task;
}

async function libraryOf(tx: Prisma.TransactionClient, libraryId: string | null): Promise<ClassRow['library']> {
  if (!libraryId) return null;
  const lib = await tx.targetLibrary.findUnique({ where: { id: libraryId }, select: { kind: true, retiredAt: true } });
  if (!lib || lib.retiredAt) throw userError('VALIDATION.INVALID', '名录库不存在或已停用', { field: 'libraryId' });
  return { kind: lib.kind };
}

/**
 * The class's check items as stored: sorted unique ids, each one of the task's items; empty = all of the task's.
 * An explicit list naming every item of the task is kept as given (it does not follow items added later).
 */
function classItemIds(task: TaskForDraw, ids: readonly (string | number)[] | null | undefined): string[] {
  const wanted = [...new Set((ids ?? []).map(String))].sort();
  const items = new Map(itemRows(task).map((i) => [i.id, i]));
  const foreign = wanted.filter((id) => !items.has(id));
  if (foreign.length > 0) throw userError('TASK_CLASS.CHECK_ITEM_NOT_IN_TASK', foreign.join('、'), { field: 'checkItemIds', checkItemIds: foreign });
  return wanted;
}

/** Checks the task's classes as they would be after the change, with the domain (rules 2, 11, 12). */
async function assertClasses(tx: Prisma.TransactionClient, task: TaskForDraw, classes: ClassRow[]) {
  const items = itemRows(task);
  const parameters = setUpParameters(task, classes, items, await getDrawSettings(tx));
  await assertDrawCaps(tx, parameters, classes, items, clock.now());
}

function classData(a: ClassArgs) {
  return {
    objectType: blankToNull(a.objectType),
    scale: a.scale === undefined ? undefined : (a.scale as Prisma.TaskClassUncheckedCreateInput['scale']),
    industry: blankToNull(a.industry),
    area: blankToNull(a.area),
  };
}

builder.mutationFields((t) => ({
  createTaskClass: t.prismaField({
    type: 'TaskClass',
    description: '新增抽取类别（仅摇号前） / Add a class of targets to a task (only before the draw)',
    authScopes: { writer: true },
    args: { taskId: t.arg.id({ required: false, description: '抽查任务 / Task' }), ...classArgs },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { taskId: '抽查任务', key: '类别标识', label: '类别名称' });
      const ratio = args.ratio ?? null;
      const count = args.count ?? null;
      assertRatioOrCount(ratio, count);
      return ctx.prisma.$transaction(async (tx) => {
        const task = await loadTask(tx, String(args.taskId));
        assertTaskEditable(ctx.user, task);
        const key = args.key!.trim();
        if (task.classes.some((c) => c.key === key)) throw userError('TASK_CLASS.KEY_DUPLICATE', key, { field: 'key' });
        const libraryId = args.libraryId ? String(args.libraryId) : null;
        const data = classData(args);
        const row: ClassRow = {
          key,
          label: args.label!.trim(),
          libraryId,
          library: await libraryOf(tx, libraryId),
          objectType: data.objectType ?? null,
          scale: data.scale ?? null,
          industry: data.industry ?? null,
          area: data.area ?? null,
          ratio,
          count,
          checkItemIds: classItemIds(task, args.checkItemIds),
        };
        await assertClasses(tx, task, [...classRows(task), row]);
        const created = await tx.taskClass.create({
          data: {
            taskId: task.id,
            key,
            label: row.label,
            libraryId,
            objectType: row.objectType,
            scale: data.scale ?? null,
            industry: row.industry,
            area: row.area,
            ratio,
            count,
            checkItemIds: row.checkItemIds,
          },
        });
        await audit(tx, ctx, { action: 'createTaskClass', entity: 'TaskClass', entityId: created.id, unitId: task.ownerUnitId, after: created });
        return tx.taskClass.findUniqueOrThrow({ ...query, where: { id: created.id } });
      }, CAP_CHECK_TX);
    },
  }),
  updateTaskClass: t.prismaField({
    type: 'TaskClass',
    description: '修改抽取类别（仅摇号前） / Change a class (only before the draw)',
    authScopes: { writer: true },
    args: { id: t.arg.id({ required: true, description: '编号 / Id' }), ...classArgs },
    resolve: async (query, _r, args, ctx) => {
      const id = String(args.id);
      for (const [field, label] of [
        ['key', '类别标识'],
        ['label', '类别名称'],
      ] as const) {
        if (args[field] !== undefined && !args[field]?.trim()) throw userError('VALIDATION.REQUIRED', label, { field });
      }
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.taskClass.findUnique({ where: { id } });
        if (!before) throw notFound('抽取类别');
        const task = await loadTask(tx, before.taskId);
        assertTaskEditable(ctx.user, task);
        // Giving one of ratio / count switches the class to it; giving both is refused below.
        let ratio = before.ratio === null ? null : Number(before.ratio);
        let count = before.count;
        if (args.ratio !== undefined || args.count !== undefined) {
          ratio = args.ratio !== undefined ? args.ratio : args.count !== null && args.count !== undefined ? null : ratio;
          count = args.count !== undefined ? args.count : args.ratio !== null && args.ratio !== undefined ? null : count;
        }
        assertRatioOrCount(ratio, count);
        const key = args.key?.trim() ?? before.key;
        if (key !== before.key && task.classes.some((c) => c.key === key)) throw userError('TASK_CLASS.KEY_DUPLICATE', key, { field: 'key' });
        const libraryId = args.libraryId !== undefined ? (args.libraryId ? String(args.libraryId) : null) : before.libraryId;
        const data = classData(args);
        const row: ClassRow = {
          key,
          label: args.label?.trim() ?? before.label,
          libraryId,
          library: await libraryOf(tx, libraryId),
          objectType: data.objectType !== undefined ? data.objectType : before.objectType,
          scale: data.scale !== undefined ? data.scale : before.scale,
          industry: data.industry !== undefined ? data.industry : before.industry,
          area: data.area !== undefined ? data.area : before.area,
          ratio,
          count,
          checkItemIds: args.checkItemIds !== undefined ? classItemIds(task, args.checkItemIds) : before.checkItemIds,
        };
        await assertClasses(tx, task, [...classRows(task).filter((c) => c.key !== before.key), row]);
        const after = await tx.taskClass.update({
          where: { id },
          data: {
            key,
            label: row.label,
            libraryId,
            objectType: row.objectType,
            scale: row.scale as Prisma.TaskClassUncheckedUpdateInput['scale'],
            industry: row.industry,
            area: row.area,
            ratio,
            count,
            checkItemIds: row.checkItemIds,
          },
        });
        await audit(tx, ctx, { action: 'updateTaskClass', entity: 'TaskClass', entityId: id, unitId: task.ownerUnitId, before, after });
        return tx.taskClass.findUniqueOrThrow({ ...query, where: { id } });
      }, CAP_CHECK_TX);
    },
  }),
  deleteTaskClass: t.prismaField({
    type: 'TaskClass',
    description: '删除抽取类别（仅摇号前） / Remove a class (only before the draw)',
    authScopes: { writer: true },
    args: { id: t.arg.id({ required: true, description: '编号 / Id' }) },
    resolve: async (query, _r, args, ctx) => {
      const id = String(args.id);
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.taskClass.findUnique({ where: { id }, include: { task: { select: { ownerUnitId: true, status: true } } } });
        if (!before) throw notFound('抽取类别');
        assertTaskEditable(ctx.user, before.task);
        const shown = await tx.taskClass.findUniqueOrThrow({ ...query, where: { id } });
        await tx.taskClass.delete({ where: { id } });
        const { task, ...record } = before;
        await audit(tx, ctx, { action: 'deleteTaskClass', entity: 'TaskClass', entityId: id, unitId: task.ownerUnitId, before: record });
        return shown;
      }, CAP_CHECK_TX);
    },
  }),
}));
