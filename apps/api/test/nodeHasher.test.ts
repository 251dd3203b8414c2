// The server hashes draws with node:crypto (nodeHasher); the public's browser with the domain's pure-JS reference
// (pureHasher). Both must give the same bytes: on the published test vectors (every hash, seed and ranking HMAC of
// the receipts) and on a large random list with awkward text (CJK, emoji, quotes, control characters, lone surrogates).
import { describe, expect, it } from 'vitest';
import v1 from '../../../packages/domain/test-vectors/draws.json' with { type: 'json' };
import v2 from '../../../packages/domain/test-vectors/draws-v2.json' with { type: 'json' };
import v3 from '../../../packages/domain/test-vectors/draws-v3.json' with { type: 'json' };
import {
  canonicalJson,
  candidateCanonicalJson,
  candidateListHasher,
  drawTargets,
  freezeCandidates,
  pureHasher,
  verifyDraw,
  type DrawAlgorithm,
  type DrawCandidate,
  type DrawCandidateInput,
  type DrawReceipt,
  type Hasher,
} from '@ssj/domain';
import { nodeHasher } from '../src/nodeHasher.ts';

type Vector = { name: string; input: { parameters: unknown; candidates: unknown[]; seedInputs: unknown }; receipt: unknown };
const files = [v1, v2, v3] as unknown as { algorithm: DrawAlgorithm; vectors: Vector[] }[];
const vectors = files.flatMap((f) => f.vectors.map((v) => ({ ...v, algorithm: f.algorithm })));

// A small deterministic generator (xorshift32): the same "random" list on every run.
function rng(seed: number) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}
const pieces = ['a', 'Z', '0', '辛店街道', '🚀', '"', '\\', '\n', '\u0001', '\u2028', '\ud800', '\udfff', 'é', ' ', '/', '<>'];

function randomList(n: number, seed: number): DrawCandidateInput[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const text = (max: number) => Array.from({ length: 1 + Math.floor(r() * max) }, () => pick(pieces)).join('');
  return Array.from({ length: n }, (_, i) => ({
    id: `t${i.toString(36)}-${text(3)}`,
    objectType: pick(['MINING', 'FOOD', text(4)]),
    scale: r() < 0.3 ? null : pick(['SMALL', 'LARGE']),
    industry: r() < 0.3 ? null : text(5),
    area: r() < 0.2 ? null : text(6),
    libraryId: `lib-${pick(['a', 'b', '中'])}`,
    riskLevel: pick(['LOW', 'MEDIUM', 'HIGH'] as const),
    creditStatus: pick(['NORMAL', 'DISHONEST', 'ABNORMAL'] as const),
    registrationStatus: pick(['ACTIVE', 'ACTIVE', 'ACTIVE', 'DEREGISTERED', 'REVOKED', 'UNREACHABLE'] as const),
    drawsThisYear: Math.floor(r() * 3),
    exemptions: r() < 0.8 ? [] : [pick(['KEY_INDUSTRY', 'SERIOUS_VIOLATION'] as const), pick(['REPEATED_COMPLAINTS', 'KEY_INDUSTRY'] as const)],
  }));
}

const draw = (v: Vector, algorithm: DrawAlgorithm, hasher: Hasher) =>
  drawTargets({ ...(v.input as unknown as Parameters<typeof drawTargets>[0]), algorithm, hasher });

