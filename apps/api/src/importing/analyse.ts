// The row-by-row decision of an import: each data row of the file is created, updated (matched by its key),
// left unchanged, or refused with its reasons. The dry run streams the file through it and hands each batch's
// outcomes, with the values read from the cells, to a sink that stages them in the database (jobs.ts); the commit
// decides again from those staged values (`decider`), against the records as they are then, without the file.
import type { ImportRowAction } from '@ssj/domain';
import type { CurrentUser } from '../context.ts';
import type { Column, Value } from './columns.ts';
import type { ListDef, Reader, RuleContext, Values } from './listDef.ts';
import { rowName } from './listDef.ts';
import type { Mapping } from './mapping.ts';
import { recode, type ValueMap } from './profiles.ts';
import { readRows, type Encoding, type FileFormat } from './readers.ts';

/** What the import does with a row: the domain's list (IMPORT_ROW_ACTION, with the admin's labels). */
export type RowAction = ImportRowAction;

export interface RowResult {
  row: number;
  action: RowAction;
  key: string;
  name: string;
  /** Why the row is refused (Chinese). */
  reasons?: string[];
  /** What an update changes: 字段：旧 → 新. */
  changes?: string[];
}

export type Counts = Record<RowAction, number> & { total: number };

export interface Progress {
  bytes: number;
  totalBytes: number;
  rows: number;
}

export interface AnalyseInput {
  def: ListDef;
  file: string;
  format: FileFormat;
  encoding?: Encoding;
  size: number;
  headerRow: number;
  mapping: Mapping;
  /** An IMPORT mapping profile's value mappings ({ [field]: { [their value]: ours } }), applied to a cell before it is read. */
  recode?: ValueMap | null;
  user: CurrentUser;
  rules: RuleContext;
  onProgress?: (p: Progress) => void;
}

/** A row's outcome as the dry run stages it for the commit: the values read from its cells and, for a new record, the record. */
export interface StagedRow extends RowResult {
  /** The values read from the cells (absent for a refused row). */
  values?: Values;
  /** CREATE: the record to insert; UPDATE: the changed fields. */
  data?: Values;
}

/** A row as read from the file: its values, the reasons its cells were refused, its match key. */
export interface ReadRow {
  row: number;
  values: Values;
  reasons: string[];
  key: string;
}

/** Rows decided (and staged) per lookup of the existing records. */
const BATCH = 2000;

function same(a: Value | undefined, b: Value | undefined): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]);
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  return (a ?? null) === (b ?? null);
}

const shown = (c: Column, v: Value | undefined, rc: RuleContext) => {
  if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) return '（空）';
  return String(c.format ? c.format(v, rc.lookups) : v);
};

const isBlank = (v: Value | undefined) => v === undefined || v === null || (Array.isArray(v) && v.length === 0);

/** The decision for one row read from the file, given the record its key matches now (or none). Pure. */
export function decider(def: ListDef, mapping: Mapping, user: CurrentUser, rules: RuleContext) {
  const staff = user.role !== 'ADMIN';
  const mapped = new Set(mapping.filter((f): f is string => !!f));
  return (p: ReadRow, before: any): RowResult & { data?: Values } => {
    const base = { row: p.row, key: p.key, name: rowName(p.values) };
    const reasons = [...p.reasons];
    const v = p.values;
    /** The cell was there but refused (its reason is already listed). */
    const failed = (field: string) => field in v && v[field] === undefined;
    if (!before) {
      const data: Values = {};
      for (const c of def.columns) {
        let value = v[c.field];
        if (isBlank(value) && c.defaultValue !== undefined) value = typeof c.defaultValue === 'function' ? c.defaultValue(rules.lookups) : c.defaultValue;
        // A cell already refused for its content is not also "missing".
        if (c.required && isBlank(value) && !failed(c.field)) reasons.push(`缺少必填字段：${c.header}`);
        if (value !== undefined) data[c.field] = value;
      }
      if (def.unitScoped && staff && data[def.unitField!] !== user.unitId) reasons.push('只能导入本单位的记录（谁管辖、谁维护）');
      if (reasons.length === 0) reasons.push(...(def.check?.(data, rules) ?? []));
      return reasons.length ? { ...base, action: 'REFUSED', reasons } : { ...base, action: 'CREATE', data };
    }
    const changes: Values = {};
    const described: string[] = [];
    const merged: Values = {};
    for (const c of def.columns) {
      const old = c.get(before);
      merged[c.field] = old;
      if (!mapped.has(c.field)) continue;
      const value = v[c.field];
      if (failed(c.field)) continue;
      if (isBlank(value)) {
        if (c.required) reasons.push(`缺少必填字段：${c.header}`);
        if (c.required || c.blankKeeps || c.defaultValue !== undefined) continue;
      }
      if (!same(value, old)) {
        changes[c.field] = value ?? null;
        merged[c.field] = value ?? null;
        described.push(`${c.header}：${shown(c, old, rules)} → ${shown(c, value, rules)}`);
      }
    }
    if (def.unitScoped && staff) {
      if (before[def.unitField!] !== user.unitId) reasons.push('该记录属于其他单位，只能维护本单位的记录（谁管辖、谁维护）');
      else if (def.unitField! in changes && changes[def.unitField!] !== user.unitId) reasons.push('只能导入本单位的记录（谁管辖、谁维护）');
    }
    if (reasons.length === 0 && described.length > 0) reasons.push(...(def.check?.(merged, rules) ?? []));
    if (reasons.length) return { ...base, action: 'REFUSED', reasons };
    return described.length ? { ...base, action: 'UPDATE', changes: described, data: changes } : { ...base, action: 'UNCHANGED' };
  };
}

