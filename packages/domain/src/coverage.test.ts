import { describe, expect, it } from 'vitest';
import { checkPlanCreation, checkPlanFiling, planCoverage, type CoverageCheckItem } from './coverage.ts';

const checklist: CoverageCheckItem[] = [
  { id: 'CI-1', unitId: 'U-land' },
  { id: 'CI-2', unitId: 'U-land' },
  { id: 'CI-3', unitId: ['U-land', 'U-mining'] },
  { id: 'CI-4', unitId: 'U-mining' },
  { id: 'CI-5', unitId: 'U-land', retired: true },
];

describe('plan coverage (rule 6)', () => {
  it('lists covered and missing remit items, ignoring retired items and other units’ items', () => {
    expect(planCoverage({ unitId: 'U-land', checklist, planItems: [{ checkItemId: 'CI-1' }, { checkItemId: 'CI-4' }] })).toEqual({
      covered: ['CI-1'],
      missing: ['CI-2', 'CI-3'],
      extra: ['CI-4'],
      share: 1 / 3,
      mayFile: false,
    });
  });

  it('refuses filing while an item is missing', () => {
    expect(checkPlanFiling({ unitId: 'U-mining', checklist, planItems: [{ checkItemId: 'CI-4' }] })).toEqual({
      ok: false,
      code: 'PLAN.COVERAGE_INCOMPLETE',
      missing: ['CI-3'],
      covered: ['CI-4'],
    });
  });

  it('allows filing when every remit item is covered (a retired item is not required)', () => {
    const planItems = ['CI-1', 'CI-2', 'CI-3'].map((checkItemId) => ({ checkItemId }));
    expect(checkPlanFiling({ unitId: 'U-land', checklist, planItems })).toEqual({ ok: true, covered: ['CI-1', 'CI-2', 'CI-3'] });
  });

  it('lets a unit plan when its remit holds an active item shared with other units, and refuses one with none', () => {
    expect(checkPlanCreation({ unitId: 'U-mining', checklist })).toEqual({ ok: true, remit: ['CI-3', 'CI-4'] });
    expect(checkPlanCreation({ unitId: 'U-lead', checklist })).toEqual({ ok: false, code: 'PLAN.NO_REMIT' });
    expect(checkPlanCreation({ unitId: 'U-old', checklist: [{ id: 'CI-9', unitId: ['U-old'], retired: true }] })).toEqual({ ok: false, code: 'PLAN.NO_REMIT' });
  });
});
