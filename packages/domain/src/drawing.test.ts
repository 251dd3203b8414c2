import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  candidateOf,
  exemptionsOf,
  campaignLiftsCaps,
  checkDrawCaps,
  checkRatioCaps,
  deriveSeed,
  drawTargets,
  exemptionGrounds,
  freezeCandidates,
  generalRatioCapApplies,
  isExemptFromYearlyCap,
  lotteryKey,
  makeCommitment,
  nextInRanking,
  normalizeDrawParameters,
  verifyCommitment,
  verifyDraw,
  yearlyCapExclusion,
  type DrawAlgorithm,
  type DrawCandidateInput,
  type DrawClassInput,
  type DrawParametersInput,
  type DrawReceipt,
  type SeedInputs,
} from './drawing.ts';
import { sha256HexOfText } from './hashing.ts';

// ——— fixtures ————————————————————————————————————————————————————————————————————

function cand(id: string, over: Partial<DrawCandidateInput> = {}): DrawCandidateInput {
  return {
    id,
    objectType: 'MINING',
    scale: 'SMALL',
    industry: 'B10',
    area: '辛店街道',
    libraryId: 'lib-1',
    riskLevel: 'MEDIUM',
    creditStatus: 'NORMAL',
    registrationStatus: 'ACTIVE',
    drawsThisYear: 0,
    exemptions: [],
    ...over,
  };
}

function many(n: number, prefix = 'T', over: Partial<DrawCandidateInput> = {}): DrawCandidateInput[] {
  return Array.from({ length: n }, (_, i) => cand(`${prefix}${String(i).padStart(3, '0')}`, over));
}

const KEY_ITEM = { id: 'CI-KEY', category: 'KEY' as const };
const GENERAL_ITEM = { id: 'CI-GEN', category: 'GENERAL' as const };

function params(classes: DrawClassInput[], over: Partial<DrawParametersInput> = {}): DrawParametersInput {
  return { taskId: 'task-1', classes, generalRatioCap: 0.1, ...over };
}

const SECRET = '0f'.repeat(32);
function commitReveal(witnessEntropy = '38 71 04 见证人甲'): Extract<SeedInputs, { source: 'COMMIT_REVEAL' }> {
  return { source: 'COMMIT_REVEAL', commitment: makeCommitment(SECRET), serverSecret: SECRET, witnessEntropy };
}

function draw(p: DrawParametersInput, candidates: DrawCandidateInput[], seedInputs: SeedInputs = commitReveal(), algorithm?: DrawAlgorithm): DrawReceipt {
  const r = drawTargets({ parameters: p, candidates, seedInputs, ...(algorithm ? { algorithm } : {}) });
  if (!r.ok) throw new Error(`draw refused: ${JSON.stringify(r)}`);
  return r.receipt;
}

const drawnIds = (r: DrawReceipt) => r.result.map((t) => t.targetId);
const everyone = (key = 'A'): DrawClassInput => ({ key, ratio: 1, checkItems: [KEY_ITEM] });

// ——— seed ——————————————————————————————————————————————————————————————————————————

describe('seed (rule 17)', () => {
  it('commits to the secret bytes and verifies the reveal', () => {
    const c = makeCommitment(SECRET);
    expect(c).toMatch(/^[0-9a-f]{64}$/);
    expect(c).not.toBe(sha256HexOfText(SECRET)); // the bytes, not the hex text
    expect(verifyCommitment(SECRET, c)).toBe(true);
    expect(verifyCommitment('1f'.repeat(32), c)).toBe(false);
  });

  it('builds the RFC 3797 lottery key, sorting unordered draws', () => {
    expect(
      lotteryKey([
        { name: 'A', drawDate: '2026-05-01', numbers: [3, 1, 2], ordered: false },
        { name: 'B', drawDate: '2026-05-01', numbers: [7, 5], ordered: true },
      ]),
    ).toBe('1.2.3./7.5./');
  });

  it('binds the seed to the candidate list and the parameters', () => {
    const h = (s: string) => sha256HexOfText(s);
    const a = deriveSeed(commitReveal(), { candidateListHash: h('l1'), parametersHash: h('p1') });
    expect(deriveSeed(commitReveal(), { candidateListHash: h('l1'), parametersHash: h('p1') })).toBe(a);
    expect(deriveSeed(commitReveal(), { candidateListHash: h('l2'), parametersHash: h('p1') })).not.toBe(a);
    expect(deriveSeed(commitReveal(), { candidateListHash: h('l1'), parametersHash: h('p2') })).not.toBe(a);
    expect(deriveSeed(commitReveal('other'), { candidateListHash: h('l1'), parametersHash: h('p1') })).not.toBe(a);
  });

  it('refuses a secret that does not match the published commitment', () => {
    const r = drawTargets({
      parameters: params([everyone()]),
      candidates: many(3),
      seedInputs: { ...commitReveal(), serverSecret: '1f'.repeat(32) },
    });
    expect(r).toMatchObject({ ok: false, code: 'DRAW.COMMITMENT_MISMATCH' });
  });

  it('draws from public lottery numbers as well', () => {
    const seedInputs: SeedInputs = {
      source: 'LOTTERY',
      lotteries: [{ name: '双色球 第2026050期', drawDate: '2026-05-05', numbers: [4, 11, 19, 23, 27, 31, 9], ordered: true }],
    };
    const r = draw(params([{ key: 'A', count: 2, checkItems: [KEY_ITEM] }]), many(10), seedInputs);
    expect(r.result).toHaveLength(2);
    expect(verifyDraw(r, many(10)).ok).toBe(true);
  });
});

// ——— exclusions (rules 9, 23) ——————————————————————————————————————————————————————

