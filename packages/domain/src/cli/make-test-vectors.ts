// Generates the published test vectors — draws (inputs + the receipt this implementation produces) so that an
// independent re-implementation of the verifier can check itself — one file per algorithm version:
//   test-vectors/draws.json     ssj-draw/1 (published first; must never change)
//   test-vectors/draws-v2.json  ssj-draw/2: the same inputs, plus campaign-ordered draws where /2 differs
//   test-vectors/draws-v3.json  ssj-draw/3: the same inputs, plus draws where /3's caps, strata and rounding differ
// Run after adding a version (a deliberate algorithm change needs a new DRAW_ALGORITHM, never new /1 vectors):
//   npx tsx packages/domain/src/cli/make-test-vectors.ts
// testVectors.test.ts fails whenever the code no longer reproduces a file.

import { writeFileSync } from 'node:fs';
import {
  drawTargets,
  freezeCandidates,
  makeCommitment,
  type DrawAlgorithm,
  type DrawCandidateInput,
  type DrawParametersInput,
  type SeedInputs,
} from '../drawing.ts';

function c(id: string, over: Partial<DrawCandidateInput> = {}): DrawCandidateInput {
  return {
    id,
    objectType: 'MINING',
    scale: 'SMALL',
    industry: 'B10',
    area: '辛店街道',
    libraryId: 'lib-mining',
    riskLevel: 'MEDIUM',
    creditStatus: 'NORMAL',
    registrationStatus: 'ACTIVE',
    drawsThisYear: 0,
    exemptions: [],
    ...over,
  };
}

function commitReveal(secret: string, witnessEntropy: string): SeedInputs {
  return { source: 'COMMIT_REVEAL', commitment: makeCommitment(secret), serverSecret: secret, witnessEntropy };
}

const risks = ['HIGH', 'MEDIUM', 'LOW'] as const;
const credits = ['NORMAL', 'NORMAL', 'DISHONEST', 'ABNORMAL'] as const;
const areas = ['辛店街道', '齐都镇', '凤凰镇'] as const;

interface VectorInput {
  name: string;
  description: string;
  parameters: DrawParametersInput;
  candidates: DrawCandidateInput[];
  seedInputs: SeedInputs;
}

