// The query conditions that select records for a rule (public draws and plans, published and overdue results,
// overdue reviews): each one against its predicate at the edges — the due day itself, a missing date, a state
// on either side of the line.
import { describe, expect, it } from 'vitest';
import {
  DISPATCHED_DRAWS,
  DRAW_STATES,
  drawIsPublic,
  meets,
  objectionAdmission,
  overdueResults,
  overdueReviews,
  PLAN_STATES,
  PUBLIC_PLANS,
  PUBLISHED_DRAWS,
  PUBLISHED_RESULTS,
  planIsPublic,
  REPORTED_CLOSURES,
  RESULT_STATES,
  resultIsPublished,
  resultOverdue,
  reviewOverdue,
  TASK_TARGET_STATES,
} from '../index.ts';

const AT = new Date('2026-03-02T08:00:00Z');

describe('meets', () => {
  const c = { status: ['A', 'B'], recorded: ['at'], before: { field: 'due', day: '2026-03-10' } } as const;
  it('holds only when the status, every recorded date and the day bound hold', () => {
    expect(meets(c, { status: 'A', at: AT, due: '2026-03-09' })).toBe(true);
    expect(meets(c, { status: 'C' as 'A', at: AT, due: '2026-03-09' })).toBe(false);
    expect(meets(c, { status: 'B', at: null, due: '2026-03-09' })).toBe(false);
    expect(meets(c, { status: 'B', at: AT, due: '2026-03-10' })).toBe(false); // the day itself is not before
    expect(meets(c, { status: 'B', at: AT, due: null })).toBe(false); // no date is never before a day
    expect(meets(c, { status: 'B', at: AT, due: new Date('2026-03-09T00:00:00Z') })).toBe(true);
  });
});

describe('rule 17, 26: the draws and plans the public sees', () => {
  it('publishes locked and superseded draws, of public tasks only', () => {
    expect(DRAW_STATES.filter((s) => meets(PUBLISHED_DRAWS, { status: s }))).toEqual(['LOCKED', 'SUPERSEDED']);
    expect(drawIsPublic({ status: 'LOCKED', task: { isPublic: true } })).toBe(true);
    expect(drawIsPublic({ status: 'SUPERSEDED', task: { isPublic: true } })).toBe(true);
    expect(drawIsPublic({ status: 'DRAWN', task: { isPublic: true } })).toBe(false);
    expect(drawIsPublic({ status: 'LOCKED', task: { isPublic: false } })).toBe(false);
  });
  it('shows filed plans, never drafts', () => {
    expect(PLAN_STATES.filter((s) => planIsPublic({ status: s }))).toEqual(['FILED']);
    expect(PUBLIC_PLANS.status).toEqual(['FILED']);
  });
});

describe('rules 13, 15, 23: the dispatched draw, and the closures reported to the city', () => {
  it('dispatches from the locked draw only (its seed ranks the teams)', () => {
    expect(DRAW_STATES.filter((s) => meets(DISPATCHED_DRAWS, { status: s }))).toEqual(['LOCKED']);
  });
  it('reports targets closed without inspection and those transferred, not pending or inspected ones', () => {
    expect(TASK_TARGET_STATES.filter((s) => meets(REPORTED_CLOSURES, { status: s }))).toEqual(['CLOSED_UNREACHABLE', 'CLOSED_DEREGISTERED', 'TRANSFERRED']);
  });
});

describe('rules 21, 22: a published result, and the objection it admits', () => {
  it('is PUBLISHED with its publication time recorded', () => {
    expect(RESULT_STATES.filter((s) => resultIsPublished({ status: s, publishedAt: AT }))).toEqual(['PUBLISHED']);
    expect(resultIsPublished({ status: 'PUBLISHED', publishedAt: null })).toBe(false);
    expect(PUBLISHED_RESULTS).toEqual({ status: ['PUBLISHED'], recorded: ['publishedAt'] });
  });
  it('admits an objection only against a published result', () => {
    expect(objectionAdmission({ status: 'PUBLISHED', publishedAt: AT })).toEqual({ ok: true });
    for (const s of RESULT_STATES.filter((x) => x !== 'PUBLISHED'))
      expect(objectionAdmission({ status: s, publishedAt: AT })).toEqual({ ok: false, code: 'REVIEW.RESULT_NOT_PUBLISHED' });
    expect(objectionAdmission({ status: 'PUBLISHED', publishedAt: null })).toEqual({ ok: false, code: 'REVIEW.RESULT_NOT_PUBLISHED' });
  });
});

describe('rule 20: overdue results', () => {
  const today = '2026-03-10';
  it('are unpublished and due before today; the due day itself is in time', () => {
    expect(overdueResults(today)).toEqual({ status: ['NOT_ENTERED', 'PENDING_REVIEW', 'RETURNED', 'APPROVED'], before: { field: 'dueOn', day: today } });
    expect(resultOverdue({ status: 'NOT_ENTERED', dueOn: '2026-03-09' }, today)).toBe(true);
    expect(resultOverdue({ status: 'APPROVED', dueOn: new Date('2026-03-09T00:00:00Z') }, today)).toBe(true);
    expect(resultOverdue({ status: 'NOT_ENTERED', dueOn: '2026-03-10' }, today)).toBe(false);
    expect(resultOverdue({ status: 'PUBLISHED', dueOn: '2026-01-01' }, today)).toBe(false);
    expect(resultOverdue({ status: 'NOT_ENTERED', dueOn: null }, today)).toBe(false);
  });
});

describe('rule 22: overdue reviews', () => {
  const today = '2026-03-10';
  const late = '2026-03-09';
  it('wait for the decision after reviewDueOn, or for the feedback after feedbackDueOn', () => {
    expect(overdueReviews(today)).toEqual([
      { status: ['RECEIVED'], before: { field: 'reviewDueOn', day: today } },
      { status: ['DECIDED'], before: { field: 'feedbackDueOn', day: today } },
    ]);
    expect(reviewOverdue({ status: 'RECEIVED', reviewDueOn: late, feedbackDueOn: null }, today)).toBe(true);
    expect(reviewOverdue({ status: 'RECEIVED', reviewDueOn: today, feedbackDueOn: null }, today)).toBe(false);
    expect(reviewOverdue({ status: 'DECIDED', reviewDueOn: late, feedbackDueOn: today }, today)).toBe(false); // decided: its review deadline no longer counts
    expect(reviewOverdue({ status: 'DECIDED', reviewDueOn: today, feedbackDueOn: late }, today)).toBe(true);
    expect(reviewOverdue({ status: 'FED_BACK', reviewDueOn: late, feedbackDueOn: late }, today)).toBe(false);
  });
});
