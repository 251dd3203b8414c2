// The daily bundle's spreadsheet layout (issue 16, "manual channel"; docs/publication.md): one sheet per document
// kind, in the columns a provincial 公示 bulk upload (国家企业信用信息公示系统（山东）) takes. A column is a dotted
// path into the document JSON (its kind's JSON Schema in docs/publication/schemas) and a header; `values` recodes a
// cell (our code → their word). These built-in layouts are used for a kind when no saved MappingProfile
// (`list: publication.<kind>`, direction EXPORT) is chosen; a profile has exactly this shape.
//
// Besides the document's own fields, a path may start with `bundle.`: `bundle.seq` (the outbox's sequence number),
// `bundle.id` (the document's id, also its idempotency key) and `bundle.day` (the Beijing day it occurred on).
// A path through an array (`result.findings.checkItemCode`) gives every element's value, joined with "；"; a number
// in the path picks one element (`result.findings.0.checkItemCode`).
import {
  CHANGE_KIND,
  CHECK_CATEGORY,
  CHECK_METHOD,
  DRAW_KIND,
  FOLLOW_UP_ACTION,
  type LabelledEnum,
  type PublicationKind,
  RESULT_OUTCOME,
  WITHHOLDING_CATEGORY,
} from '@ssj/domain';

export interface BundleColumn {
  field: string;
  header: string;
}

export interface BundleLayout {
  columns: BundleColumn[];
  /** { [field]: { [ours]: theirs } }; values not listed pass unchanged. */
  values: Record<string, Record<string, string>>;
}

/** The sheet (tab) of each kind in the bundle's workbook, in the outbox's order of kinds. */
export const BUNDLE_SHEETS: Readonly<Record<PublicationKind, string>> = {
  'checklist-version': '抽查事项清单',
  plan: '年度抽查计划',
  'task-announcement': '抽查任务公告',
  'draw-locked': '摇号结果',
  'result-published': '抽查结果公示',
  'correction-signed': '抽查结果更正',
  'task-withheld': '不予公示决定',
};

const zh = (e: LabelledEnum<string>): Record<string, string> => ({ ...e.zh });
const YES_NO = { true: '是', false: '否' };

const col = (field: string, header: string): BundleColumn => ({ field, header });
const PUBLISHER = [col('publisher.creditCode', '检查机关统一社会信用代码'), col('publisher.name', '检查机关')];
const PUBLISHED_ON = col('bundle.day', '公示日期');
const ID = col('bundle.id', '数据标识');

