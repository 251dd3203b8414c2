// Which fields each query asks for. ra-data-graphql-simple asks for every field of a type by default; we
// leave out the relation objects (the UI references records by their `unitId` / `libraryId` scalars), ask for
// nested fields where a page needs them, and leave out fields the signed-in role may not read (the server
// refuses such a field with an error, which would fail the whole page).
import type { Role } from '../session';

type SparseField = string | { [field: string]: SparseField[] };

const ITEM_BRIEF = ['id', 'code', 'name', 'category'];
const DEADLINE = ['dueOn', 'state', 'workingDaysLeft', 'provisional'];
const RESULT_BRIEF: SparseField[] = ['id', 'status', 'outcome', 'followUpAction', { target: ['id', 'name', 'creditCode'] }, { task: ['id', 'code', 'name'] }];

/** Nested fields wanted from a related object. */
const NESTED: Record<string, Record<string, SparseField[]>> = {
  // The trail names its records and explains each field (enum, referenced record by name).
  AuditEvent: { changes: ['field', 'enum', 'reference', 'before', 'after', 'beforeName', 'afterName', 'inBefore', 'inAfter', 'changed'] },
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
  // Rules 18–24: the result page shows its target, task (with its check items), form, evidence (without the
  // file content, fetched on download), corrections beside the original, reviews and the follow-up.
  Result: {
    taskTarget: [
      'id',
      'status',
      'closedReason',
      'transferNoticeRef',
      { transfers: ['id', 'status', 'toUnitId', 'noticeRef', 'requestedByName', 'decidable', 'refusalReason'] },
    ],
    task: [
      'id',
      'code',
      'name',
      'status',
      'executingUnitId',
      'windowFrom',
      'completedOn',
      'isPublic',
      'withheldCategory',
      'withheldBasis',
      { checkItems: ITEM_BRIEF },
    ],
    target: ['id', 'name', 'creditCode', 'unitId', 'address'],
    form: ['id', 'code', 'name', 'checkItemId', { fields: ['key', 'label', 'basis'] }],
    evidence: ['id', 'filename', 'mimeType', 'size', 'sha256', 'uploadedAt', 'uploadedById'],
    corrections: [
      'id',
      'reason',
      'status',
      'signable',
      'reviewId',
      'proposedById',
      'proposedAt',
      'signedById',
      'signedAt',
      'refusedById',
      'refusedAt',
      'refusalReason',
      'publishedAt',
      { changes: ['outcome', 'followUpAction', 'findings', 'remarks'] },
    ],
    reviews: [
      'id',
      'raisedBy',
      'content',
      'receivedOn',
      'status',
      'decision',
      'decisionNote',
      'decidedOn',
      'fedBackOn',
      'feedbackNote',
      'editable',
      { reviewDeadline: DEADLINE },
      { feedbackDeadline: DEADLINE },
    ],
    followUp: ['id', 'status', 'handedToUnitId', 'caseNumber'],
  },
  Review: { result: RESULT_BRIEF, corrections: ['id', 'status', 'reason', 'signedAt'] },
  Correction: { result: RESULT_BRIEF },
  Transfer: { taskTarget: ['id', 'status', { result: ['id'] }, { target: ['id', 'name', 'creditCode'] }, { task: ['id', 'code', 'name'] }] },
  FollowUp: { result: [...RESULT_BRIEF, 'responsibleUnitId', 'publishedAt', 'remarks'] },
  Form: { fields: ['key', 'label', 'basis'] },
  // Rule 19: a user's inspector is picked by name, certificate number and unit.
  Inspector: { unit: ['id', 'name'] },
  MappingProfile: { columns: ['field', 'header'], values: ['field', 'from', 'to'] },
};

/** Fields never asked for by the data provider: large JSON the pages fetch on demand (drawReceipt). */
const OMITTED: Record<string, string[]> = {
  Draw: ['candidates', 'receipt', 'drawnTargets'],
  // The on-site procedure's sections ask for these with their own query (onSiteDocuments.ts).
  Result: ['team', 'confirmations', 'preCheck', 'onSiteRecord', 'onSiteRequirements', 'submissionProblems', 'onTeam', 'confirmedByMe'],
};

/** Fields only read on a record's own page (GET_ONE), not in lists. */
const DETAIL_ONLY: Record<string, string[]> = {
  CheckItem: ['versions'],
  Plan: ['adjustments'],
  Task: ['targets'],
  Draw: ['exclusions', 'classResults'],
  Result: ['form', 'findings', 'evidence', 'corrections', 'reviews', 'followUp', 'remarks', 'taskTarget'],
  Review: ['corrections'],
  User: ['signInLockedUntil'],
};

/** Fields the server lets only administrators read. */
const ADMIN_ONLY: Record<string, string[]> = {
  Expert: ['phone'],
  User: ['lastLoginAt', 'signInLockedUntil'],
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
