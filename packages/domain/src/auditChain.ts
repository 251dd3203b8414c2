// The audit trail's hash chain (SECURITY.md, "What the audit trail proves"). Every event stores its position
// `seq` (1, 2, … without gaps), the previous event's hash and its own:
//
//   hash = sha256_hex(utf8(prevHash + "\n" + content))          prevHash of event 1: GENESIS_HASH (64 zeros)
//
// `content` is the event's canonical text, rendered by PostgreSQL from the stored columns (the database computes
// the hash on insert; the verifier asks it for the same text and recomputes the hash here, independently of the
// database's own functions): see apps/api/src/auditChain.ts and the migration `…_audit_hash_chain`.
// A verifier walks the chain in seq order, one link at a time, so a chain of any length is checked in constant
// memory.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export const GENESIS_HASH = '0'.repeat(64);

/** The hash of an event whose predecessor's hash is `prevHash`. */
export function auditEventHash(prevHash: string, content: string): string {
  return bytesToHex(sha256(utf8ToBytes(`${prevHash}\n${content}`)));
}

/** One stored event as the verifier reads it. */
export interface AuditLink {
  seq: number;
  prevHash: string;
  hash: string;
  content: string;
}

/**
 * Why the chain breaks at an event:
 * - GAP: its seq does not follow the previous one (events were removed, or the first is not 1);
 * - LINK: its prevHash is not the previous event's hash (an event before it was changed and re-hashed, or removed);
 * - CONTENT: its stored hash is not the hash of its content (the event was changed after it was written);
 * - HEAD_MISSING: the expected head (written down earlier) is beyond the end: events were removed from the end;
 * - HEAD_MISMATCH: the event at the expected head's seq has another hash: the chain was rewritten up to there.
 */
export type AuditChainBreak = 'GAP' | 'LINK' | 'CONTENT' | 'HEAD_MISSING' | 'HEAD_MISMATCH';

export const AUDIT_CHAIN_BREAK_MESSAGES: Record<AuditChainBreak, string> = {
  GAP: '序号不连续：此前的记录被删除',
  LINK: '与上一条记录的哈希不衔接：此前的记录被修改或删除',
  CONTENT: '内容与哈希不符：该记录写入后被修改',
  HEAD_MISSING: '此前记下的链头已不存在：末尾的记录被删除',
  HEAD_MISMATCH: '此前记下的链头哈希不符：审计链被改写',
};

/** A head written down (or published) earlier: the chain must still contain it unchanged. */
export interface AuditChainHead {
  seq: number;
  hash: string;
}

export interface AuditChainStatus {
  intact: boolean;
  /** Events checked (up to the break, or all). */
  events: number;
  /** The last event of the chain (when intact: the head to write down), or null for an empty chain. */
  headSeq: number | null;
  headHash: string | null;
  /** The seq at which the chain breaks (for HEAD_MISSING: the expected head's seq). */
  brokenAt: number | null;
  reason: AuditChainBreak | null;
}

const HEX64 = /^[0-9a-f]{64}$/;

/** Parses `<seq>:<hash>` (what the verify command prints); null when it is not one. */
export function parseAuditChainHead(text: string): AuditChainHead | null {
  const m = /^\s*(\d{1,15}):([0-9a-fA-F]{64})\s*$/.exec(text);
  if (!m) return null;
  const seq = Number(m[1]);
  return seq >= 1 ? { seq, hash: m[2]!.toLowerCase() } : null;
}

export const isAuditHash = (s: string) => HEX64.test(s);

/**
 * Checks a chain link by link: `push` each event in seq order (it returns false once the chain is broken; stop
 * there), then `status()`. `expectedHead`, when given, must be in the chain with that hash.
 */
export class AuditChainVerifier {
  private count = 0;
  private last: { seq: number; hash: string } | null = null;
  private broken: { at: number; reason: AuditChainBreak } | null = null;
  private headSeen = false;

  constructor(private readonly expectedHead: AuditChainHead | null = null) {}

  push(link: AuditLink): boolean {
    if (this.broken) return false;
    const expectedSeq = (this.last?.seq ?? 0) + 1;
    const expectedPrev = this.last?.hash ?? GENESIS_HASH;
    let reason: AuditChainBreak | null = null;
    if (link.seq !== expectedSeq) reason = 'GAP';
    else if (link.prevHash !== expectedPrev) reason = 'LINK';
    else if (auditEventHash(link.prevHash, link.content) !== link.hash) reason = 'CONTENT';
    else if (this.expectedHead && link.seq === this.expectedHead.seq) {
      if (link.hash !== this.expectedHead.hash) reason = 'HEAD_MISMATCH';
      else this.headSeen = true;
    }
    if (reason) {
      this.broken = { at: link.seq, reason };
      return false;
    }
    this.count++;
    this.last = { seq: link.seq, hash: link.hash };
    return true;
  }

  status(): AuditChainStatus {
    let broken = this.broken;
    if (!broken && this.expectedHead && !this.headSeen) broken = { at: this.expectedHead.seq, reason: 'HEAD_MISSING' };
    return {
      intact: broken === null,
      events: this.count,
      headSeq: this.last?.seq ?? null,
      headHash: this.last?.hash ?? null,
      brokenAt: broken?.at ?? null,
      reason: broken?.reason ?? null,
    };
  }
}

/** A JSON value as an audit event's before/after holds it. */
export type AuditJson = string | number | boolean | null | AuditJson[] | { [key: string]: AuditJson };

/**
 * What an audit event stores of a record (G4/G5): a JSON-safe copy — dates as ISO strings, big ints as strings,
 * no password or token hashes and no file contents (`data`); nothing for a missing record. The API's audit()
 * and the demo's history both store this, so the demo's trail reads as the API would have written it.
 */
export function auditSnapshot(record: unknown): AuditJson | undefined {
  if (record === null || record === undefined) return undefined;
  return JSON.parse(
    JSON.stringify(record, (key, value: unknown) => {
      if (key === 'passwordHash' || key === 'tokenHash' || key === 'data') return undefined;
      if (typeof value === 'bigint') return value.toString();
      return value;
    }),
  ) as AuditJson;
}
