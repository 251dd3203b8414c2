// Which fields each query asks for. ra-data-graphql-simple asks for every field of a type by default; we
// leave out the relation objects (the UI references records by their `unitId` / `libraryId` scalars), ask for
// nested fields where a page needs them, and leave out fields the signed-in role may not read (the server
// refuses such a field with an error, which would fail the whole page).
import type { Role } from '../session';

type SparseField = string | { [field: string]: SparseField[] };

const ITEM_BRIEF = ['id', 'code', 'name', 'category'];

/** Nested fields wanted from a related object. */
const NESTED: Record<string, Record<string, SparseField[]>> = {
  Unit: { lastConfirmation: ['id', 'confirmedAt', 'confirmedById'] },
  // Rule 6: the coverage panel names the checklist items covered, missing and outside the remit.
  Plan: {
    coverage: ['share', 'mayFile', { covered: ITEM_BRIEF }, { missing: ITEM_BRIEF }, { extra: ITEM_BRIEF }],
    adjustments: ['id', 'version', 'kind', 'reason', 'filedAt', 'filedById'],
  },
  Task: { targets: ['id', 'targetId', 'status', 'visitId', 'closedReason'], checkItems: ITEM_BRIEF },
  Draw: {
    classResults: ['classKey', 'mode', 'eligibleCount', 'selectedCount'],
    exclusions: ['targetId', 'code', 'detail', 'message'],
  },
};

/** Fields never asked for by the data provider: large JSON the pages fetch on demand (drawReceipt). */
const OMITTED: Record<string, string[]> = {
  Draw: ['candidates', 'receipt', 'drawnTargets'],
};

/** Fields only read on a record's own page (GET_ONE), not in lists. */
const DETAIL_ONLY: Record<string, string[]> = {
  CheckItem: ['versions'],
  Plan: ['adjustments'],
  Task: ['targets'],
  Draw: ['exclusions', 'classResults'],
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
    if (OMITTED[typeName]?.includes(f.name)) continue;
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
