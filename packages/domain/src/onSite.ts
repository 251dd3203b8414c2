// Rule 19 (G5, G26, G32): the on-site procedure as data — what the regulation requires before a result may be
// submitted, by check method and outcome, and the team's confirmation (签字确认) of the result. Pure: the API loads
// the pre-check, the on-site record, the team and its confirmations, asks here, and writes.
//
// The clauses, and how they are read:
// - G26.1 预查比对: before an on-site check the team compares the target against internal systems and archives
//   (registration, licence, earlier results, complaints) and chooses the form. → a pre-check on or before the
//   inspection day, naming at least one source and what was found.
// - G26.2 现场检查: at least two inspectors, who show their enforcement certificates and serve the inspection notice
//   (检查告知书); findings recorded on the form; the target's party signs, or its refusal is explained in the record
//   with a witness where needed; the whole visit recorded (全过程执法记录). → certificates of ≥2 active team
//   inspectors; notice served (when, to whom) on or before the inspection day; a verdict for every check point of
//   the form; a signature, or a refusal with its explanation and a witness's name; the video answered, and a
//   reason when there is none.
// - G26.3 形成检查结果: the inspectors who checked confirm and sign. → every active inspector of the visit's team
//   confirms the result as it stands; an edit withdraws the confirmations; nobody off the team enters or confirms.
// - G32: inspectors answer for the samples they took (留样). → a sample-testing check names what was taken, how
//   many and where it is kept.
// - G26 applies "对于需要对检查对象进行现场检查的" and lets the procedure be adjusted to the case ("可…调整或删减"):
//   it binds ON_SITE and SAMPLE_TESTING checks (samples are taken on site); a written check, online monitoring or a
//   third party's verification needs none of it. Within an on-site check the outcome trims what could happen:
//   nobody to serve, show or sign when the target could not be contacted (UNREACHABLE); no check points to judge
//   when no relevant activity was found or the target refused the check (NO_RELEVANT_ACTIVITY, SERIOUS_REFUSAL);
//   no samples then either. The video is required in every on-site case, the pre-check too.
// - Experts (G19) take part but hold no enforcement certificate and no account: they neither show a certificate
//   nor confirm. Closing a target without inspection (rule 23, G28) is not an on-site check.
import type { ResultOutcome, ResultStatus } from './results.ts';

export type PreCheckSource = 'REGISTRATION' | 'LICENCE' | 'PREVIOUS_RESULTS' | 'COMPLAINTS' | 'ARCHIVES';
export const PRE_CHECK_SOURCES: readonly PreCheckSource[] = ['REGISTRATION', 'LICENCE', 'PREVIOUS_RESULTS', 'COMPLAINTS', 'ARCHIVES'];
export type PointVerdict = 'COMPLIANT' | 'NON_COMPLIANT' | 'NOT_APPLICABLE';
export const POINT_VERDICTS: readonly PointVerdict[] = ['COMPLIANT', 'NON_COMPLIANT', 'NOT_APPLICABLE'];
export type RepresentativeSignature = 'SIGNED' | 'REFUSED';

/** Methods that carry the on-site procedure (G26: "需要对检查对象进行现场检查的"). */
const ON_SITE_METHODS: readonly string[] = ['ON_SITE', 'SAMPLE_TESTING'];
/** Outcomes where the check points were actually judged on site. */
const POINTS_JUDGED: readonly ResultOutcome[] = ['NO_PROBLEM', 'CORRECTED_ON_ORDER', 'FOLLOW_UP_PENDING', 'FALSIFICATION'];
/** Outcomes that say a problem was found: at least one check point must be non-compliant. */
const PROBLEM_FOUND: readonly ResultOutcome[] = ['CORRECTED_ON_ORDER', 'FOLLOW_UP_PENDING', 'FALSIFICATION'];

/** What the regulation requires of a result checked with `method` and ending in `outcome` (the README's table). */
export interface OnSiteRequirements {
  preCheck: boolean;
  /** Certificates shown by at least this many active team inspectors (0 = not required). */
  certificates: number;
  notice: boolean;
  pointFindings: boolean;
  signature: boolean;
  video: boolean;
  samples: boolean;
}

export const MIN_INSPECTORS_ON_SITE = 2;

export function onSiteRequirements(method: string | null, outcome: ResultOutcome | null): OnSiteRequirements {
  const none: OnSiteRequirements = {
    preCheck: false,
    certificates: 0,
    notice: false,
    pointFindings: false,
    signature: false,
    video: false,
    samples: false,
  };
  if (!method || !ON_SITE_METHODS.includes(method)) return none;
  const met = outcome !== 'UNREACHABLE';
  const judged = outcome !== null && POINTS_JUDGED.includes(outcome);
  return {
    preCheck: true,
    certificates: met ? MIN_INSPECTORS_ON_SITE : 0,
    notice: met,
    pointFindings: judged,
    signature: met,
    video: true,
    samples: method === 'SAMPLE_TESTING' && judged,
  };
}

