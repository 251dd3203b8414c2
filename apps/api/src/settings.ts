// System settings kept in the Setting table, with their defaults.
import type { Prisma } from '@ssj/db/client';

/** Rule 2 (G8): the upper sampling ratio of GENERAL items, unless an item sets its own lower cap. */
export const GENERAL_RATIO_CAP = 'generalRatioCap';
export const DEFAULT_GENERAL_RATIO_CAP = 0.05;

export async function getGeneralRatioCap(tx: Pick<Prisma.TransactionClient, 'setting'>): Promise<number> {
  const s = await tx.setting.findUnique({ where: { key: GENERAL_RATIO_CAP } });
  return typeof s?.value === 'number' ? s.value : DEFAULT_GENERAL_RATIO_CAP;
}
