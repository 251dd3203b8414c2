// The published test vectors (test-vectors/draws.json for ssj-draw/1, draws-v2.json for ssj-draw/2, draws-v3.json
// for ssj-draw/3, written by
// src/cli/make-test-vectors.ts) pin each algorithm version: if this fails, the code changed what a draw of that
// version computes, and every receipt published under it would stop verifying. Such a change needs a new
// algorithm identifier, not new vectors.

import { describe, expect, it } from 'vitest';
import v1File from '../test-vectors/draws.json' with { type: 'json' };
import v2File from '../test-vectors/draws-v2.json' with { type: 'json' };
import v3File from '../test-vectors/draws-v3.json' with { type: 'json' };
import {
  DRAW_ALGORITHM,
  DRAW_ALGORITHMS,
  drawTargets,
  freezeCandidates,
  verifyDraw,
  type DrawAlgorithm,
  type DrawCandidateInput,
  type DrawParametersInput,
  type DrawReceipt,
  type SeedInputs,
} from './drawing.ts';

interface Vector {
  name: string;
  input: { parameters: DrawParametersInput; candidates: DrawCandidateInput[]; seedInputs: SeedInputs };
  frozenCandidates: DrawCandidateInput[];
  expected: { candidateListHash: string; parametersHash: string; seed: string; result: DrawReceipt['result'] };
  receipt: DrawReceipt;
}
type VectorFile = { algorithm: DrawAlgorithm; vectors: Vector[] };
const v1 = v1File as unknown as VectorFile;
const v2 = v2File as unknown as VectorFile;
const v3 = v3File as unknown as VectorFile;

describe('published test vectors', () => {
  it('exist for every version, the current one included, and cover several cases', () => {
    expect(v1.algorithm).toBe('ssj-draw/1');
    expect(v2.algorithm).toBe('ssj-draw/2');
    expect(v3.algorithm).toBe('ssj-draw/3');
    expect([v1.algorithm, v2.algorithm, v3.algorithm]).toEqual([...DRAW_ALGORITHMS]);
    expect(DRAW_ALGORITHM).toBe('ssj-draw/3');
    expect(v3.vectors.length).toBeGreaterThanOrEqual(10);
    expect(v1.vectors.length).toBeGreaterThanOrEqual(5);
    expect(v2.vectors.filter((v) => v.input.parameters.campaignOrdered).length).toBeGreaterThanOrEqual(3);
  });

  for (const file of [v1, v2, v3]) {
    describe(file.algorithm, () => {
      it.each(file.vectors.map((v) => [v.name, v] as const))('%s: the draw reproduces the published receipt', (_name, v) => {
        const r = drawTargets({ ...v.input, algorithm: file.algorithm });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.receipt.algorithm).toBe(file.algorithm);
        expect(r.receipt).toEqual(v.receipt);
        expect(r.receipt.candidateListHash).toBe(v.expected.candidateListHash);
        expect(r.receipt.parametersHash).toBe(v.expected.parametersHash);
        expect(r.receipt.seed).toBe(v.expected.seed);
        expect(r.receipt.result).toEqual(v.expected.result);
      });

      it.each(file.vectors.map((v) => [v.name, v] as const))('%s: the receipt verifies against the raw and the frozen list', (_name, v) => {
        expect(v.receipt.algorithm).toBe(file.algorithm);
        expect(verifyDraw(v.receipt, v.input.candidates)).toEqual({ ok: true, diff: [] });
        expect(verifyDraw(v.receipt, v.frozenCandidates)).toEqual({ ok: true, diff: [] });
        const frozen = freezeCandidates(v.input.candidates);
        expect(frozen.ok && frozen.candidates).toEqual(v.frozenCandidates);
      });
    });
  }

  it('ssj-draw/2 without campaignOrdered gives the ssj-draw/1 receipt of the same inputs (only "algorithm" differs)', () => {
    const plain = v2.vectors.filter((v) => !v.input.parameters.campaignOrdered);
    expect(plain.map((v) => v.name)).toEqual(v1.vectors.map((v) => v.name));
    for (const [i, v] of plain.entries()) {
      expect(v.input).toEqual(v1.vectors[i]!.input);
      expect({ ...v.receipt, algorithm: 'ssj-draw/1' }).toEqual(v1.vectors[i]!.receipt);
    }
  });

  it('the campaign-ordered ssj-draw/2 vectors are not ssj-draw/1 draws: /1 refuses or draws otherwise, and does not verify them', () => {
    const campaign = v2.vectors.filter((v) => v.input.parameters.campaignOrdered);
    const outcomes = campaign.map((v) => {
      const r = drawTargets({ ...v.input, algorithm: 'ssj-draw/1' });
      return r.ok ? r.receipt.result.length : r.code;
    });
    // above the cap: refused; within the cap: HIGH/NORMAL held at the cap (2 drawn instead of 3); COUNT above the cap: refused.
    expect(outcomes).toEqual(['DRAW.GENERAL_RATIO_ABOVE_CAP', 2, 'DRAW.GENERAL_RATIO_ABOVE_CAP']);
    expect(campaign.map((v) => v.receipt.result.length)).toEqual([9, 3, 12]);
    // A /2 receipt relabelled as /1 is re-run by /1's rules and fails.
    for (const v of campaign) expect(verifyDraw({ ...v.receipt, algorithm: 'ssj-draw/1' }, v.input.candidates).ok).toBe(false);
  });

  it('the ssj-draw/3 vectors where the versions differ are not ssj-draw/2 draws: /2 draws otherwise and does not verify them', () => {
    const own = v3.vectors.slice(v1.vectors.length);
    expect(own.map((v) => v.receipt.result.length)).toEqual([2, 1, 4, 5]);
    const asV2 = own.map((v) => {
      const r = drawTargets({ ...v.input, algorithm: 'ssj-draw/2' });
      return r.ok ? r.receipt.result.length : r.code;
    });
    // disjoint classes within the cap: the same draw; rounding: 2 instead of 1; G13: the exempt held at the cap;
    // campaign: the flag alone lifts the yearly cap for the undirected class too.
    expect(asV2).toEqual([2, 2, 3, 5]);
    expect(verifyDraw({ ...own[0]!.receipt, algorithm: 'ssj-draw/2' }, own[0]!.input.candidates).ok).toBe(true);
    for (const v of own.slice(1)) expect(verifyDraw({ ...v.receipt, algorithm: 'ssj-draw/2' }, v.input.candidates).ok).toBe(false);
  });
});
