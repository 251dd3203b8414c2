// Rule 6 (P3, G11): a unit's annual plan must cover every checklist item in the unit's remit; the
// plan shows what is covered and what is missing, and cannot be filed (备案) while anything is missing.

export interface CoverageCheckItem {
  id: string;
  /** The unit(s) whose remit the item is in (检查主体). */
  unitId: string | readonly string[];
  /** Items removed from the checklist (a later version) need no coverage. */
  retired?: boolean | null;
}

export interface CoveragePlanItem {
  checkItemId: string;
}

export interface PlanCoverage {
  /** Items in the remit that the plan covers, sorted. */
  covered: string[];
  /** Items in the remit that the plan does not cover, sorted. */
  missing: string[];
  /** Plan items outside the remit or pointing at retired / unknown items — shown, not counted. */
  extra: string[];
  /** covered.length / (covered + missing), 1 when the remit is empty. */
  share: number;
  mayFile: boolean;
}

function inRemit(item: CoverageCheckItem, unitId: string): boolean {
  return typeof item.unitId === 'string' ? item.unitId === unitId : item.unitId.includes(unitId);
}

/** Rule 6: which remit items a unit's plan covers. */
export function planCoverage(input: { unitId: string; checklist: readonly CoverageCheckItem[]; planItems: readonly CoveragePlanItem[] }): PlanCoverage {
  const remit = new Set(input.checklist.filter((i) => !i.retired && inRemit(i, input.unitId)).map((i) => i.id));
  const planned = new Set(input.planItems.map((p) => p.checkItemId));
  const covered = [...remit].filter((id) => planned.has(id)).sort();
  const missing = [...remit].filter((id) => !planned.has(id)).sort();
  const extra = [...planned].filter((id) => !remit.has(id)).sort();
  return { covered, missing, extra, share: remit.size === 0 ? 1 : covered.length / remit.size, mayFile: missing.length === 0 };
}

/** Rule 6: filing is refused while any remit item is missing. */
export function checkPlanFiling(input: {
  unitId: string;
  checklist: readonly CoverageCheckItem[];
  planItems: readonly CoveragePlanItem[];
}): { ok: true; covered: string[] } | { ok: false; code: 'PLAN.COVERAGE_INCOMPLETE'; missing: string[]; covered: string[] } {
  const c = planCoverage(input);
  return c.mayFile ? { ok: true, covered: c.covered } : { ok: false, code: 'PLAN.COVERAGE_INCOMPLETE', missing: c.missing, covered: c.covered };
}

/**
 * Rule 6 / G10: only a unit with checklist items in its remit makes an annual plan ("有检查任务的"). A unit
 * whose remit is empty would get a plan it can never file (PLAN.EMPTY), so it is told why instead.
 */
export function checkPlanCreation(input: {
  unitId: string;
  checklist: readonly CoverageCheckItem[];
}): { ok: true; remit: string[] } | { ok: false; code: 'PLAN.NO_REMIT' } {
  const remit = input.checklist
    .filter((i) => !i.retired && inRemit(i, input.unitId))
    .map((i) => i.id)
    .sort();
  return remit.length > 0 ? { ok: true, remit } : { ok: false, code: 'PLAN.NO_REMIT' };
}
