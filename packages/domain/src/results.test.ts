import { describe, expect, it } from 'vitest';
import {
  correctedResult,
  entryProblems,
  followUpTransition,
  isViolation,
  resultTransition,
  reviewTransition,
  type ResultEntry,
  type ResultStatus,
} from './results.ts';

const complete: ResultEntry = {
  closedWithoutInspection: false,
  method: 'ON_SITE',
  inspectedOn: '2026-10-12',
  formId: 'form-1',
  outcome: 'NO_PROBLEM',
  followUpAction: 'NONE',
  findings: [
    { checkItemId: 'a', compliant: true, finding: '' },
    { checkItemId: 'b', compliant: true, finding: '符合' },
  ],
  checkItemIds: ['a', 'b'],
};

describe('result state flow (rule 22)', () => {
  it('walks 未录入 → 待审核 → 退回 → 待审核 → 通过 → 已公示', () => {
    let s: ResultStatus = 'NOT_ENTERED';
    for (const [action, next] of [
      ['SUBMIT', 'PENDING_REVIEW'],
      ['RETURN', 'RETURNED'],
      ['SUBMIT', 'PENDING_REVIEW'],
      ['APPROVE', 'APPROVED'],
      ['PUBLISH', 'PUBLISHED'],
    ] as const) {
      const t = resultTransition(s, action);
      expect(t).toEqual({ ok: true, status: next });
      s = next;
    }
  });

  it('refuses every action on a published result (rule 21: correct it instead)', () => {
    for (const action of ['EDIT', 'ATTACH_EVIDENCE', 'SUBMIT', 'RETURN', 'APPROVE', 'PUBLISH'] as const) {
      expect(resultTransition('PUBLISHED', action)).toMatchObject({ ok: false, code: 'RESULT.WRONG_STATE' });
    }
  });

  it('publishes only approved results and edits only unsubmitted or returned ones', () => {
    expect(resultTransition('PENDING_REVIEW', 'PUBLISH')).toMatchObject({ ok: false, allowedFrom: ['APPROVED'] });
    expect(resultTransition('PENDING_REVIEW', 'EDIT').ok).toBe(false);
    expect(resultTransition('APPROVED', 'EDIT').ok).toBe(false);
    expect(resultTransition('RETURNED', 'EDIT')).toEqual({ ok: true, status: 'RETURNED' });
  });

  it('takes evidence until the result is approved, without moving it (G30)', () => {
    for (const s of ['NOT_ENTERED', 'PENDING_REVIEW', 'RETURNED'] as const) expect(resultTransition(s, 'ATTACH_EVIDENCE')).toEqual({ ok: true, status: s });
    for (const s of ['APPROVED', 'PUBLISHED'] as const) expect(resultTransition(s, 'ATTACH_EVIDENCE')).toMatchObject({ ok: false, code: 'RESULT.WRONG_STATE' });
  });
});

