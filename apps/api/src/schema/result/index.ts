// Result (检查结果): what was found for one target in one task (rules 18–24, G23–G30). Every dispatched target
// has one from the lock on (未录入); the executing unit enters it on its form, submits it (待审核), a second
// person of the unit or the lead unit returns it (退回) or approves it (通过), and it is published (已公示).
// Approval hands a violation over for follow-up (rule 24). A published result is frozen — by the database as
// well — and is changed only by a correction (correction.ts); objections are in review.ts.
//
// Decisions:
// - The unit responsible for a result is the task's executing unit, or the unit a moved target was
//   transferred to (rule 23): that unit enters it.
// - Four eyes: whoever submitted a result cannot also return or approve it (RESULT.SELF_REVIEW).
// - Evidence files are stored in the database (G30: archived per target) with a size and count limit; they
//   travel as base64 in GraphQL so uploads get the same typed errors as every other input.
//
// One file per type: resultEnums.ts, deadline.ts, responsible.ts, finding.ts, result.ts (the Result object),
// evidence.ts, list.ts (the list queries), onSite.ts (rule 19's pre-check, on-site record and confirmations), write.ts (shared steps of the commands), commands.ts (entry and review)
// and taskTarget.ts (closing a task target).
import './resultEnums.ts';
import './deadline.ts';
import './responsible.ts';
import './finding.ts';
import './result.ts';
import './evidence.ts';
import './list.ts';
import './onSite.ts';
import './commands.ts';
import './taskTarget.ts';

export * from './resultEnums.ts';
export { DeadlineRef, deadlineOf, type Deadline } from './deadline.ts';
export * from './responsible.ts';
export { FindingInput, findingsFor, type Finding } from './finding.ts';
export { handOverIfViolation } from './write.ts';
export { EVIDENCE_MAX_BYTES, EVIDENCE_MAX_FILES } from './evidence.ts';
