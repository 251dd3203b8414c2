// The public pages' GraphQL documents: only the API's public read surface (rule 26), sent without a token.
// Plain strings, so test/unit/queryLimits.test.ts can check them against the API's limits.

export const CHECKLIST = /* GraphQL */ `
  query PublicChecklist {
    allCheckItems(perPage: 500, sortField: "code", sortOrder: "ASC") {
      id code name objectType category methods legalBasis defaultRatio unitId
    }
    allUnits(perPage: 500) { id name }
    checkItemAdjustments(take: 100) { id checkItemId version change notice changedAt snapshot }
  }
`;

export const PLANS = /* GraphQL */ `
  query PublicPlans($year: Int) {
    publicPlans(year: $year) {
      id year title unitName version filedAt filedWith
      items { id scope windowFrom windowTo estimatedCount ratio temporary checkItem { code name category } }
      adjustments { id version kind reason filedAt }
    }
  }
`;

export const TASKS = /* GraphQL */ `
  query PublicTasks($q: String, $page: Int, $perPage: Int) {
    publicTasks(q: $q, page: $page, perPage: $perPage) {
      id code name year executingUnitName windowFrom windowTo status announcedAt targetCount publishedResultCount
    }
    _publicTasksMeta(q: $q) { count }
  }
`;

export const TASK = /* GraphQL */ `
  query PublicTask($id: ID!) {
    publicTask(id: $id) {
      id code name year planTitle ownerUnitName executingUnitName windowFrom windowTo status temporary campaignOrdered campaignBasis
      announcedAt completedOn targetCount publishedResultCount
      checkItems { code name category objectType legalBasis }
      targets { name creditCode }
      draws {
        id sequence status reason candidateCount candidateListHash parametersHash algorithm seedCommitment seed witnessEntropy
        drawnAt lockedAt supersededAt supersededReason drawnTargetCount
      }
    }
  }
`;

export const RESULTS = /* GraphQL */ `
  query PublicResults($q: String, $taskId: ID, $page: Int, $perPage: Int) {
    publicResults(q: $q, taskId: $taskId, page: $page, perPage: $perPage) {
      id taskId taskCode taskName targetName creditCode unitName methodText inspectedOn outcome outcomeText followUpActionText publishedAt
      checkItems { code name }
      corrections { id reason outcomeText followUpActionText signedAt publishedAt }
    }
    _publicResultsMeta(q: $q, taskId: $taskId) { count }
  }
`;
