// 抽查事项清单 (rules 1, 2; P2, G8), kept by the lead unit: matched by the item code. Every item the import
// adds or changes gets a new version with the adjustment notice, as createCheckItem / updateCheckItem do.
import type { CheckItem } from '@ssj/db/client';
import { CHECK_CATEGORY, CHECK_METHOD } from '@ssj/domain';
import { enumColumn, listOf, ok, percent, refuse, text, unitRef, yesNo, type Column, type Parsed } from '../columns.ts';
import type { ListDef } from '../listDef.ts';

const category = enumColumn(CHECK_CATEGORY.zh, { 一般: 'GENERAL', 重点: 'KEY', 一般事项: 'GENERAL', 重点事项: 'KEY' });
const method = enumColumn(CHECK_METHOD.zh, {
  现场检查: 'ON_SITE',
  实地检查: 'ON_SITE',
  网络监测检查: 'ONLINE_MONITORING',
  抽样检验: 'SAMPLE_TESTING',
  第三方核查: 'THIRD_PARTY',
  委托第三方: 'THIRD_PARTY',
});
const ratio = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** A checklist item with the units whose remit it is in (rule 6). */
type CheckItemRow = CheckItem & { remitUnits: { id: string }[] };
const remitIds = (r: CheckItemRow) => r.remitUnits.map((u) => u.id).sort();

/** Several units by name or code, separated by 、 or commas; sorted ids, so a re-import of an export is unchanged. */
const unitList = {
  parse: (t: string, l: Parameters<typeof unitRef.parse>[1]): Parsed => {
    const ids = new Set<string>();
    for (const part of t
      .split(/[、，,；;\n]+/)
      .map((x) => x.trim())
      .filter(Boolean)) {
      const id = l.unitByText.get(part);
      if (!id) return refuse(`单位“${part}”不存在（请填写单位全称或编码）`);
      ids.add(id);
    }
    return ids.size ? ok([...ids].sort()) : refuse('至少填写一个实施单位');
  },
  format: (v: unknown, l: Parameters<typeof unitRef.parse>[1]) => (Array.isArray(v) ? v.map((id) => l.unitName.get(id as string) ?? id).join('、') : ''),
};

const columns: Column<CheckItemRow>[] = [
  {
    field: 'code',
    header: '事项编码',
    aliases: ['编码', '事项编号', '编号', 'code'],
    required: true,
    help: '按此匹配已有事项',
    parse: text(50),
    get: (r) => r.code,
  },
  { field: 'name', header: '抽查事项', aliases: ['事项名称', '抽查事项名称', 'name'], required: true, parse: text(300), get: (r) => r.name },
  { field: 'objectType', header: '检查对象', aliases: ['对象类型', 'objectType'], required: true, parse: text(100), get: (r) => r.objectType },
  { field: 'category', header: '事项类别', aliases: ['类别', 'category'], required: true, ...category, get: (r) => r.category },
  {
    field: 'methods',
    header: '检查方式',
    aliases: ['方式', 'methods'],
    required: true,
    ...listOf(method.parse),
    format: (v) => (Array.isArray(v) ? v.map((m) => method.format(m)).join('、') : ''),
    help: `多个以“、”分隔；${method.help}`,
    get: (r) => r.methods,
  },
  {
    field: 'unitId',
    header: '检查主体',
    aliases: ['责任单位', '实施主体', 'unit', 'unitId'],
    required: true,
    ...unitRef,
    help: '单位全称或单位编码',
    get: (r) => r.unitId,
  },
  {
    field: 'remitUnitIds',
    header: '实施单位',
    aliases: ['实施单位（职责范围）', '职责范围', 'remitUnits', 'remitUnitIds'],
    ...unitList,
    blankKeeps: true,
    help: '列入其职责范围、须纳入其年度计划的单位，多个以“、”分隔；新增时不填为检查主体',
    get: (r) => remitIds(r),
  },
  { field: 'legalBasis', header: '检查依据', aliases: ['依据', '法律依据', 'legalBasis'], required: true, parse: text(2000), get: (r) => r.legalBasis },
  {
    field: 'defaultRatio',
    header: '默认抽查比例（%）',
    aliases: ['默认抽查比例', '抽查比例', '抽查比例（%）', 'defaultRatio'],
    required: true,
    ...percent,
    get: (r) => ratio(r.defaultRatio),
  },
  {
    field: 'ratioCap',
    header: '比例上限（%）',
    aliases: ['比例上限', '抽查比例上限', 'ratioCap'],
    ...percent,
    help: '一般事项可填，不填用系统设置；重点事项不设上限',
    get: (r) => ratio(r.ratioCap),
  },
  {
    field: 'needsExpert',
    header: '需专家参与',
    aliases: ['专家参与', 'needsExpert'],
    ...yesNo,
    defaultValue: false,
    blankKeeps: true,
    get: (r) => r.needsExpert,
  },
];

