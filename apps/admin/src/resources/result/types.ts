// The records of the result pages as react-admin's data provider returns them (Result, Correction, Review, …):
// the schema's types (@ssj/graphql-types) with the relations fields.ts selects (dataProvider/records.ts) — each
// relation a Pick of its generated type, with the same fields as fields.ts's NESTED entry, so a field renamed or
// dropped in the API fails tsc here instead of showing undefined on a page.
import type {
  CheckItem,
  CorrectionChanges,
  Correction as CorrectionType,
  Evidence as EvidenceType,
  FollowUp as FollowUpType,
  FormField as FormFieldType,
  Form,
  ResultFinding,
  Result as ResultType,
  Review as ReviewType,
  Target,
  Task,
  TaskTarget,
  Transfer,
} from '@ssj/graphql-types';
import type { RecordOf } from '../../dataProvider/records';

/** A checklist item of the task (fields.ts ITEM_BRIEF). */
export type Item = Pick<CheckItem, 'id' | 'code' | 'name'>;
export type Finding = RecordOf<ResultFinding>;
export type FormField = RecordOf<FormFieldType>;
export type CheckForm = Pick<Form, 'id' | 'code' | 'name' | 'checkItemId'> & { fields: FormField[] };
/** The file's metadata; its content is asked for only to download it (EVIDENCE_CONTENT). */
export type Evidence = RecordOf<EvidenceType, 'contentBase64' | 'resultId'>;
/** The schema sends a correction's findings as JSON: they are the result's findings. */
export type Changes = RecordOf<CorrectionChanges, 'findings'> & { findings: Finding[] | null };
export type Correction = RecordOf<CorrectionType, 'result' | 'changes'> & { changes: Changes };
export type Review = RecordOf<ReviewType, 'result' | 'corrections'> & { result?: ResultBrief };

/** A result as another resource's page shows it (fields.ts RESULT_BRIEF). */
export type ResultBrief = Pick<ResultType, 'id' | 'status' | 'outcome' | 'followUpAction'> & {
  target?: Pick<Target, 'id' | 'name' | 'creditCode'>;
  task?: Pick<Task, 'id' | 'code' | 'name'>;
};

/** Read on the result's own page only (fields.ts DETAIL_ONLY): absent from list rows. */
type DetailOnly = 'form' | 'findings' | 'evidence' | 'corrections' | 'reviews' | 'followUp' | 'remarks' | 'taskTarget';

export type Result = RecordOf<ResultType, DetailOnly | 'task' | 'target' | 'followUpUnit'> & {
  task: Pick<Task, 'id' | 'code' | 'name' | 'status' | 'executingUnitId' | 'windowFrom' | 'completedOn' | 'isPublic' | 'withheldCategory' | 'withheldBasis'> & {
    checkItems: Item[];
  };
  target: Pick<Target, 'id' | 'name' | 'creditCode' | 'unitId' | 'address'>;
  taskTarget?: Pick<TaskTarget, 'id' | 'status' | 'closedReason' | 'transferNoticeRef'> & {
    transfers: Pick<Transfer, 'id' | 'status' | 'toUnitId' | 'noticeRef' | 'requestedByName' | 'decidable' | 'refusalReason'>[];
  };
  form?: CheckForm | null;
  findings?: Finding[];
  evidence?: Evidence[];
  corrections?: Correction[];
  reviews?: Review[];
  followUp?: Pick<FollowUpType, 'id' | 'status' | 'handedToUnitId' | 'caseNumber'> | null;
  remarks?: ResultType['remarks'];
};
