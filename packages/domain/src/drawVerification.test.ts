// Rule 17: verifying a draw against what was announced before it (verifyDrawSteps, readDrawAnnouncement).
import { describe, expect, it } from 'vitest';
import file from '../test-vectors/draws.json' with { type: 'json' };
import {
  DRAW_ANNOUNCEMENT_FORMAT,
  drawTargets,
  makeCommitment,
  publishedBeforeStep,
  readDrawAnnouncement,
  verifyDraw,
  verifyDrawSteps,
  type DrawCandidateInput,
  type DrawReceipt,
} from './drawing.ts';

const multi = file.vectors.find((v) => v.name === 'multi-class-merge')!;
const receipt = multi.receipt as unknown as DrawReceipt;
const candidates = multi.frozenCandidates as unknown as DrawCandidateInput[];
const announced = {
  commitment: (receipt.seedInputs as { commitment: string }).commitment,
  candidateListHash: receipt.candidateListHash,
  parametersHash: receipt.parametersHash,
  candidateCount: receipt.candidateCount,
};
const failing = (r: ReturnType<typeof verifyDrawSteps>) => r.steps.filter((s) => !s.ok).map((s) => s.key);

describe('verifyDrawSteps', () => {
  it('passes every step of a correct receipt, one step per class', () => {
    const r = verifyDrawSteps(receipt, candidates, announced);
    expect(r.ok).toBe(true);
    expect(r.steps.map((s) => s.key)).toEqual([
      'algorithm',
      'candidates',
      'parameters',
      'seed',
      'exclusions',
      ...receipt.perClass.map((c) => `class:${c.classKey}`),
      'result',
    ]);
    expect(r.steps.find((s) => s.key === 'candidates')!.details.join()).toContain(receipt.candidateListHash);
  });

  it('fails the seed step for a receipt re-made with another secret, which verifies in itself', () => {
    const secret = 'ff'.repeat(32);
    const forged = drawTargets({
      parameters: multi.input.parameters as never,
      candidates,
      seedInputs: { source: 'COMMIT_REVEAL', commitment: makeCommitment(secret), serverSecret: secret, witnessEntropy: 'forged' },
    });
    if (!forged.ok) throw new Error('forging failed');
    expect(verifyDraw(forged.receipt, candidates)).toEqual({ ok: true, diff: [] });
    const r = verifyDrawSteps(forged.receipt, candidates, announced);
    expect(r.ok).toBe(false);
    expect(failing(r)).toEqual(['seed']);
    expect(r.steps.find((s) => s.key === 'seed')!.details.join()).toContain('与摇号前公布的承诺值');
  });

  it('fails the candidate step when one candidate of the downloaded list is altered', () => {
    const altered = candidates.map((c, i) => (i === 0 ? { ...c, riskLevel: c.riskLevel === 'HIGH' ? 'LOW' : 'HIGH' } : c)) as DrawCandidateInput[];
    const r = verifyDrawSteps(receipt, altered, announced);
    expect(failing(r)[0]).toBe('candidates');
    expect(r.steps.find((s) => s.key === 'candidates')!.details.join()).toContain('与摇号前公布的');
  });

  it('fails the class step (only) when one pick of the receipt is altered', () => {
    const cls = receipt.perClass[0]!;
    const i = cls.ranking.findIndex((e) => !e.selected);
    const tampered = structuredClone(receipt);
    tampered.perClass[0]!.ranking[i]!.selected = true;
    const r = verifyDrawSteps(tampered, candidates, announced);
    expect(failing(r)).toEqual([`class:${cls.classKey}`]);
  });

  it('fails the result step when the merged result names another target', () => {
    const tampered = structuredClone(receipt);
    tampered.result[0]!.targetId = 'someone-else';
    expect(failing(verifyDrawSteps(tampered, candidates, announced))).toEqual(['result']);
  });

  it('holds the parameters to an announced parameters hash', () => {
    expect(failing(verifyDrawSteps(receipt, candidates, { ...announced, parametersHash: '0'.repeat(64) }))).toEqual(['parameters']);
  });

  it('refuses an unknown algorithm at the first step', () => {
    const r = verifyDrawSteps({ ...receipt, algorithm: 'ssj-draw/9' as never }, candidates, announced);
    expect(r.ok).toBe(false);
    expect(failing(r)).toEqual(['algorithm']);
  });

  it('reports a malformed receipt as a failed step, not an exception', () => {
    const r = verifyDrawSteps({ ...receipt, perClass: 'x' as never }, candidates, announced);
    expect(r.ok).toBe(false);
  });
});

describe('readDrawAnnouncement', () => {
  it('reads an announcement document (or one wrapped in { announcement })', () => {
    const doc = { format: DRAW_ANNOUNCEMENT_FORMAT, drawId: 'd1', taskCode: 'T-1', sequence: 1, ...announced };
    expect(readDrawAnnouncement(doc)).toEqual({ ok: true, published: announced });
    expect(readDrawAnnouncement({ announcement: doc })).toEqual({ ok: true, published: announced });
  });

  it('refuses an announcement without a commitment or list hash', () => {
    const r = readDrawAnnouncement({ format: DRAW_ANNOUNCEMENT_FORMAT, candidateListHash: 'abc' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.join()).toMatch(/承诺值.*候选名单哈希/);
    expect(readDrawAnnouncement([]).ok).toBe(false);
    expect(readDrawAnnouncement({ ...announced, format: 'other/1' }).ok).toBe(false);
  });
});

describe('publishedBeforeStep (rule 17: the commitment was public before the draw)', () => {
  const c = makeCommitment('a'.repeat(64));
  const published = [{ seedCommitment: c, committedAt: '2026-11-02T01:00:00.000Z', auditSeq: 12 }];
  it('passes for a commitment published before the draw, naming its time and audit-chain place', () => {
    const s = publishedBeforeStep(published, { commitment: c }, '2026-11-02T01:30:00.000Z');
    expect(s.ok).toBe(true);
    expect(s.details.join('')).toContain('公示于 2026-11-02 09:00:00（审计链第 12 条），摇号于 2026-11-02 09:30:00（北京时间）');
  });
  it('fails for a commitment published only after the draw, or never', () => {
    expect(publishedBeforeStep(published, { commitment: c }, '2026-11-02T00:59:59.000Z').ok).toBe(false);
    expect(publishedBeforeStep(published, { commitment: makeCommitment('b'.repeat(64)) }, '2026-11-03T00:00:00.000Z').ok).toBe(false);
    expect(publishedBeforeStep([], { commitment: c }, '2026-11-03T00:00:00.000Z').ok).toBe(false);
    expect(publishedBeforeStep(published, {}, '2026-11-03T00:00:00.000Z').ok).toBe(false);
  });
});