describe('exclusions before ranking', () => {
  it('excludes a third draw of a subject in the year (rule 9)', () => {
    const r = draw(params([everyone()]), [cand('T1', { drawsThisYear: 2 }), cand('T2', { drawsThisYear: 1 })]);
    expect(r.exclusions).toEqual([{ candidateId: 'T1', code: 'DRAW.EXCLUDED_YEARLY_CAP', detail: 'drawsThisYear=2' }]);
    expect(drawnIds(r)).toEqual(['T2']);
  });

  it('allows it for dishonest subjects and subjects with repeated complaints (G13)', () => {
    const r = draw(params([everyone()]), [
      cand('T1', { drawsThisYear: 2, exemptions: ['REPEATED_COMPLAINTS'] }),
      cand('T2', { drawsThisYear: 3, exemptions: ['DISHONEST'] }),
      cand('T3', { drawsThisYear: 2, creditStatus: 'DISHONEST' }), // the credit status itself is a ground
      cand('T4', { drawsThisYear: 2 }),
    ]);
    expect(r.exclusions.map((e) => e.candidateId)).toEqual(['T4']);
    expect(drawnIds(r)).toEqual(['T1', 'T2', 'T3']);
  });

  it('lifts the cap for everybody in a campaign-ordered check (ssj-draw/1, /2)', () => {
    const r = draw(params([everyone()], { campaignOrdered: true }), [cand('T1', { drawsThisYear: 5 })], commitReveal(), 'ssj-draw/2');
    expect(r.exclusions).toEqual([]);
    expect(drawnIds(r)).toEqual(['T1']);
  });

  it('exports the yearly-cap rule the draw applies, for re-checks outside a draw (rule 9)', () => {
    const rules = { caps: { yearlyDrawCap: 2 }, campaignOrdered: false };
    expect(yearlyCapExclusion(cand('T1', { drawsThisYear: 2 }), rules)).toEqual({
      candidateId: 'T1',
      code: 'DRAW.EXCLUDED_YEARLY_CAP',
      detail: 'drawsThisYear=2',
    });
    expect(yearlyCapExclusion(cand('T1', { drawsThisYear: 1 }), rules)).toBeNull();
    expect(yearlyCapExclusion(cand('T1', { drawsThisYear: 2, exemptions: ['KEY_INDUSTRY'] }), rules)).toBeNull();
    expect(yearlyCapExclusion(cand('T1', { drawsThisYear: 4, creditStatus: 'ABNORMAL' }), rules)).toBeNull();
    expect(yearlyCapExclusion(cand('T1', { drawsThisYear: 9 }), { ...rules, campaignOrdered: true }, 'ssj-draw/2')).toBeNull();
    expect(yearlyCapExclusion(cand('T1', { drawsThisYear: 2 }), { ...rules, caps: { yearlyDrawCap: 3 } })).toBeNull();
    // Missing exemptions count as none; the registration status is not this rule's business.
    expect(yearlyCapExclusion({ id: 'T2', creditStatus: 'NORMAL', drawsThisYear: 3 }, rules)?.code).toBe('DRAW.EXCLUDED_YEARLY_CAP');
    expect(isExemptFromYearlyCap({ creditStatus: 'NORMAL', exemptions: [] })).toBe(false);
    expect(isExemptFromYearlyCap({ creditStatus: 'NORMAL', exemptions: [] }, true)).toBe(true);
    expect(isExemptFromYearlyCap({ creditStatus: 'DISHONEST' })).toBe(true);

    // The draw's exclusions are exactly this rule's verdicts on the active candidates.
    const list = [
      cand('A', { drawsThisYear: 2 }),
      cand('B', { drawsThisYear: 3, exemptions: ['REPEATED_COMPLAINTS'] }),
      cand('C', { drawsThisYear: 2, creditStatus: 'DISHONEST' }),
      cand('D', { drawsThisYear: 1 }),
      cand('E', { drawsThisYear: 5 }),
    ];
    for (const campaignOrdered of [false, true]) {
      const p = params([everyone()], { campaignOrdered });
      const r = draw(p, list, commitReveal(), 'ssj-draw/2');
      const expected = list.map((c) => yearlyCapExclusion(c, r.parameters, r.algorithm)).filter((e) => e !== null);
      expect(r.exclusions).toEqual(expected);
      expect(r.exclusions.map((e) => e.candidateId)).toEqual(campaignOrdered ? [] : ['A', 'E']);
    }
  });

  it('excludes deregistered, revoked and unreachable subjects, even exempt ones', () => {
    const r = draw(params([everyone()]), [
      cand('T1', { registrationStatus: 'DEREGISTERED' }),
      cand('T2', { registrationStatus: 'REVOKED', drawsThisYear: 2 }),
      cand('T3', { registrationStatus: 'UNREACHABLE', exemptions: ['KEY_INDUSTRY'] }),
      cand('T4'),
    ]);
    expect(r.exclusions).toEqual([
      { candidateId: 'T1', code: 'DRAW.EXCLUDED_NOT_ACTIVE', detail: 'DEREGISTERED' },
      { candidateId: 'T2', code: 'DRAW.EXCLUDED_NOT_ACTIVE', detail: 'REVOKED' },
      { candidateId: 'T3', code: 'DRAW.EXCLUDED_NOT_ACTIVE', detail: 'UNREACHABLE' },
    ]);
    expect(drawnIds(r)).toEqual(['T4']);
    expect(r.perClass[0]!.ranking.map((e) => e.candidateId)).toEqual(['T4']);
  });
});

// ——— ratios, caps, strata (rules 2, 8) ——————————————————————————————————————————————

