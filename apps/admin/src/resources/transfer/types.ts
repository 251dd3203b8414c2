// A transfer as the data provider returns it: the schema's Transfer, with the task target fields.ts selects.
import type { Transfer as TransferType } from '@ssj/graphql-types';
import type { RecordOf } from '../../dataProvider/records';

export type { TransferStatus } from '@ssj/graphql-types';

export type Transfer = RecordOf<TransferType, 'fromUnit' | 'toUnit' | 'taskTarget'> & {
  taskTarget?: {
    id: string;
    status: string;
    result?: { id: string } | null;
    target?: { id: string; name: string; creditCode: string };
    task?: { id: string; code: string; name: string };
  };
};
