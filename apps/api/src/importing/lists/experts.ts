// 专家库 (G9, G19), kept by the lead unit: matched by the ID number, or by name and organisation when the
// row (or the stored expert) has none — the demo's and many bureaus' expert lists carry no ID numbers.
import type { Expert } from '@ssj/db/client';
import { ok, text, type Column } from '../columns.ts';
import type { ListDef, Values } from '../listDef.ts';
import { idNumberCell } from './inspectors.ts';

const byName = (name: unknown, org: unknown) => `name:${String(name)}|${String(org)}`;

const columns: Column<Expert>[] = [
  { field: 'name', header: '姓名', aliases: ['专家姓名', 'name'], required: true, parse: text(50), get: (r) => r.name },
  {
    field: 'idNumber',
    header: '身份证号',
    aliases: ['身份证号码', '公民身份号码', 'idNumber'],
    help: '可不填；填写时按此匹配已有记录，否则按姓名和工作单位匹配',
    parse: idNumberCell,
    blankKeeps: true,
    get: (r) => r.idNumber,
  },
  { field: 'organization', header: '工作单位', aliases: ['单位', '所在单位', 'organization'], required: true, parse: text(200), get: (r) => r.organization },
  { field: 'field', header: '专业领域', aliases: ['专业', '领域', 'field'], required: true, parse: text(100), get: (r) => r.field },
  { field: 'title', header: '职称', aliases: ['title'], parse: text(50), get: (r) => r.title },
  { field: 'phone', header: '电话', aliases: ['联系电话', '手机', 'phone'], parse: (t) => ok(t), get: (r) => r.phone },
];

export const expertList: ListDef<Expert> = {
  kind: 'Expert',
  label: '专家',
  columns,
  adminOnly: true,
  unitScoped: false,
  auditAction: 'importExperts',
  key: (v) => {
    if (typeof v.idNumber === 'string') return `id:${v.idNumber}`;
    if (typeof v.name === 'string' && typeof v.organization === 'string') return byName(v.name, v.organization);
    return { reason: '缺少身份证号，或姓名和工作单位' };
  },
  keyOf: (r) => (r.idNumber ? `id:${r.idNumber}` : byName(r.name, r.organization)),
  findExisting: async (db, keys) => {
    const ids = keys.filter((k) => k.startsWith('id:')).map((k) => k.slice(3));
    const names = keys.filter((k) => k.startsWith('name:')).map((k) => k.slice(5).split('|'));
    if (ids.length === 0 && names.length === 0) return [];
    return db.expert.findMany({
      where: {
        OR: [
          ...(ids.length ? [{ idNumber: { in: ids } }] : []),
          ...names.map(([name, organization]) => ({ name: name!, organization: organization!, idNumber: null })),
        ],
      },
    });
  },
  createMany: async (tx, rows) => {
    await tx.expert.createMany({ data: rows as never });
  },
  update: async (tx, before, changes) => {
    await tx.expert.update({ where: { id: before.id }, data: changes as Values as never });
  },
};
