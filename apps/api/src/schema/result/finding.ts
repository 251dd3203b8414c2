import { builder } from '../../builder.ts';
import { userError } from '../../errors.ts';

export type Finding = { checkItemId: string; compliant: boolean | null; finding: string | null };

export const FindingRef = builder.objectRef<Finding>('ResultFinding').implement({
  description: '一个抽查事项的检查情况 / The finding for one checklist item',
  fields: (t) => ({
    checkItemId: t.exposeID('checkItemId', { description: '抽查事项 / Checklist item' }),
    compliant: t.boolean({ nullable: true, description: '是否符合（空为未填） / Compliant; null = not yet decided', resolve: (f) => f.compliant }),
    finding: t.string({ nullable: true, description: '检查情况说明 / What was found', resolve: (f) => f.finding }),
  }),
});

export const findingsOf = (r: { findings: unknown }): Finding[] => (Array.isArray(r.findings) ? (r.findings as Finding[]) : []);

export const FindingInput = builder.inputType('ResultFindingInput', {
  description: '一个抽查事项的检查情况 / The finding for one checklist item',
  fields: (t) => ({
    checkItemId: t.id({ required: true, description: '抽查事项 / Checklist item' }),
    compliant: t.boolean({ required: false, description: '是否符合 / Compliant' }),
    finding: t.string({ required: false, description: '检查情况说明 / What was found' }),
  }),
});

/**
 * Findings as entered (an entry or a correction): only the task's check items, each at most once, text trimmed.
 * A typed refusal naming the field otherwise.
 */
export function findingsFor(
  input: readonly { checkItemId: string | number; compliant?: boolean | null; finding?: string | null }[],
  taskCheckItemIds: readonly string[],
): Finding[] {
  const items = new Set(taskCheckItemIds);
  const seen = new Set<string>();
  return input.map((f) => {
    const checkItemId = String(f.checkItemId);
    if (!items.has(checkItemId)) throw userError('VALIDATION.INVALID', '检查情况只能填写本任务的抽查事项', { field: 'findings' });
    if (seen.has(checkItemId)) throw userError('VALIDATION.INVALID', '同一抽查事项的检查情况重复', { field: 'findings' });
    seen.add(checkItemId);
    return { checkItemId, compliant: f.compliant ?? null, finding: f.finding?.trim() || null };
  });
}