describe('ratios and caps', () => {
  it('refuses a GENERAL item above its cap, with no draw (ssj-draw/1, /2: per class)', () => {
    const r = drawTargets({
      parameters: params([{ key: 'A', ratio: 0.2, checkItems: [GENERAL_ITEM, KEY_ITEM] }]),
      candidates: many(10),
      seedInputs: commitReveal(),
      algorithm: 'ssj-draw/2',
    });
    expect(r).toEqual({
      ok: false,
      code: 'DRAW.GENERAL_RATIO_ABOVE_CAP',
      violations: [{ classKey: 'A', checkItemId: 'CI-GEN', ratio: 0.2, cap: 0.1 }],
    });
    // …and already at task set-up, before any candidate list exists.
    const p = normalizeDrawParameters(params([{ key: 'A', ratio: 0.2, checkItems: [GENERAL_ITEM] }]));
    expect(p.ok && checkRatioCaps(p.parameters, 'ssj-draw/2')).toMatchObject({ ok: false, code: 'DRAW.GENERAL_RATIO_ABOVE_CAP' });
  });

  it('allows a GENERAL item exactly at its cap, and honours a per-item cap', () => {
    expect(draw(params([{ key: 'A', ratio: 0.1, checkItems: [GENERAL_ITEM] }]), many(10)).result).toHaveLength(1);
    const r = drawTargets({
      parameters: params([{ key: 'A', ratio: 0.1, checkItems: [{ ...GENERAL_ITEM, ratioCap: 0.05 }] }]),
      candidates: many(10),
      seedInputs: commitReveal(),
      algorithm: 'ssj-draw/2',
    });
    expect(r).toMatchObject({ ok: false, code: 'DRAW.GENERAL_RATIO_ABOVE_CAP' });
  });

  it('measures a COUNT class against the cap as count / eligible (ssj-draw/1, /2)', () => {
    const refused = drawTargets({
      parameters: params([{ key: 'A', count: 2, checkItems: [GENERAL_ITEM] }]),
      candidates: many(10),
      seedInputs: commitReveal(),
      algorithm: 'ssj-draw/2',
    });
    expect(refused).toMatchObject({ ok: false, code: 'DRAW.GENERAL_RATIO_ABOVE_CAP', violations: [{ ratio: 0.2 }] });
    expect(draw(params([{ key: 'A', count: 2, checkItems: [GENERAL_ITEM] }]), many(20)).result).toHaveLength(2);
  });

  it('lets a KEY item be drawn at 100 %', () => {
    const r = draw(params([{ key: 'A', ratio: 1, checkItems: [KEY_ITEM] }]), many(7));
    expect(r.result).toHaveLength(7);
  });

  it('refuses a cap on a KEY item and other malformed parameters', () => {
    const bad = (c: DrawClassInput) => normalizeDrawParameters(params([c]));
    expect(bad({ key: 'A', ratio: 0.1, checkItems: [{ ...KEY_ITEM, ratioCap: 0.5 }] })).toMatchObject({ ok: false, code: 'DRAW.INVALID_PARAMETERS' });
    expect(bad({ key: 'A', ratio: 0.1, count: 3, checkItems: [KEY_ITEM] })).toMatchObject({ ok: false });
    expect(bad({ key: 'A', ratio: 1.5, checkItems: [KEY_ITEM] })).toMatchObject({ ok: false });
    expect(bad({ key: 'A', ratio: 0.12345, checkItems: [KEY_ITEM] })).toMatchObject({ ok: false });
    expect(bad({ key: 'A:B', ratio: 0.1, checkItems: [KEY_ITEM] })).toMatchObject({ ok: false });
    expect(bad({ key: 'A', ratio: 0.1, checkItems: [] })).toMatchObject({ ok: false });
    expect(normalizeDrawParameters(params([everyone(), everyone()]))).toMatchObject({ ok: false });
  });

  it('draws k = ceil(ratio × eligible) with exact arithmetic (no 0.1 × 30 = 3.0000000000000004)', () => {
    const k = (ratio: number, n: number) => draw(params([{ key: 'A', ratio, checkItems: [KEY_ITEM] }]), many(n)).result.length;
    expect(k(0.1, 30)).toBe(3);
    expect(k(0.1, 31)).toBe(4);
    expect(k(0.05, 1)).toBe(1);
    expect(k(0.3, 10)).toBe(3);
    expect(k(0.07, 100)).toBe(7);
  });

  it('raises the share of high-risk strata and lowers low-risk ones (rule 8), rounding once per class', () => {
    // 10 HIGH, 20 MEDIUM, 20 LOW at ratio 0.1 with factors 1.5 / 1 / 0.5:
    // quotas 1.5 + 2 + 1 = 4.5 → 5 drawn; floors 1, 2, 1; the extra one goes to HIGH (remainder .5).
    const candidates = [...many(10, 'H', { riskLevel: 'HIGH' }), ...many(20, 'M'), ...many(20, 'L', { riskLevel: 'LOW' })];
    const r = draw(params([{ key: 'A', ratio: 0.1, checkItems: [KEY_ITEM] }]), candidates);
    expect(r.perClass[0]!.strata).toEqual([
      { stratum: 'HIGH/NORMAL', eligible: 10, ratio: '0.15', quota: '1.5', selected: 2 },
      { stratum: 'MEDIUM/NORMAL', eligible: 20, ratio: '0.1', quota: '2', selected: 2 },
      { stratum: 'LOW/NORMAL', eligible: 20, ratio: '0.05', quota: '1', selected: 1 },
    ]);
    expect(r.result.filter((t) => t.targetId.startsWith('H'))).toHaveLength(2);
    expect(r.result.filter((t) => t.targetId.startsWith('L'))).toHaveLength(1);
    // Within a stratum, the selected are the best-ranked of that stratum.
    const high = r.perClass[0]!.ranking.filter((e) => e.stratum === 'HIGH/NORMAL');
    expect(high.map((e) => e.selected)).toEqual([true, true, ...Array(8).fill(false)]);
  });

  it('holds a high-risk stratum of a GENERAL class at the cap, but not a dishonest one (rules 2, 9)', () => {
    // cap 0.1 = class ratio: HIGH/NORMAL would be 0.15 but stays 0.1; HIGH/DISHONEST gets 0.3 (G13 exempts it).
    const candidates = [...many(10, 'H', { riskLevel: 'HIGH' }), ...many(10, 'D', { riskLevel: 'HIGH', creditStatus: 'DISHONEST' })];
    const r = draw(params([{ key: 'A', ratio: 0.1, checkItems: [GENERAL_ITEM] }]), candidates);
    expect(r.perClass[0]!.strata).toEqual([
      { stratum: 'HIGH/DISHONEST', eligible: 10, ratio: '0.3', quota: '3', selected: 3 },
      { stratum: 'HIGH/NORMAL', eligible: 10, ratio: '0.1', quota: '1', selected: 1 },
    ]);
    // The same class on a KEY item is not held: HIGH/NORMAL gets 0.15 → quota 1.5.
    const k = draw(params([{ key: 'A', ratio: 0.1, checkItems: [KEY_ITEM] }]), candidates);
    expect(k.perClass[0]!.strata[1]).toMatchObject({ stratum: 'HIGH/NORMAL', ratio: '0.15', quota: '1.5' });
  });

  it('caps a stratum at 100 % and uses configured factors (recorded in the receipt)', () => {
    const factors = { risk: { LOW: 1, MEDIUM: 1, HIGH: 1 }, credit: { NORMAL: 1, ABNORMAL: 1, DISHONEST: 4 } };
    const candidates = [...many(5, 'D', { creditStatus: 'DISHONEST' }), ...many(10, 'N')];
    const r = draw(params([{ key: 'A', ratio: 0.3, checkItems: [KEY_ITEM] }], { factors }), candidates);
    expect(r.parameters.factors).toEqual(factors);
    expect(r.perClass[0]!.strata).toEqual([
      { stratum: 'MEDIUM/DISHONEST', eligible: 5, ratio: '1', quota: '5', selected: 5 },
      { stratum: 'MEDIUM/NORMAL', eligible: 10, ratio: '0.3', quota: '3', selected: 3 },
    ]);
  });
});

// ——— algorithm versions: campaign-ordered draws and the GENERAL cap (rules 2, 9, 17) ——————————————————