const inputs: VectorInput[] = [
  {
    name: 'basic-commit-reveal',
    description: 'One undirected COUNT class of 3 over 8 candidates; commit–reveal seed.',
    parameters: {
      taskId: 'vector-1',
      generalRatioCap: 0.5,
      classes: [{ key: 'A', count: 3, checkItems: [{ id: 'CI-01', category: 'KEY' }] }],
    },
    candidates: Array.from({ length: 8 }, (_, i) => c(`T${i + 1}`)),
    seedInputs: commitReveal('00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff', '2026-05-06 见证人 4711'),
  },
  {
    name: 'exclusions-and-exemptions',
    description:
      'Deregistered / revoked / unreachable subjects and a third draw in the year are excluded before ranking; ' +
      'exempt subjects (repeated complaints, dishonest) are not. RATIO 0.5 on a KEY item.',
    parameters: {
      taskId: 'vector-2',
      generalRatioCap: 0.1,
      classes: [{ key: 'A', ratio: 0.5, checkItems: [{ id: 'CI-02', category: 'KEY' }] }],
    },
    candidates: [
      c('E01', { registrationStatus: 'DEREGISTERED' }),
      c('E02', { registrationStatus: 'REVOKED' }),
      c('E03', { registrationStatus: 'UNREACHABLE' }),
      c('E04', { drawsThisYear: 2 }),
      c('E05', { drawsThisYear: 2, exemptions: ['REPEATED_COMPLAINTS'] }),
      c('E06', { drawsThisYear: 2, creditStatus: 'DISHONEST' }),
      c('E07', { drawsThisYear: 1 }),
      c('E08'),
      c('E09'),
      c('E10', { drawsThisYear: 3, exemptions: ['KEY_INDUSTRY', 'SERIOUS_VIOLATION'] }),
    ],
    seedInputs: commitReveal('a5'.repeat(32), 'witness: 9 2 6 5 3'),
  },
  {
    name: 'strata-risk-credit',
    description:
      '36 candidates over risk levels and credit statuses, RATIO 0.2 on a GENERAL item (cap 0.2), default factors: ' +
      'stratum quotas n × min(1, 0.2 × risk × credit), rounded once per class by largest remainder.',
    parameters: {
      taskId: 'vector-3',
      generalRatioCap: 0.2,
      classes: [{ key: 'S', label: '分层抽取', ratio: 0.2, checkItems: [{ id: 'CI-03', category: 'GENERAL' }] }],
    },
    candidates: Array.from({ length: 36 }, (_, i) =>
      c(`R${String(i).padStart(2, '0')}`, { riskLevel: risks[i % 3]!, creditStatus: credits[Math.floor(i / 3) % 4]! }),
    ),
    seedInputs: commitReveal('5e'.repeat(32), '现场随机数 20260506'),
  },
  {
    name: 'multi-class-merge',
    description:
      'Two classes drawn separately and merged: a directed class (objectType LAND_USE in two areas, RATIO 0.5) and a ' +
      'directed COUNT class by library; a target drawn by both appears once with both class keys.',
    parameters: {
      taskId: 'vector-4',
      generalRatioCap: 0.1,
      classes: [
        {
          key: 'land',
          filter: { objectType: ['LAND_USE'], area: ['齐都镇', '辛店街道'] },
          ratio: 0.5,
          checkItems: [{ id: 'CI-04', category: 'KEY' }],
        },
        { key: 'lib2', filter: { libraryId: ['lib-2'] }, count: 4, checkItems: [{ id: 'CI-05', category: 'KEY' }] },
      ],
    },
    candidates: Array.from({ length: 24 }, (_, i) =>
      c(`M${String(i).padStart(2, '0')}`, {
        objectType: i % 2 === 0 ? 'LAND_USE' : 'MINING',
        area: areas[i % 3]!,
        libraryId: i % 4 < 2 ? 'lib-1' : 'lib-2',
        scale: i % 5 === 0 ? null : 'SMALL',
      }),
    ),
    seedInputs: commitReveal('c3'.repeat(32), 'entropy-4'),
  },
  {
    name: 'lottery-seed',
    description: 'Seed from two public lottery results (RFC 3797 style): the first unordered (sorted before use), the second ordered.',
    parameters: {
      taskId: 'vector-5',
      generalRatioCap: 0.3,
      classes: [{ key: 'L', ratio: 0.25, checkItems: [{ id: 'CI-06', category: 'GENERAL' }] }],
    },
    candidates: Array.from({ length: 12 }, (_, i) => c(`L${i + 1}`)),
    seedInputs: {
      source: 'LOTTERY',
      lotteries: [
        { name: '双色球 第2026051期（红球）', drawDate: '2026-05-07', numbers: [23, 4, 31, 11, 19, 27], ordered: false },
        { name: '排列三 第2026120期', drawDate: '2026-05-07', numbers: [7, 0, 7], ordered: true },
      ],
    },
  },
  {
    name: 'unicode-ids',
    description:
      'Ids outside ASCII pin down the sort order: UTF-16 code units (JavaScript default), so "𠀀" (U+20000, ' +
      'surrogates D840 DC00) sorts before "Ａ" (U+FF21); HMAC messages are UTF-8.',
    parameters: {
      taskId: 'vector-6',
      generalRatioCap: 0.1,
      classes: [{ key: '类别甲', count: 2, checkItems: [{ id: 'CI-07', category: 'KEY' }] }],
    },
    candidates: ['Ａ', '𠀀', '中', 'b', 'B', 'a-1', '9'].map((id) => c(id, { industry: null, area: null })),
    seedInputs: commitReveal('7f'.repeat(32), 'ü 中 🎲'),
  },
];

