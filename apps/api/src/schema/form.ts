// Form (检查表单): the check form used for one target, "一对象一表单" (rule 18, G23, G26.1). Each checklist item
// has its form; a result is matched to one automatically when its target is dispatched and the executing
// unit may choose another while entering it. The lead unit keeps the forms (create / update / retire).
import type { Prisma } from '@ssj/db/client';
import { builder } from '../builder.ts';
import { audit } from '../audit.ts';
import { notFound, userError } from '../errors.ts';
import { keywordWhere, listQueries } from '../listing.ts';
import { defined, refuseBlanking, requireFields } from '../validation.ts';
import { clock } from '../clock.ts';

type Tx = Prisma.TransactionClient;

export type FormField = { key: string; label: string; basis?: string | null };

/**
 * Rule 18: the form the task set for one of its check items, else the current form of the first of its
 * check items (in the given order) that has one.
 */
export async function defaultFormId(tx: Tx, taskId: string, checkItemIds: readonly string[]): Promise<string | null> {
  if (checkItemIds.length === 0) return null;
  const chosen = await tx.taskCheckItem.findMany({ where: { taskId, formId: { not: null } }, select: { checkItemId: true, formId: true } });
  const forms = await tx.form.findMany({
    where: { checkItemId: { in: [...checkItemIds] }, retiredAt: null },
    select: { id: true, checkItemId: true },
    orderBy: { version: 'desc' },
  });
  for (const id of checkItemIds) {
    const f = chosen.find((x) => x.checkItemId === id)?.formId ?? forms.find((x) => x.checkItemId === id)?.id;
    if (f) return f;
  }
  return null;
}

const FormFieldRef = builder.objectRef<FormField>('FormField').implement({
  description: '检查表单的一个检查要点 / One check point of a form',
  fields: (t) => ({
    key: t.exposeString('key', { description: '要点标识 / Key' }),
    label: t.exposeString('label', { description: '检查要点 / Check point' }),
    basis: t.string({ nullable: true, description: '依据 / Legal basis', resolve: (f) => f.basis ?? null }),
  }),
});

export const FormRef = builder.prismaObject('Form', {
  description: '检查表单（一对象一表单） / A check form, one per target (rule 18)',
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code', { description: '表单编号 / Code' }),
    name: t.exposeString('name', { description: '表单名称 / Name' }),
    checkItemId: t.exposeID('checkItemId', { nullable: true, description: '对应的抽查事项 / The checklist item it serves' }),
    checkItem: t.relation('checkItem', { nullable: true, description: '对应的抽查事项 / Checklist item' }),
    fields: t.field({
      type: [FormFieldRef],
      description: '检查要点 / Check points',
      select: { fields: true },
      resolve: (f) => (Array.isArray(f.fields) ? (f.fields as FormField[]) : []),
    }),
    version: t.exposeInt('version', { description: '版本 / Version' }),
    retiredAt: t.expose('retiredAt', { type: 'DateTime', nullable: true, description: '停用时间 / Retired at' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '创建时间 / Created at' }),
  }),
});

const FormFilter = builder.inputType('FormFilter', {
  description: '检查表单筛选 / Form filter',
  fields: (t) => ({
    ids: t.idList({ required: false, description: '编号列表 / Ids' }),
    q: t.string({ required: false, description: '关键词：名称、编号 / Keyword: name, code' }),
    checkItemId: t.id({ required: false, description: '抽查事项 / Checklist item' }),
    checkItemIds: t.idList({ required: false, description: '抽查事项之一 / Any of these checklist items' }),
    includeRetired: t.boolean({ required: false, description: '包括已停用的 / Include retired forms' }),
  }),
});

function formWhere(f: typeof FormFilter.$inferInput | null | undefined): Prisma.FormWhereInput {
  return {
    ...(f?.ids ? { id: { in: f.ids.map(String) } } : {}),
    ...(f?.checkItemId ? { checkItemId: String(f.checkItemId) } : {}),
    ...(f?.checkItemIds ? { checkItemId: { in: f.checkItemIds.map(String) } } : {}),
    ...(f?.includeRetired || f?.ids ? {} : { retiredAt: null }),
    AND: keywordWhere<Prisma.FormWhereInput>(f?.q, ['name', 'code']),
  };
}

const sortable = {
  code: (dir: 'asc' | 'desc') => ({ code: dir }),
  name: (dir: 'asc' | 'desc') => ({ name: dir }),
  createdAt: (dir: 'asc' | 'desc') => ({ createdAt: dir }),
} satisfies Record<string, (d: 'asc' | 'desc') => Prisma.FormOrderByWithRelationInput>;

