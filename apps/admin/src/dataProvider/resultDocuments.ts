// The GraphQL documents of the result pages, after publication, follow-up and the to-do list (rules 18–24),
// re-exported by documents.ts so test/unit/queries.test.ts validates them against the API's schema.

/** Forms for the task's check items first (rule 18: "一对象一表单"); the rest follow. */
export const FORMS_FOR_ITEMS = /* GraphQL */ `
  query FormsForItems($checkItemIds: [ID!]) {
    matching: allForms(filter: { checkItemIds: $checkItemIds }, perPage: 200, sortField: "code", sortOrder: "ASC") { id code name checkItemId fields { key label basis } }
    all: allForms(perPage: 200, sortField: "code", sortOrder: "ASC") { id code name checkItemId fields { key label basis } }
  }
`;

export const UPDATE_RESULT = /* GraphQL */ `
  mutation UpdateResult($id: ID!, $formId: ID, $method: CheckMethod, $inspectedOn: Date, $findings: [ResultFindingInput!], $outcome: ResultOutcome,
    $followUpAction: FollowUpAction, $followUpUnitId: ID, $remarks: String, $baseVersion: Int, $idempotencyKey: String) {
    updateResult(id: $id, formId: $formId, method: $method, inspectedOn: $inspectedOn, findings: $findings, outcome: $outcome,
      followUpAction: $followUpAction, followUpUnitId: $followUpUnitId, remarks: $remarks, baseVersion: $baseVersion,
      idempotencyKey: $idempotencyKey) { id status updatedAt version }
  }
`;

export const SUBMIT_RESULT = /* GraphQL */ `mutation SubmitResult($id: ID!) { submitResult(id: $id) { id status } }`;
export const RETURN_RESULT = /* GraphQL */ `mutation ReturnResult($id: ID!, $reason: String) { returnResult(id: $id, reason: $reason) { id status returnReason } }`;
export const APPROVE_RESULT = /* GraphQL */ `mutation ApproveResult($id: ID!) { approveResult(id: $id) { id status } }`;
export const PUBLISH_RESULTS = /* GraphQL */ `mutation PublishResults($ids: [ID!]!) { publishResults(ids: $ids) { id status publishedAt } }`;

export const CLOSE_TASK_TARGET = /* GraphQL */ `
  mutation CloseTaskTarget($taskTargetId: ID!, $kind: String!, $reason: String) {
    closeTaskTarget(taskTargetId: $taskTargetId, kind: $kind, reason: $reason) { id status }
  }
`;

/** Rule 23 (G28): a transfer is asked for with the written notice, and carried out once approved. */
export const REQUEST_TRANSFER = /* GraphQL */ `
  mutation RequestTransfer($taskTargetId: ID!, $toUnitId: ID, $reason: String, $noticeRef: String) {
    requestTransfer(taskTargetId: $taskTargetId, toUnitId: $toUnitId, reason: $reason, noticeRef: $noticeRef) { id status }
  }
`;
export const APPROVE_TRANSFER = /* GraphQL */ `mutation ApproveTransfer($id: ID!) { approveTransfer(id: $id) { id status decidedAt } }`;
export const REFUSE_TRANSFER = /* GraphQL */ `mutation RefuseTransfer($id: ID!, $reason: String) { refuseTransfer(id: $id, reason: $reason) { id status refusalReason } }`;

export const ADD_EVIDENCE = /* GraphQL */ `
  mutation AddEvidence($resultId: ID!, $filename: String, $mimeType: String, $contentBase64: String) {
    addEvidence(resultId: $resultId, filename: $filename, mimeType: $mimeType, contentBase64: $contentBase64) { id filename size sha256 }
  }
`;

export const REMOVE_EVIDENCE = /* GraphQL */ `mutation RemoveEvidence($id: ID!) { removeEvidence(id: $id) { id } }`;

/** The content of a result's evidence files, asked for only to download one. */
export const EVIDENCE_CONTENT = /* GraphQL */ `
  query EvidenceContent($resultId: ID!) { Result(id: $resultId) { id evidence { id filename mimeType contentBase64 } } }
`;

// ——— after publication (rules 21, 22) ———————————————————————————————————————————————————

export const PROPOSE_CORRECTION = /* GraphQL */ `
  mutation ProposeCorrection($resultId: ID!, $reason: String, $outcome: ResultOutcome, $followUpAction: FollowUpAction, $findings: [ResultFindingInput!], $remarks: String, $reviewId: ID) {
    proposeCorrection(resultId: $resultId, reason: $reason, outcome: $outcome, followUpAction: $followUpAction, findings: $findings, remarks: $remarks, reviewId: $reviewId) {
      id status
    }
  }
`;

export const SIGN_CORRECTION = /* GraphQL */ `mutation SignCorrection($id: ID!) { signCorrection(id: $id) { id status signedAt } }`;
export const REFUSE_CORRECTION = /* GraphQL */ `mutation RefuseCorrection($id: ID!, $reason: String) { refuseCorrection(id: $id, reason: $reason) { id status } }`;

export const RAISE_OBJECTION = /* GraphQL */ `
  mutation RaiseObjection($resultId: ID!, $raisedBy: String, $content: String, $receivedOn: Date) {
    raiseObjection(resultId: $resultId, raisedBy: $raisedBy, content: $content, receivedOn: $receivedOn) { id status reviewDueOn }
  }
`;

export const DECIDE_REVIEW = /* GraphQL */ `
  mutation DecideReview($id: ID!, $decision: ReviewDecision, $note: String, $decidedOn: Date) {
    decideReview(id: $id, decision: $decision, note: $note, decidedOn: $decidedOn) { id status feedbackDueOn }
  }
`;

export const RECORD_REVIEW_FEEDBACK = /* GraphQL */ `
  mutation RecordReviewFeedback($id: ID!, $fedBackOn: Date, $note: String) {
    recordReviewFeedback(id: $id, fedBackOn: $fedBackOn, note: $note) { id status fedBackOn }
  }
`;

// ——— follow-up (rule 24) ——————————————————————————————————————————————————————————————————

export const ADVANCE_FOLLOW_UP = /* GraphQL */ `
  mutation AdvanceFollowUp($id: ID!, $status: FollowUpStatus, $on: Date, $caseNumber: String, $notes: String) {
    advanceFollowUp(id: $id, status: $status, on: $on, caseNumber: $caseNumber, notes: $notes) { id status nextStatuses }
  }
`;

// ——— to-do list ———————————————————————————————————————————————————————————————————————————

export const MY_TODOS = /* GraphQL */ `
  query MyTodos {
    myTodos { kind title count unitName resource recordId filter dueOn deadline { dueOn state workingDaysLeft provisional } }
  }
`;
