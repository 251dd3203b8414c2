// The one mapping from the domain's query conditions (packages/domain/src/lifecycles/condition.ts) to Prisma
// wheres: the domain decides which records a rule selects, this file only spells it in Prisma's words.
import type { StatusCondition } from '@ssj/domain';
import { toDateColumn } from './dateColumn.ts';

/**
 * `c` as a Prisma where for a model whose status field is `status` and whose named dates are fields of the same
 * name. `W` is the model's WhereInput; the caller names it (the shape is checked by the domain's field names).
 */
export function statusWhere<W>(c: StatusCondition<string, string>): W {
  const where: Record<string, unknown> = { status: c.status.length === 1 ? c.status[0] : { in: [...c.status] } };
  for (const f of c.recorded ?? []) where[f] = { not: null };
  if (c.before) where[c.before.field] = { lt: toDateColumn(c.before.day) };
  return where as W;
}

/** Any of `cs` (an OR of conditions). */
export function anyStatusWhere<W>(cs: readonly StatusCondition<string, string>[]): W {
  return { OR: cs.map((c) => statusWhere<W>(c)) } as W;
}
