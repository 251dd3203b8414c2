// 执法检查人员名录库 (rules 3, 5; G9, G20): matched by the ID number, maintained by the inspector's unit.
import type { Inspector } from '@ssj/db/client';
import { messages, validateIdNumber } from '@ssj/domain';
import { listOf, ok, refuse, text, unitRef, yesNo, type Column } from '../columns.ts';
import type { ListDef, Values } from '../listDef.ts';

/** Excel turns an 18-digit number into 3.70303E+17 and loses the last digits: say so rather than "invalid". */
export const idNumberCell = (t: string) => {
  if (/^\d(\.\d+)?E\+\d+$/i.test(t)) return refuse(`单元格为数字格式，长号码已丢失末位（${t}），请将该列设为“文本”后重新填写`);
  const r = validateIdNumber(t);
  return r.ok ? ok(r.idNumber) : refuse(`${messages[r.code]}（${t}）`);
};

const columns: Column<Inspector>[] = [
  { field: 'name', header: '姓名', aliases: ['name'], required: true, parse: text(50), get: (r) => r.name },
  {
    field: 'idNumber',
    header: '身份证号',
    aliases: ['身份证号码', '公民身份号码', '身份证', 'idNumber'],
    required: true,
    help: '18 位公民身份号码；按此匹配已有记录。请将该列设为“文本”格式',
    parse: idNumberCell,
    get: (r) => r.idNumber,
  },
  {
    field: 'unitId',
    header: '所属单位',
    aliases: ['单位', '工作单位', 'unit', 'unitId'],
    ...unitRef,
    defaultValue: (l) => l.ownUnitId,
    blankKeeps: true,
    get: (r) => r.unitId,
  },
  {
    field: 'certificateNumber',
    header: '执法证号',
    aliases: ['执法证件号', '执法证编号', '执法证件号码', 'certificateNumber'],
    parse: text(50),
    get: (r) => r.certificateNumber,
  },
  { field: 'qualified', header: '具备执法资格', aliases: ['执法资格', 'qualified'], ...yesNo, defaultValue: false, blankKeeps: true, get: (r) => r.qualified },
  {
    field: 'drawable',
    header: '参与随机抽取',
    aliases: ['参与抽取', '可抽取', 'drawable'],
    ...yesNo,
    blankKeeps: true,
    help: '不填时与“具备执法资格”相同；不具备执法资格的不能参与（规则 5）',
    get: (r) => r.drawable,
  },
  { field: 'canLead', header: '可任组长', aliases: ['组长', 'canLead'], ...yesNo, defaultValue: true, blankKeeps: true, get: (r) => r.canLead },
  { field: 'title', header: '职务', aliases: ['title'], parse: text(50), get: (r) => r.title },
  { field: 'phone', header: '电话', aliases: ['联系电话', '手机', '手机号码', 'phone'], parse: text(50), get: (r) => r.phone },
  {
    field: 'specialties',
    header: '专业领域',
    aliases: ['专业', 'specialties'],
    ...listOf(),
    blankKeeps: false,
    help: '多个以“、”分隔',
    get: (r) => r.specialties,
  },
];

export const inspectorList: ListDef<Inspector> = {
  kind: 'Inspector',
  label: '执法检查人员',
  columns,
  adminOnly: false,
  unitScoped: true,
  unitField: 'unitId',
  auditAction: 'importInspectors',
  key: (v) => (typeof v.idNumber === 'string' ? v.idNumber : { reason: '缺少必填字段：身份证号' }),
  keyOf: (r) => r.idNumber,
  findExisting: (db, keys) => db.inspector.findMany({ where: { idNumber: { in: keys } } }),
  // Rule 5 (G20): only inspectors with enforcement qualification may take part in draws.
  check: (v) => (v.drawable === true && v.qualified !== true ? ['不具备执法资格的人员不能设为参与随机抽取'] : []),
  createMany: async (tx, rows) => {
    await tx.inspector.createMany({
      data: rows.map((v) => ({ ...v, drawable: v.drawable ?? v.qualified ?? false, specialties: v.specialties ?? [] })) as never,
    });
  },
  update: async (tx, before, changes) => {
    await tx.inspector.update({ where: { id: before.id }, data: changes as Values as never });
  },
};
