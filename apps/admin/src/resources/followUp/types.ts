// A react-admin record of the data provider (not one of the custom pages' documents): typed by hand, with the
// schema's enum types.
import type { FollowUpStatus } from '@ssj/graphql-types/operations';
import type { ResultBrief } from '../result/types';

export type FollowUp = {
  id: string;
  resultId: string;
  result?: ResultBrief & { responsibleUnitId?: string; publishedAt?: string | null; remarks?: string | null };
  handedToUnitId: string;
  status: FollowUpStatus;
  nextStatuses: FollowUpStatus[];
  handedOverAt: string;
  acceptedAt?: string | null;
  caseFiledAt?: string | null;
  caseNumber?: string | null;
  rectifiedAt?: string | null;
  sentToJudicialAt?: string | null;
  closedAt?: string | null;
  notes?: string | null;
  daysOpen: number;
  editable: boolean;
};
