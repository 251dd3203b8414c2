// The shape every lifecycle in this folder shares: a table of actions, each naming the states it starts from,
// the state it leads to, the party that takes it and the refusal (an existing API code) when the record is in
// another state. Pure data plus two small readers; the modules beside this one hold the tables.

/**
 * The parties an action may belong to. The API computes which of them the signed-in user is (plain booleans, see
 * `Actor`); the domain only reads them.
 * - OWNER_UNIT: writes for the unit that owns the record (a plan's unit, the unit that set up a task) — rule 3;
 * - EXECUTING_UNIT: writes for the unit that carries out a task (rule 3, G15);
 * - RESPONSIBLE_UNIT: writes for the unit answering for a result (the executing unit, or the unit it was moved to);
 * - LEAD_ADMIN: an administrator of the lead unit (行政许可科) — rule 9 campaign exemptions;
 * - PRINCIPAL: the principal (负责人) of the responsible unit — rule 21 corrections;
 * - NAMED_APPROVER: the approver a replacement request names — rule 16.
 */
export type Party = 'OWNER_UNIT' | 'EXECUTING_UNIT' | 'RESPONSIBLE_UNIT' | 'LEAD_ADMIN' | 'PRINCIPAL' | 'NAMED_APPROVER';

/** Which parties the signed-in user is, for one record. A missing party counts as "no". */
export type Actor = Partial<Record<Party, boolean>>;

/** One row of a lifecycle table. */
export interface TransitionRule<S extends string, C extends string> {
  /** The states the action may start from. */
  readonly from: readonly S[];
  /** The state after the action; absent when the action changes no state (an edit, a deletion, work inside a state). */
  readonly to?: S;
  /** Who takes the action. */
  readonly by: Party;
  /** The refusal when the record is in another state … */
  readonly refusal: C;
  /** … unless this names a more precise one for that state (e.g. "already announced" for a task that is READY). */
  readonly refusalIn?: Partial<Record<S, C>>;
}

export type LifecycleTable<S extends string, A extends string, C extends string> = Readonly<Record<A, TransitionRule<S, C>>>;

export type Verdict<S extends string, C extends string> = { ok: true; from: S; to: S } | { ok: false; code: C; from: S };

/** The state check of one action: ok with the state it leads to, or the table's refusal for `status`. */
export function decide<S extends string, A extends string, C extends string>(table: LifecycleTable<S, A, C>, action: A, status: S): Verdict<S, C> {
  const rule = table[action];
  if (rule.from.includes(status)) return { ok: true, from: status, to: rule.to ?? status };
  return { ok: false, code: rule.refusalIn?.[status] ?? rule.refusal, from: status };
}

/** Whether `actor` is the party `action` belongs to. */
export function isParty<S extends string, A extends string, C extends string>(table: LifecycleTable<S, A, C>, action: A, actor: Actor): boolean {
  return actor[table[action].by] === true;
}

/** Whether `actor` may take `action` on a record in `status` as far as state and party go (for "can I?" flags). */
export function mayTake<S extends string, A extends string, C extends string>(table: LifecycleTable<S, A, C>, action: A, status: S, actor: Actor): boolean {
  return isParty(table, action, actor) && decide(table, action, status).ok;
}

/** The actions a record in `status` allows (for anyone), in the table's order. */
export function actionsFrom<S extends string, A extends string, C extends string>(table: LifecycleTable<S, A, C>, status: S): A[] {
  return (Object.keys(table) as A[]).filter((a) => table[a].from.includes(status));
}

/** The states from which any of `actions` may be taken (to narrow a database query to what may be actionable). */
export function statesAllowing<S extends string, A extends string, C extends string>(table: LifecycleTable<S, A, C>, ...actions: A[]): S[] {
  return [...new Set(actions.flatMap((a) => table[a].from))];
}