builder.queryFields((t) =>
  listQueries(t, {
    model: 'Form',
    plural: 'Forms',
    label: ['检查表单', 'form'],
    filter: FormFilter,
    where: formWhere,
    sortable,
    fallback: { field: 'code', dir: 'asc' },
  }),
);

const FormFieldInput = builder.inputType('FormFieldInput', {
  description: '检查要点 / A check point',
  fields: (t) => ({
    key: t.string({ required: true, description: '要点标识 / Key' }),
    label: t.string({ required: true, description: '检查要点 / Check point' }),
    basis: t.string({ required: false, description: '依据 / Legal basis' }),
  }),
});

const LABELS = { code: '表单编号', name: '表单名称', fields: '检查要点' };

function checkFields(fields: ReadonlyArray<{ key: string; label: string; basis?: string | null }>): FormField[] {
  const keys = new Set<string>();
  return fields.map((f) => {
    const key = f.key.trim();
    const label = f.label.trim();
    if (!key || !label) throw userError('VALIDATION.REQUIRED', '检查要点', { field: 'fields' });
    if (keys.has(key)) throw userError('VALIDATION.INVALID', `检查要点标识重复：${key}`, { field: 'fields' });
    keys.add(key);
    return { key, label, basis: f.basis?.trim() || null };
  });
}

builder.mutationFields((t) => ({
  createForm: t.prismaField({
    type: 'Form',
    description: '新增检查表单（牵头科室） / Create a form (lead unit)',
    authScopes: { writer: true },
    args: {
      code: t.arg.string({ required: false, description: '表单编号 / Code' }),
      name: t.arg.string({ required: false, description: '表单名称 / Name' }),
      checkItemId: t.arg.id({ required: false, description: '对应的抽查事项 / Checklist item' }),
      fields: t.arg({ type: [FormFieldInput], required: false, description: '检查要点 / Check points' }),
    },
    resolve: async (query, _r, args, ctx) => {
      if (ctx.user?.role !== 'ADMIN') throw userError('FORBIDDEN');
      requireFields(args, LABELS);
      const fields = checkFields(args.fields!);
      return ctx.prisma.$transaction(async (tx) => {
        if (await tx.form.findUnique({ where: { code: args.code!.trim() } })) throw userError('FORM.CODE_DUPLICATE', args.code!, { field: 'code' });
        if (args.checkItemId && !(await tx.checkItem.findUnique({ where: { id: String(args.checkItemId) } }))) throw notFound('抽查事项');
        const form = await tx.form.create({
          data: { code: args.code!.trim(), name: args.name!.trim(), checkItemId: args.checkItemId ? String(args.checkItemId) : null, fields },
        });
        await audit(tx, ctx, { action: 'createForm', entity: 'Form', entityId: form.id, after: form });
        return tx.form.findUniqueOrThrow({ ...query, where: { id: form.id } });
      });
    },
  }),
  updateForm: t.prismaField({
    type: 'Form',
    description: '修改检查表单（版本号加一）；已用于检查结果的表单内容随结果保存的检查情况留存 / Update a form (its version goes up)',
    authScopes: { writer: true },
    args: {
      id: t.arg.id({ required: true, description: '编号 / Id' }),
      name: t.arg.string({ required: false, description: '表单名称 / Name' }),
      checkItemId: t.arg.id({ required: false, description: '对应的抽查事项 / Checklist item' }),
      fields: t.arg({ type: [FormFieldInput], required: false, description: '检查要点 / Check points' }),
      retired: t.arg.boolean({ required: false, description: '停用 / Retire' }),
    },
    resolve: async (query, _r, args, ctx) => {
      if (ctx.user?.role !== 'ADMIN') throw userError('FORBIDDEN');
      refuseBlanking(args, { name: LABELS.name, fields: LABELS.fields });
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.form.findUnique({ where: { id: String(args.id) } });
        if (!before) throw notFound('检查表单');
        const after = await tx.form.update({
          where: { id: before.id },
          data: defined({
            name: args.name?.trim(),
            checkItemId: args.checkItemId === undefined ? undefined : args.checkItemId ? String(args.checkItemId) : null,
            fields: args.fields ? checkFields(args.fields) : undefined,
            retiredAt: args.retired === undefined || args.retired === null ? undefined : args.retired ? (before.retiredAt ?? clock.now()) : null,
            version: before.version + 1,
          }),
        });
        await audit(tx, ctx, { action: 'updateForm', entity: 'Form', entityId: before.id, before, after });
        return tx.form.findUniqueOrThrow({ ...query, where: { id: before.id } });
      });
    },
  }),
}));
