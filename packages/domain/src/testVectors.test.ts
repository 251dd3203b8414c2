// The published test vectors (test-vectors/draws.json, written by src/cli/make-test-vectors.ts) pin
// the ssj-draw/1 algorithm: if this fails, the code changed what a draw computes, and every published
// receipt would stop verifying. Such a change needs a new algorithm identifier, not new vectors.

import { describe, expect, it } from 'vitest';
import file from '../test-vectors/draws.json' with { type: 'json' };
import {
  DRAW_ALGORITHM,
  drawTargets,
  freezeCandidates,
  verifyDraw,
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
const vectors = (file as unknown as { algorithm: string; vectors: Vector[] }).vectors;

describe('published test vectors', () => {
  it('are for this algorithm and cover several cases', () => {
    expect(file.algorithm).toBe(DRAW_ALGORITHM);
    expect(vectors.length).toBeGreaterThanOrEqual(5);
  });

  it.each(vectors.map((v) => [v.name, v] as const))('%s: the draw reproduces the published receipt', (_name, v) => {
    const r = drawTargets(v.input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.receipt).toEqual(v.receipt);
    expect(r.receipt.candidateListHash).toBe(v.expected.candidateListHash);
    expect(r.receipt.parametersHash).toBe(v.expected.parametersHash);
    expect(r.receipt.seed).toBe(v.expected.seed);
    expect(r.receipt.result).toEqual(v.expected.result);
  });

  it.each(vectors.map((v) => [v.name, v] as const))('%s: the receipt verifies against the raw and the frozen list', (_name, v) => {
    expect(verifyDraw(v.receipt, v.input.candidates)).toEqual({ ok: true, diff: [] });
    expect(verifyDraw(v.receipt, v.frozenCandidates)).toEqual({ ok: true, diff: [] });
    const frozen = freezeCandidates(v.input.candidates);
    expect(frozen.ok && frozen.candidates).toEqual(v.frozenCandidates);
  });
});
