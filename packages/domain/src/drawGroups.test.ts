// planDrawByGroups + finishDrawByGroups (a draw over groups of identical candidates, ranked by the caller) give the
// receipt drawTargets gives with ranking SELECTED, and checkDrawCapsByGroups the refusal checkDrawCaps gives.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  type CandidateGroup,
  checkDrawCaps,
  checkDrawCapsByGroups,
  type DrawAlgorithm,
  type DrawCandidate,
  type DrawCandidateInput,
  type DrawExclusion,
  type DrawParametersInput,
  drawTargets,
  finishDrawByGroups,
  freezeCandidates,
  makeCommitment,
  planDrawByGroups,
  rankingHmac,
  type RankedCandidate,
} from './drawing.ts';

const SECRET = 'a'.repeat(64);
const seedInputs = { source: 'COMMIT_REVEAL' as const, commitment: makeCommitment(SECRET), serverSecret: SECRET, witnessEntropy: '1-2-3' };

const groupKey = (c: DrawCandidateInput) => JSON.stringify({ ...c, id: undefined });

function groupsOf(list: readonly DrawCandidate[]): CandidateGroup[] {
  const out = new Map<string, CandidateGroup>();
  for (const c of list) {
    const key = groupKey(c);
    const g = out.get(key) ?? { key, count: 0, candidate: { ...c } };
    g.count++;
    out.set(key, g);
  }
  return [...out.values()];
}

/** What the API does in SQL, here over the list: rank each class's members and take the planned seats. */
function byGroups(list: readonly DrawCandidate[], parameters: DrawParametersInput, algorithm: DrawAlgorithm) {
  const frozen = freezeCandidates(list);
  if (!frozen.ok) throw new Error('bad list');
  const groups = groupsOf(frozen.candidates);
  const planned = planDrawByGroups({
    parameters,
    groups,
    candidateListHash: frozen.candidateListHash,
    candidateCount: frozen.candidateCount,
    seedInputs,
    algorithm,
  });
  if (!planned.ok) return planned;
  const { plan } = planned;
  const label = new Map(plan.labels.map((l) => [l.key, l]));
  const exclusions: DrawExclusion[] = [];
  for (const c of frozen.candidates) {
    const ex = label.get(groupKey(c))!.exclusion;
    if (ex) exclusions.push({ candidateId: c.id, ...ex });
  }
  const selected = new Map<string, Omit<RankedCandidate, 'selected'>[]>();
  for (const cls of plan.classes) {
    const ranked = frozen.candidates
      .filter((c) => label.get(groupKey(c))!.classKeys.includes(cls.classKey))
      .map((c) => ({ c, stratum: label.get(groupKey(c))!.stratum, hmac: rankingHmac(plan.seed, `${cls.classKey}:${c.id}`) }))
      .sort((a, b) => (a.hmac < b.hmac ? -1 : a.hmac > b.hmac ? 1 : a.c.id < b.c.id ? -1 : 1));
    const left = new Map(Object.entries(cls.seats ?? {}));
    const out: Omit<RankedCandidate, 'selected'>[] = [];
    ranked.forEach((r, i) => {
      const take = cls.seats ? (left.get(r.stratum) ?? 0) > 0 : i < cls.take;
      if (!take) return;
      if (cls.seats) left.set(r.stratum, left.get(r.stratum)! - 1);
      out.push({ rank: i + 1, candidateId: r.c.id, stratum: r.stratum, hmac: r.hmac });
    });
    selected.set(cls.classKey, out);
  }
  return { ok: true as const, receipt: finishDrawByGroups(plan, selected, exclusions) };
}

const candidate = fc.record({
  objectType: fc.constantFrom('MINING', 'LAND'),
  scale: fc.constantFrom('SMALL', 'LARGE', null),
  industry: fc.constant('B10'),
  area: fc.constantFrom('东', '西'),
  libraryId: fc.constantFrom('lib-1', 'lib-2'),
  riskLevel: fc.constantFrom('LOW' as const, 'MEDIUM' as const, 'HIGH' as const),
  creditStatus: fc.constantFrom('NORMAL' as const, 'NORMAL' as const, 'NORMAL' as const, 'DISHONEST' as const, 'ABNORMAL' as const),
  registrationStatus: fc.constantFrom('ACTIVE' as const, 'ACTIVE' as const, 'ACTIVE' as const, 'REVOKED' as const),
  drawsThisYear: fc.integer({ min: 0, max: 3 }),
  exemptions: fc.constantFrom([], [], ['KEY_INDUSTRY' as const], ['SERIOUS_VIOLATION' as const, 'REPEATED_COMPLAINTS' as const]),
});

const klass = fc.record({
  ratio: fc.option(fc.constantFrom(0.03, 0.05, 0.1, 0.5), { nil: null }),
  count: fc.integer({ min: 0, max: 30 }),
  objectType: fc.option(fc.constant('MINING'), { nil: null }),
  area: fc.option(fc.constant('东'), { nil: null }),
  general: fc.boolean(),
});

describe('draws over groups of identical candidates', () => {
  it('give drawTargets’ compact receipt (or its refusal), and checkDrawCapsByGroups checkDrawCaps’ answer', () => {
    fc.assert(
      fc.property(
        fc.array(candidate, { minLength: 0, maxLength: 120 }),
        fc.array(klass, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        fc.constantFrom<DrawAlgorithm>('ssj-draw/2', 'ssj-draw/3'),
        (cs, ks, campaign, algorithm) => {
          const list = cs.map((c, i) => ({ id: `T${String(i).padStart(4, '0')}`, ...c, exemptions: [...c.exemptions] }));
          const parameters: DrawParametersInput = {
            taskId: 'task-1',
            generalRatioCap: 0.1,
            campaignOrdered: campaign,
            classes: ks.map((k, i) => ({
              key: `c${i}`,
              label: `类别${i}`,
              filter: { objectType: k.objectType ? [k.objectType] : null, area: k.area ? [k.area] : null },
              ratio: k.ratio,
              count: k.ratio === null ? k.count : null,
              checkItems: [k.general ? { id: 'CI-GEN', category: 'GENERAL' as const } : { id: 'CI-KEY', category: 'KEY' as const }],
            })),
          };
          const expected = drawTargets({ parameters, candidates: list, seedInputs, algorithm, ranking: 'SELECTED' });
          expect(JSON.parse(JSON.stringify(byGroups(list, parameters, algorithm)))).toEqual(JSON.parse(JSON.stringify(expected)));
          const frozen = freezeCandidates(list);
          if (!frozen.ok) throw new Error('bad list');
          expect(checkDrawCapsByGroups(parameters, groupsOf(frozen.candidates), algorithm)).toEqual(checkDrawCaps(parameters, list, algorithm));
        },
      ),
      { numRuns: 150 },
    );
  });
});
