// Limits on one GraphQL document (limits.ts): over-deep, over-costly, alias-heavy and over-long documents are
// refused before anything runs, with a Chinese message and a QUERY.* code; the admin's list queries and the
// introspection react-admin and GraphiQL need still pass. Analysts' API tokens stay read-only (READ_ONLY_TOKEN).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { QUERY_LIMITS } from '../src/limits.ts';
import { codeOf, createTestApp, type GqlResult, type TestApp } from './helpers.ts';

let t: TestApp;
let analystToken: string;
let admin: string;

const codes = (r: GqlResult) => (r.errors ?? []).map((e) => e.extensions?.code);

/** allTasks → targets → task → targets …: exactly `depth` levels of fields (as the limit counts them). */
function nested(depth: number, taskFields = 'id', targetFields = 'id'): string {
  let inner = depth % 2 === 0 ? taskFields : targetFields;
  for (let level = depth - 1; level >= 2; level--) inner = level % 2 === 0 ? `${taskFields} targets { ${inner} }` : `${targetFields} task { ${inner} }`;
  return `allTasks(perPage: 1) { ${inner} }`;
}
const TASK_SCALARS =
  'id code name planId ownerUnitId executingUnitId windowFrom windowTo status temporary campaignOrdered isPublic teamSize announcedAt completedOn createdAt updatedAt';
const TARGET_SCALARS = 'id taskId targetId status closedReason createdAt';

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  const analyst = await t.login('analyst');
  const created = await t.gql<{ createApiToken: { token: string } }>('mutation { createApiToken(name: "限额测试", days: 1) { token } }', {}, analyst);
  expect(created.errors).toBeUndefined();
  analystToken = created.data!.createApiToken.token;
});
afterAll(() => t.close());

describe('query limits', () => {
  it('refuse an over-deep query with QUERY.TOO_DEEP, in Chinese, with the limit and the depth found', async () => {
    const ok = await t.gql(`{ ${nested(QUERY_LIMITS.depth)} }`, {}, analystToken);
    expect(ok.errors).toBeUndefined();
    const r = await t.gql(`{ ${nested(QUERY_LIMITS.depth + 2)} }`, {}, analystToken);
    expect(codes(r)).toContain('QUERY.TOO_DEEP');
    const e = r.errors!.find((x) => x.extensions?.code === 'QUERY.TOO_DEEP')!;
    expect(e.message).toMatch(/^查询嵌套层级过多/);
    expect(e.extensions).toMatchObject({ limit: QUERY_LIMITS.depth, found: QUERY_LIMITS.depth + 2 });
    expect(r.data ?? null).toBeNull();
  });

  it('refuse an over-costly query with QUERY.TOO_COSTLY', async () => {
    // Within the depth limit, but wide at every level.
    const wide = (alias: string) => `${alias}: ${nested(QUERY_LIMITS.depth, TASK_SCALARS, TARGET_SCALARS)}`;
    const one = await t.gql(`{ ${wide('a')} }`, {}, analystToken);
    expect(one.errors).toBeUndefined();
    const r = await t.gql(`{ ${wide('a')} ${wide('b')} }`, {}, analystToken);
    expect(codes(r)).toEqual(['QUERY.TOO_COSTLY']);
    const e = r.errors![0]!;
    expect(e.message).toMatch(/^查询过于复杂.*上限 2000，本次 \d+$/);
    expect(e.extensions).toMatchObject({ limit: QUERY_LIMITS.cost });
    expect(r.data ?? null).toBeNull();
  });

  it('refuse too many aliases and too many tokens, anonymous callers of the public queries too', async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.aliases + 1 }, (_, i) => `c${i}: _allTargetsMeta { count }`).join(' ');
    expect(codes(await t.gql(`{ ${aliases} }`, {}, analystToken))).toContain('QUERY.TOO_MANY_ALIASES');
    const pages = Array.from(
      { length: QUERY_LIMITS.aliases + 1 },
      (_, i) => `p${i}: publicResults(page: ${i}, perPage: 500) { id targetName outcomeText }`,
    ).join(' ');
    const anonymous = await t.gql(`{ ${pages} }`);
    expect(codeOf(anonymous)).toBe('QUERY.TOO_MANY_ALIASES');
    expect(anonymous.errors![0]!.message).toMatch(/^查询中的别名过多/);

    const long = `{ allUnits(perPage: 1) { ${Array.from({ length: QUERY_LIMITS.tokens }, () => 'id').join(' ')} } }`;
    const tokens = await t.gql(long);
    expect(codeOf(tokens)).toBe('QUERY.TOO_MANY_TOKENS');
    expect(tokens.errors![0]!.message).toMatch(/^查询语句过长/);
  });

  it('let the admin’s list queries and full introspection (react-admin, GraphiQL) through', async () => {
    const list = await t.gql(
      `query { data: allResults(page: 0, perPage: 25, sortField: "dueOn", sortOrder: "ASC", filter: {}) {
        id status outcome followUpAction dueOn publishedAt responsibleUnitId violation
        target { id name creditCode } task { id code name }
        deadline { dueOn state workingDaysLeft }
      } total: _allResultsMeta(filter: {}) { count } }`,
      {},
      admin,
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.total.count).toBeGreaterThanOrEqual(0);

    // GraphiQL's introspection query with every option on: deeper, longer and costlier than any page document.
    const intro = await t.gql(
      getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }),
    );
    expect(intro.errors).toBeUndefined();
    expect((intro.data as { __schema: { types: unknown[] } }).__schema.types.length).toBeGreaterThan(100);
  });
});

