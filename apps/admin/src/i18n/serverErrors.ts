// The English UI shows the server's refusals in English. The API answers in Chinese (the bureau's language, and
// what every other client — analysts' scripts, the public pages — reads) with a stable `extensions.code`; the
// admin translates by that code, here, so switching the language needs no new request and the API keeps one
// language. `%{name}` takes the refusal's extensions (e.g. `minutesLeft`); otherwise the server's `detail` (what
// it appended to its message: a value, a name, a list — data, often Chinese) follows after a colon. A code missing
// here shows the server's Chinese message: the domain's codes are typed (tsc and test/unit/serverErrors.test.ts
// fail on a missing one), the API's own are checked by test/serverErrors.test.ts.

import type { DomainErrorCode } from '@ssj/domain';

/** English messages by the API's own error codes (apps/api/src/errors.ts and graphql-js's, requestErrors.ts). */
const apiErrors: Record<string, string> = {
  UNAUTHENTICATED: 'Please sign in',
  FORBIDDEN: 'You are not allowed to do this',
  READ_ONLY_TOKEN: 'API tokens are read-only and cannot change data',
  NOT_FOUND: 'The record does not exist',
  BAD_CREDENTIALS: 'Wrong username or password',
  USER_INACTIVE: 'This account is deactivated',
  'AUTH.TOO_MANY_ATTEMPTS':
    'Too many failed sign-ins: the account is locked for now. Try again in %{minutesLeft} minutes, or ask an administrator of the lead unit to unlock it',
  'AUTH.NOT_LOCKED': 'This account is not locked',
  'VALIDATION.REQUIRED': 'A required field is empty',
  'VALIDATION.INVALID': 'A field has an invalid value',
  'VALIDATION.TOO_LONG': 'The text is too long',
  'CONFLICT.DUPLICATE': 'The record already exists (a unique field repeats an existing record)',
  'TARGET.CREDIT_CODE_DUPLICATE': 'This unified social credit code is already in the directory',
  'INSPECTOR.ID_NUMBER_DUPLICATE': 'This ID number is already in the inspector directory',
  'EXPERT.ID_NUMBER_DUPLICATE': 'This ID number is already in the expert library',
  'INSPECTOR.DRAWABLE_NOT_QUALIFIED': 'A person without enforcement qualification cannot be drawn',
  'CHECK_ITEM.CODE_DUPLICATE': 'This item code already exists',
  'CHECK_ITEM.NOTICE_REQUIRED': 'Changing a checklist item needs an adjustment notice',
  'PUBLICATION.RECEIVER_URL_INVALID': 'The receiver address must be a full URL starting with http:// or https://',
  'PUBLICATION.RECEIVER_KINDS_INVALID': 'Choose at least one document kind, and only existing kinds',
  'PUBLICATION.RECEIVER_NAME_DUPLICATE': 'A receiver with this name exists already',
  'PUBLICATION.NOT_SUBSCRIBED': 'This receiver does not take documents of this kind; nothing to re-send',
  'CHECK_ITEM.RATIO_ABOVE_CAP': 'The ratio of a general item may not exceed the cap',
  'CHECK_ITEM.REMIT_EMPTY': 'A checklist item needs at least one implementing unit (whose remit it is in and whose annual plan must include it)',
  'CHECK_ITEM.REMIT_UNIT_INVALID': 'An implementing unit does not exist or is retired',
  'UNIT.DUPLICATE': 'A unit with this name or code already exists',
  'USER.USERNAME_DUPLICATE': 'This username already exists',
  'USER.INSPECTOR_LINKED': 'This inspector is already linked to another account (an inspector belongs to one account only); unlink it there first',
  'USER.PASSWORD_TOO_SHORT': 'The password needs at least 8 characters',
  'USER.PASSWORD_WEAK': 'The password is too weak',
  'LIBRARY.DUPLICATE': 'A library with this name or code already exists',
  'CALENDAR.ENTRY_DUPLICATE': 'This day is already in the holiday schedule',
  'CALENDAR.YEAR_DECLARED': 'This year has already been declared complete',
  'IMPORT.FORMAT_UNSUPPORTED': 'Only .xlsx or .csv files can be imported',
  'IMPORT.FILE_TOO_LARGE': 'The file is too large',
  'IMPORT.FILE_UNREADABLE': 'The file cannot be read: it is not a valid Excel (.xlsx) or CSV file',
  'IMPORT.EMPTY_FILE': 'The file has no header or no data',
  'IMPORT.MAPPING_INVALID': 'The mapping of columns to fields is invalid',
  'IMPORT.BUSY': 'The file is being processed, please wait',
  'IMPORT.NOT_ANALYSED': 'Run the dry run first and check what happens to each row before importing',
  'IMPORT.REFUSED_ROWS': 'Some rows of the file are still refused: correct the file as the error report says and import it again',
  'IMPORT.CHANGED_SINCE_DRY_RUN':
    'The directory changed since the dry run (rows refused, or records imported or changed by someone else): nothing was imported; check the new dry run and import again',
  'IMPORT.ALREADY_COMMITTED': 'This file has already been imported',
  'IMPORT.FILTER_INVALID': 'The filter of the export is invalid',
  'DOCUMENT.NOT_AVAILABLE': 'This document cannot be produced yet',
  'PLAN.DUPLICATE': 'This unit already has an annual plan for this year',
  'PLAN.ALREADY_FILED': 'The plan is filed and cannot be changed or deleted directly; file an adjustment instead',
  'PLAN.NOT_FILED': 'The plan is not filed yet: edit its lines directly, and adjust it once filed',
  'PLAN.FILED_USE_ADJUSTMENT':
    'The plan is filed: its lines cannot be added, changed or removed directly; submit a “plan adjustment” or a “temporary check” with a reason',
  'PLAN.ADJUSTMENT_REASON_REQUIRED': 'A plan adjustment or temporary check needs a reason',
  'PLAN.EMPTY': 'The plan has no checklist items and cannot be filed',
  'PLAN.IN_USE': 'The plan has tasks and cannot be deleted',
  'PLAN_ITEM.DUPLICATE': 'This checklist item is already in the plan (each item once, temporary checks aside)',
  'PLAN_ITEM.CHECK_ITEM_INVALID': 'The checklist item does not exist or is retired',
  'PLAN_ITEM.RATIO_ABOVE_CAP': 'The planned ratio of a general item may not exceed the cap',
  'PLAN_ITEM.SHARES_NOT_ONE': 'The provincial, city and district shares must add up to 1',
  'PLAN_ITEM.WINDOW_OUTSIDE_YEAR': 'The schedule must lie within the plan year',
  'PLAN_ITEM.WINDOW_REVERSED': 'The schedule cannot start after it ends',
  'PLAN_ITEM.AREA_WEIGHTS_INVALID': 'Area weights must map each town (street) to a non-negative number',
  'PLAN_ITEM.IN_USE': 'This plan line has tasks and cannot be removed',
  'TASK.PLAN_NOT_FILED': 'The annual plan is not filed yet: no task can be set up',
  'TASK.WINDOW_OUTSIDE_PLAN_YEAR': 'The task must run within the plan year',
  'TASK.TEAM_SIZE_TOO_SMALL': 'Each target’s team needs at least 2 inspectors',
  'TASK.CHECK_ITEM_NOT_IN_PLAN': 'The checklist item is not in this year’s annual plan',
  'TASK.NOT_EDITABLE': 'The task has been drawn or dispatched and cannot be changed',
  'TASK.NOT_CANCELLABLE': 'Only a task not yet drawn can be cancelled; a drawn task is redrawn with a reason, or locked and carried out',
  'TASK.CANCEL_REASON_REQUIRED': 'The draw was announced: give a reason for cancelling (it is published with the task)',
  'TASK.ALREADY_DRAWN': 'The task has been drawn: its draw record must be kept, so it cannot be deleted',
  'TASK.CAMPAIGN_BASIS_REQUIRED': 'A campaign or a check ordered from above needs its basis (document number or campaign name)',
  'TASK.CAMPAIGN_BASIS_WITHOUT_ORDER': 'A task not marked as a campaign or ordered from above should have no such basis',
  'TASK.CAMPAIGN_APPROVER_NOT_LEAD':
    'A campaign or ordered task is exempt from ratio and frequency caps only with the approval of an administrator of the lead unit',
  'TASK.NOT_CAMPAIGN_ORDERED': 'The task is not marked as a campaign or ordered from above: no exemption to approve',
  'TASK.CAMPAIGN_ALREADY_APPROVED': 'The campaign exemption of this task is already approved',
  'TASK.CAMPAIGN_APPROVAL_TOO_LATE': 'The campaign exemption must be approved before the draw (it is part of the draw parameters)',
  'TASK_TARGET.TRANSFER_NOTICE_REQUIRED': 'A transfer to the unit of the new location needs the reference of the written notice (G28)',
  'TASK.CHECK_ITEM_IN_USE_BY_CLASS': 'This checklist item is the only one of a draw class and cannot be removed; change or delete that class first',
  'TASK.CHECK_ITEM_WITHOUT_CLASS': 'Every checklist item of the task needs at least one draw class drawing targets for it',
  'TASK_CLASS.CHECK_ITEM_NOT_IN_TASK': 'A draw class can only draw targets for the task’s own checklist items',
  'TASK_CLASS.RATIO_XOR_COUNT': 'A draw class has either a ratio or a count, not both',
  'TASK_CLASS.KEY_DUPLICATE': 'The task already has a draw class with this key',
  'DRAW.NO_CLASSES': 'Set up at least one class of targets before announcing the draw',
  'DRAW.ALREADY_ANNOUNCED': 'The draw has already been announced (its commitment published)',
  'DRAW.NOT_ANNOUNCED': 'The draw has not been announced (no seed commitment published): it cannot be drawn yet',
  'DRAW.ALREADY_DRAWN': 'This task has already been drawn; to draw again, request a re-draw with a reason',
  'DRAW.DIRECTORIES_NOT_CONFIRMED': 'Within the 24 hours before the draw the unit must confirm that its target and inspector directories are up to date',
  'DRAW.CANDIDATES_CHANGED': 'The directory changed after it was shown to the witness: the candidates differ; preview again, then draw',
  'DRAW.PARAMETERS_CHANGED': 'The draw parameters changed after they were shown to the witness; preview again, then draw',
  'DRAW.REDRAW_REASON_REQUIRED': 'A re-draw needs a reason',
  'DRAW.NOTHING_TO_REDRAW': 'The task has not been drawn yet: nothing to re-draw',
  'DRAW.LOCKED_NO_REDRAW': 'Only a draw not yet locked can be re-drawn; a locked and dispatched list cannot',
  'DRAW.NOT_LOCKABLE': 'Only the latest draw, not yet locked, can be locked',
  'DRAW.NOT_PUBLISHED':
    'This draw is not locked yet and not public; once locked and dispatched, its announcement, candidates and receipt are published for anyone to verify',
  'DRAW.YEARLY_CAP_REACHED': 'Once locked, a target would be drawn more than twice this year (another task locked first); re-draw with a reason',
  'TEAM.TASK_NOT_DISPATCHED': 'The task’s targets are not locked and dispatched yet: teams cannot be matched or changed',
  'TEAM.ALREADY_MATCHED': 'The teams are already formed and cannot be matched again; replace members to change them',
  'TEAM.JOINT_UNIT_NOT_NEIGHBOUR': 'Joint matching is only possible with a neighbour of the executing unit',
  'CONFLICT.ALREADY_REGISTERED': 'This conflict of interest between the inspector and the target is already registered',
  'TEAM.REQUEST_ALREADY_PENDING': 'This member already has a replacement or recusal request pending; wait for the approver',
  'TEAM.MEMBER_INACTIVE': 'This member has been replaced and is no longer in the team',
  'TEAM.NOT_AN_INSPECTOR': 'Only inspectors can be replaced (assign experts separately)',
  'TEAM.VISITS_WITHOUT_TEAM': 'Some targets have no team yet: match, match jointly or assign directly, then confirm the teams',
  'TEAM.ALREADY_CONFIRMED': 'The teams are already confirmed',
  'SETTINGS.NOTHING_TO_UPDATE': 'Change at least one setting',
  'SETTINGS.GENERAL_RATIO_CAP_INVALID': 'The ratio cap of general items is invalid',
  'SETTINGS.RISK_CREDIT_FACTORS_INVALID': 'The risk and credit factors are invalid',
  'TASK.NOT_DISPATCHED': 'The task is not locked and dispatched yet: this cannot be done',
  'TASK.COMPLETION_IN_FUTURE': 'The completion date cannot be after today',
  'TASK.COMPLETION_BEFORE_WINDOW': 'The completion date cannot be before the task’s start',
  'TASK.COMPLETION_BACKDATE_REASON_REQUIRED':
    'The completion date is the day it is marked complete; an earlier date needs a reason (recorded in the audit trail)',
  'TASK.TEAMS_NOT_CONFIRMED':
    'The teams are not confirmed, so the task cannot be completed: each target to inspect needs a team confirmed by the executing unit (at least 2 inspectors, 1 leader)',
  'FORM.CODE_DUPLICATE': 'This form code already exists',
  'RESULT.SELF_REVIEW': 'A result must be reviewed by someone other than who entered it',
  'TASK_TARGET.NOT_PENDING': 'This target has already been inspected, closed or transferred',
  'TASK_TARGET.TRANSFER_SAME_UNIT': 'The transfer must go to another unit, that of the target’s new location',
  'EVIDENCE.TYPE_NOT_ALLOWED': 'This type of evidence is not accepted (images, PDF, audio, video, Word, Excel or text files are)',
  'EVIDENCE.TOO_LARGE': 'The evidence file is too large (at most 20 MB each)',
  'EVIDENCE.TOO_MANY': 'A result takes at most 30 evidence files',
  'EVIDENCE.CONTENT_MISMATCH': 'The file’s content does not match its declared type',
  'EVIDENCE.ACTIVE_CONTENT': 'Web pages, scripts, SVG and other active content are not accepted',
  'CORRECTION.RESULT_NOT_PUBLISHED': 'Only a published result is corrected; return an unpublished one for changes instead',
  'CORRECTION.PENDING_EXISTS': 'This result already has a correction waiting for sign-off; sign or refuse it first',
  'CORRECTION.NOTHING_CHANGED': 'A correction must change the outcome, the follow-up, the findings or the remarks',
  'CORRECTION.NOT_PENDING': 'This correction has already been signed or refused',
  'CORRECTION.PRINCIPAL_REQUIRED': 'A correction is signed by the principal of the unit responsible for the result',
  'REVIEW.RESULT_NOT_PUBLISHED': 'Objections can only be raised against published results',
  'RECORD.IN_USE': 'The record is referenced elsewhere: it was retired instead of deleted',
  'QUERY.TOO_DEEP': 'The query is nested too deeply: nest less or split it',
  'QUERY.TOO_COSTLY': 'The query is too complex (too many fields or too deep): ask for fewer fields or split it',
  'QUERY.TOO_MANY_ALIASES': 'The query has too many aliases: split it',
  'QUERY.TOO_MANY_DIRECTIVES': 'The query has too many directives',
  'QUERY.TOO_MANY_TOKENS': 'The query is too long: split it',
  'REQUEST.TOO_LARGE': 'The request is too large (at most 30 MB); upload evidence files one at a time',
  // graphql-js's own refusals and the file routes' (apps/api/src/requestErrors.ts, routeErrors.ts): their detail is
  // graphql-js's English message
  GRAPHQL_VALIDATION_FAILED: 'The query is invalid',
  GRAPHQL_PARSE_FAILED: 'The query has a syntax error',
  BAD_USER_INPUT: 'A variable of the query is invalid',
  BAD_REQUEST: 'The request is invalid',
  METHOD_NOT_ALLOWED: 'Only GET requests are supported',
  INTERNAL_SERVER_ERROR: 'Internal server error, please try again later',
};