export interface PreCheckData {
  sources: readonly PreCheckSource[];
  findings: string | null;
  checkedOn: string;
}

export interface OnSiteRecordData {
  certificates: ReadonlyArray<{ inspectorId: string; certificateNumber: string | null }>;
  /** The day the notice was served (Beijing calendar day), and to whom. */
  noticeServedOn: string | null;
  noticeServedTo: string | null;
  pointFindings: ReadonlyArray<{ pointKey: string; verdict: PointVerdict | null }>;
  representativeName: string | null;
  signature: RepresentativeSignature | null;
  refusalNote: string | null;
  witnessName: string | null;
  videoRecorded: boolean | null;
  videoNote: string | null;
  samples: ReadonlyArray<{ what: string; quantity: number; keptAt: string }>;
}

export interface OnSiteEntry {
  method: string | null;
  outcome: ResultOutcome | null;
  inspectedOn: string | null;
  preCheck: PreCheckData | null;
  record: OnSiteRecordData | null;
  /** The check points of the result's form (Form.fields keys). */
  formPointKeys: readonly string[];
  /** Active inspector members of the visit's team (experts excluded). */
  teamInspectorIds: readonly string[];
}

export type OnSiteField =
  | 'preCheck'
  | 'certificates'
  | 'notice'
  | 'pointFindings'
  | 'representative'
  | 'witnessName'
  | 'refusalNote'
  | 'video'
  | 'videoNote'
  | 'samples';

export type OnSiteProblem =
  | { code: 'ONSITE.INCOMPLETE'; field: OnSiteField; missingPointKeys?: string[] }
  | { code: 'ONSITE.TOO_FEW_CERTIFICATES'; field: 'certificates'; shown: number; required: number }
  | { code: 'ONSITE.CERTIFICATE_NOT_ON_TEAM'; field: 'certificates'; inspectorIds: string[] }
  | { code: 'ONSITE.WITNESS_REQUIRED'; field: 'witnessName' }
  | { code: 'ONSITE.PRE_CHECK_AFTER_VISIT'; field: 'preCheck' }
  | { code: 'ONSITE.NOTICE_AFTER_VISIT'; field: 'notice' }
  | { code: 'ONSITE.POINTS_CONTRADICT_OUTCOME'; field: 'pointFindings' };

const blank = (s: string | null | undefined) => !s || s.trim() === '';

/**
 * What stops a result from being confirmed and submitted under rule 19 (G26, G32), given its method and outcome.
 * An empty list when the procedure does not apply or everything it requires is there.
 */
export function onSiteProblems(e: OnSiteEntry): OnSiteProblem[] {
  const need = onSiteRequirements(e.method, e.outcome);
  const problems: OnSiteProblem[] = [];
  if (need.preCheck) {
    if (!e.preCheck || e.preCheck.sources.length === 0 || blank(e.preCheck.findings)) problems.push({ code: 'ONSITE.INCOMPLETE', field: 'preCheck' });
    else if (e.inspectedOn && e.preCheck.checkedOn > e.inspectedOn) problems.push({ code: 'ONSITE.PRE_CHECK_AFTER_VISIT', field: 'preCheck' });
  }
  const r = e.record;
  if (need.certificates > 0) {
    const team = new Set(e.teamInspectorIds);
    const shown = r ? r.certificates.filter((c) => !blank(c.certificateNumber)) : [];
    const off = shown.filter((c) => !team.has(c.inspectorId)).map((c) => c.inspectorId);
    if (off.length > 0) problems.push({ code: 'ONSITE.CERTIFICATE_NOT_ON_TEAM', field: 'certificates', inspectorIds: off });
    const distinct = new Set(shown.filter((c) => team.has(c.inspectorId)).map((c) => c.inspectorId)).size;
    if (distinct < need.certificates)
      problems.push({ code: 'ONSITE.TOO_FEW_CERTIFICATES', field: 'certificates', shown: distinct, required: need.certificates });
  }
  if (need.notice) {
    if (!r?.noticeServedOn || blank(r.noticeServedTo)) problems.push({ code: 'ONSITE.INCOMPLETE', field: 'notice' });
    else if (e.inspectedOn && r.noticeServedOn > e.inspectedOn) problems.push({ code: 'ONSITE.NOTICE_AFTER_VISIT', field: 'notice' });
  }
  if (need.pointFindings) {
    const answered = new Set((r?.pointFindings ?? []).filter((p) => p.verdict).map((p) => p.pointKey));
    const missing = e.formPointKeys.filter((k) => !answered.has(k));
    if (missing.length > 0) problems.push({ code: 'ONSITE.INCOMPLETE', field: 'pointFindings', missingPointKeys: missing });
    else if (e.outcome) {
      const nonCompliant = (r?.pointFindings ?? []).some((p) => p.verdict === 'NON_COMPLIANT');
      if (e.outcome === 'NO_PROBLEM' && nonCompliant) problems.push({ code: 'ONSITE.POINTS_CONTRADICT_OUTCOME', field: 'pointFindings' });
      if (PROBLEM_FOUND.includes(e.outcome) && !nonCompliant && e.formPointKeys.length > 0)
        problems.push({ code: 'ONSITE.POINTS_CONTRADICT_OUTCOME', field: 'pointFindings' });
    }
  }
  if (need.signature) {
    if (!r?.signature || blank(r.representativeName)) problems.push({ code: 'ONSITE.INCOMPLETE', field: 'representative' });
    if (r?.signature === 'REFUSED') {
      if (blank(r.refusalNote)) problems.push({ code: 'ONSITE.INCOMPLETE', field: 'refusalNote' });
      if (blank(r.witnessName)) problems.push({ code: 'ONSITE.WITNESS_REQUIRED', field: 'witnessName' });
    }
  }
  if (need.video) {
    if (r?.videoRecorded === null || r?.videoRecorded === undefined) problems.push({ code: 'ONSITE.INCOMPLETE', field: 'video' });
    else if (r.videoRecorded === false && blank(r.videoNote)) problems.push({ code: 'ONSITE.INCOMPLETE', field: 'videoNote' });
  }
  if (need.samples && (!r || r.samples.length === 0)) problems.push({ code: 'ONSITE.INCOMPLETE', field: 'samples' });
  return problems;
}

