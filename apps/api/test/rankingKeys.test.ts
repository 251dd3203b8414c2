// The ranking in Node (issue 14): rankingMac's HMAC from precomputed pad states must give HMAC-SHA256's bytes —
// the published test vectors' ranking keys and node:crypto's createHmac on awkward ids (multi-block messages,
// non-ASCII, lone surrogates) — and selectRanked must pick and rank exactly as a full sort would, also where the
// keys' 53-bit prefixes tie (which real HMACs practically never do, so the test makes them).
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import v1 from '../../../packages/domain/test-vectors/draws.json' with { type: 'json' };
import v2 from '../../../packages/domain/test-vectors/draws-v2.json' with { type: 'json' };
import v3 from '../../../packages/domain/test-vectors/draws-v3.json' with { type: 'json' };
import { kthSmallest, type Members, selectRanked } from '../src/drawSql.ts';
import { rankingMac } from '../src/rankingKeys.ts';

type Receipt = { seed: string; perClass: { classKey: string; ranking: { candidateId: string; hmac: string }[] }[] };
const receipts = [v1, v2, v3].flatMap((f) => (f as unknown as { vectors: { receipt: Receipt }[] }).vectors.map((v) => v.receipt));

describe('rankingMac', () => {
  it('gives the published vectors’ ranking keys', () => {
    let n = 0;
    for (const r of receipts)
      for (const c of r.perClass) {
        const mac = rankingMac(r.seed, `${c.classKey}:`);
        for (const e of c.ranking) {
          expect(mac.hex(e.candidateId)).toBe(e.hmac);
          n++;
        }
      }
    expect(n).toBeGreaterThan(20);
  });

  it('gives createHmac’s bytes for ids of any length and text', () => {
    const seed = 'a3'.repeat(32);
    const ids = ['', 'x', '辛店街道🚀', '\ud800', 'é"\\\n', ...Array.from({ length: 130 }, (_, i) => 'i'.repeat(i)), '中'.repeat(40)];
    for (const prefix of ['all:', '类别:', '']) {
      const mac = rankingMac(seed, prefix);
      const out = new Int32Array(8);
      for (const id of ids) {
        const want = createHmac('sha256', Buffer.from(seed, 'hex'))
          .update(prefix + id, 'utf8')
          .digest('hex');
        expect(mac.hex(id), `${prefix}${id.length}`).toBe(want);
        mac.into(id, out, 0);
        expect(
          Buffer.from(new Uint32Array(out).map((w) => ((w >>> 24) | ((w >>> 8) & 0xff00) | ((w << 8) & 0xff0000) | (w << 24)) >>> 0).buffer).toString('hex'),
        ).toBe(want);
      }
    }
  });
});

describe('selectRanked', () => {
  it('selects each stratum’s best and ranks them in the class as a full sort does, with tied prefixes', () => {
    // 400 members, 3 strata; keys drawn from few values so that prefixes (and whole keys) tie, ties broken by id.
    let x = 7;
    const r = () => {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      return x / 0x7fffffff;
    };
    const n = 400;
    const ids = Array.from({ length: n }, (_, i) => `t${String((i * 7919) % 1000).padStart(4, '0')}`);
    const m: Members = { at: new Int32Array(n), stratum: new Int32Array(n), mac: new Int32Array(8 * n), prefix: new Float64Array(n), count: n };
    for (let i = 0; i < n; i++) {
      m.at[i] = i;
      m.stratum[i] = Math.floor(r() * 3);
      m.mac[8 * i] = Math.floor(r() * 5);
      m.mac[8 * i + 1] = Math.floor(r() * 2) << 20;
      m.mac[8 * i + 2] = Math.floor(r() * 3) - 1; // below the prefix: ties the prefix, not the key
      m.prefix[i] = (m.mac[8 * i]! >>> 0) * 2 ** 21 + (m.mac[8 * i + 1]! >>> 11);
    }
    const key = (i: number) => [...m.mac.subarray(8 * i, 8 * i + 8)].map((w) => (w >>> 0).toString(16).padStart(8, '0')).join('');
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : ids[a]! < ids[b]! ? -1 : 1));
    const seats = [5, 0, 17];
    const left = [...seats];
    const want: { member: number; rank: number }[] = [];
    order.forEach((i, at) => {
      if (left[m.stratum[i]!]! > 0) {
        left[m.stratum[i]!]!--;
        want.push({ member: i, rank: at + 1 });
      }
    });
    expect(selectRanked(m, ids, seats)).toEqual(want);
  });

  it('ranks as a full sort does with many strata, seats beyond a stratum’s size and keys that rarely tie', () => {
    let x = 11;
    const r = () => {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      return x / 0x7fffffff;
    };
    const n = 5000;
    const ids = Array.from({ length: n }, (_, i) => `c${String((i * 7919) % n).padStart(5, '0')}`);
    const m: Members = { at: new Int32Array(n), stratum: new Int32Array(n), mac: new Int32Array(8 * n), prefix: new Float64Array(n), count: n };
    for (let i = 0; i < n; i++) {
      m.at[i] = i;
      // Stratum 7 gets 3 members; −1 (no stratum) a few.
      m.stratum[i] = i < 3 ? 7 : i < 10 ? -1 : Math.floor(r() * 7);
      for (let w = 0; w < 8; w++) m.mac[8 * i + w] = Math.floor(r() * 2 ** 32) | 0;
      if (i % 50 === 1) m.mac.copyWithin(8 * i, 8 * (i - 1), 8 * i); // whole keys tie: decided by the id
      m.prefix[i] = (m.mac[8 * i]! >>> 0) * 2 ** 21 + (m.mac[8 * i + 1]! >>> 11);
    }
    const key = (i: number) => [...m.mac.subarray(8 * i, 8 * i + 8)].map((w) => (w >>> 0).toString(16).padStart(8, '0')).join('');
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : ids[a]! < ids[b]! ? -1 : 1));
    const seats = [40, 0, 1, 300, 25, 2000, 9, 10];
    const left = [...seats];
    const want: { member: number; rank: number }[] = [];
    order.forEach((i, at) => {
      const s = m.stratum[i]!;
      if (s >= 0 && left[s]! > 0) {
        left[s]!--;
        want.push({ member: i, rank: at + 1 });
      }
    });
    expect(selectRanked(m, ids, seats)).toEqual(want);
  });
});

describe('kthSmallest', () => {
  it('finds the k-th value of a sort, with duplicates', () => {
    let x = 3;
    const r = () => {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      return x;
    };
    for (const n of [1, 2, 3, 10, 257, 4000])
      for (const spread of [1, 3, 1000, 2 ** 30]) {
        const values = Float64Array.from({ length: n }, () => r() % spread);
        const sorted = values.slice().sort();
        for (const k of [0, n >> 1, n - 1]) expect(kthSmallest(values.slice(), n, k), `${n} ${spread} ${k}`).toBe(sorted[k]);
      }
  });
});
