// Rules 18–24 (G23–G29): the life of a result after the inspection — what a complete entry is, the review
// flow 未录入 → 待审核 → 退回 / 通过 → 已公示, when a result is a violation to hand over, and the follow-up's
// and the objection review's state flows. Pure: the API stores the states, this module says which moves are
// allowed and why not.

import { meets, meetsAny, type StatusCondition } from './lifecycles/condition.ts';

export const RESULT_STATES = ['NOT_ENTERED', 'PENDING_REVIEW', 'RETURNED', 'APPROVED', 'PUBLISHED'] as const;
export type ResultStatus = (typeof RESULT_STATES)[number];
export type ResultOutcome =
  | 'NO_PROBLEM'
  | 'CORRECTED_ON_ORDER'
  | 'FOLLOW_UP_PENDING'
  | 'NO_RELEVANT_ACTIVITY'
  | 'UNREACHABLE'
  | 'SERIOUS_REFUSAL'
  | 'FALSIFICATION';
export type FollowUpAction = 'NONE' | 'REFER_CASE' | 'NOTIFY_DEPARTMENT';
export type ResultAction = 'EDIT' | 'ATTACH_EVIDENCE' | 'SUBMIT' | 'RETURN' | 'APPROVE' | 'PUBLISH';
/** The review steps: the actions that move a result to another status (EDIT and ATTACH_EVIDENCE work inside one). */
export type ResultStep = Exclude<ResultAction, 'EDIT' | 'ATTACH_EVIDENCE'>;

/** Rule 22: 未录入 → 待审核 → 退回 / 通过 → 已公示; a returned result is fixed and submitted again. */
const FROM: Record<ResultAction, readonly ResultStatus[]> = {
  EDIT: ['NOT_ENTERED', 'RETURNED'],
  /** G30: evidence is added to or removed from the result's file until it is approved (then it is what was reviewed). */
  ATTACH_EVIDENCE: ['NOT_ENTERED', 'PENDING_REVIEW', 'RETURNED'],
  SUBMIT: ['NOT_ENTERED', 'RETURNED'],
  RETURN: ['PENDING_REVIEW'],
  APPROVE: ['PENDING_REVIEW'],
  PUBLISH: ['APPROVED'],
};
const TO: Record<ResultStep, ResultStatus> = {
  SUBMIT: 'PENDING_REVIEW',
  RETURN: 'RETURNED',
  APPROVE: 'APPROVED',
  PUBLISH: 'PUBLISHED',
};

export type ResultTransition =
  | { ok: true; status: ResultStatus }
  | { ok: false; code: 'RESULT.WRONG_STATE'; status: ResultStatus; allowedFrom: readonly ResultStatus[] };

/** The states from which any of `actions` may be taken (to narrow a query to the results that may be actionable). */
export function resultStatesAllowing(...actions: ResultAction[]): ResultStatus[] {
  return [...new Set(actions.flatMap((a) => FROM[a]))];
}

/** Whether `action` may be taken on a result in `status`, and the status it leads to. */
export function resultTransition(status: ResultStatus, action: ResultAction): ResultTransition {
  const allowedFrom = FROM[action];
  if (!allowedFrom.includes(status)) return { ok: false, code: 'RESULT.WRONG_STATE', status, allowedFrom };
  return { ok: true, status: action === 'EDIT' || action === 'ATTACH_EVIDENCE' ? status : TO[action] };
}

// ——— publication and due dates (rules 20, 21, 26) ————————————————————————————————————————————

/**
 * Rules 21, 26: a result is published when it reached PUBLISHED and its publication time is recorded — from then
 * on it is public (when its task is not withheld, `withholding`), final, and open to objection and correction.
 */
export const PUBLISHED_RESULTS: StatusCondition<ResultStatus, 'publishedAt'> = { status: ['PUBLISHED'], recorded: ['publishedAt'] };

/** Whether one result is published (see `PUBLISHED_RESULTS`). */
export function resultIsPublished(r: { status: ResultStatus; publishedAt: Date | string | null }): boolean {
  return meets(PUBLISHED_RESULTS, r);
}

/**
 * Rule 20: the results past their due date on `today` (an ISO day) — not yet published and due before today;
 * the due day itself still counts as in time (the deadline is the end of the 20th working day).
 */
export function overdueResults(today: string): StatusCondition<ResultStatus, 'dueOn'> {
  return { status: RESULT_STATES.filter((s) => !PUBLISHED_RESULTS.status.includes(s)), before: { field: 'dueOn', day: today } };
}

/** Whether one result is overdue on `today` (see `overdueResults`). */
export function resultOverdue(r: { status: ResultStatus; dueOn: Date | string | null }, today: string): boolean {
  return meets(overdueResults(today), r);
}

