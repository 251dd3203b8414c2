// The harness's reusable embedded database (leaseTestDatabase, @ssj/db/testing): the API's test files of a worker
// share one PGlite, reset between them. A lease must start from the same data whatever the last one did, and a
// change a reset cannot undo must not reach the next lease. Runs on PGlite in both modes (it tests the harness).
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedTemplate, cachedTemplateFile, leaseTestDatabase, openPGlite } from '@ssj/db/testing';
import type { Database } from '@ssj/db';

/** Rows of every table (count and md5, as helpers.ts's fingerprint) and every sequence's next value. */
async function state(db: Database) {
  const tables = await db.prisma.$queryRaw<{ name: string }[]>`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`;
  const rows = await db.prisma.$queryRawUnsafe<{ name: string; print: string }[]>(
    tables
      .map(({ name }) => `SELECT '${name}' AS name, count(*) || ':' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS print FROM "${name}" x`)
      .join(' UNION ALL '),
  );
  const sequences = await db.prisma.$queryRaw<
    { name: string; last: string | null }[]
  >`SELECT sequencename AS name, last_value::text AS last FROM pg_sequences ORDER BY 1`;
  return { rows, sequences };
}

// Each test opens PGlites of its own (~1 s of CPU each on a quiet machine, over 60 s of wall at load 25).
describe('a leased test database', () => {
  const open: Database[] = [];
  afterAll(async () => {
    for (const db of open) await db.close();
  });

  it('starts from the same rows and sequences whatever the last lease changed, and the same PGlite', { timeout: 180_000 }, async () => {
    const first = await leaseTestDatabase({ demo: true });
    const before = await state(first);
    expect(before.rows.find((r) => r.name === 'Target')?.print).toMatch(/^2000:/);
    // Rows written, updated and deleted, past the triggers that guard the audit log, a sequence moved, a setting changed.
    const user = await first.prisma.user.findFirstOrThrow({ where: { username: 'admin' } });
    await first.prisma.auditEvent.create({ data: { action: 'leaseTest', entity: 'User', entityId: user.id, actorId: user.id, actorName: 'admin' } });
    await first.prisma.user.update({ where: { id: user.id }, data: { name: '改过的名字' } });
    await first.prisma.loginThrottle.create({ data: { key: 'user:leaseTest', failures: 3 } });
    await first.prisma.conflictOfInterest.deleteMany({});
    // Emptied without a row deleted (no delete counted): the reset must notice it all the same.
    await first.prisma.$executeRawUnsafe('TRUNCATE ONLY "DrawCandidateGroup"');
    await first.prisma.$executeRawUnsafe(`SELECT setval('"AuditEvent_id_seq"', 999999)`);
    await first.prisma.$executeRawUnsafe(`SET statement_timeout = '1s'`);
    expect(await state(first)).not.toEqual(before);
    const pglite = first.pglite;
    const prisma = first.prisma;
    // A statement counter the file forgets to stop (helpers.ts, countQueries): it must not hear the next lease.
    const heard: string[] = [];
    first.onQuery((e: { sql: string }) => heard.push(e.sql));
    await first.prisma.unit.count();
    expect(heard.length).toBeGreaterThan(0);
    await first.close();
    const heardBefore = heard.length;

    const second = await leaseTestDatabase({ demo: true });
    open.push(second);
    expect(second.pglite).toBe(pglite);
    // The same Prisma client too (its query plans compiled once per worker), without the last lease's listeners.
    expect(second.prisma).toBe(prisma);
    expect(await state(second)).toEqual(before);
    expect(heard.length).toBe(heardBefore);
    expect((await second.prisma.$queryRawUnsafe<{ t: string }[]>("SELECT current_setting('statement_timeout') AS t"))[0]!.t).toBe('0');
    // While it is leased, another lease gets a database of its own, from the same data.
    const third = await leaseTestDatabase({ demo: true });
    open.push(third);
    expect(third.pglite).not.toBe(pglite);
    expect(await state(third)).toEqual(before);
  });

  it('is not lent again after a change a reset cannot undo (a column added)', { timeout: 180_000 }, async () => {
    // On the worker's demo copy, the one the last test gave back: the fresh copy that replaces it is the one the
    // worker's next files lease (as the first lease of a copy, without a reset). The empty migrated database would
    // cost two copies of its own (~1 s of CPU each), one retired at once.
    for (const db of open.splice(0)) await db.close();
    const first = await leaseTestDatabase({ demo: true });
    const pglite = first.pglite!;
    await first.prisma.$executeRawUnsafe('ALTER TABLE "Unit" ADD COLUMN "leaseTest" text');
    await first.close();
    expect(pglite.closed).toBe(true);
    const second = await leaseTestDatabase({ demo: true });
    open.push(second);
    expect(second.pglite).not.toBe(pglite);
    const columns = await second.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM information_schema.columns WHERE column_name = 'leaseTest'`;
    expect(columns[0]!.n).toBe(0);
  });
});

describe('an embedded database', () => {
  const SETTINGS = `SELECT string_agg(name || '=' || setting, ' ' ORDER BY name) AS s FROM pg_settings
    WHERE name IN ('fsync', 'full_page_writes', 'wal_level', 'max_wal_senders', 'synchronous_commit')`;

  it('in memory writes no more WAL than it needs (nothing to recover after a crash); in a folder keeps the defaults', { timeout: 180_000 }, async () => {
    // The worker's demo copy (opening the empty migrated database only for this would cost ~1 s of CPU).
    const db = await leaseTestDatabase({ demo: true });
    try {
      const { rows } = await db.pglite!.query<{ s: string }>(SETTINGS);
      expect(rows[0]!.s).toBe('fsync=off full_page_writes=off max_wal_senders=0 synchronous_commit=off wal_level=minimal');
    } finally {
      await db.close();
    }
    // A folder outlives the process: full-page images and the commit's wait stay (fsync is PGlite's own choice).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-pglite-settings-'));
    try {
      const pglite = await openPGlite({ dataDir: path.join(dir, 'data') });
      try {
        const { rows } = await pglite.query<{ s: string }>(SETTINGS);
        expect(rows[0]!.s).toBe('fsync=off full_page_writes=on max_wal_senders=10 synchronous_commit=on wal_level=replica');
      } finally {
        await pglite.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The API's global setup starts building the demo dump without waiting for it; a worker that asks for it meanwhile
// must wait for that build's file, not build a second one (cachedTemplate's lock file, @ssj/db's pglite.ts).
describe('a cached dump', () => {
  const files: string[] = [];
  afterAll(() => {
    for (const f of files) for (const x of [f, `${f}.lock`]) fs.rmSync(x, { force: true });
  });
  const gz = (text: string) => new Blob([gzipSync(text)]);

  it('is built by one process: another waits for its file, and builds it itself once that process is gone', async () => {
    let builds = 0;
    const build = async () => {
      builds++;
      return gz('built here');
    };
    // Another live process (this one's parent) is building it.
    const key = `lock test ${randomUUID()}`;
    const file = cachedTemplateFile(key, 'locktest');
    files.push(file);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(`${file}.lock`, String(process.ppid));
    const waiting = cachedTemplate(key, build, 'locktest');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(builds).toBe(0);
    fs.writeFileSync(`${file}.tmp`, gzipSync('built there'));
    fs.renameSync(`${file}.tmp`, file);
    fs.rmSync(`${file}.lock`);
    expect(await (await waiting).text()).toBe('built there');
    expect(builds).toBe(0);

    // A lock whose process has ended: built here, the file written and the lock gone.
    const key2 = `lock test ${randomUUID()}`;
    const file2 = cachedTemplateFile(key2, 'locktest');
    files.push(file2);
    fs.writeFileSync(`${file2}.lock`, String(spawnSync(process.execPath, ['-e', '']).pid));
    expect(await (await cachedTemplate(key2, build, 'locktest')).text()).toBe('built here');
    expect(builds).toBe(1);
    expect(fs.existsSync(file2)).toBe(true);
    expect(fs.existsSync(`${file2}.lock`)).toBe(false);
  });
});
