// The mapping of the domain's query conditions to Prisma wheres (src/statusWhere.ts): status, recorded dates and
// the day bound, and an OR of conditions.
import { overdueResults, overdueReviews, PUBLISHED_RESULTS } from '@ssj/domain';
import { describe, expect, it } from 'vitest';
import { anyStatusWhere, statusWhere } from '../src/statusWhere.ts';

describe('statusWhere', () => {
  it('maps one status, recorded dates and a day bound', () => {
    expect(statusWhere(PUBLISHED_RESULTS)).toEqual({ status: 'PUBLISHED', publishedAt: { not: null } });
    expect(statusWhere(overdueResults('2026-03-10'))).toEqual({
      status: { in: ['NOT_ENTERED', 'PENDING_REVIEW', 'RETURNED', 'APPROVED'] },
      dueOn: { lt: new Date('2026-03-10T00:00:00Z') },
    });
  });
  it('maps any of several conditions to an OR', () => {
    expect(anyStatusWhere(overdueReviews('2026-03-10'))).toEqual({
      OR: [
        { status: 'RECEIVED', reviewDueOn: { lt: new Date('2026-03-10T00:00:00Z') } },
        { status: 'DECIDED', feedbackDueOn: { lt: new Date('2026-03-10T00:00:00Z') } },
      ],
    });
  });
});
