// Mapping profiles (docs/publication.md, "Exchange with the city"): a saved column layout and value recoding for
// exchanging a list with another system — the city's two directories above all. This module knows which lists a
// profile may lay out and which fields each has, checks a profile as the GraphQL mutations and the file routes
// receive it, and applies it: on import the file's headers pick the fields and the cells are recoded (their value
// → ours) before they are read; on export the columns come in the profile's order under its headers, the cells
// recoded (ours → theirs). The publication bundle reads the `publication.<kind>` profiles (dotted paths into the
// document JSON).
import { isPublicationKind } from '@ssj/domain';
import type { MappingDirection, MappingProfile, Prisma } from '@ssj/db/client';
import { userError } from '../errors.ts';
import { normalizeHeader } from './columns.ts';
import type { ImportKind, ListDef } from './listDef.ts';
import { LISTS } from './lists/index.ts';
import type { Mapping } from './mapping.ts';

/** The list names a profile uses for the importable lists (ImportKind is the GraphQL type name). */
export const PROFILE_LISTS: Readonly<Record<string, ImportKind>> = {
  targets: 'Target',
  inspectors: 'Inspector',
  experts: 'Expert',
  checkItems: 'CheckItem',
};
export const profileListOf = (kind: ImportKind) => Object.keys(PROFILE_LISTS).find((l) => PROFILE_LISTS[l] === kind)!;

/** The two directories exchanged with the city: their exports take `changedSince` and mark each row's change. */
export const CHANGE_LISTS: readonly ImportKind[] = ['Target', 'Inspector'];

/** The export-only column of a "changed since" export: what happened to the record (新增, 修改, 删除). */
export const CHANGE_FIELD = 'change';
export const CHANGE_HEADER = '变更类型';
export const CHANGE_VALUES = { created: '新增', changed: '修改', retired: '删除' } as const;

export const PROFILE_LIMITS = { name: 100, columns: 100, header: 100, field: 200, values: 2000, value: 200 } as const;

/** A dotted path into a publication document (`task.code`, `items.0.name`). */
const DOCUMENT_PATH = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/;

export interface ProfileColumn {
  field: string;
  header: string;
}
/** { [field]: { [from]: to } } */
export type ValueMap = Record<string, Record<string, string>>;

/** The fields a profile of `list` may name in `direction`, or null when any document path is allowed. Throws on an unknown list. */
export function profileFields(list: string, direction: MappingDirection): { field: string; header: string }[] | null {
  if (list.startsWith('publication.')) {
    if (isPublicationKind(list.slice('publication.'.length))) return null;
    throw userError('MAPPING_PROFILE.UNKNOWN_LIST', list, { field: 'list' });
  }
  const kind = Object.hasOwn(PROFILE_LISTS, list) ? PROFILE_LISTS[list] : undefined;
  if (!kind) throw userError('MAPPING_PROFILE.UNKNOWN_LIST', list, { field: 'list' });
  const fields = LISTS[kind].columns.map((c) => ({ field: c.field, header: c.header }));
  if (direction === 'EXPORT' && CHANGE_LISTS.includes(kind)) fields.push({ field: CHANGE_FIELD, header: CHANGE_HEADER });
  return fields;
}

/**
 * Checks a profile as a mutation receives it and returns it in the stored form; refuses with a typed error naming
 * the offending field or header.
 */
