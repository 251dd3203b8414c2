// The publication outbox end to end (issue 16, docs/publication.md): every publishing command writes its document
// in its own transaction, each document matches its JSON Schema, and a local receiver (node:http on 127.0.0.1)
// gets every document once, in order, with a stable idempotency key — through 500s, refused connections and a
// restart of the API (a new app instance on the same database); two app instances never deliver one document twice.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar, PUBLICATION_KINDS } from '@ssj/domain';
import { createApp, type App } from '../src/yoga.ts';
import { codeOf, createTestApp, type GqlResult, type TestApp } from './helpers.ts';

const FAST = { backoff: { baseMs: 20, maxMs: 150 }, timeoutMs: 2000 };
let t: TestApp;
let app: App;
let admin: string;
let kg: string;

const gqlOn =
  (a: App) =>
  async <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult<T>> => {
    const res = await a.fetch(
      new Request('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      }),
    );
    return (await res.json()) as GqlResult<T>;
  };
let gql: ReturnType<typeof gqlOn>;
const ok = <T extends GqlResult>(r: T): T => {
  expect(r.errors).toBeUndefined();
  return r;
};

async function until(what: string, check: () => Promise<boolean> | boolean, ms = 15_000) {
  const end = performance.now() + ms;
  while (!(await check())) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 15));
  }
}

// ── the JSON Schemas ──
const schemaDir = path.resolve(import.meta.dirname, '../../../docs/publication/schemas');
const ajv = new Ajv2020({ strict: true, allErrors: true });
for (const f of fs.readdirSync(schemaDir)) ajv.addSchema(JSON.parse(fs.readFileSync(path.join(schemaDir, f), 'utf8')), f);