/** Outcomes that are violations to hand over for follow-up (rule 24) … */
const VIOLATION_OUTCOMES: readonly ResultOutcome[] = ['FOLLOW_UP_PENDING', 'SERIOUS_REFUSAL', 'FALSIFICATION'];
/** … and outcomes where nothing was found to follow up. */
const NOTHING_FOUND: readonly ResultOutcome[] = ['NO_PROBLEM', 'NO_RELEVANT_ACTIVITY', 'UNREACHABLE'];

/** Rule 24: a result is a violation to hand over when a follow-up action was chosen. */
export function isViolation(r: { followUpAction: FollowUpAction | null | undefined }): boolean {
  return (r.followUpAction ?? 'NONE') !== 'NONE';
}

export interface ResultEntry {
  /** The target was closed without inspection (rule 23: unreachable / deregistered): no form or findings. */
  closedWithoutInspection: boolean;
  method: string | null;
  inspectedOn: string | null;
  formId: string | null;
  outcome: ResultOutcome | null;
  followUpAction: FollowUpAction | null;
  /** Findings per check item of the task. */
  findings: ReadonlyArray<{ checkItemId: string; compliant: boolean | null; finding: string | null }>;
  /** The task's check items: each needs a finding. */
  checkItemIds: readonly string[];
}

export type EntryProblem =
  | { code: 'RESULT.INCOMPLETE'; field: 'method' | 'inspectedOn' | 'formId' | 'outcome' | 'findings'; missingCheckItemIds?: string[] }
  | { code: 'RESULT.FOLLOW_UP_REQUIRED'; field: 'followUpAction' }
  | { code: 'RESULT.FOLLOW_UP_NOT_ALLOWED'; field: 'followUpAction' };

/**
 * What stops a result from going to review (rules 18, 22, 24). An inspected target needs its method, date,
 * form, a finding (compliant or not) for every check item and an outcome; a violation outcome needs a
 * follow-up action and a "nothing found" outcome must not have one. A target closed without inspection
 * (rule 23) needs only a consistent outcome or none.
 */
export function entryProblems(e: ResultEntry): EntryProblem[] {
  const problems: EntryProblem[] = [];
  const action = e.followUpAction ?? 'NONE';
  if (!e.closedWithoutInspection) {
    if (!e.method) problems.push({ code: 'RESULT.INCOMPLETE', field: 'method' });
    if (!e.inspectedOn) problems.push({ code: 'RESULT.INCOMPLETE', field: 'inspectedOn' });
    if (!e.formId) problems.push({ code: 'RESULT.INCOMPLETE', field: 'formId' });
    const answered = new Set(e.findings.filter((f) => f.compliant !== null && f.compliant !== undefined).map((f) => f.checkItemId));
    const missing = e.checkItemIds.filter((id) => !answered.has(id));
    if (missing.length > 0) problems.push({ code: 'RESULT.INCOMPLETE', field: 'findings', missingCheckItemIds: missing });
    if (!e.outcome) problems.push({ code: 'RESULT.INCOMPLETE', field: 'outcome' });
  }
  if (e.outcome && VIOLATION_OUTCOMES.includes(e.outcome) && action === 'NONE') {
    problems.push({ code: 'RESULT.FOLLOW_UP_REQUIRED', field: 'followUpAction' });
  }
  if (e.outcome && NOTHING_FOUND.includes(e.outcome) && action !== 'NONE') {
    problems.push({ code: 'RESULT.FOLLOW_UP_NOT_ALLOWED', field: 'followUpAction' });
  }
  return problems;
}

// ——— follow-up (rule 24, G29) ————————————————————————————————————————————————————————————

export type FollowUpStatus = 'HANDED_OVER' | 'ACCEPTED' | 'CASE_FILED' | 'RECTIFIED' | 'SENT_TO_JUDICIAL' | 'CLOSED';

/**
 * 已移交 → 已接收 → 已立案 / 已整改 / 已移送司法机关 → 已办结. A filed case may still go to the judicial organs
 * or end in rectification; a case sent to the judicial organs is closed from there. CLOSED is final.
 */
export const FOLLOW_UP_NEXT: Readonly<Record<FollowUpStatus, readonly FollowUpStatus[]>> = {
  HANDED_OVER: ['ACCEPTED'],
  ACCEPTED: ['CASE_FILED', 'RECTIFIED', 'SENT_TO_JUDICIAL', 'CLOSED'],
  CASE_FILED: ['RECTIFIED', 'SENT_TO_JUDICIAL', 'CLOSED'],
  RECTIFIED: ['CLOSED'],
  SENT_TO_JUDICIAL: ['CLOSED'],
  CLOSED: [],
};

export type FollowUpTransition =
  | { ok: true }
  | { ok: false; code: 'FOLLOW_UP.INVALID_TRANSITION'; from: FollowUpStatus; to: FollowUpStatus; allowed: readonly FollowUpStatus[] };

