// Rules 13, 17: the draw lifecycle, every state × action pair, and the commands over task and draw (a locked
// draw is not redrawn, a drawn task is not drawn again, a draw of another kind is not locked).
import { describe, expect, it } from 'vitest';
import {
  DRAW_ACTIONS,
  DRAW_STATES,
  type DrawAction,
  type DrawState,
  drawAnnouncement,
  drawIsPublished,
  drawLock,
  drawTransition,
  mayLockDraw,
  redraw,
  TASK_STATES,
  targetDraw,
} from '../index.ts';

const EXPECTED: Record<DrawState, Record<DrawAction, string>> = {
  DRAWN: { LOCK: 'LOCKED', SUPERSEDE: 'SUPERSEDED' },
  LOCKED: { LOCK: 'DRAW.NOT_LOCKABLE', SUPERSEDE: 'DRAW.LOCKED_NO_REDRAW' },
  SUPERSEDED: { LOCK: 'DRAW.NOT_LOCKABLE', SUPERSEDE: 'DRAW.LOCKED_NO_REDRAW' },
};

describe('draw lifecycle (rules 13, 17)', () => {
  const pairs = DRAW_STATES.flatMap((s) => DRAW_ACTIONS.map((a) => [s, a, EXPECTED[s][a]] as const));
  it.each(pairs)('%s × %s → %s', (state, action, expected) => {
    const v = drawTransition(state, action);
    expect(v.ok ? v.to : v.code).toBe(expected);
  });

  it('publishes locked and superseded draws, not a draw waiting for its lock', () => {
    expect(DRAW_STATES.filter(drawIsPublished)).toEqual(['LOCKED', 'SUPERSEDED']);
  });

  it('announces a task being set up that has classes', () => {
    expect(drawAnnouncement({ status: 'DRAFT', classCount: 1 })).toEqual({ ok: true, to: 'READY' });
    expect(drawAnnouncement({ status: 'DRAFT', classCount: 0 })).toEqual({ ok: false, code: 'DRAW.NO_CLASSES' });
    expect(drawAnnouncement({ status: 'READY', classCount: 0 })).toEqual({ ok: false, code: 'DRAW.ALREADY_ANNOUNCED' });
    expect(drawAnnouncement({ status: 'DRAWN', classCount: 1 })).toEqual({ ok: false, code: 'TASK.NOT_EDITABLE' });
  });

  it('draws an announced task once', () => {
    const secret = { serverSecret: 's', seedCommitment: 'c' };
    expect(targetDraw({ status: 'READY', ...secret })).toEqual({ ok: true, to: 'DRAWN', ...secret });
    expect(targetDraw({ status: 'READY', serverSecret: null, seedCommitment: 'c' })).toEqual({ ok: false, code: 'DRAW.ALREADY_DRAWN' });
    expect(targetDraw({ status: 'READY', serverSecret: 's', seedCommitment: null })).toEqual({ ok: false, code: 'DRAW.ALREADY_DRAWN' });
    expect(targetDraw({ status: 'DRAFT', serverSecret: null, seedCommitment: null })).toEqual({ ok: false, code: 'DRAW.NOT_ANNOUNCED' });
    expect(targetDraw({ status: 'DRAWN', ...secret })).toEqual({ ok: false, code: 'DRAW.ALREADY_DRAWN' });
  });

  it('redraws only an unlocked draw of a drawn task; a locked draw cannot be redrawn', () => {
    expect(redraw({ status: 'DRAWN' }, { status: 'DRAWN', id: 'd1' })).toEqual({
      ok: true,
      task: 'READY',
      draw: 'SUPERSEDED',
      latest: { status: 'DRAWN', id: 'd1' },
    });
    expect(redraw({ status: 'DRAFT' }, null)).toEqual({ ok: false, code: 'DRAW.NOTHING_TO_REDRAW' });
    expect(redraw({ status: 'DISPATCHED' }, { status: 'LOCKED' })).toEqual({ ok: false, code: 'DRAW.LOCKED_NO_REDRAW' });
    expect(redraw({ status: 'READY' }, { status: 'SUPERSEDED' })).toEqual({ ok: false, code: 'DRAW.LOCKED_NO_REDRAW' });
    for (const s of TASK_STATES.filter((x) => x !== 'DRAWN')) {
      expect(redraw({ status: s }, { status: 'DRAWN' })).toEqual({ ok: false, code: 'DRAW.LOCKED_NO_REDRAW' });
    }
  });

  it('locks a target draw that is drawn, of a drawn task, once', () => {
    const d = { kind: 'TARGETS' as const, status: 'DRAWN' as const, task: { status: 'DRAWN' as const } };
    expect(drawLock(d)).toEqual({ ok: true, draw: 'LOCKED', task: 'DISPATCHED' });
    expect(drawLock({ ...d, status: 'LOCKED', task: { status: 'DISPATCHED' } })).toEqual({ ok: false, code: 'DRAW.NOT_LOCKABLE' });
    expect(drawLock({ ...d, kind: 'INSPECTORS' })).toEqual({ ok: false, code: 'DRAW.NOT_LOCKABLE' });
    expect(drawLock({ ...d, task: { status: 'READY' } })).toEqual({ ok: false, code: 'DRAW.NOT_LOCKABLE' });
    expect(drawLock({ ...d, status: 'SUPERSEDED' })).toEqual({ ok: false, code: 'DRAW.NOT_LOCKABLE' });
    expect(mayLockDraw(d, { OWNER_UNIT: true })).toBe(true);
    expect(mayLockDraw(d, { EXECUTING_UNIT: true })).toBe(false);
  });
});
