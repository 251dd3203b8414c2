import { describe, expect, it } from 'vitest';
import { canonicalJson, hashCanonical, hmacSha256Hex, sha256HexOfHex, sha256HexOfText } from './hashing.ts';

describe('hashing primitives', () => {
  it('computes standard SHA-256 (FIPS 180-2 "abc" vector)', () => {
    expect(sha256HexOfText('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256HexOfHex('616263')).toBe(sha256HexOfText('abc'));
  });

  it('computes standard HMAC-SHA256 (RFC 4231 test case 2)', () => {
    const key = Array.from(new TextEncoder().encode('Jefe'), (b) => b.toString(16).padStart(2, '0')).join('');
    expect(hmacSha256Hex(key, 'what do ya want for nothing?')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  it('writes canonical JSON with sorted keys, no whitespace, undefined left out', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined, d: { z: 0.05, y: '中' } })).toBe('{"a":[true,null,"x"],"b":1,"d":{"y":"中","z":0.05}}');
    // Key order of the input does not matter.
    expect(hashCanonical({ x: 1, y: 2 })).toBe(hashCanonical({ y: 2, x: 1 }));
  });

  it('refuses values that are not plain JSON data', () => {
    expect(() => canonicalJson({ when: new Date(0) })).toThrow(TypeError);
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson([undefined])).toThrow(TypeError);
    expect(() => canonicalJson(1n)).toThrow(TypeError);
  });
});
