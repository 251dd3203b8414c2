// The GraphQL documents of the custom pages (sign-in, dashboard, API tokens, directory confirmation), as plain
// strings so test/unit/queries.test.ts can validate them against the API's schema without Apollo.

export const LOGIN = /* GraphQL */ `
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      me { id username name role unitId unitName isPrincipal }
    }
  }
`;

export const LOGOUT = /* GraphQL */ `mutation Logout { logout }`;

export const DASHBOARD = /* GraphQL */ `
  query Dashboard {
    targets: _allTargetsMeta { count }
    inspectors: _allInspectorsMeta { count }
    qualified: _allInspectorsMeta(filter: { qualified: true }) { count }
    checkItems: _allCheckItemsMeta { count }
    keyItems: _allCheckItemsMeta(filter: { category: KEY }) { count }
    experts: _allExpertsMeta { count }
    units: allUnits(perPage: 500, sortField: "code", sortOrder: "ASC") {
      id code name kind targetCount inspectorCount
      lastConfirmation { id confirmedAt fresh }
    }
  }
`;

export const CONFIRM_DIRECTORIES = /* GraphQL */ `
  mutation ConfirmDirectories($unitId: ID, $note: String) {
    confirmDirectories(unitId: $unitId, note: $note) { id confirmedAt targetCount inspectorCount }
  }
`;

export const MY_API_TOKENS = /* GraphQL */ `query MyApiTokens { myApiTokens { id name tokenHint createdAt expiresAt revokedAt lastUsedAt } }`;
export const CREATE_API_TOKEN = /* GraphQL */ `mutation CreateApiToken($name: String!, $days: Int) { createApiToken(name: $name, days: $days) { token id expiresAt } }`;
export const UNLOCK_SIGN_IN = /* GraphQL */ `mutation UnlockSignIn($username: String) { unlockSignIn(username: $username) }`;
export const AUDIT_CHAIN_STATUS = /* GraphQL */ `query AuditChainStatus($expectedHead: String) { auditChainStatus(expectedHead: $expectedHead) { intact events headSeq headHash brokenAt reason message } }`;
export const REVOKE_API_TOKEN = /* GraphQL */ `mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`;

// Execution and results, after publication, follow-up and to-do lists (rules 18–24): resultDocuments.ts.
export * from './resultDocuments';
export * from './onSiteDocuments';
// The leadership dashboard's assessment queries (rule 25): assessmentDocuments.ts.
export * from './assessmentDocuments';
// The publication outbox page (issue 16): publicationDocuments.ts.
export * from './publicationDocuments';

// ——— annual plans (rules 6, 7, 10) ———————————————————————————————————————————————

export const FILE_PLAN = /* GraphQL */ `
  mutation FilePlan($id: ID!, $filedWith: String) {
    filePlan(id: $id, filedWith: $filedWith) { id status version filedAt filedWith }
  }
`;

export const ADJUST_PLAN = /* GraphQL */ `
  mutation AdjustPlan($id: ID!, $reason: String, $items: [PlanItemInput!]!) {
    adjustPlan(id: $id, reason: $reason, items: $items) { id version }
  }
`;

export const ADD_TEMPORARY_CHECK = /* GraphQL */ `
  mutation AddTemporaryCheck($planId: ID!, $reason: String, $item: PlanItemInput!) {
    addTemporaryCheck(planId: $planId, reason: $reason, item: $item) { id version }
  }
`;

// ——— the draw page (rules 4, 13, 17) ————————————————————————————————————————————————

const DRAW_FIELDS = /* GraphQL */ `
  id sequence status reason drawnAt drawnByName lockedAt lockedByName supersededAt supersededReason
  witnessName witnessEntropy candidateCount candidateListHash parametersHash algorithm seedCommitment seed drawnTargetCount
  classResults { classKey mode eligibleCount selectedCount }
  exclusions { targetId code detail message }
  drawnTargets { id targetId rank classKeys target { id name creditCode } }
`;

export const DRAW_TASK = /* GraphQL */ `
  query DrawTask($id: ID!) {
    Task(id: $id) {
      id code name status seedCommitment pendingRedrawReason ownerUnitId executingUnitId windowFrom windowTo isPublic
      ownerUnit { id name lastConfirmation { id confirmedAt fresh } }
      classes { id key label ratio count directed libraryId }
      draws { ${DRAW_FIELDS} }
    }
  }
`;

/** Call a task off before its draw (a reason once announced). */
export const CANCEL_TASK = /* GraphQL */ `
  mutation CancelTask($id: ID!, $reason: String) {
    cancelTask(id: $id, reason: $reason) { id status cancelledAt cancelledByName cancelReason editable cancellable }
  }
`;