describe('ssj-draw/2: a campaign-ordered draw has no GENERAL ratio cap (rule 9, G13)', () => {
  // 10 HIGH, 10 MEDIUM, 10 LOW risk; class ratio 0.3 on a GENERAL item whose cap is 0.1.
  const candidates = [...many(10, 'H', { riskLevel: 'HIGH' }), ...many(10, 'M'), ...many(10, 'L', { riskLevel: 'LOW' })];
  const above = (over: Partial<DrawParametersInput> = {}) => params([{ key: 'A', ratio: 0.3, checkItems: [GENERAL_ITEM] }], over);

  it('draws a campaign-ordered GENERAL class above the cap, holds no stratum at the cap, and the receipt verifies', () => {
    const r = draw(above({ campaignOrdered: true }), candidates, commitReveal(), 'ssj-draw/2');
    expect(r.algorithm).toBe('ssj-draw/2');
    expect(r.perClass[0]!.strata).toEqual([
      { stratum: 'HIGH/NORMAL', eligible: 10, ratio: '0.45', quota: '4.5', selected: 5 },
      { stratum: 'MEDIUM/NORMAL', eligible: 10, ratio: '0.3', quota: '3', selected: 3 },
      { stratum: 'LOW/NORMAL', eligible: 10, ratio: '0.15', quota: '1.5', selected: 1 },
    ]);
    expect(r.result).toHaveLength(9);
    expect(verifyDraw(r, candidates)).toEqual({ ok: true, diff: [] });
    // At set-up too: the parameters are within every cap that applies.
    const p = normalizeDrawParameters(above({ campaignOrdered: true }));
    expect(p.ok && checkRatioCaps(p.parameters, 'ssj-draw/2')).toEqual({ ok: true });
    expect(p.ok && generalRatioCapApplies(p.parameters, 'ssj-draw/2')).toBe(false);
  });

  it('a COUNT class of a campaign-ordered draw is not measured against the cap either', () => {
    const r = draw(
      params([{ key: 'A', count: 5, checkItems: [{ ...GENERAL_ITEM, ratioCap: 0.05 }] }], { campaignOrdered: true }),
      many(10),
      commitReveal(),
      'ssj-draw/2',
    );
    expect(r.result).toHaveLength(5);
    expect(verifyDraw(r, many(10)).ok).toBe(true);
  });

  it('refuses the same parameters when the draw is not campaign-ordered, at the draw and at set-up', () => {
    const r = drawTargets({ parameters: above(), candidates, seedInputs: commitReveal(), algorithm: 'ssj-draw/2' });
    expect(r).toEqual({ ok: false, code: 'DRAW.GENERAL_RATIO_ABOVE_CAP', violations: [{ classKey: 'A', checkItemId: 'CI-GEN', ratio: 0.3, cap: 0.1 }] });
    const p = normalizeDrawParameters(above({ campaignOrdered: false }));
    expect(p.ok && checkRatioCaps(p.parameters, 'ssj-draw/2')).toMatchObject({ ok: false, code: 'DRAW.GENERAL_RATIO_ABOVE_CAP' });
    expect(p.ok && generalRatioCapApplies(p.parameters, 'ssj-draw/2')).toBe(true);
  });

  it('ssj-draw/1 still refuses a campaign-ordered draw above the cap (its receipts are re-run by its own rules)', () => {
    const r = drawTargets({ parameters: above({ campaignOrdered: true }), candidates, seedInputs: commitReveal(), algorithm: 'ssj-draw/1' });
    expect(r).toMatchObject({ ok: false, code: 'DRAW.GENERAL_RATIO_ABOVE_CAP' });
    const p = normalizeDrawParameters(above({ campaignOrdered: true }));
    expect(p.ok && checkRatioCaps(p.parameters, 'ssj-draw/1')).toMatchObject({ ok: false, code: 'DRAW.GENERAL_RATIO_ABOVE_CAP' });
  });

  it('an ssj-draw/1 receipt of a campaign-ordered draw verifies as before; read as /2 it does not', () => {
    // Within the cap (0.1 = cap): /1 holds HIGH/NORMAL at the cap, /2 raises it to 0.15.
    const p = params([{ key: 'A', ratio: 0.1, checkItems: [GENERAL_ITEM] }], { campaignOrdered: true });
    const v1 = drawTargets({ parameters: p, candidates, seedInputs: commitReveal(), algorithm: 'ssj-draw/1' });
    expect(v1.ok).toBe(true);
    if (!v1.ok) return;
    expect(v1.receipt.algorithm).toBe('ssj-draw/1');
    expect(v1.receipt.perClass[0]!.strata[0]).toEqual({ stratum: 'HIGH/NORMAL', eligible: 10, ratio: '0.1', quota: '1', selected: 1 });
    expect(verifyDraw(v1.receipt, candidates)).toEqual({ ok: true, diff: [] });
    expect(verifyDraw(JSON.parse(JSON.stringify(v1.receipt)), candidates)).toEqual({ ok: true, diff: [] });
    const v2 = draw(p, candidates, commitReveal(), 'ssj-draw/2');
    expect(v2.perClass[0]!.strata[0]).toEqual({ stratum: 'HIGH/NORMAL', eligible: 10, ratio: '0.15', quota: '1.5', selected: 2 });
    expect(v2.seed).toBe(v1.receipt.seed); // same seed derivation: only the cap differs
    const relabelled = verifyDraw({ ...v1.receipt, algorithm: 'ssj-draw/2' }, candidates);
    expect(relabelled.ok).toBe(false);
    expect(relabelled.diff.some((d) => d.includes('分层配额不一致'))).toBe(true);
  });

  it('refuses an unknown version, at the draw and at verification', () => {
    const r = drawTargets({ parameters: above({ campaignOrdered: true }), candidates, seedInputs: commitReveal(), algorithm: 'ssj-draw/9' as never });
    expect(r).toMatchObject({ ok: false, code: 'DRAW.INVALID_PARAMETERS' });
    const ok = draw(above({ campaignOrdered: true }), candidates, commitReveal(), 'ssj-draw/2');
    const v = verifyDraw({ ...ok, algorithm: 'ssj-draw/9' as never }, candidates);
    expect(v).toEqual({ ok: false, diff: ['算法标识应为ssj-draw/1或ssj-draw/2或ssj-draw/3，回执中为“ssj-draw/9”，无法复核'] });
  });

  it('without campaignOrdered, ssj-draw/2 gives exactly the ssj-draw/1 result for the same inputs (only "algorithm" differs)', () => {
    const arbClass = (key: string) =>
      fc.record({
        key: fc.constant(key),
        filter: fc.constantFrom(null, { objectType: ['MINING'] }, { area: ['辛店街道'] }),
        ratio: fc.integer({ min: 1, max: 60 }).map((n) => n / 100),
        checkItems: fc.constantFrom<DrawClassInput['checkItems']>([GENERAL_ITEM], [KEY_ITEM], [GENERAL_ITEM, KEY_ITEM], [{ ...GENERAL_ITEM, ratioCap: 0.2 }]),
      });
    const arbCountClass = fc.record({ key: fc.constant('C'), count: fc.integer({ min: 1, max: 6 }), checkItems: fc.constant([GENERAL_ITEM]) });
    const arbPlainParams = fc.record({
      taskId: fc.constant('task-v'),
      generalRatioCap: fc.integer({ min: 1, max: 10 }).map((n) => n / 20),
      campaignOrdered: fc.constantFrom(false, undefined, null),
      classes: fc.tuple(arbClass('A'), arbClass('B'), arbCountClass).chain((cs) => fc.subarray(cs, { minLength: 1 })),
    }) as fc.Arbitrary<DrawParametersInput>;
    let drawn = 0;
    let refused = 0;
    fc.assert(
      fc.property(arbCandidates, arbPlainParams, arbSeed, (candidates, p, s) => {
        const a = drawTargets({ parameters: p, candidates, seedInputs: s, algorithm: 'ssj-draw/1' });
        const b = drawTargets({ parameters: p, candidates, seedInputs: s, algorithm: 'ssj-draw/2' });
        if (a.ok && b.ok) {
          drawn++;
          expect(b.receipt.algorithm).toBe('ssj-draw/2');
          expect({ ...b.receipt, algorithm: 'ssj-draw/1' }).toEqual(a.receipt);
        } else {
          refused++;
          expect(b).toEqual(a);
        }
      }),
      { numRuns: 150 },
    );
    // Both branches were exercised.
    expect(drawn).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(10);
  });
});

