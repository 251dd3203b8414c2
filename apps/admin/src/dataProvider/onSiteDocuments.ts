// The on-site procedure's documents (rule 19; G26, G32): the pre-check, the on-site record, the team's
// confirmations, and what the result still lacks. Re-exported by documents.ts (validated against the schema).

export const ON_SITE_PROCEDURE = /* GraphQL */ `
  query OnSiteProcedure($id: ID!) {
    Result(id: $id) {
      id
      taskTargetId
      status
      editable
      onTeam
      confirmedByMe
      inspectedOn
      form { id fields { key label basis } }
      onSiteRequirements { preCheck certificates notice pointFindings signature video samples }
      submissionProblems { code field }
      preCheck { id sources findings checkedOn checkedByName }
      onSiteRecord {
        id noticeServedAt noticeServedTo recordText representativeName signature refusalNote witnessName videoRecorded videoNote
        certificates { inspectorId name certificateNumber }
        pointFindings { pointKey label verdict note }
        samples { what quantity keptAt }
      }
      team { id members { id role active inspectorId inspector { id name certificateNumber } } }
      confirmations { id teamMemberId userName confirmedAt withdrawnAt }
    }
  }
`;

/** The signed-in account's inspector (rule 19): without one it cannot enter or confirm a result. */
export const MY_INSPECTOR = /* GraphQL */ `query MyInspector { me { id inspectorId } }`;

export const RECORD_PRE_CHECK = /* GraphQL */ `
  mutation RecordPreCheck($taskTargetId: ID!, $sources: [PreCheckSource!]!, $findings: String!, $checkedOn: Date!) {
    recordPreCheck(taskTargetId: $taskTargetId, sources: $sources, findings: $findings, checkedOn: $checkedOn) { id }
  }
`;

export const RECORD_ON_SITE = /* GraphQL */ `
  mutation RecordOnSite($resultId: ID!, $certificates: [CertificateShownInput!], $noticeServedAt: DateTime, $noticeServedTo: String,
    $pointFindings: [PointFindingInput!], $recordText: String, $representativeName: String, $signature: RepresentativeSignature,
    $refusalNote: String, $witnessName: String, $videoRecorded: Boolean, $videoNote: String, $samples: [SampleInput!]) {
    recordOnSite(resultId: $resultId, certificates: $certificates, noticeServedAt: $noticeServedAt, noticeServedTo: $noticeServedTo,
      pointFindings: $pointFindings, recordText: $recordText, representativeName: $representativeName, signature: $signature,
      refusalNote: $refusalNote, witnessName: $witnessName, videoRecorded: $videoRecorded, videoNote: $videoNote, samples: $samples) { id }
  }
`;

export const CONFIRM_RESULT = /* GraphQL */ `mutation ConfirmResult($id: ID!) { confirmResult(id: $id) { id confirmedByMe } }`;