export const APPROVE_CAMPAIGN_EXEMPTION = /* GraphQL */ `
  mutation ApproveCampaignExemption($taskId: ID, $documentNumber: String, $documentDate: Date) {
    approveCampaignExemption(taskId: $taskId, documentNumber: $documentNumber, documentDate: $documentDate) {
      id campaignApprovedAt campaignApprovedById campaignApprovedByName campaignApprovalDocNo campaignApprovalDocDate campaignExemptionInForce canApproveCampaign
    }
  }
`;

export const ANNOUNCE_DRAW = /* GraphQL */ `
  mutation AnnounceDraw($taskId: ID) { announceDraw(taskId: $taskId) { id status seedCommitment } }
`;

/** Issue 14: the step a running preview, draw or lock of the task is at (polled while the request runs). */
export const DRAW_PROGRESS = /* GraphQL */ `
  query DrawProgress($taskId: ID!) { drawProgress(taskId: $taskId) { step done total } }
`;

export const DRAW_PREVIEW = /* GraphQL */ `
  query DrawPreview($taskId: ID!) {
    drawCandidatesPreview(taskId: $taskId) {
      taskId candidateCount candidateListHash parametersHash seedCommitment computedAt directoriesConfirmedAt directoriesFresh
    }
  }
`;

/** Issue 15: the candidates the draw would freeze now, a page at a time, searchable by name or credit code. */
export const DRAW_CANDIDATE_LIST = /* GraphQL */ `
  query DrawCandidateList($taskId: ID!, $q: String, $page: Int, $perPage: Int) {
    drawCandidateList(taskId: $taskId, q: $q, page: $page, perPage: $perPage) {
      total
      rows { targetId name creditCode objectType area riskLevel creditStatus registrationStatus drawsThisYear exemptions }
    }
  }
`;

export const DRAW_TARGETS = /* GraphQL */ `
  mutation DrawTargets($taskId: ID, $witnessName: String, $witnessEntropy: String, $candidateListHash: String, $parametersHash: String) {
    drawTargets(taskId: $taskId, witnessName: $witnessName, witnessEntropy: $witnessEntropy, candidateListHash: $candidateListHash, parametersHash: $parametersHash) {
      ${DRAW_FIELDS}
    }
  }
`;

export const REDRAW_TARGETS = /* GraphQL */ `
  mutation RedrawTargets($taskId: ID, $reason: String) { redrawTargets(taskId: $taskId, reason: $reason) { id status seedCommitment } }
`;

export const LOCK_DRAW = /* GraphQL */ `
  mutation LockDraw($drawId: ID) { lockDraw(drawId: $drawId) { id status lockedAt } }
`;

export const VERIFY_DRAW = /* GraphQL */ `
  query VerifyDraw($drawId: ID!) { verifyDraw(drawId: $drawId) { drawId ok diff } }
`;

export const DRAW_RECEIPT = /* GraphQL */ `
  query DrawReceipt($drawId: ID!) { drawReceipt(drawId: $drawId) }
`;

/** Names of excluded candidates (the exclusions carry only the target's id). */
export const TARGET_NAMES = /* GraphQL */ `
  query TargetNames($ids: [ID!]) { allTargets(filter: { ids: $ids }, perPage: 500) { id name creditCode } }
`;

// ——— inspection teams and task completion (rules 15, 16, 20) ——————————————————————————————

const TEAM_FIELDS = /* GraphQL */ `
  id visitId mode jointUnitId confirmedAt createdAt
  jointUnit { id code name }
  members {
    id inspectorId expertId role rank active replacedAt replacementReason replacementNote approvedById replacesId assignmentReason createdAt
    inspector { id name unitId canLead unit { id name } }
    expert { id name organization field }
  }
  replacementRequests {
    id memberId reason note status requestedById approverId decidedAt decisionNote canDecide createdAt
    proposedInspector { id name }
    requestedBy { id name }
    approver { id name }
  }
`;

/** The task as its teams section needs it: dispatched targets with their visit and result due date, and the teams. */
export const TASK_TEAMS = /* GraphQL */ `
  query TaskTeams($id: ID!) {
    Task(id: $id) {
      id code status ownerUnitId executingUnitId windowFrom windowTo completedOn teamSize
      executingUnit { id code name neighbourCodes }
      checkItems { id code name needsExpert expertField }
      targets { id targetId visitId status resultDueOn resultDueProvisional target { id name creditCode } }
    }
    teamsOfTask(taskId: $id) { ${TEAM_FIELDS} }
  }
`;

/** Users (approvers of a replacement, names of past approvers) and units (neighbours for joint matching). */
export const TEAM_PEOPLE = /* GraphQL */ `
  query TeamPeople {
    allUsers(perPage: 500, sortField: "username", sortOrder: "ASC") { id username name role unitId active isPrincipal unit { id name isLead } }
    allUnits(perPage: 500, sortField: "code", sortOrder: "ASC") { id code name }
  }
`;

