// What an audit event's snapshots mean to a reader (issue 15: "names the record, not its id; who changed what,
// field by field"): the record an event is about by its name, and each field of the before/after snapshots with its
// enum (so the admin shows 已发布, not PUBLISHED) or the record it references (so it shows 矿产资源管理科, not a cuid).
//
// Names are looked up once per request and record, batched per model (DataLoader): a page of 25 events is one
// query per model it mentions, not one per event. A record deleted since is named from its last snapshot.
import DataLoader from 'dataloader';
import type { PrismaClient } from '@ssj/db';
import { getDatamodel } from '@ssj/db/pothos-types';
import type { Context } from './context.ts';

// biome-ignore lint/suspicious/noExplicitAny: each model's rows have their own shape; `name` reads only its `select`.
type Row = any;
type Naming = { model: string; select: Record<string, unknown>; name: (r: Row) => string };

const taskTargetSelect = { task: { select: { code: true } }, target: { select: { name: true } } };
const taskTargetName = (tt: Row) => `${tt.target.name} · ${tt.task.code}`;
const memberName = (m: Row) => m.inspector?.name ?? m.expert?.name ?? '';

/** How a record of each audited entity is named. The key is the audit event's `entity`; ApiToken is a Session. */
const NAMING: Record<string, Naming> = {
  Unit: { model: 'unit', select: { name: true }, name: (r) => r.name },
  User: { model: 'user', select: { name: true, username: true }, name: (r) => `${r.name}（${r.username}）` },
  CheckItem: { model: 'checkItem', select: { code: true, name: true }, name: (r) => `${r.code} ${r.name}` },
  Form: { model: 'form', select: { code: true, name: true }, name: (r) => `${r.code} ${r.name}` },
  TargetLibrary: { model: 'targetLibrary', select: { name: true }, name: (r) => r.name },
  Target: { model: 'target', select: { name: true }, name: (r) => r.name },
  Inspector: { model: 'inspector', select: { name: true }, name: (r) => r.name },
  Expert: { model: 'expert', select: { name: true }, name: (r) => r.name },
  Plan: { model: 'plan', select: { title: true }, name: (r) => r.title },
  PlanItem: {
    model: 'planItem',
    select: { plan: { select: { title: true } }, checkItem: { select: { name: true } } },
    name: (r) => `${r.plan.title} · ${r.checkItem.name}`,
  },
  Task: { model: 'task', select: { code: true, name: true }, name: (r) => `${r.code} ${r.name}` },
  TaskClass: { model: 'taskClass', select: { label: true, task: { select: { code: true } } }, name: (r) => `${r.task.code} · ${r.label}` },
  Draw: {
    model: 'draw',
    select: { sequence: true, task: { select: { code: true, name: true } } },
    name: (r) => `${r.task.code} ${r.task.name} #${r.sequence}`,
  },
  Team: {
    model: 'team',
    select: { visit: { select: { target: { select: { name: true } } } }, draw: { select: { task: { select: { code: true } } } } },
    name: (r) => (r.draw ? `${r.visit.target.name} · ${r.draw.task.code}` : r.visit.target.name),
  },
  TeamMember: { model: 'teamMember', select: { inspector: { select: { name: true } }, expert: { select: { name: true } } }, name: memberName },
  TaskTarget: { model: 'taskTarget', select: taskTargetSelect, name: taskTargetName },
  Result: { model: 'result', select: { taskTarget: { select: taskTargetSelect } }, name: (r) => taskTargetName(r.taskTarget) },
  FollowUp: {
    model: 'followUp',
    select: { result: { select: { taskTarget: { select: taskTargetSelect } } } },
    name: (r) => taskTargetName(r.result.taskTarget),
  },
  Correction: {
    model: 'correction',
    select: { result: { select: { taskTarget: { select: taskTargetSelect } } } },
    name: (r) => taskTargetName(r.result.taskTarget),
  },
  Review: { model: 'review', select: { result: { select: { taskTarget: { select: taskTargetSelect } } } }, name: (r) => taskTargetName(r.result.taskTarget) },
  Transfer: { model: 'transfer', select: { taskTarget: { select: taskTargetSelect } }, name: (r) => taskTargetName(r.taskTarget) },
  ConflictOfInterest: {
    model: 'conflictOfInterest',
    select: { inspector: { select: { name: true } }, target: { select: { name: true } } },
    name: (r) => `${r.inspector.name} · ${r.target.name}`,
  },
  ReplacementRequest: {
    model: 'replacementRequest',
    select: { task: { select: { code: true } }, member: { select: { inspector: { select: { name: true } }, expert: { select: { name: true } } } } },
    name: (r) => `${memberName(r.member)} · ${r.task.code}`,
  },
  DirectoryConfirmation: { model: 'directoryConfirmation', select: { unit: { select: { name: true } } }, name: (r) => r.unit.name },
  Session: {
    model: 'session',
    select: { name: true, user: { select: { name: true, username: true } } },
    name: (r) => r.name ?? `${r.user.name}（${r.user.username}）`,
  },
  ApiToken: {
    model: 'session',
    select: { name: true, user: { select: { name: true, username: true } } },
    name: (r) => r.name ?? `${r.user.name}（${r.user.username}）`,
  },
};

/** Entities whose id is already what a reader would call them (a date, a year, a setting's key). */
const SELF_NAMED = new Set(['CalendarEntry', 'CalendarYear', 'Setting', 'LoginThrottle', 'System']);