// ——— the team's confirmation (G26.3, G32) ————————————————————————————————————————————————————

export interface TeamMemberRef {
  id: string;
  inspectorId: string | null;
  role: 'LEADER' | 'MEMBER' | 'EXPERT';
  active: boolean;
}

/** The members who must confirm: active inspectors (leader and members); experts hold no certificate and do not sign. */
export function signingMembers<M extends TeamMemberRef>(members: readonly M[]): M[] {
  return members.filter((m) => m.active && m.inspectorId !== null && m.role !== 'EXPERT');
}

/**
 * G26.3: whoever enters or confirms a result is an active inspector of the visit's team. `inspectorId` is the
 * inspector the signed-in account belongs to (null when it belongs to none).
 */
export function teamMemberFor<M extends TeamMemberRef>(
  members: readonly M[] | null,
  inspectorId: string | null,
): { ok: true; member: M } | { ok: false; code: 'RESULT.NO_TEAM' | 'RESULT.NOT_ON_TEAM' } {
  if (!members || signingMembers(members).length === 0) return { ok: false, code: 'RESULT.NO_TEAM' };
  const member = inspectorId ? signingMembers(members).find((m) => m.inspectorId === inspectorId) : undefined;
  return member ? { ok: true, member } : { ok: false, code: 'RESULT.NOT_ON_TEAM' };
}

export interface ConfirmationRef {
  teamMemberId: string;
  withdrawnAt: string | Date | null;
}

/** Who of the signing members has confirmed the result as it stands, and who has not yet. */
export function confirmationState<M extends TeamMemberRef>(members: readonly M[], confirmations: readonly ConfirmationRef[]) {
  const live = new Set(confirmations.filter((c) => !c.withdrawnAt).map((c) => c.teamMemberId));
  const signing = signingMembers(members);
  const confirmed = signing.filter((m) => live.has(m.id));
  const missing = signing.filter((m) => !live.has(m.id));
  return { confirmed, missing, complete: signing.length > 0 && missing.length === 0 };
}

export type ConfirmRefusal =
  | { ok: false; code: 'RESULT.WRONG_STATE'; status: ResultStatus }
  | { ok: false; code: 'RESULT.ALREADY_CONFIRMED' }
  | { ok: false; code: 'RESULT.NOT_READY_TO_CONFIRM' };

/**
 * A member confirms the result while it can still be edited (未录入, 退回) and is complete — the entry and the
 * on-site procedure have no problem left — and only once for the version as it stands.
 */
export function confirmTransition(o: {
  status: ResultStatus;
  memberId: string;
  confirmations: readonly ConfirmationRef[];
  problemsLeft: number;
}): { ok: true } | ConfirmRefusal {
  if (o.status !== 'NOT_ENTERED' && o.status !== 'RETURNED') return { ok: false, code: 'RESULT.WRONG_STATE', status: o.status };
  if (o.confirmations.some((c) => c.teamMemberId === o.memberId && !c.withdrawnAt)) return { ok: false, code: 'RESULT.ALREADY_CONFIRMED' };
  if (o.problemsLeft > 0) return { ok: false, code: 'RESULT.NOT_READY_TO_CONFIRM' };
  return { ok: true };
}
