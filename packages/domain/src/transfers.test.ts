import { describe, expect, it } from 'vitest';
import { transferDecision, transferRequestProblem, withholding, type TransferDecider } from './transfers.ts';

const subject = { taskTargetStatus: 'PENDING' as const, resultStatus: 'NOT_ENTERED', fromUnitId: 'kgk', taskRunning: true };

describe('transfer requests (rule 23, G28)', () => {
  it('needs the written notice, another unit and a target still to inspect', () => {
    expect(transferRequestProblem(subject, 'gts', '矿管函〔2026〕7号', false)).toBeNull();
    expect(transferRequestProblem(subject, 'gts', '  ', false)?.code).toBe('TRANSFER.NOTICE_REQUIRED');
    expect(transferRequestProblem(subject, 'kgk', '文号', false)?.code).toBe('TRANSFER.SAME_UNIT');
    expect(transferRequestProblem({ ...subject, taskTargetStatus: 'CLOSED_UNREACHABLE' }, 'gts', '文号', false)?.code).toBe('TRANSFER.TARGET_NOT_PENDING');
    expect(transferRequestProblem({ ...subject, resultStatus: 'PENDING_REVIEW' }, 'gts', '文号', false)?.code).toBe('TRANSFER.TARGET_NOT_PENDING');
    expect(transferRequestProblem({ ...subject, resultStatus: 'RETURNED' }, 'gts', '文号', false)).toBeNull();
    expect(transferRequestProblem({ ...subject, taskRunning: false }, 'gts', '文号', false)?.code).toBe('TRANSFER.TARGET_NOT_PENDING');
    expect(transferRequestProblem(subject, 'gts', '文号', true)?.code).toBe('TRANSFER.PENDING_EXISTS');
  });
});

describe('transfer decisions (G28: 按程序批准)', () => {
  const pending = { status: 'PENDING' as const, requestedById: 'staff' };
  const principal: TransferDecider = { userId: 'boss', principalOfFromUnit: true, leadAdmin: false };
  it('lets the principal of the giving unit or a lead-unit administrator decide', () => {
    expect(transferDecision(pending, 'APPROVE', principal)).toEqual({ ok: true, status: 'APPROVED' });
    expect(transferDecision(pending, 'REFUSE', principal)).toEqual({ ok: true, status: 'REFUSED' });
    expect(transferDecision(pending, 'APPROVE', { userId: 'admin', principalOfFromUnit: false, leadAdmin: true })).toEqual({ ok: true, status: 'APPROVED' });
  });
  it('refuses anybody else, and the requester even when entitled', () => {
    expect(transferDecision(pending, 'APPROVE', { userId: 'other', principalOfFromUnit: false, leadAdmin: false })).toMatchObject({
      ok: false,
      code: 'TRANSFER.APPROVER_REQUIRED',
    });
    expect(transferDecision({ ...pending, requestedById: 'boss' }, 'APPROVE', principal)).toMatchObject({ ok: false, code: 'TRANSFER.SELF_APPROVAL' });
    expect(transferDecision({ ...pending, requestedById: 'boss' }, 'REFUSE', principal)).toMatchObject({ ok: false, code: 'TRANSFER.SELF_APPROVAL' });
  });
  it('decides a request once', () => {
    expect(transferDecision({ ...pending, status: 'APPROVED' }, 'APPROVE', principal)).toEqual({ ok: false, code: 'TRANSFER.NOT_PENDING', status: 'APPROVED' });
    expect(transferDecision({ ...pending, status: 'REFUSED' }, 'REFUSE', principal)).toMatchObject({ ok: false, code: 'TRANSFER.NOT_PENDING' });
  });
});

describe('withholding from publication (rule 26)', () => {
  it('needs a category and a basis to withhold', () => {
    expect(withholding(false, null, '保密法第九条')).toMatchObject({ ok: false, code: 'PUBLICATION.WITHHOLDING_CATEGORY_REQUIRED' });
    expect(withholding(false, 'STATE_SECRET', ' ')).toMatchObject({ ok: false, code: 'PUBLICATION.WITHHOLDING_BASIS_REQUIRED' });
    expect(withholding(false, 'STATE_SECRET', ' 《保守国家秘密法》第十三条 ')).toEqual({
      ok: true,
      value: { isPublic: false, withheldCategory: 'STATE_SECRET', withheldBasis: '《保守国家秘密法》第十三条' },
    });
  });
  it('keeps a published task free of a basis', () => {
    expect(withholding(true, null, null)).toEqual({ ok: true, value: { isPublic: true, withheldCategory: null, withheldBasis: null } });
    expect(withholding(true, 'PERSONAL_PRIVACY', null)).toMatchObject({ ok: false, code: 'PUBLICATION.BASIS_WITHOUT_WITHHOLDING' });
  });
});