describe('request size', () => {
  it('refuses a body over 30 MB with REQUEST.TOO_LARGE in Chinese, by its length or while reading it', async () => {
    const query = `mutation { addEvidence(resultId: "x", fileName: "a.jpg", mimeType: "image/jpeg", data: "${'A'.repeat(31 * 1024 * 1024)}") { id } }`;
    const body = JSON.stringify({ query });
    const declared = await t.app.fetch(
      new Request('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` }, body }),
    );
    // The same body without a Content-Length (chunked), as a stream.
    const chunked = await t.app.fetch(
      new Request('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
        body: new Blob([body]).stream(),
        duplex: 'half',
      } as RequestInit),
    );
    for (const res of [declared, chunked]) {
      expect(res.status).toBe(413);
      const r = (await res.json()) as GqlResult;
      expect(r.errors![0]).toMatchObject({ message: expect.stringContaining('请求内容过大'), extensions: { code: 'REQUEST.TOO_LARGE' } });
    }
  });
});

describe('analysts’ API tokens', () => {
  it('read, but cannot change anything: READ_ONLY_TOKEN on the workflow mutations', async () => {
    const read = await t.gql('{ _allResultsMeta { count } _allFollowUpsMeta { count } }', {}, analystToken);
    expect(read.errors).toBeUndefined();
    const result = await t.prisma.result.findFirst({ where: { status: { in: ['NOT_ENTERED', 'RETURNED'] } }, select: { id: true } });
    const followUp = await t.prisma.followUp.findFirst({ where: { status: 'HANDED_OVER' }, select: { id: true } });
    const attempts = [
      t.gql('mutation($id: ID!) { updateResult(id: $id, remarks: "分析令牌试图修改") { id } }', { id: result?.id ?? 'none' }, analystToken),
      t.gql('mutation($id: ID!) { advanceFollowUp(id: $id, status: ACCEPTED, on: "2026-11-02") { id } }', { id: followUp?.id ?? 'none' }, analystToken),
      t.gql('mutation { createPlan(year: 2027, title: "分析令牌计划") { id } }', {}, analystToken),
      t.gql('mutation { confirmDirectories { id } }', {}, analystToken),
    ];
    for (const r of await Promise.all(attempts)) {
      expect(codeOf(r)).toBe('READ_ONLY_TOKEN');
      expect(r.errors![0]!.message).toBe('API 令牌为只读，不能修改数据');
    }
  });
});