// ssj-draw/2 only: campaign-ordered draws (rule 9, G13: exempt from ratio and frequency limits), where /2 has no
// GENERAL ratio cap. Under ssj-draw/1 the first and third are refused and the second draws fewer.
const campaignInputs: VectorInput[] = [
  {
    name: 'campaign-ordered-above-general-cap',
    description:
      'campaignOrdered: a RATIO class of 0.3 on a GENERAL item whose cap is 0.1, with default factors over risk ' +
      'levels: no refusal and no stratum held at the cap (HIGH/NORMAL gets 0.45). A subject drawn twice this year ' +
      'is not excluded either (no yearly cap). ssj-draw/1 refuses these parameters (DRAW.GENERAL_RATIO_ABOVE_CAP).',
    parameters: {
      taskId: 'vector-v2-1',
      generalRatioCap: 0.1,
      campaignOrdered: true,
      classes: [{ key: 'Z', label: '专项整治', ratio: 0.3, checkItems: [{ id: 'CI-08', category: 'GENERAL' }] }],
    },
    candidates: Array.from({ length: 30 }, (_, i) => c(`Z${String(i).padStart(2, '0')}`, { riskLevel: risks[i % 3]!, drawsThisYear: i === 7 ? 2 : 0 })),
    seedInputs: commitReveal('d1'.repeat(32), '专项整治 见证人 3 8 1'),
  },
  {
    name: 'campaign-ordered-at-cap-high-risk',
    description:
      'campaignOrdered: RATIO 0.1 on a GENERAL item with cap 0.1 (within the cap), 10 HIGH and 10 MEDIUM risk: ' +
      'HIGH/NORMAL gets 0.15 (quota 1.5) instead of being held at 0.1, so 3 are drawn where ssj-draw/1 draws 2 ' +
      'from the same inputs: a verifier must run the version the receipt names.',
    parameters: {
      taskId: 'vector-v2-2',
      generalRatioCap: 0.1,
      campaignOrdered: true,
      classes: [{ key: 'H', ratio: 0.1, checkItems: [{ id: 'CI-09', category: 'GENERAL' }] }],
    },
    candidates: [...Array.from({ length: 10 }, (_, i) => c(`H${i}`, { riskLevel: 'HIGH' })), ...Array.from({ length: 10 }, (_, i) => c(`M${i}`))],
    seedInputs: commitReveal('e2'.repeat(32), '上级交办 2026-06-01'),
  },
  {
    name: 'campaign-ordered-count-above-cap',
    description:
      'campaignOrdered: a COUNT class of 5 over 10 eligible (0.5) on a GENERAL item with its own cap 0.2, and a ' +
      'KEY class: the GENERAL cap is not measured at all. Lottery seed.',
    parameters: {
      taskId: 'vector-v2-3',
      generalRatioCap: 0.3,
      campaignOrdered: true,
      classes: [
        { key: 'cnt', filter: { area: ['齐都镇'] }, count: 5, checkItems: [{ id: 'CI-10', category: 'GENERAL', ratioCap: 0.2 }] },
        { key: 'key', ratio: 0.5, checkItems: [{ id: 'CI-11', category: 'KEY' }] },
      ],
    },
    candidates: Array.from({ length: 20 }, (_, i) => c(`C${String(i).padStart(2, '0')}`, { area: i % 2 === 0 ? '齐都镇' : '凤凰镇' })),
    seedInputs: {
      source: 'LOTTERY',
      lotteries: [{ name: '排列五 第2026150期', drawDate: '2026-06-06', numbers: [3, 9, 0, 4, 4], ordered: true }],
    },
  },
];

// ssj-draw/3 only: the GENERAL cap per item across classes, rounding down to the cap, every G13 ground exempt from
// the ratio cap, and a campaign order that lifts the caps only once approved and only for directed classes.
const v3Inputs: VectorInput[] = [
  {
    name: 'item-cap-across-disjoint-classes',
    description:
      'Two directed classes of 5 % over disjoint halves (20 + 20) of one GENERAL item capped at 5 %: together they ' +
      'ask 1 + 1 = 2 = floor(0.05 × 40). Each class rounds its 1.0 quota once.',
    parameters: {
      taskId: 'vector-v3-1',
      generalRatioCap: 0.05,
      classes: [
        { key: 'X', filter: { area: ['辛店街道'] }, ratio: 0.05, checkItems: [{ id: 'CI-20', category: 'GENERAL' }] },
        { key: 'Y', filter: { area: ['齐都镇'] }, ratio: 0.05, checkItems: [{ id: 'CI-20', category: 'GENERAL' }] },
      ],
    },
    candidates: Array.from({ length: 40 }, (_, i) => c(`D${String(i).padStart(2, '0')}`, { area: i < 20 ? '辛店街道' : '齐都镇' })),
    seedInputs: commitReveal('a3'.repeat(32), '分类抽取 7 7 1'),
  },
  {
    name: 'rounding-down-to-the-cap',
    description: 'RATIO 0.05 of 30 on a GENERAL item capped at 0.05: quota 1.5, rounded down to floor(0.05 × 30) = 1 ' + '(ssj-draw/2 draws 2).',
    parameters: {
      taskId: 'vector-v3-2',
      generalRatioCap: 0.05,
      classes: [{ key: 'R', ratio: 0.05, checkItems: [{ id: 'CI-21', category: 'GENERAL' }] }],
    },
    candidates: Array.from({ length: 30 }, (_, i) => c(`R${String(i).padStart(2, '0')}`)),
    seedInputs: commitReveal('b4'.repeat(32), 'rounding'),
  },
  {
    name: 'g13-grounds-not-capped',
    description:
      '20 ordinary and 10 exempt subjects (key industry, repeated complaints, serious violation; one drawn twice ' +
      'this year) at RATIO 0.1 on a GENERAL item capped at 0.1: the exempt ones form NORMAL/EXEMPT strata that are ' +
      'not held at the cap and are not counted in the item population.',
    parameters: {
      taskId: 'vector-v3-3',
      generalRatioCap: 0.1,
      classes: [{ key: 'G', ratio: 0.1, checkItems: [{ id: 'CI-22', category: 'GENERAL' }] }],
    },
    candidates: [
      ...Array.from({ length: 20 }, (_, i) => c(`N${String(i).padStart(2, '0')}`, { riskLevel: risks[i % 3]! })),
      ...Array.from({ length: 10 }, (_, i) =>
        c(`X${i}`, {
          riskLevel: 'HIGH',
          exemptions: [(['KEY_INDUSTRY', 'REPEATED_COMPLAINTS', 'SERIOUS_VIOLATION'] as const)[i % 3]!],
          drawsThisYear: i === 0 ? 2 : 0,
        }),
      ),
    ],
    seedInputs: commitReveal('c5'.repeat(32), 'G13'),
  },
  {
    name: 'approved-campaign-directed-only',
    description:
      "campaignOrdered with the lead unit's approval: the directed class (area) draws 30 % of a GENERAL item capped " +
      'at 0.1 and its members drawn twice this year are not excluded; the undirected KEY class stays under the ' +
      'yearly cap. Without campaignApproval ssj-draw/3 applies both caps.',
    parameters: {
      taskId: 'vector-v3-4',
      generalRatioCap: 0.1,
      campaignOrdered: true,
      campaignApproval: { documentNumber: '淄自然资字〔2026〕21号', documentDate: '2026-07-10', approvedBy: 'user-admin' },
      classes: [
        { key: 'camp', filter: { area: ['齐都镇'] }, ratio: 0.3, checkItems: [{ id: 'CI-23', category: 'GENERAL' }] },
        { key: 'key', count: 3, checkItems: [{ id: 'CI-24', category: 'KEY' }] },
      ],
    },
    candidates: Array.from({ length: 20 }, (_, i) =>
      c(`P${String(i).padStart(2, '0')}`, { area: i % 2 === 0 ? '齐都镇' : '凤凰镇', drawsThisYear: i % 4 === 0 || i % 4 === 1 ? 2 : 0 }),
    ),
    seedInputs: commitReveal('d6'.repeat(32), '专项 2026-07-12'),
  },
];