export function checkProfile(p: {
  name: string;
  list: string;
  direction: MappingDirection;
  columns: readonly ProfileColumn[];
  values: readonly { field: string; from: string; to: string }[];
}): { name: string; columns: ProfileColumn[]; values: ValueMap } {
  const name = p.name.trim();
  if (!name) throw userError('MAPPING_PROFILE.NAME_REQUIRED', undefined, { field: 'name' });
  if (name.length > PROFILE_LIMITS.name) throw userError('MAPPING_PROFILE.TOO_LONG', `名称不超过 ${PROFILE_LIMITS.name} 个字`, { field: 'name' });
  const allowed = profileFields(p.list, p.direction);
  if (p.columns.length === 0) throw userError('MAPPING_PROFILE.NO_COLUMNS', undefined, { field: 'columns' });
  if (p.columns.length > PROFILE_LIMITS.columns) throw userError('MAPPING_PROFILE.TOO_MANY', `最多 ${PROFILE_LIMITS.columns} 列`, { field: 'columns' });
  const total = p.values.length;
  if (total > PROFILE_LIMITS.values) throw userError('MAPPING_PROFILE.TOO_MANY', `值对照最多 ${PROFILE_LIMITS.values} 条`, { field: 'values' });
  const known = (f: string) => (allowed ? allowed.some((a) => a.field === f) : DOCUMENT_PATH.test(f) && f.length <= PROFILE_LIMITS.field);
  const fields = new Set<string>();
  const headers = new Set<string>();
  const columns = p.columns.map((c) => {
    const field = c.field.trim();
    const header = c.header.trim();
    if (!known(field)) throw userError('MAPPING_PROFILE.UNKNOWN_FIELD', field, { field: 'columns' });
    if (!header) throw userError('MAPPING_PROFILE.HEADER_REQUIRED', field, { field: 'columns' });
    if (header.length > PROFILE_LIMITS.header)
      throw userError('MAPPING_PROFILE.TOO_LONG', `列名不超过 ${PROFILE_LIMITS.header} 个字：${header.slice(0, 20)}…`, { field: 'columns' });
    if (fields.has(field)) throw userError('MAPPING_PROFILE.DUPLICATE_FIELD', field, { field: 'columns' });
    // Headers compare as the import compares them (spaces, full-width brackets, case).
    const h = normalizeHeader(header);
    if (headers.has(h)) throw userError('MAPPING_PROFILE.DUPLICATE_HEADER', header, { field: 'columns' });
    fields.add(field);
    headers.add(h);
    return { field, header };
  });
  const values: ValueMap = {};
  for (const v of p.values) {
    const field = v.field.trim();
    if (!fields.has(field)) throw userError('MAPPING_PROFILE.UNKNOWN_FIELD', `值对照：${field}`, { field: 'values' });
    const from = v.from.trim();
    const to = v.to.trim();
    if (!from) throw userError('MAPPING_PROFILE.VALUE_REQUIRED', field, { field: 'values' });
    if (from.length > PROFILE_LIMITS.value || to.length > PROFILE_LIMITS.value)
      throw userError('MAPPING_PROFILE.TOO_LONG', `值不超过 ${PROFILE_LIMITS.value} 个字`, { field: 'values' });
    // No prototype: a value such as "__proto__" is a key like any other.
    const m: Record<string, string> = values[field] ?? Object.create(null);
    values[field] = m;
    if (Object.hasOwn(m, from)) throw userError('MAPPING_PROFILE.DUPLICATE_VALUE', `${field}：${from}`, { field: 'values' });
    m[from] = to;
  }
  return { name, columns, values };
}

/** The stored JSON read back defensively (a row written by hand or by an older version). */
export function columnsOf(p: Pick<MappingProfile, 'columns'>): ProfileColumn[] {
  const raw = Array.isArray(p.columns) ? p.columns : [];
  return raw.flatMap((c) =>
    c && typeof c === 'object' && !Array.isArray(c) && typeof c.field === 'string' && typeof c.header === 'string'
      ? [{ field: c.field, header: c.header }]
      : [],
  );
}
export function valuesOf(p: Pick<MappingProfile, 'values'>): ValueMap {
  const out: ValueMap = {};
  const raw = p.values;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [field, m] of Object.entries(raw)) {
    if (!m || typeof m !== 'object' || Array.isArray(m)) continue;
    const entries = Object.entries(m).filter((e): e is [string, string] => typeof e[1] === 'string');
    if (entries.length) out[field] = Object.fromEntries(entries);
  }
  return out;
}

/** Recodes one cell's text through a field's value map; unlisted values pass unchanged. */
export const recode = (map: Record<string, string> | undefined, text: string): string => (map && Object.hasOwn(map, text) ? map[text]! : text);

/**
 * The profile a file route was asked to use: it must exist and lay out this list in this direction. `raw` is the
 * id as the client sent it (a query parameter or a JSON field).
 */
export async function loadProfile(
  db: Pick<Prisma.TransactionClient, 'mappingProfile'>,
  raw: unknown,
  kind: ImportKind,
  direction: MappingDirection,
): Promise<MappingProfile> {
  if (typeof raw !== 'string' || !raw || raw.length > 64) throw userError('MAPPING_PROFILE.NOT_FOUND', typeof raw === 'string' ? raw.slice(0, 64) : undefined);
  const p = await db.mappingProfile.findUnique({ where: { id: raw } });
  if (!p) throw userError('MAPPING_PROFILE.NOT_FOUND', raw);
  const list = profileListOf(kind);
  if (p.list !== list || p.direction !== direction)
    throw userError(
      'MAPPING_PROFILE.WRONG_LIST',
      `“${p.name}”用于${p.direction === 'IMPORT' ? '导入' : '导出'}“${p.list}”，此处需要${direction === 'IMPORT' ? '导入' : '导出'}“${list}”`,
    );
  return p;
}

/** An IMPORT profile's mapping of the file's columns: each header the profile names feeds its field (each field once). */
export function profileMapping(def: ListDef, headers: string[], p: Pick<MappingProfile, 'columns'>): Mapping {
  const byHeader = new Map(columnsOf(p).map((c) => [normalizeHeader(c.header), c.field]));
  const used = new Set<string>();
  return headers.map((h) => {
    const field = byHeader.get(normalizeHeader(h));
    if (!field || used.has(field) || !def.columns.some((c) => c.field === field)) return null;
    used.add(field);
    return field;
  });
}
