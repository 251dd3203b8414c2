// A query condition on a record's status and dates, free of any query language, so that a rule that selects
// records ("the draws the public may see", "the results past their due date") is decided here and the API only
// maps it to its ORM's where (apps/api/src/statusWhere.ts). Each condition has a predicate beside it that says
// the same of one loaded record; the domain tests hold the two together.

import { isoDay } from '../publication.ts';

/** All parts hold: the status is one of `status`, every date in `recorded` is set, and `before.field` < `before.day`. */
export interface StatusCondition<S extends string, D extends string = never> {
  /** The record's status is one of these. */
  readonly status: readonly S[];
  /** These dates are recorded (not null). */
  readonly recorded?: readonly D[];
  /** This date (a calendar day) lies strictly before `day` (an ISO day, yyyy-mm-dd). */
  readonly before?: { readonly field: D; readonly day: string };
}

type Day = Date | string | null | undefined;
const dayOf = (d: Day): string | null => (d == null ? null : typeof d === 'string' ? d.slice(0, 10) : isoDay(d));

/** Whether one record meets `c` (the predicate the where-description stands for). */
export function meets<S extends string, D extends string>(c: StatusCondition<S, D>, record: { status: S } & Partial<Record<D, Day>>): boolean {
  if (!c.status.includes(record.status)) return false;
  for (const f of c.recorded ?? []) if (record[f] == null) return false;
  if (c.before) {
    const v = dayOf(record[c.before.field]);
    if (v === null || !(v < c.before.day)) return false;
  }
  return true;
}

/** Whether one record meets any of `cs` (an OR of conditions). */
export function meetsAny<S extends string, D extends string>(cs: readonly StatusCondition<S, D>[], record: { status: S } & Partial<Record<D, Day>>): boolean {
  return cs.some((c) => meets(c, record));
}