export const DEFAULT_LAYOUTS: Readonly<Record<PublicationKind, BundleLayout>> = {
  'checklist-version': {
    columns: [
      ...PUBLISHER,
      col('item.code', '事项编码'),
      col('item.name', '抽查事项'),
      col('item.category', '事项类别'),
      col('item.objectType', '检查对象'),
      col('item.methods', '检查方式'),
      col('item.legalBasis', '检查依据'),
      col('item.defaultRatio', '默认抽查比例（小数）'),
      col('item.responsibleUnit', '实施单位'),
      col('version', '版本'),
      col('change', '变更类型'),
      col('notice', '调整说明'),
      PUBLISHED_ON,
      ID,
    ],
    values: { 'item.category': zh(CHECK_CATEGORY), 'item.methods': zh(CHECK_METHOD), change: zh(CHANGE_KIND) },
  },
  plan: {
    columns: [
      ...PUBLISHER,
      col('plan.year', '年度'),
      col('plan.title', '计划名称'),
      col('plan.unit', '制定单位'),
      col('plan.version', '备案版本'),
      col('plan.event', '备案类型'),
      col('plan.reason', '调整原因'),
      col('plan.filedWith', '备案机关'),
      col('plan.items.checkItem.name', '抽查事项'),
      col('plan.items.estimatedCount', '预计抽查数量'),
      PUBLISHED_ON,
      ID,
    ],
    values: { 'plan.event': { FILED: '初次备案', ADJUSTED: '计划调整' } },
  },
  'task-announcement': {
    columns: [
      ...PUBLISHER,
      col('task.code', '任务编号'),
      col('task.name', '任务名称'),
      col('task.checkItems.name', '抽查事项'),
      col('task.ownerUnit', '任务设置单位'),
      col('task.executingUnit', '执行单位'),
      col('task.windowFrom', '实施开始日期'),
      col('task.windowTo', '实施结束日期'),
      col('draw.seedCommitment', '随机种子承诺值'),
      PUBLISHED_ON,
      ID,
    ],
    values: {},
  },
  'draw-locked': {
    columns: [
      ...PUBLISHER,
      col('task.code', '任务编号'),
      col('task.name', '任务名称'),
      col('draw.kind', '抽取类型'),
      col('draw.sequence', '摇号次序'),
      col('draw.candidateCount', '候选对象数'),
      col('draw.candidateListHash', '候选名单哈希'),
      col('draw.seed', '随机种子'),
      col('draw.lockedAt', '锁定时间'),
      col('targetCount', '抽中对象数'),
      col('targets.creditCode', '抽中对象统一社会信用代码'),
      col('targets.name', '抽中对象名称'),
      PUBLISHED_ON,
      ID,
    ],
    values: { 'draw.kind': zh(DRAW_KIND) },
  },
  'result-published': {
    columns: [
      col('subject.creditCode', '统一社会信用代码'),
      col('subject.name', '名称'),
      col('task.code', '任务编号'),
      col('task.name', '任务名称'),
      col('result.findings.checkItemCode', '抽查事项'),
      col('result.outcome', '检查结果'),
      col('result.followUpAction', '后续处置'),
      col('result.inspectedOn', '检查日期'),
      col('publisher.name', '检查机关'),
      col('publisher.creditCode', '检查机关统一社会信用代码'),
      PUBLISHED_ON,
      ID,
    ],
    values: { 'result.outcome': zh(RESULT_OUTCOME), 'result.followUpAction': zh(FOLLOW_UP_ACTION) },
  },
  'correction-signed': {
    columns: [
      col('subject.creditCode', '统一社会信用代码'),
      col('subject.name', '名称'),
      col('task.code', '任务编号'),
      col('task.name', '任务名称'),
      col('correction.reason', '更正原因'),
      col('correction.outcome', '更正后检查结果'),
      col('correction.followUpAction', '更正后后续处置'),
      col('correction.findingsChanged', '检查内容是否更正'),
      col('publisher.name', '检查机关'),
      col('publisher.creditCode', '检查机关统一社会信用代码'),
      col('bundle.day', '更正日期'),
      ID,
    ],
    values: {
      'correction.outcome': zh(RESULT_OUTCOME),
      'correction.followUpAction': zh(FOLLOW_UP_ACTION),
      'correction.findingsChanged': YES_NO,
    },
  },
  'task-withheld': {
    columns: [
      ...PUBLISHER,
      col('task.code', '任务编号'),
      col('task.name', '任务名称'),
      col('withholding.withheld', '不予公示'),
      col('withholding.category', '不予公示情形'),
      col('withholding.basis', '法律依据'),
      col('bundle.day', '决定日期'),
      ID,
    ],
    values: { 'withholding.withheld': YES_NO, 'withholding.category': zh(WITHHOLDING_CATEGORY) },
  },
};

/** The `bundle.*` fields a column may name besides the document's own. */
export interface BundleMeta {
  seq: string;
  id: string;
  day: string;
}

const scalar = (v: unknown): string | number | null =>
  v === null || v === undefined ? null : typeof v === 'number' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);

/** Every value at a dotted path, descending through arrays (an object's array gives each element's value). */
function valuesAt(root: unknown, path: string[]): unknown[] {
  let current: unknown[] = [root];
  for (const key of path) {
    const next: unknown[] = [];
    for (const v of current) {
      // A number picks one element of an array (`result.findings.0.checkItemCode`).
      if (Array.isArray(v) && /^\d+$/.test(key)) {
        if (Number(key) < v.length) next.push(v[Number(key)]);
        continue;
      }
      const each = Array.isArray(v) ? v : [v];
      for (const e of each) if (e !== null && typeof e === 'object' && !Array.isArray(e) && key in e) next.push((e as Record<string, unknown>)[key]);
    }
    current = next;
  }
  return current.flatMap((v) => (Array.isArray(v) ? v : [v]));
}

/**
 * One cell: the value at the column's path (empty when the path is missing), each element recoded by the layout's
 * `values` for that field, several joined with "；". A number stays a number.
 */
export function bundleCell(document: unknown, meta: BundleMeta, field: string, values: Record<string, Record<string, string>>): string | number | null {
  const path = field.split('.');
  const found = path[0] === 'bundle' ? valuesAt(meta, path.slice(1)) : valuesAt(document, path);
  const recode = values[field];
  const cells = found
    .map(scalar)
    .filter((v): v is string | number => v !== null)
    .map((v) => (recode && Object.hasOwn(recode, String(v)) ? recode[String(v)]! : v));
  if (cells.length === 0) return null;
  if (cells.length === 1) return cells[0]!;
  return cells.join('；');
}
