// The ranking's keys for a million candidates (issue 14): rankingHmac(seed, `${classKey}:${id}`) is HMAC-SHA256, and
// with one key for the whole class the HMAC's two padded-key blocks are the same for every candidate. This computes
// their SHA-256 states once and then each candidate's HMAC from them: two compressions per candidate (one when the
// message + padding fits one block, i.e. up to 55 bytes, plus one for the outer hash), no object per call. node:crypto
// spends ~5 µs of CPU per HMAC on creating and finishing its contexts; this ~1 µs. The bytes are HMAC-SHA256's —
// rankingKeys.test.ts holds them to node:crypto's createHmac, and the drawSql tests hold the ranking to the domain's.

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74,
  0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d,
  0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e,
  0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5,
  0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const IV = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);

const W = new Int32Array(64);

/** SHA-256's compression of one 64-byte block (`bytes` from `at`) into `state` (8 words). */
function compress(state: Int32Array, bytes: Uint8Array, at: number): void {
  for (let i = 0; i < 16; i++) {
    const j = at + 4 * i;
    W[i] = (bytes[j]! << 24) | (bytes[j + 1]! << 16) | (bytes[j + 2]! << 8) | bytes[j + 3]!;
  }
  compressW(state);
}

/** The compression with W[0..15] already filled. */
function compressW(state: Int32Array): void {
  for (let i = 16; i < 64; i++) {
    const x = W[i - 15]!;
    const y = W[i - 2]!;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    W[i] = (W[i - 16]! + s0 + W[i - 7]! + s1) | 0;
  }
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  let e = state[4]!;
  let f = state[5]!;
  let g = state[6]!;
  let h = state[7]!;
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[i]! + W[i]!) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
  state[4] = (state[4]! + e) | 0;
  state[5] = (state[5]! + f) | 0;
  state[6] = (state[6]! + g) | 0;
  state[7] = (state[7]! + h) | 0;
}

/**
 * HMAC-SHA256 under one key (`keyHex`, at most 64 bytes, as rankingHmac takes the seed) of many messages
 * `prefix + id`: `into(id, out, at)` writes the 8 big-endian words of the MAC to out[at … at+7].
 */
export function rankingMac(keyHex: string, prefix: string): { into(id: string, out: Int32Array, at: number): void; hex(id: string): string } {
  if (!/^(?:[0-9a-f]{2})*$/.test(keyHex) || keyHex.length > 128) throw new TypeError('rankingMac: key is not hex of at most 64 bytes');
  const key = new Uint8Array(64);
  key.set(Buffer.from(keyHex, 'hex'));
  const inner = Int32Array.from(IV);
  const outer = Int32Array.from(IV);
  compress(
    inner,
    key.map((b) => b ^ 0x36),
    0,
  );
  compress(
    outer,
    key.map((b) => b ^ 0x5c),
    0,
  );
  const head = Buffer.from(prefix, 'utf8');
  let msg = new Uint8Array(256);
  msg.set(head);
  const state = new Int32Array(8);
  const into = (id: string, out: Int32Array, at: number) => {
    // The message's bytes after the prefix: ASCII copied directly, anything else through Buffer's UTF-8.
    let len = head.length;
    let ascii = true;
    for (let i = 0; i < id.length; i++) if (id.charCodeAt(i) > 0x7f) ascii = false;
    const need = head.length + 3 * id.length + 72;
    if (need > msg.length) {
      const bigger = new Uint8Array(2 * need);
      bigger.set(msg.subarray(0, head.length));
      msg = bigger;
    }
    if (ascii) for (let i = 0; i < id.length; i++) msg[len++] = id.charCodeAt(i);
    else len += Buffer.from(msg.buffer, msg.byteOffset, msg.length).write(id, len, 'utf8');
    // Padding: 0x80, zeros, the bit length of (64-byte key block + message) in the last 8 bytes of a block.
    const total = len + 9;
    const blocks = Math.ceil(total / 64);
    const end = blocks * 64;
    msg[len] = 0x80;
    msg.fill(0, len + 1, end);
    const bits = (64 + len) * 8;
    msg[end - 4] = (bits >>> 24) & 0xff;
    msg[end - 3] = (bits >>> 16) & 0xff;
    msg[end - 2] = (bits >>> 8) & 0xff;
    msg[end - 1] = bits & 0xff;
    msg[end - 5] = Math.floor(bits / 2 ** 32) & 0xff;
    state.set(inner);
    for (let b = 0; b < blocks; b++) compress(state, msg, b * 64);
    // The outer hash: the inner digest (32 bytes), 0x80, zeros, the bit length (64 + 32) * 8 = 768.
    for (let i = 0; i < 8; i++) W[i] = state[i]!;
    W[8] = 0x80000000 | 0;
    for (let i = 9; i < 15; i++) W[i] = 0;
    W[15] = 768;
    state.set(outer);
    compressW(state);
    for (let i = 0; i < 8; i++) out[at + i] = state[i]!;
  };
  const one = new Int32Array(8);
  return {
    into,
    hex(id: string) {
      into(id, one, 0);
      let s = '';
      for (let i = 0; i < 8; i++) s += (one[i]! >>> 0).toString(16).padStart(8, '0');
      return s;
    },
  };
}
