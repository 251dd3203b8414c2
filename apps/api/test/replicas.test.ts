// Replicas that share nothing (issue 14), proven with real processes. PostgreSQL only (TEST_DATABASE_URL): PGlite is
// one process's database.
//   1. Two API servers on one PostgreSQL database behind a round-robin proxy: an import uploaded through one
//      replica is dry-run and committed by whichever takes the queue job, its progress and outcome read through the
//      other; a draw set up, drawn and verified with consecutive requests landing on alternate replicas.
//   2. A streaming standby (pg_basebackup of a primary the test starts) as DATABASE_READ_URL: the public pages and
//      an analyst's token read it, a signed-in session and every write use the primary — shown by pausing the
//      standby's replay and changing a public record on the primary.
import pg from 'pg';
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '@ssj/domain';
import { createPrismaClient, type Database } from '@ssj/db';
import { dropPostgresDatabase } from '@ssj/db/testing';
import { DEMO_ACCOUNTS } from '@ssj/db/seed';
import {
  copyDatabase,
  roundRobinProxy,
  startApiServer,
  startStreamingPair,
  type ApiServer,
  type RoundRobinProxy,
  type StreamingPair,
} from './replicaHarness.ts';
import { TEST_DATABASE_URL } from './testEnv.ts';

const serverUrl = TEST_DATABASE_URL;
// Below Linux's ephemeral range (32768–60999): a port in it may be the local end of any outgoing connection at the
// moment a server here binds it (55412 was, once: EADDRINUSE, while the suite's clients talked to PostgreSQL).
const PORTS = { proxy: 25400, a: 25401, b: 25402, primary: 25410, standby: 25411, api: 25412 };
const password = (u: string) => DEMO_ACCOUNTS.find((a) => a.username === u)!.password;

const urlOf = (base: string, db: string) => {
  const u = new URL(base);
  u.pathname = `/${db}`;
  return u.toString();
};

async function gql(base: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, any>; errors?: { message: string; extensions?: { code?: string } }[] };
  return { ...body, upstream: res.headers.get('x-upstream') };
}

async function login(base: string, username: string): Promise<string> {
  const r = await gql(base, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: password(username) });
  if (!r.data?.login) throw new Error(`login ${username}: ${JSON.stringify(r.errors)}`);
  return r.data.login.token as string;
}

let serial = 0;
function creditCode(): string {
  const body = `91370305MB${String(process.pid % 1e3).padStart(3, '0')}${String(serial++).padStart(4, '0')}`;
  return body + creditCodeCheckChar(body);
}

