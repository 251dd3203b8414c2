// A follow-up as the data provider returns it: the schema's FollowUp, with the result fields.ts selects.
import type { FollowUp as FollowUpType } from '@ssj/graphql-types';
import type { RecordOf } from '../../dataProvider/records';
import type { ResultBrief } from '../result/types';

export type FollowUp = RecordOf<FollowUpType, 'handedToUnit' | 'result'> & {
  result?: ResultBrief & { responsibleUnitId?: string; publishedAt?: string | null; remarks?: string | null };
};