describe('page sizes and the rows a document may ask for', () => {
  const TARGET_FIELDS =
    'id creditCode name libraryId unitId objectType scale industry area address legalRepresentative riskLevel creditStatus registrationStatus keyIndustry createdAt updatedAt';

  it('answer a list without perPage with one page of 25, also twenty aliases of it and anonymous public lists', async () => {
    expect(await t.prisma.target.count()).toBeGreaterThan(1000);
    const aliases = Array.from({ length: QUERY_LIMITS.aliases }, (_, i) => `a${i}: allTargets { ${TARGET_FIELDS} }`).join(' ');
    const r = await t.gql<Record<string, unknown[]>>(`{ ${aliases} }`, {}, analystToken);
    expect(r.errors).toBeUndefined();
    expect(Object.values(r.data!).map((rows) => rows.length)).toEqual(Array(QUERY_LIMITS.aliases).fill(25));
    const anonymous = await t.gql<{ publicTasks: unknown[]; publicResults: unknown[] }>('{ publicTasks { id } publicResults { id } }');
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data!.publicTasks.length).toBeLessThanOrEqual(25);
    expect(anonymous.data!.publicResults.length).toBeLessThanOrEqual(25);
    expect(await t.prisma.result.count({ where: { status: 'PUBLISHED' } })).toBeGreaterThan(25);
  });

  it('give react-admin’s getMany (filter.ids, no perPage) every id asked for', async () => {
    const ids = (await t.prisma.target.findMany({ take: 60, select: { id: true }, orderBy: { id: 'asc' } })).map((x) => x.id);
    const r = await t.gql<{ allTargets: { id: string }[] }>('query($ids: [ID!]) { allTargets(filter: { ids: $ids }) { id } }', { ids }, admin);
    expect(r.data!.allTargets.map((x) => x.id).sort()).toEqual(ids);
  });

  it('refuse a document asking for more rows × fields than the limit, counting perPage from literals and variables', async () => {
    const big = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: allTargets(perPage: $n) { ${TARGET_FIELDS} }`).join(' ');
    const one = await t.gql(`query($n: Int) { ${big(1)} }`, { n: 500 }, analystToken);
    expect(one.errors).toBeUndefined();
    const many = await t.gql(`query($n: Int) { ${big(QUERY_LIMITS.aliases)} }`, { n: 500 }, analystToken);
    expect(codeOf(many)).toBe('QUERY.TOO_COSTLY');
    expect(many.errors![0]!.message).toMatch(/^查询过于复杂.*每页条数/);
    expect(many.errors![0]!.extensions).toMatchObject({ limit: QUERY_LIMITS.rows });
    expect(many.data ?? null).toBeNull();
    // The same document with small pages passes.
    expect((await t.gql(`query($n: Int) { ${big(QUERY_LIMITS.aliases)} }`, { n: 10 }, analystToken)).errors).toBeUndefined();
    // Nested lists multiply: 500 tasks × their targets × their fields.
    const nestedDoc = `{ allTasks(perPage: 500) { ${TASK_SCALARS} targets { ${TARGET_SCALARS} target { ${TARGET_FIELDS} } } } }`;
    expect(codeOf(await t.gql(nestedDoc, {}, analystToken))).toBe('QUERY.TOO_COSTLY');
  });

  it('let the admin’s heaviest page through (users and units, 500 each)', async () => {
    const r = await t.gql(
      `{
      allUsers(perPage: 500, sortField: "username", sortOrder: "ASC") { id username name role unitId active unit { id name isLead } }
      allUnits(perPage: 500, sortField: "code", sortOrder: "ASC") { id code name }
    }`,
      {},
      admin,
    );
    expect(r.errors).toBeUndefined();
  });
});
