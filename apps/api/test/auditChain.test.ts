// The audit trail is hash-chained (SECURITY.md): the database chains every insert, whoever inserts, and the verifier
// (auditChainStatus, `npm run audit:verify`) finds an event changed, removed or forged past the append-only
// trigger by someone with the owner's rights. Runs on PGlite and, with TEST_DATABASE_URL, on PostgreSQL (there also
// 20 parallel appends).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, defaultMigrationsDir } from '@ssj/db';
import { createTestDatabase } from '@ssj/db/testing';
import { GENESIS_HASH } from '@ssj/domain';
import { audit } from '../src/audit.ts';
import { verifyAuditChain } from '../src/auditChain.ts';
import type { Context } from '../src/context.ts';
import { codeOf, createTestApp, type TestApp } from './helpers.ts';
import { TEST_DATABASE_URL } from './testEnv.ts';

let t: TestApp;
let admin: string;

const STATUS = 'query($h: String) { auditChainStatus(expectedHead: $h) { intact events headSeq headHash brokenAt reason message } }';

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

async function status(head?: string, token = admin) {
  const r = await t.gql(STATUS, head ? { h: head } : {}, token);
  if (!r.data?.auditChainStatus) throw new Error(JSON.stringify(r.errors));
  return r.data.auditChainStatus as {
    intact: boolean;
    events: number;
    headSeq: number;
    headHash: string;
    brokenAt: number | null;
    reason: string | null;
    message: string | null;
  };
}

/** What someone with the owner's rights can do: switch the append-only trigger off for a moment. */
async function asOwner(sql: string) {
  await t.prisma.$executeRawUnsafe('ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"');
  try {
    return await t.prisma.$executeRawUnsafe(sql);
  } finally {
    await t.prisma.$executeRawUnsafe('ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"');
  }
}

describe('audit hash chain', () => {
  it('chains the whole demo trail: seq 1…n without gaps, each event linked to the one before', async () => {
    const n = await t.prisma.auditEvent.count();
    expect(n).toBeGreaterThan(100);
    const s = await status();
    expect(s).toMatchObject({ intact: true, events: n, headSeq: n, brokenAt: null, reason: null, message: null });
    const first = await t.prisma.auditEvent.findUniqueOrThrow({ where: { seq: 1n } });
    expect(first.prevHash).toBe(GENESIS_HASH);
    const head = await t.prisma.auditEvent.findUniqueOrThrow({ where: { seq: BigInt(n) } });
    expect(s.headHash).toBe(head.hash);
    const seqs = await t.prisma.$queryRaw<
      { ok: boolean }[]
    >`SELECT bool_and(e."prevHash" = p."hash") AS ok FROM "AuditEvent" e JOIN "AuditEvent" p ON p."seq" = e."seq" - 1`;
    expect(seqs[0]!.ok).toBe(true);
  });

  it('appends each mutation to the chain; an earlier head still verifies', async () => {
    const before = await status();
    const r = await t.gql('mutation { createExpert(name: "链测试专家", field: "测绘", organization: "测试单位") { id } }', {}, admin);
    expect(r.errors).toBeUndefined();
    const after = await status(`${before.headSeq}:${before.headHash}`);
    expect(after).toMatchObject({ intact: true, headSeq: before.headSeq + 1 });
    const ev = await t.prisma.auditEvent.findUniqueOrThrow({ where: { seq: BigInt(after.headSeq) } });
    expect(ev).toMatchObject({ action: 'createExpert', prevHash: before.headHash, hash: after.headHash });
  });

  it('overrides whatever seq and hashes an insert brings (a client cannot forge a link)', async () => {
    const before = await status();
    await t.prisma.auditEvent.create({
      data: { actorName: '伪造', action: 'forged', entity: 'System', seq: 1n, prevHash: GENESIS_HASH, hash: 'f'.repeat(64) },
    });
    expect(await status()).toMatchObject({ intact: true, headSeq: before.headSeq + 1 });
  });

  it("finds an event changed behind the trigger's back (content), and one changed and re-hashed (link)", async () => {
    const ev = await t.prisma.auditEvent.findUniqueOrThrow({ where: { seq: 10n } });
    await asOwner(`UPDATE "AuditEvent" SET "actorName" = '某人' WHERE "seq" = 10`);
    expect(await status()).toMatchObject({
      intact: false,
      brokenAt: 10,
      reason: 'CONTENT',
      events: 9,
      headSeq: 9,
      message: '内容与哈希不符：该记录写入后被修改',
    });
    // Paging does not hide it: the same answer with pages of 3.
    expect(await verifyAuditChain(t.prisma, { pageSize: 3 })).toMatchObject({ intact: false, brokenAt: 10, reason: 'CONTENT' });
    // The forger recomputes the event's own hash: the next event no longer links to it.
    await asOwner(`UPDATE "AuditEvent" SET "hash" = ssj_audit_hash("prevHash", ssj_audit_content("AuditEvent")) WHERE "seq" = 10`);
    expect(await status()).toMatchObject({ intact: false, brokenAt: 11, reason: 'LINK' });
    await asOwner(`UPDATE "AuditEvent" SET "actorName" = '${ev.actorName}', "hash" = '${ev.hash}' WHERE "seq" = 10`);
    expect(await status()).toMatchObject({ intact: true });
  });

  it('checks a head written down earlier: rewritten, or cut off the end', async () => {
    const s = await status();
    expect(await status(`${s.headSeq - 1}:${'0'.repeat(64)}`)).toMatchObject({ intact: false, brokenAt: s.headSeq - 1, reason: 'HEAD_MISMATCH' });
    expect(await status(`${s.headSeq + 3}:${s.headHash}`)).toMatchObject({ intact: false, brokenAt: s.headSeq + 3, reason: 'HEAD_MISSING' });
    expect(codeOf(await t.gql(STATUS, { h: 'not-a-head' }, admin))).toBe('VALIDATION.INVALID');
  });

  it("is for the lead unit's administrators and leadership only", async () => {
    expect((await status(undefined, await t.login('leader'))).intact).toBe(true);
    expect(codeOf(await t.gql(STATUS, {}, await t.login('wenshao')))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(STATUS, {}))).toBe('UNAUTHENTICATED');
  });

  it('finds a removed event (gap)', async () => {
    await asOwner('DELETE FROM "AuditEvent" WHERE "seq" = 20');
    expect(await status()).toMatchObject({ intact: false, brokenAt: 21, reason: 'GAP', headSeq: 19 });
  });
});

