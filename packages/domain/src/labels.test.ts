import { describe, expect, expectTypeOf, it } from 'vitest';
import type { TaskTargetStatus } from './assessment.ts';
import type { DeadlineState } from './deadlines.ts';
import type { CheckItemCategory, CreditStatus, RegistrationStatus, RiskLevel } from './drawing.ts';
import type { ReplacementRequestStatus } from './lifecycles/team.ts';
import type { ReplacementReason, TeamMode } from './matching.ts';
import type { FollowUpAction, FollowUpStatus, ResultOutcome, ResultStatus, ReviewStatus } from './results.ts';
import type { TransferStatus } from './transfers.ts';
import {
  ENUM_LABELS,
  labelOf,
  type CHECK_CATEGORY,
  type CREDIT_STATUS,
  type DEADLINE_STATE,
  type FOLLOW_UP_ACTION,
  type FOLLOW_UP_STATUS,
  type REGISTRATION_STATUS,
  type REPLACEMENT_REASON,
  type REPLACEMENT_REQUEST_STATUS,
  RESULT_OUTCOME,
  type RESULT_STATUS,
  type REVIEW_STATUS,
  type RISK_LEVEL,
  type TASK_TARGET_STATUS,
  type TEAM_MODE,
  type TRANSFER_STATUS,
  type WITHHOLDING_CATEGORY,
} from './labels.ts';
import { WITHHOLDING_CATEGORIES, type WithholdingCategory } from './transfers.ts';

describe('labels', () => {
  it('lists exactly the values of the domain types of the same name', () => {
    expectTypeOf<(typeof CHECK_CATEGORY.values)[number]>().toEqualTypeOf<CheckItemCategory>();
    expectTypeOf<(typeof RISK_LEVEL.values)[number]>().toEqualTypeOf<RiskLevel>();
    expectTypeOf<(typeof CREDIT_STATUS.values)[number]>().toEqualTypeOf<CreditStatus>();
    expectTypeOf<(typeof REGISTRATION_STATUS.values)[number]>().toEqualTypeOf<RegistrationStatus>();
    expectTypeOf<(typeof RESULT_STATUS.values)[number]>().toEqualTypeOf<ResultStatus>();
    expectTypeOf<(typeof RESULT_OUTCOME.values)[number]>().toEqualTypeOf<ResultOutcome>();
    expectTypeOf<(typeof FOLLOW_UP_ACTION.values)[number]>().toEqualTypeOf<FollowUpAction>();
    expectTypeOf<(typeof FOLLOW_UP_STATUS.values)[number]>().toEqualTypeOf<FollowUpStatus>();
    expectTypeOf<(typeof REVIEW_STATUS.values)[number]>().toEqualTypeOf<ReviewStatus>();
    expectTypeOf<(typeof TRANSFER_STATUS.values)[number]>().toEqualTypeOf<TransferStatus>();
    expectTypeOf<(typeof DEADLINE_STATE.values)[number]>().toEqualTypeOf<DeadlineState>();
    expectTypeOf<(typeof TEAM_MODE.values)[number]>().toEqualTypeOf<TeamMode>();
    expectTypeOf<(typeof REPLACEMENT_REASON.values)[number]>().toEqualTypeOf<ReplacementReason>();
    expectTypeOf<(typeof REPLACEMENT_REQUEST_STATUS.values)[number]>().toEqualTypeOf<ReplacementRequestStatus>();
    expectTypeOf<(typeof TASK_TARGET_STATUS.values)[number]>().toEqualTypeOf<TaskTargetStatus>();
    expectTypeOf<(typeof WITHHOLDING_CATEGORY.values)[number]>().toEqualTypeOf<WithholdingCategory>();
    expect(WITHHOLDING_CATEGORIES).toEqual(['STATE_SECRET', 'COMMERCIAL_SECRET', 'PERSONAL_PRIVACY', 'PUBLIC_SECURITY', 'OTHER_LAW']);
  });

  it('describes a value as "zh / en" unless it says more', () => {
    expect(RESULT_OUTCOME.doc.NO_PROBLEM).toBe('未发现问题 / No problem found');
    expect(ENUM_LABELS.UnitKind.doc.LEAD).toBe('牵头科室（行政许可科） / Lead unit');
    expect(ENUM_LABELS.UnitKind.zh.LEAD).toBe('牵头科室');
  });

  it('falls back to the code for a value it does not know', () => {
    expect(labelOf(RESULT_OUTCOME, 'FALSIFICATION')).toBe('弄虚作假');
    expect(labelOf(RESULT_OUTCOME, 'FALSIFICATION', 'en')).toBe('Falsification');
    expect(labelOf(RESULT_OUTCOME, 'SOMETHING_ELSE')).toBe('SOMETHING_ELSE');
  });
});
