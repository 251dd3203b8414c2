// Rule 20: due dates counted through a year whose working-day calendar was not declared yet are provisional
// (暂定). When the lead unit declares the year, every provisional due date is counted again on the final
// calendar, in the declaration's transaction: the plan below is what the confirmation dialog shows, and
// applying it writes and audits each change. Work done on time against the provisional date stays on time
// (the domain's settledDeadline).
import { settledDeadline, statutoryDeadline, type DeadlineKind, type HolidayCalendar } from '@ssj/domain';
import type { Prisma } from '@ssj/db/client';
import { audit } from './audit.ts';
import { chinaDay } from './clock.ts';
import type { Context } from './context.ts';
import { fromDateColumn, toDateColumn } from './dateColumn.ts';

type Tx = Prisma.TransactionClient;

export type SettledField = 'Result.dueOn' | 'Review.reviewDueOn' | 'Review.feedbackDueOn';

export interface DueDateChange {
  entity: 'Result' | 'Review';
  id: string;
  field: SettledField;
  from: string;
  to: string;
  /** Still counted through another undeclared year. */
  provisional: boolean;
}

function change(
  entity: DueDateChange['entity'],
  id: string,
  field: SettledField,
  kind: DeadlineKind,
  eventOn: string,
  dueOn: string,
  doneOn: string | null,
  calendar: HolidayCalendar,
): DueDateChange {
  const final = statutoryDeadline(kind, eventOn, calendar);
  return { entity, id, field, from: dueOn, to: final.provisional ? final.dueOn : settledDeadline(dueOn, final.dueOn, doneOn), provisional: final.provisional };
}

/** Every provisional due date, counted again on `calendar` (moved or not). */
export async function planSettlement(tx: Tx, calendar: HolidayCalendar): Promise<DueDateChange[]> {
  const [results, reviews, feedbacks] = await Promise.all([
    tx.result.findMany({
      where: { dueProvisional: true, dueOn: { not: null }, taskTarget: { task: { completedOn: { not: null } } } },
      select: { id: true, dueOn: true, publishedAt: true, taskTarget: { select: { task: { select: { completedOn: true } } } } },
      orderBy: { id: 'asc' },
    }),
    tx.review.findMany({
      where: { reviewDueProvisional: true },
      select: { id: true, receivedOn: true, reviewDueOn: true, decidedOn: true },
      orderBy: { id: 'asc' },
    }),
    tx.review.findMany({
      where: { feedbackDueProvisional: true, decidedOn: { not: null }, feedbackDueOn: { not: null } },
      select: { id: true, decidedOn: true, feedbackDueOn: true, fedBackOn: true },
      orderBy: { id: 'asc' },
    }),
  ]);
  return [
    ...results.map((r) =>
      change(
        'Result',
        r.id,
        'Result.dueOn',
        'RESULT_ENTRY',
        fromDateColumn(r.taskTarget.task.completedOn!),
        fromDateColumn(r.dueOn!),
        r.publishedAt ? chinaDay(r.publishedAt) : null,
        calendar,
      ),
    ),
    ...reviews.map((r) =>
      change(
        'Review',
        r.id,
        'Review.reviewDueOn',
        'OBJECTION_REVIEW',
        fromDateColumn(r.receivedOn),
        fromDateColumn(r.reviewDueOn),
        r.decidedOn ? fromDateColumn(r.decidedOn) : null,
        calendar,
      ),
    ),
    ...feedbacks.map((r) =>
      change(
        'Review',
        r.id,
        'Review.feedbackDueOn',
        'REVIEW_FEEDBACK',
        fromDateColumn(r.decidedOn!),
        fromDateColumn(r.feedbackDueOn!),
        r.fedBackOn ? fromDateColumn(r.fedBackOn) : null,
        calendar,
      ),
    ),
  ];
}

/** Writes the plan (every row, so the provisional mark goes where it is settled) and audits each row. */
export async function applySettlement(tx: Tx, ctx: Context, changes: readonly DueDateChange[], year: number): Promise<void> {
  for (const c of changes) {
    const dueOn = toDateColumn(c.to);
    if (c.field === 'Result.dueOn') await tx.result.update({ where: { id: c.id }, data: { dueOn, dueProvisional: c.provisional } });
    else if (c.field === 'Review.reviewDueOn')
      await tx.review.update({ where: { id: c.id }, data: { reviewDueOn: dueOn, reviewDueProvisional: c.provisional } });
    else await tx.review.update({ where: { id: c.id }, data: { feedbackDueOn: dueOn, feedbackDueProvisional: c.provisional } });
    await audit(tx, ctx, {
      action: 'settleProvisionalDueDate',
      entity: c.entity,
      entityId: c.id,
      before: { field: c.field, dueOn: c.from, provisional: true },
      after: { field: c.field, dueOn: c.to, provisional: c.provisional, declaredYear: year },
    });
  }
}