describe('a complete entry (rules 18, 22, 24)', () => {
  it('accepts a complete inspected result', () => {
    expect(entryProblems(complete)).toEqual([]);
  });

  it('names every missing field and the check items without a finding', () => {
    const problems = entryProblems({
      ...complete,
      method: null,
      inspectedOn: null,
      formId: null,
      outcome: null,
      findings: [{ checkItemId: 'a', compliant: false, finding: '未按批准用途使用' }],
    });
    expect(problems.map((p) => p.field)).toEqual(['method', 'inspectedOn', 'formId', 'findings', 'outcome']);
    expect(problems.find((p) => p.field === 'findings')).toMatchObject({ missingCheckItemIds: ['b'] });
  });

  it('counts a finding left undecided (compliant null) as missing', () => {
    const problems = entryProblems({
      ...complete,
      findings: [
        { checkItemId: 'a', compliant: true, finding: null },
        { checkItemId: 'b', compliant: null, finding: '待查' },
      ],
    });
    expect(problems).toEqual([{ code: 'RESULT.INCOMPLETE', field: 'findings', missingCheckItemIds: ['b'] }]);
  });

  it('requires a follow-up action for a violation outcome and refuses one where nothing was found', () => {
    for (const outcome of ['FOLLOW_UP_PENDING', 'SERIOUS_REFUSAL', 'FALSIFICATION'] as const) {
      expect(entryProblems({ ...complete, outcome, followUpAction: 'NONE' })).toEqual([{ code: 'RESULT.FOLLOW_UP_REQUIRED', field: 'followUpAction' }]);
      expect(entryProblems({ ...complete, outcome, followUpAction: 'REFER_CASE' })).toEqual([]);
    }
    for (const outcome of ['NO_PROBLEM', 'NO_RELEVANT_ACTIVITY', 'UNREACHABLE'] as const) {
      expect(entryProblems({ ...complete, outcome, followUpAction: 'NOTIFY_DEPARTMENT' })).toEqual([
        { code: 'RESULT.FOLLOW_UP_NOT_ALLOWED', field: 'followUpAction' },
      ]);
    }
    expect(entryProblems({ ...complete, outcome: 'CORRECTED_ON_ORDER', followUpAction: 'NOTIFY_DEPARTMENT' })).toEqual([]);
    expect(entryProblems({ ...complete, outcome: 'CORRECTED_ON_ORDER', followUpAction: 'NONE' })).toEqual([]);
  });

  it('asks nothing of a target closed without inspection (rule 23) but keeps the outcome consistent', () => {
    const closed = {
      ...complete,
      closedWithoutInspection: true,
      method: null,
      inspectedOn: null,
      formId: null,
      findings: [],
      outcome: null,
      followUpAction: null,
    };
    expect(entryProblems(closed)).toEqual([]);
    expect(entryProblems({ ...closed, outcome: 'UNREACHABLE', followUpAction: 'REFER_CASE' })).toHaveLength(1);
  });

  it('treats a result as a violation exactly when a follow-up action was chosen', () => {
    expect(isViolation({ followUpAction: 'REFER_CASE' })).toBe(true);
    expect(isViolation({ followUpAction: 'NOTIFY_DEPARTMENT' })).toBe(true);
    expect(isViolation({ followUpAction: 'NONE' })).toBe(false);
    expect(isViolation({ followUpAction: null })).toBe(false);
  });
});

describe('follow-up flow (rule 24)', () => {
  it('goes handed over → accepted → case filed → sent to judicial organs → closed', () => {
    expect(followUpTransition('HANDED_OVER', 'ACCEPTED').ok).toBe(true);
    expect(followUpTransition('ACCEPTED', 'CASE_FILED').ok).toBe(true);
    expect(followUpTransition('CASE_FILED', 'SENT_TO_JUDICIAL').ok).toBe(true);
    expect(followUpTransition('SENT_TO_JUDICIAL', 'CLOSED').ok).toBe(true);
  });

  it('cannot skip acceptance, go backwards or reopen a closed follow-up', () => {
    expect(followUpTransition('HANDED_OVER', 'CASE_FILED')).toMatchObject({ ok: false, code: 'FOLLOW_UP.INVALID_TRANSITION', allowed: ['ACCEPTED'] });
    expect(followUpTransition('RECTIFIED', 'CASE_FILED').ok).toBe(false);
    expect(followUpTransition('CLOSED', 'ACCEPTED').ok).toBe(false);
  });
});

describe('objection review (rule 22)', () => {
  it('is decided once, then fed back once', () => {
    expect(reviewTransition('RECEIVED', 'DECIDE')).toEqual({ ok: true, status: 'DECIDED' });
    expect(reviewTransition('DECIDED', 'FEED_BACK')).toEqual({ ok: true, status: 'FED_BACK' });
    expect(reviewTransition('RECEIVED', 'FEED_BACK').ok).toBe(false);
    expect(reviewTransition('DECIDED', 'DECIDE').ok).toBe(false);
    expect(reviewTransition('FED_BACK', 'FEED_BACK').ok).toBe(false);
  });
});

describe('signed corrections applied in order (rule 21)', () => {
  it('applies each correction only to what it names, oldest first', () => {
    const original = { outcome: 'NO_PROBLEM', followUpAction: 'NONE', remarks: null as string | null };
    const { result, reasons } = correctedResult(original, [
      { changes: { outcome: 'CORRECTED_ON_ORDER' }, reason: 'a' },
      { changes: { remarks: '已复核' }, reason: 'b' },
    ]);
    expect(result).toEqual({ outcome: 'CORRECTED_ON_ORDER', followUpAction: 'NONE', remarks: '已复核' });
    expect(reasons).toEqual(['a', 'b']);
  });

  it('lets a later correction change what an earlier one changed, and ignores fields the result does not have', () => {
    const { result } = correctedResult({ outcome: 'NO_PROBLEM' }, [
      { changes: { outcome: 'CORRECTED_ON_ORDER' }, reason: 'a' },
      { changes: { outcome: 'TO_FOLLOW_UP', unknown: 1 }, reason: 'b' },
    ]);
    expect(result).toEqual({ outcome: 'TO_FOLLOW_UP' });
  });
});
