// Deterministic record ids for the demo. A draw ranks candidates by HMAC(seed, classKey:targetId) and a team by
// HMAC(seed, team:targetId:inspectorId), so with Prisma's random cuids every fresh database would draw other
// companies and other inspectors. The demo's ids therefore come from a counter: cuid-shaped (25 lower-case
// characters starting with "c"), increasing in creation order like real cuids, and dated before any record a
// user creates later (real cuids carry the current time), so "order by id" still reads "demo first".
import { createHash } from 'node:crypto';

/** The demo's ids start at this moment (the first publication of the checklist). */
const ID_EPOCH_MS = Date.UTC(2025, 0, 6, 1, 0, 0);

export type NextId = () => string;

export function demoIdFactory(): NextId {
  const time = ID_EPOCH_MS.toString(36).padStart(8, '0').slice(-8);
  let counter = 0;
  return () => {
    const n = counter++;
    const tail = BigInt(`0x${createHash('sha256').update(`ssj-demo-id:${n}`).digest('hex').slice(0, 16)}`)
      .toString(36)
      .padStart(8, '0')
      .slice(-8);
    return `c${time}${n.toString(36).padStart(4, '0')}demo${tail}`;
  };
}
