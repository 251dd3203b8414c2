import type { ResultBrief } from '../result/types';

export type FollowUp = {
  id: string; resultId: string; result?: ResultBrief & { responsibleUnitId?: string; publishedAt?: string | null; remarks?: string | null };
  handedToUnitId: string; status: string; nextStatuses: string[]; handedOverAt: string; acceptedAt?: string | null; caseFiledAt?: string | null;
  caseNumber?: string | null; rectifiedAt?: string | null; sentToJudicialAt?: string | null; closedAt?: string | null; notes?: string | null;
  daysOpen: number; editable: boolean;
};
