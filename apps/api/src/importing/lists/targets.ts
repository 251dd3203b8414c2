// 检查对象名录库 (rules 3, 9; G9): matched by the unified social credit code, maintained by its unit.
import type { Target } from '@ssj/db/client';
import { BUSINESS_SCALE, CREDIT_STATUS, messages, REGISTRATION_STATUS, RISK_LEVEL, validateCreditCode } from '@ssj/domain';
import { enumColumn, ok, refuse, text, unitRef, yesNo, type Column } from '../columns.ts';
import { insertRecords, updateRecords } from '../bulk.ts';
import type { ListDef } from '../listDef.ts';

const scale = enumColumn(BUSINESS_SCALE.zh);
const risk = enumColumn(RISK_LEVEL.zh, { 低: 'LOW', 中: 'MEDIUM', 中风险: 'MEDIUM', 一般: 'MEDIUM', 高: 'HIGH' });
const credit = enumColumn(CREDIT_STATUS.zh, { 良好: 'NORMAL', 守信: 'NORMAL', 经营异常: 'ABNORMAL', 异常: 'ABNORMAL', 严重失信: 'DISHONEST' });
const registration = enumColumn(REGISTRATION_STATUS.zh, {
  在业: 'ACTIVE',
  开业: 'ACTIVE',
  '存续（在营、开业、在册）': 'ACTIVE',
  已注销: 'DEREGISTERED',
  已吊销: 'REVOKED',
  无法联系: 'UNREACHABLE',
});

export const creditCodeCell = (t: string) => {
  const r = validateCreditCode(t);
  return r.ok ? ok(r.code) : refuse(`${messages[r.code]}（${t}）`);
};

const flag = (field: keyof Target & string, header: string, aliases: string[] = []): Column<Target> => ({
  field,
  header,
  aliases,
  ...yesNo,
  defaultValue: false,
  blankKeeps: true,
  get: (r) => r[field] as boolean,
});

const columns: Column<Target>[] = [
  {
    field: 'creditCode',
    header: '统一社会信用代码',
    aliases: ['信用代码', '社会信用代码', '统一代码', 'creditCode', 'credit code'],
    required: true,
    help: '18 位，符合 GB 32100-2015；按此匹配已有记录',
    parse: creditCodeCell,
    get: (r) => r.creditCode,
  },
  {
    field: 'name',
    header: '名称',
    aliases: ['企业名称', '主体名称', '对象名称', '检查对象名称', '检查对象', '项目名称', 'name'],
    required: true,
    parse: text(200),
    get: (r) => r.name,
  },
  {
    field: 'libraryId',
    header: '所属名录库',
    aliases: ['名录库', 'library', 'libraryId'],
    required: true,
    help: '名录库名称或编码',
    parse: (t, l) => {
      const id = l.libraryByText.get(t);
      return id ? ok(id) : refuse(`名录库“${t}”不存在或已停用`);
    },
    format: (v, l) => (typeof v === 'string' ? (l.libraryName.get(v) ?? v) : ''),
    get: (r) => r.libraryId,
  },
  {
    field: 'unitId',
    header: '维护单位',
    aliases: ['所属单位', '管辖单位', 'unit', 'unitId'],
    ...unitRef,
    defaultValue: (l) => l.ownUnitId,
    blankKeeps: true,
    get: (r) => r.unitId,
  },
  { field: 'objectType', header: '对象类型', aliases: ['检查对象类型', '主体类型', 'objectType'], required: true, parse: text(100), get: (r) => r.objectType },
  { field: 'scale', header: '经营规模', aliases: ['规模', 'scale'], required: true, ...scale, get: (r) => r.scale },
  { field: 'industry', header: '行业', aliases: ['所属行业', '行业类别', 'industry'], required: true, parse: text(100), get: (r) => r.industry },
  {
    field: 'area',
    header: '所在镇（街道）',
    aliases: ['所在镇街', '镇街', '镇（街道）', '所在地区', '区域', 'area'],
    required: true,
    parse: text(50),
    get: (r) => r.area,
  },
  {
    field: 'address',
    header: '登记住所',
    aliases: ['住所', '地址', '注册地址', '经营地址', 'address'],
    required: true,
    parse: text(300),
    get: (r) => r.address,
  },
  {
    field: 'legalRepresentative',
    header: '法定代表人',
    aliases: ['法人', '法定代表人（负责人）', '负责人', 'legalRepresentative'],
    parse: text(50),
    get: (r) => r.legalRepresentative,
  },
  { field: 'contactPhone', header: '联系电话', aliases: ['电话', '联系方式', 'contactPhone'], parse: text(50), get: (r) => r.contactPhone },
  { field: 'riskLevel', header: '风险等级', aliases: ['风险', 'riskLevel'], ...risk, defaultValue: 'MEDIUM', blankKeeps: true, get: (r) => r.riskLevel },
  {
    field: 'creditStatus',
    header: '信用状况',
    aliases: ['信用', '信用状态', 'creditStatus'],
    ...credit,
    defaultValue: 'NORMAL',
    blankKeeps: true,
    get: (r) => r.creditStatus,
  },
  {
    field: 'registrationStatus',
    header: '登记状态',
    aliases: ['经营状态', '状态', 'registrationStatus'],
    ...registration,
    defaultValue: 'ACTIVE',
    blankKeeps: true,
    get: (r) => r.registrationStatus,
  },
  flag('keyIndustry', '重点行业'),
  flag('repeatedComplaints', '投诉举报多', ['投诉举报较多']),
  flag('seriousViolation', '有严重违法违规记录', ['严重违法违规', '严重违法违规记录']),
  { field: 'notes', header: '备注', aliases: ['notes'], parse: text(1000), get: (r) => r.notes },
];

export const targetList: ListDef<Target> = {
  kind: 'Target',
  label: '检查对象',
  columns,
  adminOnly: false,
  unitScoped: true,
  unitField: 'unitId',
  auditAction: 'importTargets',
  key: (v) => (typeof v.creditCode === 'string' ? v.creditCode : { reason: '缺少必填字段：统一社会信用代码' }),
  keyOf: (r) => r.creditCode,
  findExisting: (db, keys) => db.target.findMany({ where: { creditCode: { in: keys } } }),
  table: 'Target',
  createMany: (tx, rows) => insertRecords(tx, targetList, rows),
  update: (tx, before, changes) => updateRecords(tx, targetList, [{ id: before.id, changes }]),
  updateMany: (tx, updates) =>
    updateRecords(
      tx,
      targetList,
      updates.map((u) => ({ id: u.before.id, changes: u.changes })),
    ),
};