function vectorsOf(algorithm: DrawAlgorithm, list: readonly VectorInput[]) {
  return list.map((v) => vector(algorithm, v));
}

function vector(algorithm: DrawAlgorithm, v: VectorInput) {
  const r = drawTargets({ parameters: v.parameters, candidates: v.candidates, seedInputs: v.seedInputs, algorithm });
  if (!r.ok) throw new Error(`${algorithm} vector ${v.name} refused: ${JSON.stringify(r)}`);
  const frozen = freezeCandidates(v.candidates);
  if (!frozen.ok) throw new Error(`vector ${v.name}: bad candidates`);
  return {
    name: v.name,
    description: v.description,
    input: { parameters: v.parameters, candidates: v.candidates, seedInputs: v.seedInputs },
    frozenCandidates: frozen.candidates,
    expected: {
      candidateListHash: r.receipt.candidateListHash,
      parametersHash: r.receipt.parametersHash,
      seed: r.receipt.seed,
      result: r.receipt.result,
    },
    receipt: r.receipt,
  };
}

function write(name: string, file: { algorithm: DrawAlgorithm; description: string; vectors: unknown[] }) {
  const out = new URL(`../../test-vectors/${name}`, import.meta.url);
  writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
  process.stdout.write(`wrote ${file.vectors.length} ${file.algorithm} vectors to ${out.pathname}\n`);
}

write('draws.json', {
  algorithm: 'ssj-draw/1',
  description:
    'Test vectors for the ssj-draw/1 verifiable draw (see packages/domain/README.md). For each vector, a correct ' +
    'implementation computes receipt from input, and verifyDraw(receipt, input.candidates) succeeds.',
  vectors: vectorsOf('ssj-draw/1', inputs),
});

write('draws-v2.json', {
  algorithm: 'ssj-draw/2',
  description:
    'Test vectors for the ssj-draw/2 verifiable draw (see packages/domain/README.md): ssj-draw/1 except that a ' +
    'campaign-ordered draw has no GENERAL ratio cap. The first vectors have the inputs of draws.json (not ' +
    'campaign-ordered): their receipts equal the ssj-draw/1 ones except for "algorithm". The campaign-ordered ' +
    'ones follow. For each vector, a correct implementation computes receipt from input, and ' +
    'verifyDraw(receipt, input.candidates) succeeds.',
  vectors: vectorsOf('ssj-draw/2', [...inputs, ...campaignInputs]),
});

write('draws-v3.json', {
  algorithm: 'ssj-draw/3',
  description:
    "Test vectors for the ssj-draw/3 verifiable draw (see packages/domain/README.md): a GENERAL item's cap holds " +
    'across all classes of the task (refused before ranking otherwise), capped strata round down to the cap, every ' +
    'G13 ground is exempt from the ratio cap (NORMAL/EXEMPT strata), and a campaign order lifts the caps only with ' +
    'parameters.campaignApproval and only for directed classes. The first vectors have the inputs of draws.json. ' +
    'For each vector, a correct implementation computes receipt from input, and verifyDraw(receipt, ' +
    'input.candidates) succeeds.',
  vectors: vectorsOf('ssj-draw/3', [...inputs, ...v3Inputs]),
});