// ——— ssj-draw/3: the GENERAL cap per item across the task, rounding, G13 exemptions, approved campaigns ————————

describe("ssj-draw/3: a GENERAL item's cap holds across the whole task (rules 2, 9, 12)", () => {
  const at5 = (classes: DrawClassInput[], over: Partial<DrawParametersInput> = {}) => params(classes, { generalRatioCap: 0.05, ...over });
  const cls = (key: string, over: Partial<DrawClassInput> = {}): DrawClassInput => ({ key, ratio: 0.05, checkItems: [GENERAL_ITEM], ...over });
  const thousand = many(1000);

  it('refuses two (or five) classes at 5 % over the same population, which ssj-draw/2 drew at 9.6 % (23.4 %)', () => {
    const two = at5([cls('A'), cls('B')]);
    const old = draw(two, thousand, commitReveal(), 'ssj-draw/2');
    expect(old.result.length).toBeGreaterThan(50); // the bug: 5 % per class, more for the item
    const r = drawTargets({ parameters: two, candidates: thousand, seedInputs: commitReveal() });
    expect(r).toEqual({
      ok: false,
      code: 'DRAW.GENERAL_ITEM_ABOVE_CAP',
      items: [
        {
          checkItemId: 'CI-GEN',
          cap: 0.05,
          population: 1000,
          allowed: 50,
          asked: 100,
          classes: [
            { classKey: 'A', asked: 50 },
            { classKey: 'B', asked: 50 },
          ],
        },
      ],
    });
    const five = at5(['A', 'B', 'C', 'D', 'E'].map((k) => cls(k)));
    expect(draw(five, thousand, commitReveal(), 'ssj-draw/2').result.length).toBeGreaterThan(200);
    expect(drawTargets({ parameters: five, candidates: thousand, seedInputs: commitReveal() })).toMatchObject({
      ok: false,
      items: [{ allowed: 50, asked: 250 }],
    });
    // The same refusal before any seed exists (task set-up), from the parameters and the candidates alone.
    expect(checkDrawCaps(two, thousand)).toEqual(r);
    // One class at the cap draws exactly the cap.
    expect(draw(at5([cls('A')]), thousand).result).toHaveLength(50);
  });

  it('counts what overlapping and disjoint classes ask together, whatever their filters', () => {
    const split = thousand.map((c, i) => ({ ...c, area: i < 500 ? '辛店街道' : '齐都镇' }));
    // Disjoint halves at 5 % each: 25 + 25 of 1000 — allowed.
    const halves = at5([cls('X', { filter: { area: ['辛店街道'] } }), cls('Y', { filter: { area: ['齐都镇'] } })]);
    expect(draw(halves, split).result).toHaveLength(50);
    // A directed class over one half plus an undirected one over all: 25 + 50 > 50.
    const overlap = at5([cls('X', { filter: { area: ['辛店街道'] } }), cls('ALL')]);
    expect(drawTargets({ parameters: overlap, candidates: split, seedInputs: commitReveal() })).toMatchObject({
      ok: false,
      code: 'DRAW.GENERAL_ITEM_ABOVE_CAP',
      items: [{ population: 1000, allowed: 50, asked: 75 }],
    });
    // A COUNT class and a RATIO class on the same item add up too.
    expect(
      drawTargets({
        parameters: at5([cls('R', { ratio: 0.03 }), { key: 'C', count: 21, checkItems: [GENERAL_ITEM] }]),
        candidates: thousand,
        seedInputs: commitReveal(),
      }),
    ).toMatchObject({ ok: false, items: [{ allowed: 50, asked: 51 }] });
    expect(draw(at5([cls('R', { ratio: 0.03 }), { key: 'C', count: 20, checkItems: [GENERAL_ITEM] }]), thousand).result.length).toBeLessThanOrEqual(50);
    // Another GENERAL item of the task is judged on its own; a KEY item imposes nothing.
    const two = at5([cls('A', { checkItems: [GENERAL_ITEM] }), cls('B', { checkItems: [{ id: 'CI-GEN2', category: 'GENERAL' }, KEY_ITEM] })]);
    expect(draw(two, thousand).result.length).toBeLessThanOrEqual(100);
  });

  it('rounds down rather than above the cap, and judges COUNT and RATIO asking for the same number alike', () => {
    // 5 % of 30 = 1.5: ssj-draw/2 drew 2 (6.7 %); ssj-draw/3 draws 1.
    expect(draw(at5([cls('A')]), many(30), commitReveal(), 'ssj-draw/2').result).toHaveLength(2);
    expect(draw(at5([cls('A')]), many(30)).result).toHaveLength(1);
    expect(
      drawTargets({ parameters: at5([{ key: 'A', count: 2, checkItems: [GENERAL_ITEM] }]), candidates: many(30), seedInputs: commitReveal() }),
    ).toMatchObject({ ok: false, items: [{ population: 30, allowed: 1, asked: 2 }] });
    expect(draw(at5([{ key: 'A', count: 1, checkItems: [GENERAL_ITEM] }]), many(30)).result).toHaveLength(1);
    // cap × population < 1 (5 % of 10 = 0.5): no target of the item may be drawn by ratio — refused as a ratio
    // (ssj-draw/2 allowed it rounded up) exactly as it is refused as a count.
    expect(draw(at5([cls('A')]), many(10), commitReveal(), 'ssj-draw/2').result).toHaveLength(1);
    const asRatio = drawTargets({ parameters: at5([cls('A')]), candidates: many(10), seedInputs: commitReveal() });
    const asCount = drawTargets({ parameters: at5([{ key: 'A', count: 1, checkItems: [GENERAL_ITEM] }]), candidates: many(10), seedInputs: commitReveal() });
    expect(asRatio).toMatchObject({ ok: false, code: 'DRAW.GENERAL_ITEM_ABOVE_CAP', items: [{ population: 10, allowed: 0, asked: 1 }] });
    expect(asCount).toMatchObject({ ok: false, code: 'DRAW.GENERAL_ITEM_ABOVE_CAP', items: [{ population: 10, allowed: 0, asked: 1 }] });
    // At 20 both ask 1 and both are allowed; a high-risk stratum is still held within the cap.
    expect(draw(at5([cls('A')]), many(20)).result).toHaveLength(1);
    expect(draw(at5([{ key: 'A', count: 1, checkItems: [GENERAL_ITEM] }]), many(20)).result).toHaveLength(1);
    expect(draw(at5([cls('A')]), many(40, 'H', { riskLevel: 'HIGH' })).result).toHaveLength(2);
  });

  it.each([
    ['KEY_INDUSTRY', { exemptions: ['KEY_INDUSTRY'] }],
    ['REPEATED_COMPLAINTS', { exemptions: ['REPEATED_COMPLAINTS'] }],
    ['ABNORMAL_LIST', { exemptions: ['ABNORMAL_LIST'] }],
    ['DISHONEST', { exemptions: ['DISHONEST'] }],
    ['SERIOUS_VIOLATION', { exemptions: ['SERIOUS_VIOLATION'] }],
    ['credit ABNORMAL', { creditStatus: 'ABNORMAL' }],
    ['credit DISHONEST', { creditStatus: 'DISHONEST' }],
  ] as const)('G13 %s: neither the ratio cap nor the yearly cap limits the subject', (_name, over) => {
    const exempt = many(10, 'X', { ...over, drawsThisYear: 2 } as Partial<DrawCandidateInput>);
    expect(exemptionGrounds(exempt[0]!).length).toBeGreaterThan(0);
    // 50 % of exempt subjects on a GENERAL item capped at 5 %: drawn, none held at the yearly cap.
    const r = draw(at5([cls('A', { ratio: 0.5 })]), exempt);
    expect(r.exclusions).toEqual([]);
    expect(r.result.length).toBeGreaterThanOrEqual(5);
    expect(yearlyCapExclusion(exempt[0]!, r.parameters, r.algorithm)).toBeNull();
    // Mixed with 20 ordinary subjects, the cap counts only those: 5 % of 20 = 1 ordinary, plus the exempt quota.
    const mixed = [...many(20, 'N'), ...exempt.map((c) => ({ ...c, drawsThisYear: 0 }))];
    const m = draw(at5([cls('A', { ratio: 0.05 })]), mixed);
    expect(m.result.filter((t) => t.targetId.startsWith('N'))).toHaveLength(1);
    expect(m.result.filter((t) => t.targetId.startsWith('X')).length).toBeGreaterThanOrEqual(1);
  });

  it('ssj-draw/2 held key-industry, complaint and serious-violation subjects at the ratio cap; ssj-draw/3 does not', () => {
    const key = many(10, 'K', { exemptions: ['KEY_INDUSTRY'], riskLevel: 'HIGH' });
    const old = draw(params([{ key: 'A', ratio: 0.1, checkItems: [GENERAL_ITEM] }]), key, commitReveal(), 'ssj-draw/2');
    expect(old.perClass[0]!.strata).toEqual([{ stratum: 'HIGH/NORMAL', eligible: 10, ratio: '0.1', quota: '1', selected: 1 }]);
    const now = draw(params([{ key: 'A', ratio: 0.1, checkItems: [GENERAL_ITEM] }]), key);
    expect(now.perClass[0]!.strata).toEqual([{ stratum: 'HIGH/NORMAL/EXEMPT', eligible: 10, ratio: '0.15', quota: '1.5', selected: 2 }]);
    expect(verifyDraw(now, key)).toEqual({ ok: true, diff: [] });
    expect(verifyDraw({ ...now, algorithm: 'ssj-draw/2' }, key).ok).toBe(false);
  });
});