/**
 * Analyses the file as it streams, `BATCH` rows at a time: each batch's existing records are read in one query,
 * its rows decided, and the outcomes handed to `sink` (in row order) before the next batch is read. Returns the counts.
 */
export async function analyse(db: Reader, input: AnalyseInput, sink: (rows: StagedRow[]) => Promise<void>): Promise<Counts> {
  const { def, mapping, user, rules } = input;
  const decide = decider(def, mapping, user, rules);
  const columnAt = mapping.map((f) => (f ? def.columns.find((c) => c.field === f)! : null));
  const counts: Counts = { CREATE: 0, UPDATE: 0, UNCHANGED: 0, REFUSED: 0, total: 0 };
  const seen = new Map<string, number>();
  const progress: Progress = { bytes: 0, totalBytes: input.size, rows: 0 };
  let lastReport = 0;
  let pending: ReadRow[] = [];

  const flush = async () => {
    if (pending.length === 0) return;
    const keys = [...new Set(pending.filter((p) => p.key).map((p) => p.key))];
    const existing = keys.length ? await def.findExisting(db, keys) : [];
    const byKey = new Map(existing.map((e) => [def.keyOf(e), e]));
    const staged: StagedRow[] = [];
    for (const p of pending) {
      const r: StagedRow = decide(p, p.key ? byKey.get(p.key) : undefined);
      if (r.action !== 'REFUSED') r.values = p.values;
      staged.push(r);
      counts[r.action]++;
      counts.total++;
    }
    pending = [];
    await sink(staged);
  };

  const rows = readRows(input.file, input.format, {
    ...(input.encoding ? { encoding: input.encoding } : {}),
    onBytes: (n) => {
      progress.bytes += n;
    },
  });
  for await (const { row, cells } of rows) {
    if (row <= input.headerRow) continue;
    const values: Values = {};
    const reasons: string[] = [];
    columnAt.forEach((c, i) => {
      if (!c) return;
      // The other system's code for a value (the city's area or object type code) becomes ours before it is read.
      const t = recode(input.recode?.[c.field], cells[i] ?? '');
      if (t === '') {
        values[c.field] = null;
        return;
      }
      const r = c.parse(t, rules.lookups);
      if (r.ok) values[c.field] = r.value;
      else {
        values[c.field] = undefined as never;
        reasons.push(`${c.header}：${r.reason}`);
      }
    });
    let key = '';
    const k = def.key(values);
    if (typeof k === 'string') {
      key = k;
      const first = seen.get(k);
      if (first !== undefined) reasons.push(`与第 ${first} 行重复（同一${def.label}在文件中出现多次）`);
      else seen.set(k, row);
    } else if (reasons.length === 0) reasons.push(k.reason);
    pending.push({ row, values, reasons, key });
    progress.rows++;
    if (pending.length >= BATCH) await flush();
    const now = Date.now();
    if (input.onProgress && now - lastReport > 200) {
      lastReport = now;
      input.onProgress({ ...progress });
    }
  }
  await flush();
  input.onProgress?.({ ...progress, bytes: progress.totalBytes });
  return counts;
}
