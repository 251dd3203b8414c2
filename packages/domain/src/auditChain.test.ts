import { describe, expect, it } from 'vitest';
import { AuditChainVerifier, auditEventHash, GENESIS_HASH, parseAuditChainHead, type AuditLink } from './auditChain.ts';

function chain(n: number): AuditLink[] {
  const out: AuditLink[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const content = JSON.stringify([seq, `2026-11-02T0${seq % 10}:00:00.000Z`, null, '系统', null, 'act', 'Entity', String(seq), null, { n: seq }]);
    const hash = auditEventHash(prev, content);
    out.push({ seq, prevHash: prev, hash, content });
    prev = hash;
  }
  return out;
}

function verify(links: AuditLink[], head: { seq: number; hash: string } | null = null) {
  const v = new AuditChainVerifier(head);
  for (const l of links) if (!v.push(l)) break;
  return v.status();
}

describe('audit hash chain', () => {
  it('hashes prevHash, a newline and the content with SHA-256 (test vector)', () => {
    // printf '%s\n%s' "$(printf '0%.0s' {1..64})" '[1]' | sha256sum
    expect(auditEventHash(GENESIS_HASH, '[1]')).toBe('96bd1cc77d22e4c0692e973d2cd145d643cf7d9e6d9c3c17b28a7da8ed6af167');
    expect(auditEventHash(GENESIS_HASH, '[1]')).toMatch(/^[0-9a-f]{64}$/);
    expect(auditEventHash(GENESIS_HASH, '[1]')).not.toBe(auditEventHash(GENESIS_HASH, '[2]'));
    expect(auditEventHash('a'.repeat(64), '[1]')).not.toBe(auditEventHash(GENESIS_HASH, '[1]'));
  });

  it('finds an intact chain intact and reports its head', () => {
    const c = chain(5);
    expect(verify(c)).toEqual({ intact: true, events: 5, headSeq: 5, headHash: c[4]!.hash, brokenAt: null, reason: null });
    expect(verify([])).toEqual({ intact: true, events: 0, headSeq: null, headHash: null, brokenAt: null, reason: null });
  });

  it('detects a changed event (content) and a changed-and-rehashed one (link)', () => {
    const c = chain(5);
    const changed = c.map((l) => (l.seq === 3 ? { ...l, content: l.content.replace('"act"', '"forged"') } : l));
    expect(verify(changed)).toMatchObject({ intact: false, brokenAt: 3, reason: 'CONTENT', events: 2, headSeq: 2 });
    const rehashed = c.map((l) => (l.seq === 3 ? { ...l, content: 'x', hash: auditEventHash(l.prevHash, 'x') } : l));
    expect(verify(rehashed)).toMatchObject({ intact: false, brokenAt: 4, reason: 'LINK' });
  });

  it('detects a removed event (gap), a chain not starting at 1, and a forged link', () => {
    const c = chain(5);
    expect(verify(c.filter((l) => l.seq !== 2))).toMatchObject({ intact: false, brokenAt: 3, reason: 'GAP' });
    expect(verify(c.slice(1))).toMatchObject({ intact: false, brokenAt: 2, reason: 'GAP' });
    const relinked = c.map((l) => (l.seq === 4 ? { ...l, prevHash: GENESIS_HASH } : l));
    expect(verify(relinked)).toMatchObject({ intact: false, brokenAt: 4, reason: 'LINK' });
  });

  it('checks an expected head: present, rewritten, or cut off the end', () => {
    const c = chain(5);
    expect(verify(c, { seq: 3, hash: c[2]!.hash })).toMatchObject({ intact: true, headSeq: 5 });
    // The whole chain rewritten consistently from event 2 on: only the anchor shows it.
    const rewritten = chain(5).map((l) => l);
    let prev = c[0]!.hash;
    for (const l of rewritten.slice(1)) {
      l.prevHash = prev;
      l.content = `${l.content} `;
      l.hash = auditEventHash(prev, l.content);
      prev = l.hash;
    }
    expect(verify(rewritten)).toMatchObject({ intact: true });
    expect(verify(rewritten, { seq: 3, hash: c[2]!.hash })).toMatchObject({ intact: false, brokenAt: 3, reason: 'HEAD_MISMATCH' });
    expect(verify(c.slice(0, 4), { seq: 5, hash: c[4]!.hash })).toMatchObject({ intact: false, brokenAt: 5, reason: 'HEAD_MISSING', headSeq: 4 });
  });

  it('parses a head written as <seq>:<hash>', () => {
    const h = 'AB'.repeat(32);
    expect(parseAuditChainHead(`12:${h}`)).toEqual({ seq: 12, hash: h.toLowerCase() });
    expect(parseAuditChainHead(`0:${h}`)).toBeNull();
    expect(parseAuditChainHead(`12:${h.slice(2)}`)).toBeNull();
    expect(parseAuditChainHead('12')).toBeNull();
  });
});