// Generated ids are cuids (25 characters); anything else in an id field names nothing we could look up.
const lookupable = (id: string) => /^[a-z0-9]{20,32}$/.test(id);

type Key = { entity: string; id: string };

function loader(prisma: PrismaClient) {
  return new DataLoader<Key, string | null, string>(
    async (keys) => {
      const byEntity = new Map<string, string[]>();
      for (const k of keys) byEntity.set(k.entity, [...(byEntity.get(k.entity) ?? []), k.id]);
      const names = new Map<string, string>();
      await Promise.all(
        [...byEntity].map(async ([entity, ids]) => {
          const naming = NAMING[entity]!;
          const delegate = (prisma as unknown as Record<string, { findMany(a: unknown): Promise<Row[]> }>)[naming.model]!;
          const rows = await delegate.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, ...naming.select } });
          for (const r of rows) names.set(`${entity}:${r.id}`, naming.name(r));
        }),
      );
      return keys.map((k) => names.get(`${k.entity}:${k.id}`) ?? null);
    },
    { cacheKeyFn: (k) => `${k.entity}:${k.id}`, maxBatchSize: 500 },
  );
}

const loaders = new WeakMap<Context, ReturnType<typeof loader>>();

/** The name of a record, or null when the entity has no naming, the id is not a record's, or it is gone. */
export async function recordName(ctx: Context, entity: string, id: string | null | undefined): Promise<string | null> {
  if (!id || SELF_NAMED.has(entity) || !NAMING[entity] || !lookupable(id)) return null;
  let l = loaders.get(ctx);
  if (!l) {
    l = loader(ctx.prisma);
    loaders.set(ctx, l);
  }
  return l.load({ entity, id });
}

/** A name kept in a snapshot, for a record deleted since (its last `before`). */
export function snapshotName(snapshot: unknown): string | null {
  if (!snapshot || typeof snapshot !== 'object' || Array.isArray(snapshot)) return null;
  const s = snapshot as Record<string, unknown>;
  for (const k of ['name', 'title', 'label', 'code', 'username']) if (typeof s[k] === 'string' && s[k]) return s[k] as string;
  return null;
}

// ——— the fields of a snapshot ————————————————————————————————————————————————————

export type FieldMeaning = { enum: string | null; reference: string | null };

const datamodel = getDatamodel().datamodel.models;

/** Per entity, what each stored field is: an enum (by its name) or a reference (to which entity). */
const MEANINGS = new Map<string, Map<string, FieldMeaning>>();
for (const [model, { fields }] of Object.entries(datamodel)) {
  const m = new Map<string, FieldMeaning>();
  for (const f of fields) if (f.kind === 'enum') m.set(f.name, { enum: f.type, reference: null });
  for (const f of fields) {
    const from = f.kind === 'object' && 'relationFromFields' in f ? (f.relationFromFields ?? []) : [];
    if (from.length === 1 && NAMING[f.type]) m.set(from[0]!, { enum: null, reference: f.type });
  }
  // Who did a step is kept as a bare user id where the schema has no relation for it (handedOverById, …).
  for (const f of fields) if (f.kind === 'scalar' && f.name.endsWith('ById') && !m.has(f.name)) m.set(f.name, { enum: null, reference: 'User' });
  MEANINGS.set(model, m);
}
MEANINGS.set('ApiToken', MEANINGS.get('Session') ?? new Map());

export function fieldMeaning(entity: string, field: string): FieldMeaning {
  return MEANINGS.get(entity)?.get(field) ?? { enum: null, reference: null };
}

// Hashes and other secrets never carry meaning for a reader of the trail.
const HIDDEN = new Set(['passwordHash', 'tokenHash']);

export type AuditChange = {
  field: string;
  enum: string | null;
  reference: string | null;
  before: unknown;
  after: unknown;
  beforeName: string | null;
  afterName: string | null;
  /** The field is in the snapshot before / after (an update's `after` may hold only what it set). */
  inBefore: boolean;
  inAfter: boolean;
  changed: boolean;
};

const asObject = (v: unknown): Record<string, unknown> | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The snapshots' fields, in their recorded order: each with its meaning, the names of the records it references,
 * and whether it changed (only when there is both a before and an after: a creation or deletion changes nothing
 * field by field, it is the record). An update may snapshot only what it read and set: a field its `after` leaves
 * out was not touched; one only its `after` holds was set by it.
 */
export async function auditChanges(ctx: Context, entity: string, before: unknown, after: unknown): Promise<AuditChange[]> {
  const b = asObject(before);
  const a = asObject(after);
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].filter((f) => !HIDDEN.has(f));
  return Promise.all(
    fields.map(async (field) => {
      const meaning = fieldMeaning(entity, field);
      const name = (v: unknown) => (meaning.reference && typeof v === 'string' ? recordName(ctx, meaning.reference, v) : null);
      const [beforeName, afterName] = await Promise.all([name(b?.[field]), name(a?.[field])]);
      const inBefore = !!b && field in b;
      const inAfter = !!a && field in a;
      return {
        field,
        ...meaning,
        before: b?.[field] ?? null,
        after: a?.[field] ?? null,
        beforeName,
        afterName,
        inBefore,
        inAfter,
        changed: !!b && inAfter && (!inBefore || !same(b[field], a[field])),
      };
    }),
  );
}
