// The draw's hash functions on node:crypto (OpenSSL): the same bytes as the domain's pure-JS reference
// (pureHasher, which the public's browser runs), several times faster. Injected into the domain's draw,
// freeze and verification functions by the API; test/nodeHasher.test.ts holds the two to identical output.
import { createHash, createHmac } from 'node:crypto';
import type { Hasher } from '@ssj/domain';

export const nodeHasher: Hasher = {
  sha256Hex: (text) => createHash('sha256').update(text, 'utf8').digest('hex'),
  sha256Stream() {
    const h = createHash('sha256');
    return {
      update: (text) => {
        h.update(text, 'utf8');
      },
      updateBytes: (bytes) => {
        h.update(bytes);
      },
      hex: () => h.digest('hex'),
    };
  },
  hmacSha256(keyHex) {
    // Keys are 64 hex digits, checked by the domain before use; Buffer.from would silently drop bad hex.
    if (!/^(?:[0-9a-f]{2})*$/.test(keyHex)) throw new TypeError('hmacSha256: key is not hex');
    const key = Buffer.from(keyHex, 'hex');
    return (message) => createHmac('sha256', key).update(message, 'utf8').digest('hex');
  },
};