describe('ssj-draw/3: a campaign order lifts the caps only once approved, and only for directed classes (rule 9, G13)', () => {
  const approval = { documentNumber: '淄自然资字〔2026〕21号', documentDate: '2026-07-10', approvedBy: 'admin' };
  const directed: DrawClassInput = { key: 'D', filter: { area: ['辛店街道'] }, ratio: 0.3, checkItems: [GENERAL_ITEM] };
  const undirected: DrawClassInput = { key: 'U', ratio: 0.3, checkItems: [GENERAL_ITEM] };
  const list = many(20, 'T', { drawsThisYear: 2 });

  it('applies both caps to a campaign-ordered task until the lead unit approved it', () => {
    const unapproved = params([directed], { campaignOrdered: true });
    // The yearly cap still holds everybody, so there is nobody to draw and nothing above the cap…
    const r = draw(unapproved, list);
    expect(r.exclusions.map((e) => e.code)).toEqual(Array(20).fill('DRAW.EXCLUDED_YEARLY_CAP'));
    expect(r.result).toEqual([]);
    // …and with fresh subjects the ratio cap refuses 30 %.
    expect(drawTargets({ parameters: unapproved, candidates: many(20), seedInputs: commitReveal() })).toMatchObject({
      ok: false,
      code: 'DRAW.GENERAL_ITEM_ABOVE_CAP',
    });
    // ssj-draw/2 lifted both on the flag alone.
    expect(draw(unapproved, list, commitReveal(), 'ssj-draw/2').result).toHaveLength(6);
  });

  it('lifts both for a directed class once approved; the approval is in the receipt and its hash', () => {
    const approved = params([directed], { campaignOrdered: true, campaignApproval: approval });
    const r = draw(approved, list);
    expect(r.exclusions).toEqual([]);
    expect(r.result).toHaveLength(6);
    expect(r.parameters.campaignApproval).toEqual(approval);
    expect(verifyDraw(r, list)).toEqual({ ok: true, diff: [] });
    const forged = { ...r, parameters: { ...r.parameters, campaignApproval: { ...approval, documentNumber: '伪造' } } };
    expect(verifyDraw(forged, list).ok).toBe(false);
    // Parameters without an approval record no key at all, so earlier versions' hashes are unchanged.
    const plain = normalizeDrawParameters(params([directed], { campaignOrdered: true, campaignApproval: null }));
    expect(plain.ok && 'campaignApproval' in plain.parameters).toBe(false);
  });

  it('does not lift anything for an undirected class, even approved', () => {
    const mixed = params([directed, undirected], { campaignOrdered: true, campaignApproval: approval });
    const r = drawTargets({ parameters: mixed, candidates: many(20), seedInputs: commitReveal() });
    expect(r).toMatchObject({ ok: false, items: [{ classes: [{ classKey: 'U', asked: 6 }] }] });
    const onlyUndirected = params([undirected], { campaignOrdered: true, campaignApproval: approval });
    const y = draw(onlyUndirected, list);
    expect(y.exclusions).toHaveLength(20);
    expect(campaignLiftsCaps({ campaignOrdered: true, campaignApproval: approval }, { filter: normalizeFilter({}) })).toBe(false);
  });

  it('refuses an approval without its basis or on a task that is not campaign-ordered', () => {
    expect(normalizeDrawParameters(params([directed], { campaignApproval: approval }))).toMatchObject({ ok: false, code: 'DRAW.INVALID_PARAMETERS' });
    expect(normalizeDrawParameters(params([directed], { campaignOrdered: true, campaignApproval: { ...approval, documentNumber: '' } }))).toMatchObject({
      ok: false,
    });
    expect(normalizeDrawParameters(params([directed], { campaignOrdered: true, campaignApproval: { ...approval, documentDate: '2026-13-01' } }))).toMatchObject(
      { ok: false },
    );
  });
});

