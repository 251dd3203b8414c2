// Retire, not delete: a record others point at (a unit, a checklist item, a library, a target drawn or checked, an
// inspector or expert who served on a team) stays readable as history and is only marked retired (G4, 全程留痕). The
// six `deleteX` mutations of the directories all go through `retireRecord`, so loading, the unit check, the
// "delete if never used" shortcut, the write and the audit happen in one order everywhere.
import type PrismaTypes from '@ssj/db/pothos-types';
import type { Prisma } from '@ssj/db/client';
import { audit } from './audit.ts';
import { clock } from './clock.ts';
import type { Context } from './context.ts';
import { notFound } from './errors.ts';

type Retirable = 'Unit' | 'CheckItem' | 'TargetLibrary' | 'Target' | 'Inspector' | 'Expert';
type Shape<Name extends Retirable> = PrismaTypes[Name]['Shape'];
type Delegate = {
  findUnique(a: unknown): Promise<Record<string, unknown> | null>;
  findUniqueOrThrow(a: unknown): Promise<unknown>;
  update(a: unknown): Promise<Record<string, unknown>>;
  delete(a: unknown): Promise<unknown>;
};

export type RetireSpec<Name extends Retirable> = {
  model: Name;
  /** The record's Chinese name, for "not found". */
  label: string;
  /** Loaded with the record and kept in the audit's "before" (e.g. a checklist item's remit units). */
  include?: Record<string, unknown>;
  /**
   * The relations that make a record history. When given and all are empty, the record was never used and is
   * deleted outright (audit `deleteX`); otherwise it is retired (audit `retireX`). Without it, always retired.
   */
  usedBy?: string[];
  /** Refuses before anything is written: the unit check (rule 3) or a record that may not go. */
  check?: (record: Shape<Name>, ctx: Context) => void;
  /** The unit the audit event belongs to (default: the actor's). */
  unitOf?: (record: Shape<Name>) => string | null;
  /** More columns to change on retiring (an inspector stops being drawable, a checklist item gets a version). */
  data?: (record: Shape<Name>) => Record<string, unknown>;
  /** Writes that go with retiring, before the audit (a checklist item's RETIRE version). */
  afterRetire?: (tx: Prisma.TransactionClient, before: Shape<Name>, after: Shape<Name>) => Promise<unknown>;
};

/**
 * `deleteX` for a directory record: in one transaction, load → check → delete when never used, else retire (once:
 * retiring a retired record changes nothing and audits nothing) → audit. Answers the record as the query selects it.
 */
export function retireRecord<Name extends Retirable>(ctx: Context, query: object, id: string, spec: RetireSpec<Name>): Promise<Shape<Name>> {
  const delegateOf = (tx: Prisma.TransactionClient) => (tx as unknown as Record<string, Delegate>)[spec.model.charAt(0).toLowerCase() + spec.model.slice(1)]!;
  const counts = spec.usedBy ? { _count: { select: Object.fromEntries(spec.usedBy.map((r) => [r, true])) } } : {};
  const include = { ...spec.include, ...counts };
  return ctx.prisma.$transaction(async (tx) => {
    const db = delegateOf(tx);
    const loaded = await db.findUnique({ where: { id }, ...(Object.keys(include).length ? { include } : {}) });
    if (!loaded) throw notFound(spec.label);
    const { _count, ...rest } = loaded as { _count?: Record<string, number> };
    const record = rest as Shape<Name>;
    spec.check?.(record, ctx);
    const unitId = spec.unitOf?.(record);
    const shown = () => db.findUniqueOrThrow({ ...query, where: { id } }) as Promise<Shape<Name>>;
    if (_count && Object.values(_count).every((n) => n === 0)) {
      const answer = await shown();
      await db.delete({ where: { id } });
      await audit(tx, ctx, { action: `delete${spec.model}`, entity: spec.model, entityId: id, unitId, before: record });
      return answer;
    }
    if ((record as { retiredAt: Date | null }).retiredAt) return shown();
    const after = (await db.update({ where: { id }, data: { retiredAt: clock.now(), ...spec.data?.(record) } })) as Shape<Name>;
    await spec.afterRetire?.(tx, record, after);
    await audit(tx, ctx, { action: `retire${spec.model}`, entity: spec.model, entityId: id, unitId, before: record, after });
    return shown();
  });
}
