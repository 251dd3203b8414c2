// The working-day countdown of a statutory deadline (rules 20, 22) as a translation key, its arguments and a
// chip colour — pure, so test/unit/countdown.test.ts checks it without a browser.

import type { DeadlineState, Deadline as DeadlineType } from '@ssj/graphql-types';
import type { RecordOf } from '../dataProvider/records';

export type { DeadlineState };
/** `provisional`: counted through a year whose working-day calendar is not declared yet (rule 20, 暂定). */
export type Deadline = RecordOf<DeadlineType>;

export type CountdownLabel = {
  /** Translation key under `countdown.*`. */
  key: string;
  args: Record<string, string | number>;
  color: 'default' | 'success' | 'warning' | 'error' | 'info';
  /** Grey once done (on time or late): the countdown no longer runs. */
  done: boolean;
  /** The due date may still move: shown with a 暂定 mark (countdown.provisional) until its year is declared. */
  provisional: boolean;
};

/** A few working days left reads as a warning. */
export const SOON_DAYS = 5;

export function countdownLabel(d: Deadline): CountdownLabel {
  return { ...stateLabel(d), provisional: d.provisional };
}

function stateLabel(d: Deadline): Omit<CountdownLabel, 'provisional'> {
  const left = d.workingDaysLeft;
  if (d.state === 'ON_TIME') return { key: 'countdown.on_time', args: { dueOn: d.dueOn }, color: 'default', done: true };
  if (d.state === 'LATE') return { key: 'countdown.late', args: { dueOn: d.dueOn }, color: 'default', done: true };
  if (d.state === 'OVERDUE') {
    // A year without a holiday schedule (rule 20): the server knows it is past due but not by how many working days.
    if (left === null) return { key: 'countdown.overdue_unknown', args: { dueOn: d.dueOn }, color: 'error', done: false };
    return { key: 'countdown.overdue', args: { smart_count: Math.max(1, -left), dueOn: d.dueOn }, color: 'error', done: false };
  }
  if (left === null) return { key: 'countdown.no_calendar', args: { dueOn: d.dueOn }, color: 'warning', done: false };
  if (left <= 0) return { key: 'countdown.due_today', args: { dueOn: d.dueOn }, color: 'error', done: false };
  return { key: 'countdown.left', args: { smart_count: left, dueOn: d.dueOn }, color: left <= SOON_DAYS ? 'warning' : 'info', done: false };
}
