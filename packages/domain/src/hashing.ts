// Hashing primitives for verifiable draws (rule 17). @noble/hashes is pure JavaScript, so the same
// code verifies a draw in Node and in a citizen's browser; node:crypto would tie us to the server.

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

const HEX64 = /^[0-9a-f]{64}$/;
/** 32 bytes as 64 lower-case hex digits: the format of every hash, secret and seed in a receipt. */
export function isHex32(s: unknown): s is string {
  return typeof s === 'string' && HEX64.test(s);
}
