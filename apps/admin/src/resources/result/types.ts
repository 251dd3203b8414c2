// The records of the result pages as react-admin's data provider returns them (Result, Correction, Review, …):
// the schema's types (@ssj/graphql-types) with the relations fields.ts selects (dataProvider/records.ts).
import type { CheckMethod, Correction as CorrectionType, FollowUpAction, ResultOutcome, ResultStatus, Review as ReviewType } from '@ssj/graphql-types';
import type { RecordOf } from '../../dataProvider/records';
import type { Deadline } from '../../common/countdown';

export type Item = { id: string; code: string; name: string };
export type Finding = { checkItemId: string; compliant: boolean | null; finding: string | null };
export type FormField = { key: string; label: string; basis?: string | null };
export type CheckForm = { id: string; code: string; name: string; checkItemId?: string | null; fields: FormField[] };
export type Evidence = { id: string; filename: string; mimeType: string; size: number; sha256: string; uploadedAt: string; uploadedById?: string | null };
export type Changes = { outcome?: string | null; followUpAction?: string | null; findings?: Finding[] | null; remarks?: string | null };
export type Correction = RecordOf<CorrectionType, 'result' | 'changes'> & { changes: Changes };
export type Review = RecordOf<ReviewType, 'result' | 'corrections' | 'reviewDeadline' | 'feedbackDeadline'> & {
  reviewDeadline: Deadline;
  feedbackDeadline?: Deadline | null;
  result?: ResultBrief;
};
export type ResultBrief = {
  id: string;
  status: string;
  outcome?: string | null;
  followUpAction?: string | null;
  target?: { id: string; name: string; creditCode: string };
  task?: { id: string; code: string; name: string };
};

export type Result = {
  id: string;
  status: ResultStatus;
  taskTargetId: string;
  taskTarget?: {
    id: string;
    status: string;
    closedReason?: string | null;
    transferNoticeRef?: string | null;
    transfers?: {
      id: string;
      status: string;
      toUnitId: string;
      noticeRef: string;
      requestedByName: string;
      decidable: boolean;
      refusalReason?: string | null;
    }[];
  };
  task: {
    id: string;
    code: string;
    name: string;
    status: string;
    executingUnitId: string;
    windowFrom?: string;
    completedOn?: string | null;
    checkItems?: Item[];
    isPublic?: boolean;
    withheldCategory?: string | null;
    withheldBasis?: string | null;
  };
  target: { id: string; name: string; creditCode: string; unitId: string; address?: string };
  responsibleUnitId: string;
  formId?: string | null;
  form?: CheckForm | null;
  method?: CheckMethod | null;
  inspectedOn?: string | null;
  findings?: Finding[];
  outcome?: ResultOutcome | null;
  followUpAction: FollowUpAction;
  followUpUnitId?: string | null;
  remarks?: string | null;
  dueOn?: string | null;
  deadline?: Deadline | null;
  returnReason?: string | null;
  publishedAt?: string | null;
  evidence?: Evidence[];
  corrections?: Correction[];
  reviews?: Review[];
  followUp?: { id: string; status: string; handedToUnitId: string; caseNumber?: string | null } | null;
  editable: boolean;
  reviewable: boolean;
  publishable: boolean;
};