/** Qualified inspectors a team may be assigned from directly (G19), or named as a replacement (rule 16: drawable ones). */
export const TEAM_INSPECTORS = /* GraphQL */ `
  query TeamInspectors {
    allInspectors(filter: { qualified: true }, perPage: 500, sortField: "name", sortOrder: "ASC") { id name unitId canLead drawable title }
  }
`;

export const MATCH_TEAMS = /* GraphQL */ `
  mutation MatchTeams($taskId: ID) { matchTeams(taskId: $taskId) { id } }
`;

export const MATCH_TEAMS_JOINTLY = /* GraphQL */ `
  mutation MatchTeamsJointly($taskId: ID, $jointUnitId: ID) { matchTeamsJointly(taskId: $taskId, jointUnitId: $jointUnitId) { id } }
`;

export const ASSIGN_TEAM_DIRECTLY = /* GraphQL */ `
  mutation AssignTeamDirectly($visitId: ID, $inspectorIds: [ID!], $leaderId: ID, $reason: String) {
    assignTeamDirectly(visitId: $visitId, inspectorIds: $inspectorIds, leaderId: $leaderId, reason: $reason) { id }
  }
`;

export const REQUEST_MEMBER_REPLACEMENT = /* GraphQL */ `
  mutation RequestMemberReplacement($memberId: ID, $reason: ReplacementReason, $note: String, $approverId: ID, $proposedInspectorId: ID) {
    requestMemberReplacement(memberId: $memberId, reason: $reason, note: $note, approverId: $approverId, proposedInspectorId: $proposedInspectorId) { id status }
  }
`;

export const REQUEST_RECUSAL = /* GraphQL */ `
  mutation RequestRecusal($memberId: ID, $note: String, $approverId: ID, $proposedInspectorId: ID) {
    requestRecusal(memberId: $memberId, note: $note, approverId: $approverId, proposedInspectorId: $proposedInspectorId) { id status }
  }
`;

export const APPROVE_REPLACEMENT_REQUEST = /* GraphQL */ `
  mutation ApproveReplacementRequest($requestId: ID) { approveReplacementRequest(requestId: $requestId) { id status } }
`;

export const REFUSE_REPLACEMENT_REQUEST = /* GraphQL */ `
  mutation RefuseReplacementRequest($requestId: ID, $note: String) { refuseReplacementRequest(requestId: $requestId, note: $note) { id status } }
`;

/** G9, G19: an expert assigned directly to a team, for a check item that needs one, with a reason. */
export const ASSIGN_EXPERT_DIRECTLY = /* GraphQL */ `
  mutation AssignExpertDirectly($teamId: ID, $expertId: ID, $checkItemId: ID, $reason: String) {
    assignExpertDirectly(teamId: $teamId, expertId: $expertId, checkItemId: $checkItemId, reason: $reason) { id }
  }
`;

/** The expert library, for a direct assignment. */
export const TEAM_EXPERTS = /* GraphQL */ `
  query TeamExperts { allExperts(perPage: 500, sortField: "name", sortOrder: "ASC") { id name organization field } }
`;

/** Whether the signed-in user may assign a team directly now (rule 15, G19: too few inspectors, or the lead unit). */
export const DIRECT_ASSIGNMENT_OUTLOOK = /* GraphQL */ `
  query DirectAssignmentOutlook($taskId: ID!) { directAssignmentOutlook(taskId: $taskId) { allowed basis matching shortBy openVisits } }
`;

/** The conflict register entries of a task's targets (rule 16). */
export const TASK_CONFLICTS = /* GraphQL */ `
  query TaskConflicts($targetIds: [ID!]) {
    allConflictOfInterests(filter: { targetIds: $targetIds }, perPage: 500, sortField: "declaredAt", sortOrder: "DESC") {
      id reason declaredAt inspectorId targetId inspector { id name } target { id name }
    }
  }
`;

export const CREATE_CONFLICT = /* GraphQL */ `
  mutation CreateConflictOfInterest($inspectorId: ID, $targetId: ID, $reason: String) {
    createConflictOfInterest(inspectorId: $inspectorId, targetId: $targetId, reason: $reason) { id }
  }
`;

export const DELETE_CONFLICT = /* GraphQL */ `
  mutation DeleteConflictOfInterest($id: ID!, $reason: String) { deleteConflictOfInterest(id: $id, reason: $reason) { id } }
`;

export const CONFIRM_TEAMS = /* GraphQL */ `
  mutation ConfirmTeams($taskId: ID) { confirmTeams(taskId: $taskId) { id confirmedAt } }
`;

export const COMPLETE_TASK = /* GraphQL */ `
  mutation CompleteTask($taskId: ID!, $completedOn: Date, $reason: String) {
    completeTask(taskId: $taskId, completedOn: $completedOn, reason: $reason) { id status completedOn targets { id resultDueOn resultDueProvisional } }
  }
`;