describe('node:crypto and the pure-JS reference give identical bytes', () => {
  it('on the primitives: SHA-256 of text (streamed in pieces too) and keyed HMAC-SHA256', () => {
    const r = rng(7);
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: Math.floor(r() * 40) }, () => pieces[Math.floor(r() * pieces.length)]).join('');
      expect(nodeHasher.sha256Hex(text)).toBe(pureHasher.sha256Hex(text));
      const key = Array.from({ length: 32 }, () =>
        Math.floor(r() * 256)
          .toString(16)
          .padStart(2, '0'),
      ).join('');
      expect(nodeHasher.hmacSha256(key)(text)).toBe(pureHasher.hmacSha256(key)(text));
      const a = nodeHasher.sha256Stream();
      const b = pureHasher.sha256Stream();
      for (const part of [text.slice(0, 3), text.slice(3, 9), text.slice(9)]) {
        a.update(part);
        b.update(part);
      }
      expect(a.hex()).toBe(b.hex());
      // The same text fed as its UTF-8 bytes (split anywhere, even inside a character) and as text, mixed.
      const bytes = Buffer.from(text, 'utf8');
      const cut = Math.floor(r() * (bytes.length + 1));
      const c = nodeHasher.sha256Stream();
      const d = pureHasher.sha256Stream();
      c.updateBytes(bytes.subarray(0, cut));
      d.updateBytes(bytes.subarray(0, cut));
      c.updateBytes(bytes.subarray(cut));
      d.updateBytes(bytes.subarray(cut));
      c.update('!');
      d.update('!');
      expect(c.hex()).toBe(pureHasher.sha256Hex(`${text}!`));
      expect(d.hex()).toBe(pureHasher.sha256Hex(`${text}!`));
    }
    expect(() => nodeHasher.hmacSha256('zz')).toThrow(TypeError);
  });

  it.each(vectors.map((v) => [`${v.algorithm} ${v.name}`, v] as const))('on the published vector %s: the whole receipt', (_name, v) => {
    const byNode = draw(v, v.algorithm, nodeHasher);
    const byPure = draw(v, v.algorithm, pureHasher);
    expect(byNode.ok).toBe(true);
    expect(canonicalJson(byNode)).toBe(canonicalJson(byPure));
    // …and the published receipt, verified by node:crypto.
    const receipt = v.receipt as DrawReceipt;
    if (receipt) expect(verifyDraw(receipt, v.input.candidates as DrawCandidateInput[], undefined, { hasher: nodeHasher })).toEqual({ ok: true, diff: [] });
  });

  it('on a large random list: list hash (one string and streamed), per-candidate canonical JSON, ranking HMACs', () => {
    const list = randomList(20_000, 2026);
    const byNode = freezeCandidates(list, nodeHasher);
    const byPure = freezeCandidates(list, pureHasher);
    if (!byNode.ok || !byPure.ok) throw new Error('freeze refused');
    expect(byNode.candidateListHash).toBe(byPure.candidateListHash);
    // The incremental hash is the hash of canonicalJson(list), the definition the receipt states.
    expect(byNode.candidateListHash).toBe(pureHasher.sha256Hex(canonicalJson(byPure.candidates)));
    for (const c of byNode.candidates.slice(0, 2000)) expect(candidateCanonicalJson(c)).toBe(canonicalJson(c));
    const acc = candidateListHasher(nodeHasher);
    for (const c of byNode.candidates as DrawCandidate[]) acc.push(c);
    expect(acc.hex()).toBe(byPure.candidateListHash);
    const seed = nodeHasher.sha256Hex('seed');
    const [a, b] = [nodeHasher.hmacSha256(seed), pureHasher.hmacSha256(seed)];
    for (const c of byNode.candidates) expect(a(`A:${c.id}`)).toBe(b(`A:${c.id}`));
  });

  it('on a whole draw over a random list, full and compact receipts, and each verifies the other', () => {
    const candidates = randomList(3000, 99);
    const base = {
      parameters: {
        taskId: 'random',
        generalRatioCap: 0.5,
        classes: [
          { key: 'A', ratio: 0.1, checkItems: [{ id: 'CI-1', category: 'GENERAL' as const }] },
          { key: 'B', count: 25, filter: { scale: ['SMALL'] }, checkItems: [{ id: 'CI-2', category: 'KEY' as const }] },
        ],
      },
      candidates,
      seedInputs: {
        source: 'LOTTERY' as const,
        lotteries: [{ name: '双色球 第2026112期', drawDate: '2026-09-14', numbers: [3, 11, 19, 24, 27, 30, 9], ordered: false }],
      },
    };
    const full = drawTargets({ ...base, hasher: nodeHasher });
    const fullPure = drawTargets({ ...base, hasher: pureHasher });
    expect(canonicalJson(full)).toBe(canonicalJson(fullPure));
    const compact = drawTargets({ ...base, hasher: nodeHasher, ranking: 'SELECTED' });
    if (!full.ok || !compact.ok) throw new Error('refused');
    expect(compact.receipt.perClass.every((c) => c.rankingScope === 'SELECTED' && c.ranking.every((e) => e.selected))).toBe(true);
    expect(compact.receipt.perClass.map((c) => c.ranking)).toEqual(full.receipt.perClass.map((c) => c.ranking.filter((e) => e.selected)));
    expect(verifyDraw(compact.receipt, candidates)).toEqual({ ok: true, diff: [] });
    expect(verifyDraw(full.receipt, candidates, undefined, { hasher: nodeHasher })).toEqual({ ok: true, diff: [] });
    // A compact receipt that swaps a selected entry for an unselected one is caught.
    const forged = structuredClone(compact.receipt);
    const other = full.receipt.perClass[0]!.ranking.find((e) => !e.selected)!;
    forged.perClass[0]!.ranking[0] = { ...other, selected: true };
    expect(verifyDraw(forged, candidates).ok).toBe(false);
  });
});