function normalizeFilter(f: Partial<Record<'objectType' | 'scale' | 'industry' | 'area' | 'libraryId', string[] | null>>) {
  return { objectType: null, scale: null, industry: null, area: null, libraryId: null, ...f };
}

// ——— classes, filters, merge (rules 11, 12) ————————————————————————————————————————

describe('classes', () => {
  const candidates = [...many(6, 'X', { area: '辛店街道', objectType: 'MINING' }), ...many(6, 'Y', { area: '齐都镇', objectType: 'LAND_USE' })];

  it('draws a directed class only from targets matching its filter, an undirected one from all', () => {
    const r = draw(
      params([
        { key: 'dir', filter: { area: ['齐都镇'] }, ratio: 1, checkItems: [KEY_ITEM] },
        { key: 'und', filter: { area: [] }, count: 12, checkItems: [KEY_ITEM] },
      ]),
      candidates,
    );
    const [dir, und] = r.perClass;
    expect(dir!.ranking.every((e) => e.candidateId.startsWith('Y'))).toBe(true);
    expect(dir!.eligibleCount).toBe(6);
    expect(und!.eligibleCount).toBe(12);
  });

  it('draws classes separately and merges them: a target drawn twice appears once with both classes', () => {
    const r = draw(
      params([
        { key: 'mining', filter: { objectType: ['MINING'] }, ratio: 1, checkItems: [KEY_ITEM] },
        { key: 'zone', filter: { area: ['辛店街道', '齐都镇'] }, count: 12, checkItems: [{ id: 'CI-2', category: 'KEY' }] },
      ]),
      candidates,
    );
    expect(r.result).toHaveLength(12);
    expect(r.result.find((t) => t.targetId === 'X000')).toEqual({ targetId: 'X000', classKeys: ['mining', 'zone'] });
    expect(r.result.find((t) => t.targetId === 'Y000')).toEqual({ targetId: 'Y000', classKeys: ['zone'] });
  });

  it('ranks each class with its own key, so rankings of two classes over the same targets differ', () => {
    const r = draw(
      params([
        { key: 'a', count: 1, checkItems: [KEY_ITEM] },
        { key: 'b', count: 1, checkItems: [KEY_ITEM] },
      ]),
      many(30),
    );
    expect(r.perClass[0]!.ranking.map((e) => e.candidateId)).not.toEqual(r.perClass[1]!.ranking.map((e) => e.candidateId));
  });
});

// ——— replacements ——————————————————————————————————————————————————————————————————

describe('nextInRanking', () => {
  it('continues the class ranking, skipping drawn and excluded targets', () => {
    const r = draw(params([{ key: 'A', count: 2, checkItems: [KEY_ITEM] }]), many(6));
    const ranking = r.perClass[0]!.ranking;
    expect(nextInRanking(r, 'A')).toMatchObject({ ok: true, candidateId: ranking[2]!.candidateId, rank: 3 });
    expect(nextInRanking(r, 'A', [ranking[2]!.candidateId])).toMatchObject({ ok: true, rank: 4 });
    const all = ranking.slice(2).map((e) => e.candidateId);
    expect(nextInRanking(r, 'A', all)).toEqual({ ok: false, code: 'DRAW.RANKING_EXHAUSTED', classKey: 'A' });
    expect(nextInRanking(r, 'nope')).toMatchObject({ ok: false, code: 'DRAW.UNKNOWN_CLASS' });
  });

  it('can stay within a stratum', () => {
    const r = draw(params([{ key: 'A', ratio: 0.1, checkItems: [KEY_ITEM] }]), [
      ...many(10, 'H', { riskLevel: 'HIGH' }),
      ...many(10, 'L', { riskLevel: 'LOW' }),
    ]);
    const next = nextInRanking(r, 'A', [], { stratum: 'LOW/NORMAL' });
    expect(next).toMatchObject({ ok: true, stratum: 'LOW/NORMAL' });
    expect(next.ok && next.candidateId.startsWith('L')).toBe(true);
  });
});

// ——— verification properties (rule 17) ——————————————————————————————————————————————

const arbCandidate = (id: string) =>
  fc.record({
    id: fc.constant(id),
    objectType: fc.constantFrom('MINING', 'LAND_USE'),
    scale: fc.constantFrom('SMALL', 'LARGE', null),
    industry: fc.constantFrom('B10', 'C30'),
    area: fc.constantFrom('辛店街道', '齐都镇', null),
    libraryId: fc.constantFrom('lib-1', 'lib-2'),
    riskLevel: fc.constantFrom('LOW' as const, 'MEDIUM' as const, 'HIGH' as const),
    creditStatus: fc.constantFrom('NORMAL' as const, 'NORMAL' as const, 'DISHONEST' as const, 'ABNORMAL' as const),
    registrationStatus: fc.constantFrom('ACTIVE' as const, 'ACTIVE' as const, 'ACTIVE' as const, 'DEREGISTERED' as const),
    drawsThisYear: fc.integer({ min: 0, max: 3 }),
    exemptions: fc.subarray(['KEY_INDUSTRY', 'DIRECTED'] as const),
  });

const arbCandidates = fc
  .uniqueArray(fc.stringMatching(/^[A-Za-z0-9-]{1,8}$/), { minLength: 1, maxLength: 25 })
  .chain((ids) => fc.tuple(...ids.map(arbCandidate)));

const arbParams: fc.Arbitrary<DrawParametersInput> = fc.record({
  taskId: fc.constant('task-p'),
  generalRatioCap: fc.constant(0.5),
  classes: fc.constant<DrawClassInput[]>([
    { key: 'all', ratio: 0.3, checkItems: [GENERAL_ITEM] },
    { key: 'mining', filter: { objectType: ['MINING'] }, count: 3, checkItems: [KEY_ITEM] },
  ]),
});

const arbSeed = fc
  .tuple(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.string({ minLength: 1, maxLength: 12 }))
  .map(([bytes, witnessEntropy]): SeedInputs => {
    const serverSecret = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return { source: 'COMMIT_REVEAL', serverSecret, commitment: makeCommitment(serverSecret), witnessEntropy };
  });

function tryDraw(p: DrawParametersInput, c: DrawCandidateInput[], s: SeedInputs): DrawReceipt | null {
  const r = drawTargets({ parameters: p, candidates: c, seedInputs: s });
  return r.ok ? r.receipt : null; // a COUNT class can exceed the cap on tiny lists: a legitimate refusal
}

