// Which fields each query asks for. ra-data-graphql-simple asks for every field of a type by default; we
// leave out the relation objects (the UI references records by their `unitId` / `libraryId` scalars), ask for
// nested fields where a page needs them, and leave out fields the signed-in role may not read (the server
// refuses such a field with an error, which would fail the whole page).
import type { Role } from '../session';

type SparseField = string | Record<string, string[]>;

/** Nested fields wanted from a related object. */
const NESTED: Record<string, Record<string, string[]>> = {
  Unit: { lastConfirmation: ['id', 'confirmedAt', 'confirmedById'] },
};

/** Fields only read on a record's own page (GET_ONE), not in lists. */
const DETAIL_ONLY: Record<string, string[]> = {
  CheckItem: ['versions'],
};

/** Fields the server lets only administrators read. */
const ADMIN_ONLY: Record<string, string[]> = {
  Expert: ['phone'],
  User: ['lastLoginAt'],
};

type IntrospectedField = { name: string; type: { kind: string; name?: string | null; ofType?: unknown } };

function finalTypeName(t: IntrospectedField['type']): { kind: string; name: string | null } {
  let cur: { kind: string; name?: string | null; ofType?: unknown } = t;
  while ((cur.kind === 'NON_NULL' || cur.kind === 'LIST') && cur.ofType) cur = cur.ofType as typeof cur;
  return { kind: cur.kind, name: cur.name ?? null };
}

export function sparseFieldsFor(
  typeName: string,
  fields: IntrospectedField[],
  resourceTypes: Set<string>,
  opts: { role: Role | null; detail: boolean },
): SparseField[] {
  const out: SparseField[] = [];
  for (const f of fields) {
    if (f.name.startsWith('_')) continue;
    if (opts.role !== 'ADMIN' && ADMIN_ONLY[typeName]?.includes(f.name)) continue;
    if (!opts.detail && DETAIL_ONLY[typeName]?.includes(f.name)) continue;
    const nested = NESTED[typeName]?.[f.name];
    if (nested) {
      out.push({ [f.name]: nested });
      continue;
    }
    const { kind, name } = finalTypeName(f.type);
    // Relation objects to other resources are left out: the scalar id next to them is used instead.
    if ((kind === 'OBJECT' || kind === 'INTERFACE') && name && resourceTypes.has(name)) continue;
    out.push(f.name);
  }
  return out;
}
