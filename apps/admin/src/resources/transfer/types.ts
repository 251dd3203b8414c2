export type TransferStatus = 'PENDING' | 'APPROVED' | 'REFUSED';

export type Transfer = {
  id: string;
  taskTargetId: string;
  fromUnitId: string;
  toUnitId: string;
  reason: string;
  noticeRef: string;
  status: TransferStatus;
  requestedByName: string;
  requestedAt: string;
  decidedByName: string | null;
  decidedAt: string | null;
  refusalReason: string | null;
  decidable: boolean;
  taskTarget?: {
    id: string;
    status: string;
    result?: { id: string } | null;
    target?: { id: string; name: string; creditCode: string };
    task?: { id: string; code: string; name: string };
  };
};