export function followUpTransition(from: FollowUpStatus, to: FollowUpStatus): FollowUpTransition {
  const allowed = FOLLOW_UP_NEXT[from];
  return allowed.includes(to) ? { ok: true } : { ok: false, code: 'FOLLOW_UP.INVALID_TRANSITION', from, to, allowed };
}

/** Whether a follow-up may still move (its "can I?" flag, the to-do list): any state with a next one. */
export function followUpOpen(status: FollowUpStatus): boolean {
  return FOLLOW_UP_NEXT[status].length > 0;
}

/** The follow-ups that may still move, in the order of the flow. */
export const OPEN_FOLLOW_UP_STATES: readonly FollowUpStatus[] = (Object.keys(FOLLOW_UP_NEXT) as FollowUpStatus[]).filter(followUpOpen);

// ——— objection review (rule 22, G27) ——————————————————————————————————————————————————————

export const REVIEW_STATES = ['RECEIVED', 'DECIDED', 'FED_BACK'] as const;
export type ReviewStatus = (typeof REVIEW_STATES)[number];
export type ReviewAction = 'DECIDE' | 'FEED_BACK';

export function reviewTransition(
  status: ReviewStatus,
  action: ReviewAction,
): { ok: true; status: ReviewStatus } | { ok: false; code: 'REVIEW.WRONG_STATE'; status: ReviewStatus } {
  if (action === 'DECIDE' && status === 'RECEIVED') return { ok: true, status: 'DECIDED' };
  if (action === 'FEED_BACK' && status === 'DECIDED') return { ok: true, status: 'FED_BACK' };
  return { ok: false, code: 'REVIEW.WRONG_STATE', status };
}

/** Whether a review still waits for its decision or its feedback (its "can I?" flag, the to-do list). */
export function reviewOpen(status: ReviewStatus): boolean {
  return reviewTransition(status, 'DECIDE').ok || reviewTransition(status, 'FEED_BACK').ok;
}

/** The reviews still to decide or to feed back. */
export const OPEN_REVIEW_STATES: readonly ReviewStatus[] = REVIEW_STATES.filter(reviewOpen);

/** Rule 22: an objection is received only against a published result (`resultIsPublished`). */
export function objectionAdmission(result: {
  status: ResultStatus;
  publishedAt: Date | string | null;
}): { ok: true } | { ok: false; code: 'REVIEW.RESULT_NOT_PUBLISHED' } {
  return resultIsPublished(result) ? { ok: true } : { ok: false, code: 'REVIEW.RESULT_NOT_PUBLISHED' };
}

/** Rule 22: the deadline each review step runs against — the decision 20 working days, the feedback 15. */
const REVIEW_STEP_DUE: Readonly<Record<ReviewAction, 'reviewDueOn' | 'feedbackDueOn'>> = { DECIDE: 'reviewDueOn', FEED_BACK: 'feedbackDueOn' };

/**
 * Rule 22: the reviews past a deadline on `today` (an ISO day): waiting for the decision after `reviewDueOn`, or
 * for the feedback after `feedbackDueOn` (either day itself is still in time). Any one of the conditions holds.
 */
export function overdueReviews(today: string): StatusCondition<ReviewStatus, 'reviewDueOn' | 'feedbackDueOn'>[] {
  return (Object.keys(REVIEW_STEP_DUE) as ReviewAction[]).map((action) => ({
    status: REVIEW_STATES.filter((s) => reviewTransition(s, action).ok),
    before: { field: REVIEW_STEP_DUE[action], day: today },
  }));
}

/** Whether one review is overdue on `today` (see `overdueReviews`). */
export function reviewOverdue(rv: { status: ReviewStatus; reviewDueOn: Date | string | null; feedbackDueOn: Date | string | null }, today: string): boolean {
  return meetsAny(overdueReviews(today), rv);
}

/** What a signed correction may change of a published result (rule 21). */
export interface CorrectionChanges {
  outcome?: string;
  followUpAction?: string;
  findings?: unknown;
  remarks?: string | null;
}

/**
 * Rule 21: the result as published after its signed corrections, applied in the order they were signed — each
 * changes only what it names, so a later correction of the remarks keeps an earlier one's corrected outcome.
 * The reasons come along, oldest first.
 */
export function correctedResult<R extends Record<string, unknown>>(
  original: R,
  signedInOrder: readonly { changes: unknown; reason: string }[],
): { result: R; reasons: string[] } {
  let result = { ...original };
  for (const c of signedInOrder) {
    const changes = (c.changes && typeof c.changes === 'object' ? c.changes : {}) as Record<string, unknown>;
    const named = Object.fromEntries(Object.entries(changes).filter(([k, v]) => v !== undefined && k in original));
    result = { ...result, ...named };
  }
  return { result, reasons: signedInOrder.map((c) => c.reason) };
}
