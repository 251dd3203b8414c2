// Which column of the user's file feeds which field: recognised from the Chinese (or English) header, or from
// the mapping a user chose for the same header before (remembered per list in the Setting table).
import type { Prisma } from '@ssj/db/client';
import { audit } from '../audit.ts';
import type { Context } from '../context.ts';
import { userError } from '../errors.ts';
import { normalizeHeader } from './columns.ts';
import type { ListDef } from './listDef.ts';

/** One entry per column of the file: the field it feeds, or null when it is ignored. */
export type Mapping = (string | null)[];

/** Remembered choices: normalised header → field ('' = the user chose to ignore that column). */
type Remembered = Record<string, string>;

export const mappingKey = (kind: string) => `importMapping.${kind}`;

export async function loadRemembered(db: Pick<Prisma.TransactionClient, 'setting'>, kind: string): Promise<Remembered> {
  const s = await db.setting.findUnique({ where: { key: mappingKey(kind) } });
  return s?.value && typeof s.value === 'object' && !Array.isArray(s.value) ? (s.value as Remembered) : {};
}

function known(def: ListDef): Map<string, string> {
  const m = new Map<string, string>();
  for (const c of def.columns) for (const h of [c.header, ...(c.aliases ?? [])]) if (!m.has(normalizeHeader(h))) m.set(normalizeHeader(h), c.field);
  return m;
}

/** How many of these cells are headers the list knows (to find the header row under a title row). */
export function knownHeaderCount(def: ListDef, cells: string[]): number {
  const k = known(def);
  return cells.filter((c) => c && k.has(normalizeHeader(c))).length;
}

/** The suggested mapping: remembered choices first, then the list's own headers and aliases; each field once. */
export function suggestMapping(def: ListDef, headers: string[], remembered: Remembered): Mapping {
  const k = known(def);
  const used = new Set<string>();
  return headers.map((h) => {
    const n = normalizeHeader(h);
    const field = n in remembered ? remembered[n] || null : (k.get(n) ?? null);
    if (!field || used.has(field) || !def.columns.some((c) => c.field === field)) return null;
    used.add(field);
    return field;
  });
}

/** Checks a mapping the client sends back: one entry per column, known fields, each at most once. */
export function checkMapping(def: ListDef, headers: string[], mapping: unknown): Mapping {
  if (!Array.isArray(mapping) || mapping.length !== headers.length)
    throw userError('IMPORT.MAPPING_INVALID', `应为 ${headers.length} 列各选一个字段或“不导入”`);
  const used = new Set<string>();
  return mapping.map((f, i) => {
    if (f === null || f === '') return null;
    const col = def.columns.find((c) => c.field === f);
    if (typeof f !== 'string' || !col) throw userError('IMPORT.MAPPING_INVALID', `第 ${i + 1} 列“${headers[i]}”对应的字段不存在`);
    if (used.has(f)) throw userError('IMPORT.MAPPING_INVALID', `“${col.header}”对应了多列`);
    used.add(f);
    return f;
  });
}

/** Remembers the user's choices for these headers, when they differ from what is remembered (audited). */
export async function rememberMapping(ctx: Context, def: ListDef, headers: string[], mapping: Mapping) {
  const before = await loadRemembered(ctx.prisma, def.kind);
  const after: Remembered = { ...before };
  const k = known(def);
  // Only choices that differ from what the header itself says are worth remembering.
  headers.forEach((h, i) => {
    const n = normalizeHeader(h);
    if (!n) return;
    if ((mapping[i] ?? null) === (k.get(n) ?? null)) delete after[n];
    else after[n] = mapping[i] ?? '';
  });
  if (JSON.stringify(after) === JSON.stringify(before)) return;
  const key = mappingKey(def.kind);
  await ctx.prisma.$transaction(async (tx) => {
    await tx.setting.upsert({ where: { key }, create: { key, value: after, updatedById: ctx.user!.id }, update: { value: after, updatedById: ctx.user!.id } });
    await audit(tx, ctx, { action: 'rememberImportMapping', entity: 'Setting', entityId: key, before, after });
  });
}
