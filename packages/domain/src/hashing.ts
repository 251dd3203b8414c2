// Hashing primitives for verifiable draws (rule 17). @noble/hashes is pure JavaScript, so the same
// code verifies a draw in Node and in a citizen's browser; it is the reference. The domain stays I/O-free:
// a caller that has a faster implementation (the API's node:crypto, apps/api/src/nodeHasher.ts) injects it
// as a `Hasher`; it must give byte-identical output (tested on the published vectors and a large list).

import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * Canonical JSON, compatible with RFC 8785 (JCS) for the values we hash: object keys sorted by UTF-16
 * code units (JavaScript's default string order), no whitespace, strings and numbers as
 * JSON.stringify writes them, properties whose value is `undefined` left out. Anything that is not
 * plain JSON data (Date, Map, bigint, NaN, a class instance…) is refused, so a hash can never depend
 * on how a runtime happens to stringify an exotic value.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) {
        return `[${value
          .map((v) => {
            if (v === undefined) throw new TypeError('canonicalJson: undefined array element');
            return canonicalJson(v);
          })
          .join(',')}]`;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) throw new TypeError('canonicalJson: not a plain object');
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
    }
    default:
      throw new TypeError(`canonicalJson: cannot serialise a ${typeof value}`);
  }
}

/** Lower-case hex SHA-256 of the UTF-8 encoding of `text`. */
export function sha256HexOfText(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** Lower-case hex SHA-256 of raw bytes given as hex. */
export function sha256HexOfHex(hex: string): string {
  return bytesToHex(sha256(hexToBytes(hex)));
}

/** Lower-case hex SHA-256 of the canonical JSON of `value`. */
export function hashCanonical(value: unknown): string {
  return sha256HexOfText(canonicalJson(value));
}

/** Lower-case hex HMAC-SHA256; key given as hex bytes, message as text (UTF-8). */
export function hmacSha256Hex(keyHex: string, message: string): string {
  return bytesToHex(hmac(sha256, hexToBytes(keyHex), utf8ToBytes(message)));
}

/** An incremental SHA-256 over UTF-8 text, fed in order. */
export interface Sha256Stream {
  update(text: string): void;
  /** Feeds bytes as they are (for a caller that already holds the UTF-8 encoding of its text). */
  updateBytes(bytes: Uint8Array): void;
  /** Lower-case hex digest; the stream is used up. */
  hex(): string;
}

/**
 * The hash functions the draw uses, injectable so the server can use node:crypto while the browser keeps the
 * pure-JS reference (`pureHasher`). Every implementation must give byte-identical output.
 */
export interface Hasher {
  /** Lower-case hex SHA-256 of the UTF-8 encoding of `text`. */
  sha256Hex(text: string): string;
  sha256Stream(): Sha256Stream;
  /** HMAC-SHA256 keyed once (key as hex bytes): message (UTF-8 text) → lower-case hex. */
  hmacSha256(keyHex: string): (message: string) => string;
}

/** The pure-JS reference implementation (@noble/hashes): runs anywhere, including the public's browser. */
export const pureHasher: Hasher = {
  sha256Hex: sha256HexOfText,
  sha256Stream() {
    const h = sha256.create();
    return {
      update: (text) => {
        h.update(utf8ToBytes(text));
      },
      updateBytes: (bytes) => {
        h.update(bytes);
      },
      hex: () => bytesToHex(h.digest()),
    };
  },
  hmacSha256(keyHex) {
    const key = hexToBytes(keyHex);
    return (message) => bytesToHex(hmac(sha256, key, utf8ToBytes(message)));
  },
};

/** Lower-case hex SHA-256 of the canonical JSON of `value`, with the given hasher. */
export function hashCanonicalWith(h: Hasher, value: unknown): string {
  return h.sha256Hex(canonicalJson(value));
}

const HEX64 = /^[0-9a-f]{64}$/;
/** 32 bytes as 64 lower-case hex digits: the format of every hash, secret and seed in a receipt. */
export function isHex32(s: unknown): s is string {
  return typeof s === 'string' && HEX64.test(s);
}