describe('events recorded before the chain existed', () => {
  it('are chained by the migration in the order they were written, and the chain goes on from them', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-migrations-'));
    for (const m of fs.readdirSync(defaultMigrationsDir)) {
      if (!m.endsWith('_audit_hash_chain')) fs.cpSync(path.join(defaultMigrationsDir, m), path.join(dir, m), { recursive: true });
    }
    const db = await createTestDatabase({ migrationsDir: dir });
    try {
      // Awkward content on purpose: quotes, line breaks, non-BMP characters, decimals, nesting, nulls.
      await db.prisma.$executeRawUnsafe(`INSERT INTO "AuditEvent" ("at", "actorName", "action", "entity", "entityId", "before", "after") VALUES
        ('2026-01-02 03:04:05.678', '系统', 'a', 'System', NULL, NULL, '{"b": 1.50, "a": "引号\\"与\\n换行 😀", "z": [1, {"y": null, "x": true}]}'),
        ('2025-12-31 23:59:59.999', '张三（zhangsan）', 'b', 'Target', 'id-2', '{"n": -0.000001}', '{}'),
        ('2026-11-02 00:00:00', '李四', 'c', 'Result', 'id-3', NULL, '{"big": 12345678901234567890}')`);
      await applyMigrations(db, { migrationsDir: defaultMigrationsDir });
      expect(await verifyAuditChain(db.prisma)).toMatchObject({ intact: true, events: 3, headSeq: 3 });
      const rows = await db.prisma.auditEvent.findMany({ orderBy: { id: 'asc' }, select: { seq: true, action: true } });
      expect(rows.map((r) => [r.seq, r.action])).toEqual([
        [1n, 'a'],
        [2n, 'b'],
        [3n, 'c'],
      ]);
      await db.prisma.auditEvent.create({ data: { actorName: '系统', action: 'd', entity: 'System', after: { 引: '号"\\' } } });
      expect(await verifyAuditChain(db.prisma)).toMatchObject({ intact: true, events: 4 });
    } finally {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.runIf(!!TEST_DATABASE_URL)('audit hash chain under concurrency (PostgreSQL)', () => {
  let p: TestApp;
  beforeAll(async () => {
    p = await createTestApp();
  });
  afterAll(() => p.close());

  it('keeps the chain linear when 20 transactions append at once', async () => {
    const token = await p.login('admin');
    const before = await p.prisma.auditEvent.count();
    // 20 mutations through the API, and 20 transactions that append early and hold on before committing.
    const ctx = { user: null } as unknown as Context;
    const results = await Promise.all([
      ...Array.from({ length: 20 }, (_, i) =>
        p.gql('mutation($n: String) { createExpert(name: $n, field: "测绘", organization: "并发") { id } }', { n: `并发专家${i}` }, token),
      ),
      ...Array.from({ length: 20 }, (_, i) =>
        p.prisma.$transaction(
          async (tx) => {
            await audit(tx, ctx, { action: 'parallelAppend', entity: 'System', after: { i } });
            await tx.$executeRaw`SELECT pg_sleep(0.01)`;
          },
          { timeout: 30_000, maxWait: 30_000 },
        ),
      ),
    ]);
    expect(results.slice(0, 20).flatMap((r) => (r as { errors?: unknown[] }).errors ?? [])).toEqual([]);
    expect(await p.prisma.auditEvent.count()).toBe(before + 40);
    const s = await verifyAuditChain(p.prisma);
    expect(s).toMatchObject({ intact: true, events: before + 40, headSeq: before + 40 });
  });
});
