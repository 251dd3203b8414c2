// Rules 13, 17 (G16, G17): the life of a target draw and the commands that move a task through it. A draw is made
// (DRAWN, visible to its unit), then either locked — the list is dispatched and the draw published — or, with a
// reason, superseded by a re-draw; a superseded draw stays on record and is published too. A locked list is
// never redrawn.
//
//   DRAWN ──LOCK──▶ LOCKED
//     └──SUPERSEDE──▶ SUPERSEDED
//
// Each command checks both machines: the task's (task.ts) and, where there is one, the latest draw's.

import type { StatusCondition } from './condition.ts';
import { type Actor, decide, type LifecycleTable, mayTake, type Verdict } from './machine.ts';
import { type TaskRefusal, type TaskState, taskTransition } from './task.ts';

export const DRAW_STATES = ['DRAWN', 'LOCKED', 'SUPERSEDED'] as const;
export type DrawState = (typeof DRAW_STATES)[number];

export const DRAW_ACTIONS = ['LOCK', 'SUPERSEDE'] as const;
export type DrawAction = (typeof DRAW_ACTIONS)[number];

export type DrawRefusalCode = 'DRAW.NOT_LOCKABLE' | 'DRAW.LOCKED_NO_REDRAW';

/** Rules 13, 17: what may happen to a draw record, by the unit that owns the task. */
export const DRAW_LIFECYCLE: LifecycleTable<DrawState, DrawAction, DrawRefusalCode> = {
  LOCK: { from: ['DRAWN'], to: 'LOCKED', by: 'OWNER_UNIT', refusal: 'DRAW.NOT_LOCKABLE' },
  SUPERSEDE: { from: ['DRAWN'], to: 'SUPERSEDED', by: 'OWNER_UNIT', refusal: 'DRAW.LOCKED_NO_REDRAW' },
};

/** Rule 17: draws the public may read (announcement, candidates, receipt): locked ones and those they replaced. */
export const PUBLISHED_DRAW_STATES: readonly DrawState[] = ['LOCKED', 'SUPERSEDED'];

export function drawTransition(status: DrawState, action: DrawAction): Verdict<DrawState, DrawRefusalCode> {
  return decide(DRAW_LIFECYCLE, action, status);
}

/** Rule 17: whether a draw is published (to anyone, when its task is public). */
export function drawIsPublished(status: DrawState): boolean {
  return PUBLISHED_DRAW_STATES.includes(status);
}

/** Rule 17: the published draws, as a query condition (the API adds rule 26's public task, see `drawIsPublic`). */
export const PUBLISHED_DRAWS: StatusCondition<DrawState> = { status: PUBLISHED_DRAW_STATES };

/**
 * Rules 13, 15: the draw a task's list was dispatched from — its locked target draw (a task has at most one). Its
 * seed also ranks the inspectors for the task's teams, so anyone can re-derive them.
 */
export const DISPATCHED_DRAWS: StatusCondition<DrawState> = { status: ['LOCKED'] };

/** Rules 17, 26: whether the public (no sign-in) may read a draw: a published draw of a task that is not withheld. */
export function drawIsPublic(d: { status: DrawState; task: { isPublic: boolean } }): boolean {
  return d.task.isPublic && drawIsPublished(d.status);
}

type Refused<C extends string> = { ok: false; code: C };

/** Rule 17 (announceDraw): a task being set up, with at least one class to draw for, commits to a server secret. */
export function drawAnnouncement(task: { status: TaskState; classCount: number }): { ok: true; to: TaskState } | Refused<TaskRefusal | 'DRAW.NO_CLASSES'> {
  const state = taskTransition(task.status, 'ANNOUNCE_DRAW');
  if (!state.ok) return { ok: false, code: state.code };
  if (task.classCount === 0) return { ok: false, code: 'DRAW.NO_CLASSES' };
  return { ok: true, to: state.to };
}

/**
 * Rules 11–13, 17 (drawTargets): an announced task, whose committed secret is still kept, is drawn. Returns the
 * secret and its commitment to draw with.
 */
export function targetDraw(task: {
  status: TaskState;
  serverSecret: string | null;
  seedCommitment: string | null;
}): { ok: true; to: TaskState; serverSecret: string; seedCommitment: string } | Refused<TaskRefusal> {
  const state = taskTransition(task.status, 'DRAW_TARGETS');
  if (!state.ok) return { ok: false, code: state.code };
  if (!task.serverSecret || !task.seedCommitment) return { ok: false, code: 'DRAW.ALREADY_DRAWN' };
  return { ok: true, to: state.to, serverSecret: task.serverSecret, seedCommitment: task.seedCommitment };
}

/**
 * Rules 13, 17 (redrawTargets): the task's latest target draw is set aside and the task waits for a new draw — only
 * when there is one and neither it nor the task is locked.
 */
export function redraw<D extends { status: DrawState }>(
  task: { status: TaskState },
  latest: D | null,
): { ok: true; task: TaskState; draw: DrawState; latest: D } | Refused<'DRAW.NOTHING_TO_REDRAW' | DrawRefusalCode | TaskRefusal> {
  if (!latest) return { ok: false, code: 'DRAW.NOTHING_TO_REDRAW' };
  const d = drawTransition(latest.status, 'SUPERSEDE');
  const t = taskTransition(task.status, 'REDRAW');
  if (!d.ok) return { ok: false, code: d.code };
  if (!t.ok) return { ok: false, code: t.code };
  return { ok: true, task: t.to, draw: d.to, latest };
}

/** Rule 13 (lockDraw): only a target draw that is drawn and not locked, of a task that is drawn, is locked. */
export function drawLock(draw: {
  kind: 'TARGETS' | 'INSPECTORS';
  status: DrawState;
  task: { status: TaskState };
}): { ok: true; draw: DrawState; task: TaskState } | Refused<'DRAW.NOT_LOCKABLE'> {
  const d = drawTransition(draw.status, 'LOCK');
  const t = taskTransition(draw.task.status, 'LOCK_DRAW');
  if (draw.kind !== 'TARGETS' || !d.ok || !t.ok) return { ok: false, code: 'DRAW.NOT_LOCKABLE' };
  return { ok: true, draw: d.to, task: t.to };
}

/** Whether `actor` may lock the draw now (the admin's button). */
export function mayLockDraw(draw: { kind: 'TARGETS' | 'INSPECTORS'; status: DrawState; task: { status: TaskState } }, actor: Actor): boolean {
  return mayTake(DRAW_LIFECYCLE, 'LOCK', draw.status, actor) && drawLock(draw).ok;
}