const snapshotOf = (i: CheckItemRow) => ({
  code: i.code,
  name: i.name,
  objectType: i.objectType,
  category: i.category,
  methods: i.methods,
  unitId: i.unitId,
  remitUnitIds: remitIds(i),
  legalBasis: i.legalBasis,
  defaultRatio: String(i.defaultRatio),
  ratioCap: i.ratioCap === null ? null : String(i.ratioCap),
  needsExpert: i.needsExpert,
});

const REMIT = { remitUnits: { select: { id: true } } } as const;

export const checkItemList: ListDef<CheckItemRow> = {
  kind: 'CheckItem',
  label: '抽查事项',
  columns,
  adminOnly: true,
  unitScoped: false,
  auditAction: 'importCheckItems',
  key: (v) => (typeof v.code === 'string' ? v.code : { reason: '缺少必填字段：事项编码' }),
  keyOf: (r) => r.code,
  findExisting: (db, keys) => db.checkItem.findMany({ where: { code: { in: keys } }, include: REMIT }),
  // Rule 2 (G8): a GENERAL item's ratio is strictly limited (its own cap, else the setting); KEY items have none.
  check: (v, rc) => {
    if (v.category === 'KEY') return v.ratioCap !== null && v.ratioCap !== undefined ? ['重点检查事项不设比例上限，请清空“比例上限”'] : [];
    const cap = typeof v.ratioCap === 'number' ? v.ratioCap : rc.generalRatioCap;
    return typeof v.defaultRatio === 'number' && v.defaultRatio > cap + 1e-9
      ? [`一般事项的抽查比例不得超过上限：${(v.defaultRatio * 100).toFixed(2)}% > ${(cap * 100).toFixed(2)}%`]
      : [];
  },
  createMany: async (tx, rows, o) => {
    for (const { remitUnitIds, ...v } of rows) {
      const remit = Array.isArray(remitUnitIds) ? (remitUnitIds as string[]) : [v.unitId as string];
      const created = await tx.checkItem.create({
        data: { ...v, ratioCap: v.category === 'KEY' ? null : (v.ratioCap ?? null), version: 1, remitUnits: { connect: remit.map((id) => ({ id })) } } as never,
        include: REMIT,
      });
      await tx.checkItemVersion.create({
        data: {
          checkItemId: created.id,
          version: 1,
          change: 'CREATE',
          snapshot: snapshotOf(created),
          notice: o.notice || `新增抽查事项（导入“${o.fileName}”）`,
          changedById: o.ctx.user!.id,
        },
      });
    }
  },
  update: async (tx, before, changes, o) => {
    const { remitUnitIds, ...rest } = changes;
    const after = await tx.checkItem.update({
      where: { id: before.id },
      data: {
        ...rest,
        version: before.version + 1,
        ...(Array.isArray(remitUnitIds) ? { remitUnits: { set: (remitUnitIds as string[]).map((id) => ({ id })) } } : {}),
      } as never,
      include: REMIT,
    });
    await tx.checkItemVersion.create({
      data: { checkItemId: before.id, version: after.version, change: 'UPDATE', snapshot: snapshotOf(after), notice: o.notice!, changedById: o.ctx.user!.id },
    });
  },
};
