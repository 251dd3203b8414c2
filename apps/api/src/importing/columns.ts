// The columns of an importable (and exportable) list: the Chinese header, the other headers a bureau's own
// spreadsheet may use, how a cell's text becomes a value and how a value becomes a cell again. Export writes
// `format(get(record))` and import reads it back with `parse`, so an exported file re-imports unchanged.
import type { Lookups } from './lookups.ts';

/** A field value as the database holds it (enum codes, ids, ratios as fractions). */
export type Value = string | number | boolean | string[] | null;

export type Parsed = { ok: true; value: Value } | { ok: false; reason: string };

export interface Column<R = any> {
  field: string;
  /** The header written on export and in the template (Chinese). */
  header: string;
  /** Other headers recognised on import (Chinese variants, English names). */
  aliases?: string[];
  /** Required when a record is created. */
  required?: boolean;
  /** The value a new record gets when the cell is blank or the column is not in the file. */
  defaultValue?: Value | ((l: Lookups) => Value);
  /** What the template's notes sheet says about the column. */
  help?: string;
  /** Cell text (trimmed, never empty) → value. Blank cells never reach parse: they are null. */
  parse: (text: string, l: Lookups) => Parsed;
  /** The record's value in the same form parse returns (for change detection and export). */
  get: (record: R) => Value;
  /** Value → the cell written on export. */
  format?: (value: Value, l: Lookups) => string | number;
  /** Blank in the file leaves the stored value alone instead of clearing it (identity and flag columns). */
  blankKeeps?: boolean;
}

export const ok = (value: Value): Parsed => ({ ok: true, value });
export const refuse = (reason: string): Parsed => ({ ok: false, reason });

export const text =
  (max = 500) =>
  (t: string): Parsed =>
    t.length > max ? refuse(`不能超过 ${max} 个字`) : ok(t);

/** Enum codes with their Chinese labels (the admin's `enums.*`); the code itself and extra synonyms also read. */
export function enumColumn(labels: Record<string, string>, synonyms: Record<string, string> = {}) {
  const byText = new Map<string, string>();
  for (const [code, label] of Object.entries(labels)) {
    byText.set(code.toUpperCase(), code);
    byText.set(label, code);
  }
  for (const [syn, code] of Object.entries(synonyms)) byText.set(syn, code);
  return {
    parse: (t: string): Parsed => {
      const code = byText.get(t) ?? byText.get(t.toUpperCase());
      return code ? ok(code) : refuse(`“${t}”不是可选值（${Object.values(labels).join('、')}）`);
    },
    format: (v: Value) => (typeof v === 'string' ? (labels[v] ?? v) : ''),
    help: `可选：${Object.values(labels).join('、')}`,
  };
}

const TRUE = new Set(['是', '有', 'Y', 'YES', 'TRUE', '1', '√', '✓', 'T']);
const FALSE = new Set(['否', '无', 'N', 'NO', 'FALSE', '0', '×', '✗', 'F']);
export const yesNo = {
  parse: (t: string): Parsed => (TRUE.has(t.toUpperCase()) ? ok(true) : FALSE.has(t.toUpperCase()) ? ok(false) : refuse(`“${t}”应为“是”或“否”`)),
  format: (v: Value) => (v === true ? '是' : v === false ? '否' : ''),
  help: '填“是”或“否”',
};

/** A list in one cell, separated by 、，,；; or line breaks. */
export const listOf = (item: (t: string) => Parsed = (t) => ok(t)) => ({
  parse: (t: string): Parsed => {
    const values: string[] = [];
    for (const part of t
      .split(/[、，,；;\n]+/)
      .map((s) => s.trim())
      .filter(Boolean)) {
      const r = item(part);
      if (!r.ok) return r;
      values.push(r.value as string);
    }
    return ok(values);
  },
  format: (v: Value) => (Array.isArray(v) ? v.join('、') : ''),
});

/** A ratio shown in percent (5 or 5% → 0.05), at most 2 decimals of a percent (the column is Decimal(5,4)). */
export const percent = {
  parse: (t: string): Parsed => {
    const n = Number(t.replace(/[%％]\s*$/, '').trim());
    if (!Number.isFinite(n)) return refuse(`“${t}”不是数字（百分比，如 5 表示 5%）`);
    if (!(n > 0 && n <= 100)) return refuse(`应在 0 到 100（%）之间（不含 0）`);
    return ok(Math.round(n * 100) / 10_000);
  },
  format: (v: Value) => (typeof v === 'number' ? Math.round(v * 1_000_000) / 10_000 : ''),
  help: '百分比数字，如 5 表示 5%',
};

/** A unit given by its name or code (rule 3: the unit that maintains the record). */
export const unitRef = {
  parse: (t: string, l: Lookups): Parsed => {
    const id = l.unitByText.get(t);
    return id ? ok(id) : refuse(`单位“${t}”不存在（请填写单位全称或编码）`);
  },
  format: (v: Value, l: Lookups) => (typeof v === 'string' ? (l.unitName.get(v) ?? v) : ''),
  help: '单位全称或单位编码；不填为本人所在单位',
};

/** Header text as compared: no spaces or required-markers, half-width brackets, lower case. */
export function normalizeHeader(h: string): string {
  return h
    .replace(/[\s\u3000]+/g, '')
    .replace(/[*＊]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/\((必填|选填|可选|required|optional)\)$/i, '')
    .toLowerCase();
}