describe.runIf(!!serverUrl)('two API replicas on one PostgreSQL behind a round-robin proxy', () => {
  const dbName = `ssj_test_replicas_${process.pid}`;
  let a: ApiServer | undefined;
  let b: ApiServer | undefined;
  let proxy: RoundRobinProxy | undefined;
  let client: pg.Client;
  let db: Database | undefined;
  let prisma: Database['prisma'];
  let base: string;

  beforeAll(async () => {
    const template = inject('demoTemplateDatabase');
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}"`);
    await admin.query(template ? `CREATE DATABASE "${dbName}" TEMPLATE "${template}"` : `CREATE DATABASE "${dbName}"`);
    await admin.end();
    const url = urlOf(serverUrl!, dbName);
    // One after the other: the first installs the queue's schema, the second finds it.
    a = await startApiServer(PORTS.a, { DATABASE_URL: url });
    b = await startApiServer(PORTS.b, { DATABASE_URL: url });
    proxy = await roundRobinProxy(PORTS.proxy, [PORTS.a, PORTS.b]);
    base = proxy.url;
    client = new pg.Client({ connectionString: url });
    await client.connect();
    db = await createPrismaClient({ databaseUrl: url });
    prisma = db.prisma;
  }, 240_000);

  afterAll(async () => {
    await client?.end();
    await db?.close();
    await proxy?.stop();
    await Promise.all([a?.stop(), b?.stop()]);
    await dropPostgresDatabase(serverUrl!, dbName);
  }, 60_000);

  it('imports through one replica while the other shows its progress and outcome', async () => {
    const token = await login(base, 'wenshao');
    const { rows: units } = await client.query<{ name: string }>(`SELECT name FROM "Unit" WHERE code = 'GTS01'`);
    const { rows: libs } = await client.query<{ name: string }>(`SELECT name FROM "TargetLibrary" WHERE "retiredAt" IS NULL ORDER BY code LIMIT 1`);
    const header = '统一社会信用代码,名称,所属名录库,维护单位,对象类型,经营规模,行业,所在镇（街道）,登记住所,风险等级';
    const n = 3000;
    const lines = Array.from({ length: n }, (_, i) =>
      [
        creditCode(),
        `副本测试矿业${i}有限公司`,
        libs[0]!.name,
        units[0]!.name,
        '采矿权人',
        '小型',
        '采矿业',
        '闻韶街道',
        `临淄区闻韶街道${i}号`,
        '低风险',
      ].join(','),
    );
    const before = Number((await client.query(`SELECT count(*) FROM "Target"`)).rows[0].count);

    const up = await fetch(`${base}/import/Target/upload`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'x-file-name': encodeURIComponent('副本.csv') },
      body: [header, ...lines].join('\n'),
    });
    const uploadedOn = up.headers.get('x-upstream');
    const { job } = (await up.json()) as { job: { id: string; mapping: (string | null)[] } };
    expect(job.id).toMatch(/^[0-9a-f]{24}$/);
    // The file is in the database, not on the replica that received it.
    expect(Number((await client.query(`SELECT count(*) FROM "ImportJobChunk" WHERE "jobId" = $1`, [job.id])).rows[0].count)).toBeGreaterThan(0);

    /** Starts a step through the proxy and, while it runs, polls the job through the proxy (both replicas) until it ends. */
    async function runStep(step: 'dry-run' | 'commit', body: unknown) {
      const started = fetch(`${base}/import/jobs/${job.id}/${step}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then(async (r) => ({ upstream: r.headers.get('x-upstream'), text: await r.text() }));
      const seen: { upstream: string | null; running: string | null; status: string; progress: { rows: number } | null }[] = [];
      let streamed: { upstream: string | null; text: string } | null = null;
      void started.then((s) => (streamed = s));
      for (let i = 0; i < 3000; i++) {
        const r = await fetch(`${base}/import/jobs/${job.id}`, { headers: { authorization: `Bearer ${token}` } });
        expect(r.status, `GET /import/jobs/<id> through the proxy`).toBe(200);
        const j = ((await r.json()) as { job: { running: string | null; status: string; progress: { rows: number } | null } }).job;
        seen.push({ upstream: r.headers.get('x-upstream'), running: j.running, status: j.status, progress: j.progress });
        if (streamed && !j.running) break;
        await new Promise((res) => setTimeout(res, 50));
      }
      const s = (await started) as { upstream: string | null; text: string };
      const last = JSON.parse(s.text.trim().split('\n').pop()!) as { job?: { status: string; counts: Record<string, number> }; errors?: unknown };
      // Once it ended, both replicas (two consecutive requests) show the outcome.
      const after = await Promise.all(
        [0, 1].map(async () => {
          const r = await fetch(`${base}/import/jobs/${job.id}`, { headers: { authorization: `Bearer ${token}` } });
          const j = ((await r.json()) as { job: { running: string | null; status: string; counts: Record<string, number> } }).job;
          return { upstream: r.headers.get('x-upstream'), running: j.running, status: j.status, counts: j.counts };
        }),
      );
      return { seen, after, streamedOn: s.upstream, progressLines: s.text.trim().split('\n').length - 1, last };
    }

    const dry = await runStep('dry-run', { mapping: job.mapping });
    expect(dry.last.errors).toBeUndefined();
    expect(dry.last.job).toMatchObject({ status: 'ANALYSED', counts: { CREATE: n, REFUSED: 0, total: n } });
    // The replica that did not stream the run saw it running, with progress from the database, and then its outcome.
    const other = dry.seen.filter((s) => s.upstream !== dry.streamedOn);
    expect(other.some((s) => s.running === 'DRY_RUN' && (s.progress?.rows ?? 0) > 0)).toBe(true);
    expect(new Set(dry.after.map((s) => s.upstream)).size).toBe(2);
    for (const s of dry.after) expect(s).toMatchObject({ running: null, status: 'ANALYSED', counts: { CREATE: n } });
    expect(new Set(dry.seen.map((s) => s.upstream))).toEqual(new Set(['0', '1']));
    expect(dry.progressLines).toBeGreaterThan(0);

    // Either replica pages the dry run's rows.
    const pages = await Promise.all(
      [0, 1].map(async () => {
        const r = await fetch(`${base}/import/jobs/${job.id}/rows?action=CREATE&perPage=10`, { headers: { authorization: `Bearer ${token}` } });
        return { upstream: r.headers.get('x-upstream'), body: (await r.json()) as { total: number } };
      }),
    );
    expect(new Set(pages.map((p) => p.upstream)).size).toBe(2);
    for (const p of pages) expect(p.body.total).toBe(n);

    const commit = await runStep('commit', {});
    expect(commit.last.errors).toBeUndefined();
    expect(commit.last.job).toMatchObject({ status: 'COMMITTED', counts: { CREATE: n } });
    for (const s of commit.after) expect(s).toMatchObject({ running: null, status: 'COMMITTED' });
    expect(Number((await client.query(`SELECT count(*) FROM "Target"`)).rows[0].count)).toBe(before + n);
    // The committed file is gone from the database; the queue ran each step once, on graphile-worker.
    expect(Number((await client.query(`SELECT count(*) FROM "ImportJobChunk" WHERE "jobId" = $1`, [job.id])).rows[0].count)).toBe(0);
    expect(Number((await client.query(`SELECT count(*) FROM "QueuedJob"`)).rows[0].count)).toBe(0);
    expect(uploadedOn).not.toBeNull();
  }, 300_000);

  it('draws on one replica and verifies on the other', async () => {
    const kg = await login(base, 'kuangguan');
    const q = async (sql: string) => (await client.query<{ id: string }>(sql)).rows[0]?.id;
    const item = (await q(`SELECT id FROM "CheckItem" WHERE code = 'LZZR-03'`))!;
    const lib = (await q(`SELECT id FROM "TargetLibrary" WHERE code = 'LIB-CK'`))!;
    const kgk = (await q(`SELECT id FROM "Unit" WHERE code = 'KGK'`))!;
    // The demo's 矿产资源管理科 has not filed its 2026 plan: file one (as draws.test.ts does).
    const plan =
      (await q(`SELECT id FROM "Plan" WHERE "unitId" = '${kgk}' AND year = 2026`)) ??
      (
        await prisma.plan.create({
          data: {
            unitId: kgk,
            year: 2026,
            title: '2026 年度抽查工作计划',
            status: 'FILED',
            version: 1,
            filedAt: new Date(),
            items: {
              create: [
                { checkItemId: item, scope: '全区', windowFrom: new Date('2026-03-01'), windowTo: new Date('2026-12-31'), estimatedCount: 10, ratio: 0.2 },
              ],
            },
          },
        })
      ).id;
    const step = async (query: string, variables: Record<string, unknown>) => {
      const r = await gql(base, query, variables, kg);
      expect(r.errors).toBeUndefined();
      return r;
    };
    const task = await step(
      `mutation($p: ID, $i: [ID!]) { createTask(planId: $p, name: "副本摇号", windowFrom: "2026-12-01", windowTo: "2026-12-31", checkItemIds: $i) { id } }`,
      { p: plan, i: [item] },
    );
    const taskId = task.data!.createTask.id as string;
    const upstreams = [task.upstream];
    for (const [query, variables] of [
      ['mutation($t: ID, $l: ID) { createTaskClass(taskId: $t, key: "ck", label: "采矿权人", libraryId: $l, ratio: 0.3) { id } }', { t: taskId, l: lib }],
      ['mutation($t: ID) { announceDraw(taskId: $t) { status } }', { t: taskId }],
      ['mutation { confirmDirectories { id } }', {}],
    ] as const) {
      upstreams.push((await step(query, variables)).upstream);
    }
    const drawn = await step('mutation($t: ID) { drawTargets(taskId: $t, witnessName: "赵见证", witnessEntropy: "副本 4 2") { id drawnTargetCount } }', {
      t: taskId,
    });
    const drawId = drawn.data!.drawTargets.id as string;
    expect(drawn.data!.drawTargets.drawnTargetCount).toBeGreaterThan(0);
    const verified = await step('query($d: ID!) { verifyDraw(drawId: $d) { ok diff } }', { d: drawId });
    expect(verified.data!.verifyDraw).toEqual({ ok: true, diff: [] });
    // Consecutive requests went to alternate replicas: the draw was made on one and verified on the other.
    expect(verified.upstream).not.toBe(drawn.upstream);
    expect(new Set([...upstreams, drawn.upstream, verified.upstream])).toEqual(new Set(['0', '1']));
  }, 300_000);
});

describe.runIf(!!serverUrl)('a streaming read replica serves the public pages (DATABASE_READ_URL)', () => {
  const copyName = `ssj_test_replica_copy_${process.pid}`;
  let pair: StreamingPair | undefined;
  let api: ApiServer | undefined;
  let primary: pg.Client;
  let standby: pg.Client;

  beforeAll(async () => {
    pair = await startStreamingPair(PORTS.primary, PORTS.standby);
    const template = inject('demoTemplateDatabase');
    const setup = new pg.Client({ connectionString: pair.primaryUrl('postgres') });
    await setup.connect();
    await setup.query('CREATE DATABASE ssj');
    await setup.end();
    // The demo, copied from this run's template on the test server (or migrated and seeded by the server).
    // (A template accepts no connections: dump a copy of it.)
    if (template) {
      const server = new pg.Client({ connectionString: serverUrl });
      await server.connect();
      await server.query(`CREATE DATABASE "${copyName}" TEMPLATE "${template}"`);
      await server.end();
      try {
        copyDatabase(urlOf(serverUrl!, copyName), pair.primaryUrl('ssj'));
      } finally {
        await dropPostgresDatabase(serverUrl!, copyName);
      }
    }
    primary = new pg.Client({ connectionString: pair.primaryUrl('ssj') });
    await primary.connect();
    standby = new pg.Client({ connectionString: pair.replicaUrl('ssj') });
    // The database reaches the standby by streaming.
    for (let i = 0; ; i++) {
      try {
        await standby.connect();
        break;
      } catch (e) {
        if (i > 100) throw e;
        standby = new pg.Client({ connectionString: pair.replicaUrl('ssj') });
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    api = await startApiServer(PORTS.api, {
      DATABASE_URL: pair.primaryUrl('ssj'),
      DATABASE_READ_URL: pair.replicaUrl('ssj'),
      ...(template ? {} : { SSJ_NO_DEMO: '0' }),
    });
  }, 300_000);

  afterAll(async () => {
    await api?.stop();
    await primary?.end().catch(() => {});
    await standby?.end().catch(() => {});
    await pair?.stop();
  }, 60_000);

  it('reads public pages and API tokens from the standby, signed-in sessions and writes from the primary', async () => {
    const base = api!.url;
    expect((await standby.query('SELECT pg_is_in_recovery() AS r')).rows[0].r).toBe(true);
    // Writes work (the sign-in writes its session, an analyst's token is issued): they go to the primary.
    const admin = await login(base, 'admin');
    const analyst = await login(base, 'analyst');
    const issued = await gql(base, 'mutation { createApiToken(name: "副本") { token } }', {}, analyst);
    expect(issued.errors).toBeUndefined();
    const apiToken = issued.data!.createApiToken.token as string;

    const { rows } = await primary.query<{ id: string; title: string }>(
      `SELECT id, title FROM "Plan" WHERE status = 'FILED' AND year = 2026 ORDER BY id LIMIT 1`,
    );
    const plan = rows[0]!;
    const publicTitle = async (token?: string) =>
      ((await gql(base, 'query { publicPlans(year: 2026) { id title } }', {}, token)).data!.publicPlans as { id: string; title: string }[]).find(
        (p) => p.id === plan.id,
      )?.title;
    const signedInTitle = async () => (await gql(base, 'query($id: ID!) { Plan(id: $id) { title } }', { id: plan.id }, admin)).data!.Plan.title as string;
    expect(await publicTitle()).toBe(plan.title);

    // Hold the standby at its present state, then change the plan's title on the primary.
    await standby.query('SELECT pg_wal_replay_pause()');
    const changed = `${plan.title}（副本测试）`;
    await primary.query(`UPDATE "Plan" SET title = $1 WHERE id = $2`, [changed, plan.id]);
    expect(await publicTitle()).toBe(plan.title); // the public page reads the standby
    expect(await publicTitle(apiToken)).toBe(plan.title); // and so does an analyst's token
    expect(await signedInTitle()).toBe(changed); // a signed-in session reads the primary
    const served = await fetch(`${base}/public/draw-commitments.json`);
    expect(served.status).toBe(200);

    await standby.query('SELECT pg_wal_replay_resume()');
    let title: string | undefined;
    for (let i = 0; i < 100 && title !== changed; i++) {
      title = await publicTitle();
      if (title !== changed) await new Promise((r) => setTimeout(r, 100));
    }
    expect(title).toBe(changed);
  }, 120_000);
});
