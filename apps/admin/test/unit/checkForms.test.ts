// The check form editor's values as sent to createForm / updateForm, and the findings a correction proposes.
import { describe, expect, it } from 'vitest';
import { pointsInput, pointsValidator, toFormInput } from '../../src/resources/form/points';
import { findingDiffers, normalizeFindings, publishedFindings } from '../../src/resources/result/findings';
import type { Correction, Result } from '../../src/resources/result/types';

describe('check form values', () => {
  it('need at least one check point and no key twice', () => {
    expect(pointsValidator([], {}, {} as never)).toBe('resources.Form.points_required');
    expect(pointsValidator(undefined, {}, {} as never)).toBe('resources.Form.points_required');
    expect(
      pointsValidator(
        [
          { key: 'a', label: 'x' },
          { key: ' a ', label: 'y' },
        ],
        {},
        {} as never,
      ),
    ).toEqual({ message: 'resources.Form.key_duplicate', args: { key: 'a' } });
    expect(
      pointsValidator(
        [
          { key: '', label: 'x' },
          { key: '', label: 'y' },
        ],
        {},
        {} as never,
      ),
    ).toBeUndefined();
  });

  it('number empty keys with numbers not yet used, and trim the rest', () => {
    expect(
      pointsInput([
        { key: '', label: ' a ' },
        { key: 'p1', label: 'b', basis: ' ' },
        { key: null, label: 'c', basis: '《条例》' },
      ]),
    ).toEqual([
      { key: 'p2', label: 'a', basis: null },
      { key: 'p1', label: 'b', basis: null },
      { key: 'p3', label: 'c', basis: '《条例》' },
    ]);
  });

  it('send the code only on create and the retired flag only on edit', () => {
    const data = { code: ' F-1 ', name: ' 表 ', checkItemId: '', fields: [{ key: 'k', label: 'l' }], retired: true, retiredAt: null };
    expect(toFormInput('create')(data)).toEqual({ code: 'F-1', name: '表', checkItemId: null, fields: [{ key: 'k', label: 'l', basis: null }] });
    expect(toFormInput('edit')(data)).toEqual({ name: '表', checkItemId: null, fields: [{ key: 'k', label: 'l', basis: null }], retired: true });
  });
});

describe('findings of a correction', () => {
  const items = [
    { id: 'i1', code: 'A', name: 'a' },
    { id: 'i2', code: 'B', name: 'b' },
  ];
  const signed = (at: string, findings: Correction['changes']['findings']): Correction =>
    ({ id: at, status: 'SIGNED', signedAt: at, changes: { findings } }) as unknown as Correction;
  const result = (corrections: Correction[]) =>
    ({ task: { checkItems: items }, findings: [{ checkItemId: 'i1', compliant: false, finding: '原' }], corrections }) as unknown as Result;

  it('start from the published ones: the latest signed correction of findings, else the original, one per check item', () => {
    expect(publishedFindings(result([]))).toEqual([
      { checkItemId: 'i1', compliant: false, finding: '原' },
      { checkItemId: 'i2', compliant: null, finding: null },
    ]);
    const later = signed('2026-12-02T00:00:00Z', [{ checkItemId: 'i1', compliant: true, finding: '二' }]);
    const earlier = signed('2026-12-01T00:00:00Z', [{ checkItemId: 'i1', compliant: true, finding: '一' }]);
    const pending = { ...signed('2026-12-03T00:00:00Z', [{ checkItemId: 'i1', compliant: false, finding: '待' }]), status: 'PENDING_SIGNATURE' } as Correction;
    expect(publishedFindings(result([later, earlier, pending]))[0]).toEqual({ checkItemId: 'i1', compliant: true, finding: '二' });
  });

  it('count blank and missing text as the same, and send text trimmed', () => {
    expect(findingDiffers({ checkItemId: 'i1', compliant: true, finding: ' ' }, { checkItemId: 'i1', compliant: true, finding: null })).toBe(false);
    expect(findingDiffers({ checkItemId: 'i1', compliant: true, finding: null }, { checkItemId: 'i1', compliant: false, finding: null })).toBe(true);
    expect(
      normalizeFindings([
        { checkItemId: 'i1', compliant: null, finding: '  x ' },
        { checkItemId: 'i2', compliant: true, finding: ' ' },
      ]),
    ).toEqual([
      { checkItemId: 'i1', compliant: null, finding: 'x' },
      { checkItemId: 'i2', compliant: true, finding: null },
    ]);
  });
});