// ── a local receiver ──
type Received = { key: string; seq: number; kind: string; auth: string | undefined; body: any; status: number };
function receiver() {
  const got: Received[] = [];
  let mode: 'up' | 'fail' = 'fail';
  let delayMs = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const status = mode === 'up' ? 200 : 500;
      got.push({
        key: String(req.headers['idempotency-key']),
        seq: Number(req.headers['x-ssj-sequence']),
        kind: String(req.headers['x-ssj-kind']),
        auth: req.headers['x-token'] as string | undefined,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
        status,
      });
      setTimeout(() => res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'down'), delayMs);
    });
  });
  let port = 0;
  return {
    got,
    accepted: () => got.filter((g) => g.status === 200),
    set mode(m: 'up' | 'fail') {
      mode = m;
    },
    set delay(ms: number) {
      delayMs = ms;
    },
    get url() {
      return `http://127.0.0.1:${port}/ssj`;
    },
    listen: () =>
      new Promise<void>((resolve) =>
        server.listen(port, '127.0.0.1', () => {
          port = (server.address() as AddressInfo).port;
          resolve();
        }),
      ),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const docs = () => t.prisma.publicationDocument.findMany({ orderBy: { seq: 'asc' } });
const code = (body: string) => body + creditCodeCheckChar(body);

beforeAll(async () => {
  t = await createTestApp({ today: '2026-12-04' });
  app = createApp({ prisma: t.prisma, publication: FAST });
  gql = gqlOn(app);
  [admin, kg] = await Promise.all([t.login('admin'), t.login('kuangguan')]);
}, 240_000);
afterAll(async () => {
  await app?.queue.stop();
  await t?.close();
});

describe('the outbox (issue 16)', () => {
  it('writes a checklist version with its change, and nothing when the change is refused', async () => {
    const item = await t.prisma.checkItem.findUniqueOrThrow({ where: { code: 'LZZR-03' } });
    ok(
      await gql(
        'mutation($id: ID!) { updateCheckItem(id: $id, notice: "调整检查依据", legalBasis: "《矿产资源法》第三条") { version } }',
        { id: item.id },
        admin,
      ),
    );
    const [d] = await docs();
    expect(d).toMatchObject({ kind: 'checklist-version', schemaVersion: 1, entity: 'CheckItemVersion' });
    expect(d!.document).toMatchObject({
      item: { code: 'LZZR-03', legalBasis: '《矿产资源法》第三条' },
      version: item.version + 1,
      change: 'UPDATE',
      notice: '调整检查依据',
    });
    expect(codeOf(await gql('mutation($id: ID!) { updateCheckItem(id: $id, name: "x") { version } }', { id: item.id }, admin))).toBe(
      'CHECK_ITEM.NOTICE_REQUIRED',
    );
    expect(await t.prisma.publicationDocument.count()).toBe(1);
  });

  it('cannot commit a change without its document: a refused outbox insert rolls the change back', async () => {
    const item = await t.prisma.checkItem.findUniqueOrThrow({ where: { code: 'LZZR-03' } });
    await t.prisma.$executeRawUnsafe(`CREATE FUNCTION ssj_test_refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql`);
    await t.prisma.$executeRawUnsafe(`CREATE TRIGGER "ssj_test_refuse" BEFORE INSERT ON "PublicationDocument" FOR EACH ROW EXECUTE FUNCTION ssj_test_refuse()`);
    try {
      const r = await gql('mutation($id: ID!) { updateCheckItem(id: $id, notice: "再次调整", name: "不应保存") { version } }', { id: item.id }, admin);
      expect(r.errors).toBeDefined();
    } finally {
      await t.prisma.$executeRawUnsafe('DROP TRIGGER "ssj_test_refuse" ON "PublicationDocument"');
      await t.prisma.$executeRawUnsafe('DROP FUNCTION ssj_test_refuse()');
    }
    const after = await t.prisma.checkItem.findUniqueOrThrow({ where: { code: 'LZZR-03' } });
    expect(after).toMatchObject({ name: item.name, version: item.version });
    expect(await t.prisma.checkItemVersion.count({ where: { checkItemId: item.id, version: item.version + 1 } })).toBe(0);
  });

  it('writes a document for every publishable step, each matching its JSON Schema', async () => {
    const kgk = (await t.prisma.unit.findUniqueOrThrow({ where: { code: 'KGK' } })).id;
    const item = await t.prisma.checkItem.findUniqueOrThrow({ where: { code: 'LZZR-03' } });
    const plan =
      (await t.prisma.plan.findUnique({ where: { unitId_year: { unitId: kgk, year: 2026 } } })) ??
      (await t.prisma.plan.create({
        data: {
          unitId: kgk,
          year: 2026,
          title: '2026 年度抽查工作计划',
          status: 'FILED',
          version: 1,
          filedAt: new Date('2026-02-01T09:00:00+08:00'),
          items: {
            create: [
              { checkItemId: item.id, scope: '全区', windowFrom: new Date('2026-03-01'), windowTo: new Date('2026-12-31'), estimatedCount: 10, ratio: 0.2 },
            ],
          },
        },
      }));
    // plan: a temporary check files a new version (rule 10)
    ok(
      await gql(
        'mutation($p: ID!, $i: PlanItemInput!) { addTemporaryCheck(planId: $p, reason: "群众举报", item: $i) { version } }',
        { p: plan.id, i: { checkItemId: item.id, scope: '金岭回族镇', windowFrom: '2026-12-10', windowTo: '2026-12-31', estimatedCount: 3, ratio: 0.2 } },
        kg,
      ),
    );
    // task announcement, locked draw
    const lib = await t.prisma.targetLibrary.create({
      data: {
        code: 'LIB-PUB',
        name: '公示测试名录库',
        kind: 'SPECIAL',
        objectType: '采矿权人',
        unitId: kgk,
        buildStandard: '测试',
        supervisionRequirements: '测试',
      },
    });
    for (let i = 0; i < 3; i++) {
      await t.prisma.target.create({
        data: {
          creditCode: code(`91370305MA3PUB00${i}`),
          name: `公示矿业${i}有限公司`,
          libraryId: lib.id,
          unitId: kgk,
          objectType: '采矿权人',
          scale: 'SMALL',
          industry: '石灰岩开采',
          area: '金岭回族镇',
          address: '临淄区金岭回族镇',
          creditStatus: 'NORMAL',
          registrationStatus: 'ACTIVE',
          keyIndustry: false,
          repeatedComplaints: false,
          seriousViolation: false,
        },
      });
    }
    const task = ok(
      await gql(
        'mutation($p: ID, $i: [ID!]) { createTask(planId: $p, name: "公示测试任务", windowFrom: "2026-12-10", windowTo: "2026-12-31", checkItemIds: $i) { id } }',
        { p: plan.id, i: [item.id] },
        kg,
      ),
    ).data!.createTask.id as string;
    ok(
      await gql(
        'mutation($t: ID, $l: ID) { createTaskClass(taskId: $t, key: "ck", label: "采矿权人", libraryId: $l, count: 2) { id } }',
        { t: task, l: lib.id },
        kg,
      ),
    );
    ok(await gql('mutation { confirmDirectories { id } }', {}, kg));
    ok(await gql('mutation($id: ID) { announceDraw(taskId: $id) { id } }', { id: task }, kg));
    const draw = ok(await gql('mutation($id: ID) { drawTargets(taskId: $id, witnessName: "见证人", witnessEntropy: "3-6-1") { id } }', { id: task }, kg)).data!
      .drawTargets.id;
    ok(await gql('mutation($id: ID) { lockDraw(drawId: $id) { id } }', { id: draw }, kg));
    // a withholding decision (rule 26) on another task
    const other = await t.prisma.task.findFirstOrThrow({ where: { isPublic: true, status: 'DRAFT' }, orderBy: { code: 'asc' } });
    ok(
      await gql(
        'mutation($id: ID!) { updateTask(id: $id, isPublic: false, withheldCategory: COMMERCIAL_SECRET, withheldBasis: "《政府信息公开条例》第十五条") { id } }',
        { id: other.id },
        admin,
      ),
    );
    // a published result and a signed correction from the demo's year
    const approved = await t.prisma.result.findFirstOrThrow({
      where: { status: 'APPROVED', taskTarget: { task: { isPublic: true } } },
      orderBy: { id: 'asc' },
    });
    ok(await gql('mutation($ids: [ID!]!) { publishResults(ids: $ids) { id } }', { ids: [approved.id] }, admin));
    const pending = await t.prisma.correction.findFirstOrThrow({
      where: { signedAt: null, refusedAt: null, result: { taskTarget: { task: { isPublic: true } } } },
      include: { result: { include: { taskTarget: { include: { task: true } } } } },
    });
    const principal = await t.prisma.user.findFirstOrThrow({
      where: { unitId: pending.result.taskTarget.task.executingUnitId, isPrincipal: true, active: true },
    });
    ok(await gql('mutation($id: ID!) { signCorrection(id: $id) { id } }', { id: pending.id }, await t.login(principal.username)));

    const all = await docs();
    expect(new Set(all.map((d) => d.kind))).toEqual(new Set(PUBLICATION_KINDS));
    expect(all.map((d) => Number(d.seq))).toEqual(all.map((_, i) => i + 1));
    for (const d of all) {
      const valid = ajv.validate(`${d.kind}.v${d.schemaVersion}.json`, d.document);
      expect(valid, `${d.kind}: ${JSON.stringify(ajv.errors)}`).toBe(true);
      expect((d.document as { occurredAt: string }).occurredAt).toMatch(/^2026-12-04T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00$/);
    }
    const result = all.find((d) => d.kind === 'result-published')!;
    const target = await t.prisma.result.findUniqueOrThrow({ where: { id: approved.id }, select: { taskTarget: { select: { target: true } } } });
    expect(result.subjectKey).toBe(target.taskTarget.target.creditCode);
    const locked = all.find((d) => d.kind === 'draw-locked')!.document as { targets: { creditCode: string }[]; targetCount: number };
    expect(locked.targetCount).toBe(2);
    expect(locked.targets.every((x) => x.creditCode.includes('PUB'))).toBe(true);
    expect(all.find((d) => d.kind === 'task-withheld')!.document).toMatchObject({ withholding: { withheld: true, category: 'COMMERCIAL_SECRET' } });
  }, 120_000);

  it('refuses a bad receiver with typed errors, and only the lead unit manages receivers', async () => {
    const add = (v: Record<string, unknown>, token = admin) =>
      gql('mutation($n: String!, $u: String!, $k: [String!]!) { createPublicationReceiver(name: $n, url: $u, kinds: $k) { id } }', v, token);
    expect(codeOf(await add({ n: 'x', u: 'ftp://host/x', k: ['plan'] }))).toBe('PUBLICATION.RECEIVER_URL_INVALID');
    expect(codeOf(await add({ n: 'x', u: 'not a url', k: ['plan'] }))).toBe('PUBLICATION.RECEIVER_URL_INVALID');
    expect(codeOf(await add({ n: 'x', u: 'http://127.0.0.1:1/x', k: ['nope'] }))).toBe('PUBLICATION.RECEIVER_KINDS_INVALID');
    expect(codeOf(await add({ n: 'x', u: 'http://127.0.0.1:1/x', k: [] }))).toBe('PUBLICATION.RECEIVER_KINDS_INVALID');
    expect(codeOf(await add({ n: 'x', u: 'http://127.0.0.1:1/x', k: ['plan'] }, kg))).toBe('FORBIDDEN');
    expect(codeOf(await gql('{ publicationDocuments { total } }', {}, kg))).toBe('FORBIDDEN');
    expect(await t.prisma.publicationReceiver.count()).toBe(0);
  });

  it('delivers every document once and in order through 500s, refused connections and a restart, with a stable key', async () => {
    const rx = receiver();
    await rx.listen();
    rx.mode = 'fail';
    const total = await t.prisma.publicationDocument.count();
    const created = ok(
      await gql(
        'mutation($u: String!, $k: [String!]!) { createPublicationReceiver(name: "省公示系统", url: $u, kinds: $k, fromStart: true, authHeaderName: "X-Token", authHeaderValue: "s3cret") { id hasAuthHeader pending } }',
        { u: rx.url, k: [...PUBLICATION_KINDS] },
        admin,
      ),
    ).data!.createPublicationReceiver;
    expect(created).toMatchObject({ hasAuthHeader: true, pending: total });
    const receiverId = created.id as string;

    // Down (500): the first document is tried again and again, nothing after it.
    await until('three failed attempts', () => rx.got.length >= 3);
    const first = (await docs())[0]!;
    expect(new Set(rx.got.map((g) => g.key))).toEqual(new Set([first.id]));
    expect(rx.got.every((g) => g.auth === 's3cret' && g.seq === 1)).toBe(true);
    // Connection refused: the receiver's process is gone.
    await rx.close();
    await until(
      'failed connections in the log',
      async () => (await t.prisma.publicationDeliveryAttempt.count({ where: { receiverId, statusCode: null } })) >= 2,
    );
    const log = ok(await gql('query($r: ID) { publicationDeliveryLog(receiverId: $r) { ok statusCode error documentId } }', { r: receiverId }, admin)).data!
      .publicationDeliveryLog as { ok: boolean; statusCode: number | null; error: string | null; documentId: string }[];
    expect(log.every((a) => !a.ok && a.documentId === first.id)).toBe(true);
    expect(log.some((a) => a.statusCode === 500 && a.error === 'HTTP 500')).toBe(true);
    expect(log.some((a) => a.statusCode === null && a.error)).toBe(true);

    // The API restarts: this instance stops; a new one on the same database takes over.
    await app.queue.stop();
    app = createApp({ prisma: t.prisma, publication: FAST });
    gql = gqlOn(app);
    const item = await t.prisma.checkItem.findUniqueOrThrow({ where: { code: 'LZZR-04' } });
    rx.mode = 'up';
    await rx.listen();
    await app.queue.start();
    await app.publication.wake();
    // A document written after the restart joins the queue behind the others.
    ok(await gql('mutation($id: ID!) { updateCheckItem(id: $id, notice: "重启后调整", defaultRatio: 0.04) { version } }', { id: item.id }, admin));
    const all = await docs();
    expect(all).toHaveLength(total + 1);
    await until('every document accepted', () => rx.accepted().length >= all.length);
    await new Promise((r) => setTimeout(r, 100)); // nothing more arrives
    const accepted = rx.accepted();
    expect(accepted.map((g) => g.key)).toEqual(all.map((d) => d.id)); // once each, in order
    expect(accepted.map((g) => g.seq)).toEqual(all.map((d) => Number(d.seq)));
    expect(accepted[0]!.body).toEqual(first.document);
    expect(rx.got.filter((g) => g.key === first.id).length).toBeGreaterThan(1); // the same key on every attempt
    for (const g of accepted) expect(ajv.validate(`${g.kind}.v1.json`, g.body)).toBe(true);

    const state = ok(await gql('{ publicationReceivers { id pending failures deliveredSeq lastError } }', {}, admin)).data!.publicationReceivers[0];
    expect(state).toMatchObject({ id: receiverId, pending: 0, failures: 0, deliveredSeq: String(all.at(-1)!.seq), lastError: null });
    const page = ok(await gql('{ publicationDocuments(perPage: 2) { total documents { seq kind subjectKey deliveries { receiverName state } } } }', {}, admin))
      .data!.publicationDocuments;
    expect(page.total).toBe(all.length);
    expect(page.documents[0]).toMatchObject({ seq: String(all.at(-1)!.seq), deliveries: [{ receiverName: '省公示系统', state: 'DELIVERED' }] });
    await rx.close();
  }, 60_000);

  it('two API instances on one database never deliver the same document twice', async () => {
    const rx = receiver();
    rx.mode = 'up';
    rx.delay = 5;
    await rx.listen();
    const other = createApp({ prisma: t.prisma, publication: FAST });
    try {
      const id = ok(
        await gql(
          'mutation($u: String!) { createPublicationReceiver(name: "开放数据", url: $u, kinds: ["plan", "checklist-version", "result-published"], fromStart: true) { id } }',
          { u: rx.url },
          admin,
        ),
      ).data!.createPublicationReceiver.id as string;
      const wanted = await t.prisma.publicationDocument.findMany({
        where: { kind: { in: ['plan', 'checklist-version', 'result-published'] } },
        orderBy: { seq: 'asc' },
      });
      await Promise.all([app.publication.deliver(id), other.publication.deliver(id), app.publication.deliver(id), other.publication.deliver(id)]);
      await until('every document', () => rx.accepted().length >= wanted.length);
      await new Promise((r) => setTimeout(r, 100));
      expect(rx.got.map((g) => g.key)).toEqual(wanted.map((d) => d.id));

      // Re-send from the second document on: it and everything after it again, in order, with the same keys.
      const before = rx.got.length;
      ok(await gql('mutation($d: ID!, $r: ID!) { resendPublicationDocument(documentId: $d, receiverId: $r) { pending } }', { d: wanted[1]!.id, r: id }, admin));
      await until('the re-send', () => rx.got.length >= before + wanted.length - 1);
      await new Promise((r) => setTimeout(r, 100));
      expect(rx.got.slice(before).map((g) => g.key)).toEqual(wanted.slice(1).map((d) => d.id));
      const taskWithheld = await t.prisma.publicationDocument.findFirstOrThrow({ where: { kind: 'task-withheld' } });
      expect(
        codeOf(
          await gql('mutation($d: ID!, $r: ID!) { resendPublicationDocument(documentId: $d, receiverId: $r) { id } }', { d: taskWithheld.id, r: id }, admin),
        ),
      ).toBe('PUBLICATION.NOT_SUBSCRIBED');
      expect(
        codeOf(
          await gql(
            'mutation($n: String!, $u: String!) { createPublicationReceiver(name: $n, url: $u, kinds: ["plan"]) { id } }',
            { n: '开放数据', u: rx.url },
            admin,
          ),
        ),
      ).toBe('PUBLICATION.RECEIVER_NAME_DUPLICATE');
    } finally {
      await other.queue.stop();
      await rx.close();
    }
  }, 60_000);
});
