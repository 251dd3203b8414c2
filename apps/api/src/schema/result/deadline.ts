import { DEADLINE_STATE, deadlineStatus, isDomainError } from '@ssj/domain';
import { builder, DateScalar } from '../../builder.ts';
import { chinaDay, clock } from '../../clock.ts';
import type { Context } from '../../context.ts';
import { requestCalendar } from '../../holidayCalendar.ts';
import { domainEnum } from '../enums.ts';
import { fromDateColumn } from '../../dateColumn.ts';

const DeadlineStateEnum = domainEnum('DeadlineState', '期限状态 / Where a deadline stands', DEADLINE_STATE);

export type Deadline = { dueOn: string; provisional: boolean; state: 'ON_TIME' | 'LATE' | 'PENDING' | 'OVERDUE'; workingDaysLeft: number | null };

export const DeadlineRef = builder.objectRef<Deadline>('Deadline').implement({
  description: '法定期限及倒计时（工作日） / A statutory deadline and its countdown in working days',
  fields: (t) => ({
    dueOn: t.field({ type: DateScalar, description: '截止日（当日下班前） / Due by the end of this day', resolve: (d) => d.dueOn }),
    provisional: t.boolean({
      description:
        '暂定：按尚未公布节假日安排的年份推算（周末及法定节假日），该年度工作日历声明后重新计算 / Provisional: counted through a year whose schedule is not declared yet; recomputed when it is (rule 20)',
      resolve: (d) => d.provisional,
    }),
    state: t.field({ type: DeadlineStateEnum, description: '状态 / State', resolve: (d) => d.state }),
    workingDaysLeft: t.int({
      nullable: true,
      description:
        '剩余工作日（负数为已逾期的工作日数；节假日安排未录入的年份为空） / Working days left; negative = overdue; null when the year has no holiday schedule',
      resolve: (d) => d.workingDaysLeft,
    }),
  }),
});

/**
 * Rules 20, 22: where a deadline stands today, with its working-day countdown (provisional through a year
 * not declared yet; null only outside the years the calendar can count at all).
 */
export async function deadlineOf(ctx: Context, dueOn: Date | null, doneAt: Date | string | null, provisional = false): Promise<Deadline | null> {
  if (!dueOn) return null;
  const due = fromDateColumn(dueOn);
  const today = clock.today();
  const done = doneAt === null ? null : typeof doneAt === 'string' ? doneAt : chinaDay(doneAt);
  try {
    const s = deadlineStatus(due, today, done, await requestCalendar(ctx));
    return { dueOn: due, provisional, state: s.state, workingDaysLeft: s.workingDaysLeft };
  } catch (e) {
    if (!isDomainError(e)) throw e;
    const state = done ? (done <= due ? 'ON_TIME' : 'LATE') : today <= due ? 'PENDING' : 'OVERDUE';
    return { dueOn: due, provisional, state, workingDaysLeft: null };
  }
}