describe('verification properties', () => {
  it('the same inputs always give the same receipt, and it verifies (also after a JSON round trip)', () => {
    fc.assert(
      fc.property(arbCandidates, arbParams, arbSeed, (candidates, p, s) => {
        const r = tryDraw(p, candidates, s);
        fc.pre(r !== null);
        expect(tryDraw(p, candidates, s)).toEqual(r);
        expect(verifyDraw(r!, candidates)).toEqual({ ok: true, diff: [] });
        expect(verifyDraw(JSON.parse(JSON.stringify(r)), JSON.parse(JSON.stringify(candidates))).ok).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('the order of the candidate list does not matter', () => {
    fc.assert(
      fc.property(
        arbCandidates.chain((c) => fc.tuple(fc.constant(c), fc.shuffledSubarray(c, { minLength: c.length }))),
        arbParams,
        arbSeed,
        ([candidates, shuffled], p, s) => {
          expect(tryDraw(p, shuffled, s)).toEqual(tryDraw(p, candidates, s));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('changing one candidate changes the list hash and fails verification', () => {
    fc.assert(
      fc.property(arbCandidates, arbParams, arbSeed, fc.nat(), (candidates, p, s, pick) => {
        const r = tryDraw(p, candidates, s);
        fc.pre(r !== null);
        const i = pick % candidates.length;
        const changed = candidates.map((c, j) => (j === i ? { ...c, drawsThisYear: c.drawsThisYear + 1 } : c));
        const v = verifyDraw(r!, changed);
        expect(v.ok).toBe(false);
        expect(v.diff.some((d) => d.startsWith('候选名单哈希不一致'))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('changing the seed, its inputs or a parameter fails verification', () => {
    fc.assert(
      fc.property(arbCandidates, arbParams, arbSeed, (candidates, p, s) => {
        const r = tryDraw(p, candidates, s);
        fc.pre(r !== null && r.seedInputs.source === 'COMMIT_REVEAL');
        const otherSeed = sha256HexOfText(r!.seed);
        expect(verifyDraw({ ...r!, seed: otherSeed }, candidates).ok).toBe(false);
        const si = r!.seedInputs as Extract<SeedInputs, { source: 'COMMIT_REVEAL' }>;
        expect(verifyDraw({ ...r!, seedInputs: { ...si, witnessEntropy: `${si.witnessEntropy}x` } }, candidates).ok).toBe(false);
        const classes = r!.parameters.classes.map((c, i) => (i === 0 ? { ...c, ratio: 0.31 } : c));
        const v = verifyDraw({ ...r!, parameters: { ...r!.parameters, classes } }, candidates);
        expect(v.ok).toBe(false);
        expect(v.diff.some((d) => d.startsWith('抽取参数哈希不一致'))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('a receipt whose result was edited fails verification, naming the target', () => {
    const candidates = many(20);
    const r = draw(params([{ key: 'A', count: 3, checkItems: [KEY_ITEM] }]), candidates);
    const swapped = r.perClass[0]!.ranking[3]!.candidateId;
    const edited: DrawReceipt = { ...r, result: [...r.result.slice(1), { targetId: swapped, classKeys: ['A'] }] };
    const v = verifyDraw(edited, candidates);
    expect(v.ok).toBe(false);
    expect(v.diff).toContain(`抽取结果：回执中有“${swapped}”，但按复核不应被抽中`);
    expect(v.diff).toContain(`抽取结果：“${r.result[0]!.targetId}”应被抽中（类别A），回执结果中没有`);
  });

  it('checks against the values published before the draw', () => {
    const candidates = many(5);
    const r = draw(params([everyone()]), candidates);
    expect(verifyDraw(r, candidates, { commitment: makeCommitment(SECRET), candidateListHash: r.candidateListHash }).ok).toBe(true);
    expect(verifyDraw(r, candidates, { commitment: sha256HexOfText('x') }).ok).toBe(false);
  });

  it('reports a malformed receipt or list as a failed check instead of crashing', () => {
    const candidates = many(3);
    const r = draw(params([everyone()]), candidates);
    const broken = [
      { ...r, parameters: null },
      { ...r, perClass: null, result: [null] },
      { ...r, seedInputs: { source: 'LOTTERY', lotteries: [null] } },
      { algorithm: 'ssj-draw/1' },
    ] as unknown as DrawReceipt[];
    for (const b of broken) expect(verifyDraw(b, candidates).ok).toBe(false);
    expect(verifyDraw(r, [null] as unknown as DrawCandidateInput[]).ok).toBe(false);
    expect(verifyDraw(null as unknown as DrawReceipt, candidates).ok).toBe(false);
  });

  it('refuses duplicate candidate ids', () => {
    expect(freezeCandidates([cand('T1'), cand('T1')])).toMatchObject({ ok: false, code: 'DRAW.DUPLICATE_CANDIDATE', ids: ['T1'] });
  });
});

// ——— uniformity ————————————————————————————————————————————————————————————————————

describe('uniformity', () => {
  it('picks each of 20 candidates equally often over 2000 fixed seeds (chi-square below the 0.999 critical value)', () => {
    const candidates = many(20);
    const p = params([{ key: 'A', count: 1, checkItems: [KEY_ITEM] }]);
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i++) {
      const r = draw(p, candidates, commitReveal(`witness-${i}`));
      const id = r.result[0]!.targetId;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const expected = 2000 / 20;
    let chi2 = 0;
    for (const c of candidates) chi2 += ((counts.get(c.id) ?? 0) - expected) ** 2 / expected;
    // χ²(df = 19), P = 0.999 → 43.82
    expect(chi2).toBeLessThan(43.82);
  });
});

describe('candidateOf (rule 9: the API and the demo seed build candidates through it)', () => {
  const target = {
    id: 't1',
    objectType: '矿山',
    scale: null,
    industry: null,
    area: '凤凰镇',
    libraryId: 'lib',
    riskLevel: 'LOW' as const,
    creditStatus: 'DISHONEST' as const,
    registrationStatus: 'ACTIVE' as const,
    keyIndustry: true,
    repeatedComplaints: false,
    seriousViolation: true,
  };

  it('records every ground for exemption, sorted, and nothing else of the directory', () => {
    expect(candidateOf(target, 2)).toEqual({
      id: 't1',
      objectType: '矿山',
      scale: null,
      industry: null,
      area: '凤凰镇',
      libraryId: 'lib',
      riskLevel: 'LOW',
      creditStatus: 'DISHONEST',
      registrationStatus: 'ACTIVE',
      drawsThisYear: 2,
      exemptions: ['DISHONEST', 'KEY_INDUSTRY', 'SERIOUS_VIOLATION'],
    });
  });

  it('gives an abnormal-list target ABNORMAL_LIST and a plain one none', () => {
    expect(exemptionsOf({ ...target, keyIndustry: false, seriousViolation: false, creditStatus: 'ABNORMAL' })).toEqual(['ABNORMAL_LIST']);
    expect(exemptionsOf({ ...target, keyIndustry: false, seriousViolation: false, creditStatus: 'NORMAL' })).toEqual([]);
  });
});