/** English messages by the domain's error codes (packages/domain/src/errors.ts): tsc fails on a missing one. */
const domainErrors: Record<DomainErrorCode, string> = {
  'CREDIT_CODE.LENGTH': 'A unified social credit code has 18 characters',
  'CREDIT_CODE.CHARSET': 'The unified social credit code has characters it may not have (I, O, Z, S, V are not used)',
  'CREDIT_CODE.CHECK_DIGIT': 'The check digit of the unified social credit code is wrong',
  'ID_NUMBER.INVALID': 'The format or check digit of the resident ID number is wrong',
  'CALENDAR.YEAR_UNKNOWN': 'Working days cannot be counted: the year is outside 1901–2099 and no holiday schedule has been declared for it',
  'CALENDAR.INVALID_DATE': 'Wrong date format: a valid date as YYYY-MM-DD is expected',
  'CALENDAR.INVALID_ENTRY': 'The holiday schedule is entered wrongly (a wrong date or kind, or a day entered twice)',
  'DRAW.INVALID_PARAMETERS': 'The draw parameters are wrong: check the classes, ratios or counts',
  'DRAW.INVALID_CANDIDATE': 'The target directory has incomplete or invalid records: cannot draw',
  'DRAW.DUPLICATE_CANDIDATE': 'The target directory lists a target twice',
  'DRAW.GENERAL_RATIO_ABOVE_CAP': 'The ratio of a general item exceeds the cap: cannot draw',
  'DRAW.GENERAL_ITEM_ABOVE_CAP': 'The classes of one general item together draw more targets than its ratio cap allows: cannot draw',
  'DRAW.INVALID_SEED_INPUT': 'The sources of the random seed are incomplete or malformed: cannot draw',
  'DRAW.COMMITMENT_MISMATCH': 'The server’s secret does not match the commitment published before the draw: cannot draw',
  'DRAW.EXCLUDED_NOT_ACTIVE': 'The target is deregistered, revoked or unreachable and is not drawn',
  'DRAW.EXCLUDED_YEARLY_CAP': 'The business has been drawn twice this year already and is not drawn again',
  'DRAW.UNKNOWN_CLASS': 'The draw receipt has no such class of targets',
  'DRAW.RANKING_EXHAUSTED': 'No target of this class is left to move up',
  'DRAW.VERIFICATION_FAILED': 'The draw does not verify: its record may have been changed',
  'TEAM.INVALID_PARAMETERS': 'The team settings are wrong: at least 2 inspectors per team and a load limit of at least 1 per inspector',
  'TEAM.TOO_FEW_INSPECTORS': 'Not enough eligible inspectors: assign directly, or match jointly with a neighbouring area',
  'TEAM.NO_EXPERT_AVAILABLE': 'No eligible expert in the expert library: an expert may be assigned directly',
  'TEAM.TOO_SMALL': 'Each target’s team needs at least 2 inspectors',
  'TEAM.NO_LEADER': 'The team has no leader',
  'TEAM.MULTIPLE_LEADERS': 'A team has exactly 1 leader',
  'TEAM.UNQUALIFIED': 'The team has a member without enforcement qualification',
  'TEAM.DUPLICATE_MEMBER': 'The same inspector appears twice in the team',
  'TEAM.CONFLICT_OF_INTEREST': 'The inspector has a conflict of interest with the target and must recuse',
  'TEAM.NOT_A_MEMBER': 'This inspector is not in the team',
  'TEAM.REPLACEMENT_NOT_APPROVED': 'Replacing an inspector needs the consent of the lead unit or the executing unit, with a reason',
  'TEAM.NO_REPLACEMENT_AVAILABLE':
    'No inspector is left in the random order to move up (a leader’s replacement must be able to lead); name a replacement instead (who replaces once approved)',
  'TEAM.REPLACEMENT_NOT_IN_POOL':
    'The named replacement must be an active, qualified, drawable inspector of the task’s executing unit (or its neighbours when matched jointly)',
  'TEAM.REPLACEMENT_CANNOT_LEAD': 'The leader is being replaced, and the named replacement cannot lead; name an inspector who can',
  'TEAM.REPLACEMENT_LOAD_LIMIT': 'The named replacement already carries the most targets allowed in this task',
  'TEAM.SELF_APPROVAL': 'A replacement or recusal request cannot be approved by whoever asked; choose another approver',
  'TEAM.NOT_THE_APPROVER': 'Only the approver named in the request may approve or refuse it',
  'TEAM.APPROVER_NOT_ALLOWED': 'A replacement or recusal is approved by an active member of the lead unit or the executing unit’s principal',
  'TEAM.REQUEST_NOT_PENDING': 'This request has already been decided',
  'TEAM.DECISION_NEEDS_REASON': 'Refusing a request needs a reason',
  'TEAM.DIRECT_ASSIGNMENT_NOT_NEEDED':
    'Random matching can form the teams, so they may not be assigned directly; only when inspectors are short, or with the lead unit’s consent and a reason',
  'TEAM.EXPERT_FIELD_MISMATCH': 'The expert’s field does not match the field the checklist item asks for',
  'TEAM.EXPERT_NOT_NEEDED': 'Experts are assigned only to checklist items of the task that need one',
  'TEAM.EXPERT_REASON_REQUIRED': 'Assigning an expert directly needs a reason',
  'TEAM.DIRECTORY_NOT_CONFIRMED':
    'For a delegated task, the executing unit must confirm its inspector directory is up to date within the 24 hours before matching teams',
  'PLAN.COVERAGE_INCOMPLETE': 'The annual plan does not cover every checklist item in the unit’s remit and cannot be filed',
  'PLAN.NO_REMIT':
    'No checklist item is in this unit’s remit, so it needs no annual plan. If the unit carries out a check, ask the lead unit to name it as an implementing unit of that item',
  'RESULT.WRONG_STATE': 'This cannot be done to the result in its current status',
  'RESULT.INCOMPLETE': 'The result is not complete and cannot be submitted for review',
  'RESULT.FOLLOW_UP_REQUIRED':
    'A problem awaiting follow-up, a serious refusal to cooperate or falsification needs a follow-up (refer the case, or notify the department concerned)',
  'RESULT.FOLLOW_UP_NOT_ALLOWED': 'No problem found, no relevant activity or unreachable: no follow-up should be chosen',
  'RESULT.STALE': 'This result was changed after you started entering it; nothing was saved. Reload to see the latest (your draft on this device is kept)',
  'RESULT.WRITE_KEY_REUSED': 'The save request’s key was already used for another result or user; nothing was saved',
  'RESULT.NO_TEAM': 'This target has no inspection team yet, so its result cannot be entered (G26)',
  'RESULT.NOT_ON_TEAM': "Only the inspectors of this target's team may enter and confirm its result (G26, G32)",
  'RESULT.ALREADY_CONFIRMED': 'You have already confirmed this version of the result',
  'RESULT.NOT_READY_TO_CONFIRM': 'The result and the on-site record are not complete yet and cannot be confirmed',
  'RESULT.UNCONFIRMED': 'Not every team member has confirmed the result yet; it cannot be submitted (G26)',
  'ONSITE.INCOMPLETE': 'The on-site procedure is not fully recorded; it cannot be confirmed or submitted (G26)',
  'ONSITE.TOO_FEW_CERTIFICATES': 'At least two inspectors must be on site and show their enforcement certificates (G26)',
  'ONSITE.CERTIFICATE_NOT_ON_TEAM': 'Someone who showed a certificate is not on the inspection team',
  'ONSITE.WITNESS_REQUIRED': "When the target refuses to sign, the witness's name is required (G26)",
  'ONSITE.PRE_CHECK_AFTER_VISIT': 'The pre-check must be done before (or on) the day of the on-site check (G26)',
  'ONSITE.NOTICE_AFTER_VISIT': 'The inspection notice must be served at or before the on-site check',
  'ONSITE.POINTS_CONTRADICT_OUTCOME':
    'The check points contradict the outcome: "no problem" allows no non-compliant point; a problem outcome needs at least one',
  'REVIEW.WRONG_STATE': 'This cannot be done to the review in its current status',
  'FOLLOW_UP.INVALID_TRANSITION': 'The follow-up cannot move to this status',
  'TRANSFER.NOTICE_REQUIRED': 'A transfer to the unit of the new location needs the reference of the written notice (G28)',
  'TRANSFER.SAME_UNIT': 'The transfer must go to another unit, that of the target’s new location',
  'TRANSFER.TARGET_NOT_PENDING': 'This target has been inspected, closed or transferred, its result submitted, or the task completed: it cannot be transferred',
  'TRANSFER.PENDING_EXISTS': 'This target already has a transfer request pending; approve or refuse it first',
  'TRANSFER.NOT_PENDING': 'This transfer request has already been approved or refused',
  'TRANSFER.SELF_APPROVAL': 'A transfer request must be approved by someone other than who asked',
  'TRANSFER.APPROVER_REQUIRED': 'A transfer is approved by the principal of the giving unit or an administrator of the lead unit (G28: approved by procedure)',
  'PUBLICATION.WITHHOLDING_CATEGORY_REQUIRED': 'Withholding needs the legal ground (state secret, commercial secret, personal privacy …)',
  'PUBLICATION.WITHHOLDING_BASIS_REQUIRED': 'Withholding needs the legal basis (article or document and its number)',
  'PUBLICATION.BASIS_WITHOUT_WITHHOLDING': 'A task whose results are published has no withholding ground or basis',
};

/** English messages by every error code the API sends. */
export const enServerErrors: Record<string, string> = { ...apiErrors, ...domainErrors };

type Extensions = Record<string, unknown> | undefined;

/**
 * A refusal's text in the UI's language: the server's (Chinese) message in Chinese; in English the message of its
 * code, with `%{name}` from the extensions, or followed by the server's `detail`; the server's message when the
 * code has no English message.
 */
export function localizeServerError(locale: string, message: string, extensions: Extensions): string {
  const code = extensions?.code;
  if (locale === 'zh' || typeof code !== 'string') return message;
  const phrase = enServerErrors[code];
  if (!phrase) return message;
  if (phrase.includes('%{')) return phrase.replace(/%\{(\w+)\}/g, (_, k: string) => String(extensions?.[k] ?? '…'));
  const detail = extensions?.detail;
  return typeof detail === 'string' && detail ? `${phrase}: ${detail}` : phrase;
}
