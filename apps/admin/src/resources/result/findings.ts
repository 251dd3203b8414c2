// Findings per task check item (rules 18, 19): how the entry and the correction dialog fill, compare and send them.
import type { Finding, Item, Result } from './types';

/** The findings to edit for these check items: the given ones where present, blank ones otherwise. */
export const findingsFor = (items: readonly Item[], findings: readonly Finding[] | null | undefined): Finding[] => {
  const byItem = new Map((findings ?? []).map((f) => [f.checkItemId, f]));
  return items.map((i) => byItem.get(i.id) ?? { checkItemId: i.id, compliant: null, finding: null });
};

/** The findings as sent to the API: text trimmed, blank text as null. */
export const normalizeFindings = (findings: readonly Finding[]): Finding[] =>
  findings.map((f) => ({ checkItemId: f.checkItemId, compliant: f.compliant ?? null, finding: f.finding?.trim() || null }));

/** Whether a finding says something else than another (blank text and no text are the same). */
export const findingDiffers = (a: Finding | undefined, b: Finding | undefined) =>
  (a?.compliant ?? null) !== (b?.compliant ?? null) || (a?.finding?.trim() || '') !== (b?.finding?.trim() || '');

/**
 * The findings as published now: those of the latest signed correction that changed them, else the original's
 * (the API applies signed corrections in the order they were signed).
 */
export const publishedFindings = (r: Result): Finding[] => {
  const signed = (r.corrections ?? [])
    .filter((c) => c.status === 'SIGNED' && c.changes.findings)
    .sort((a, b) => (a.signedAt ?? '').localeCompare(b.signedAt ?? ''));
  return findingsFor(r.task.checkItems ?? [], signed.at(-1)?.changes.findings ?? r.findings);
};
