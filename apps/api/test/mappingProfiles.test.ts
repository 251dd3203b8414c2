// Exchange with the city's two directories (docs/publication.md): mapping profiles (CRUD and refusals), an import
// through an IMPORT profile (its headers and value recoding, seen in the dry run), an export through an EXPORT
// profile (its order, headers and recoding, CSV formula neutralisation), and the "changed since" export with its
// day edges, retired records, bad dates and a read-only API token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers.ts';
import { csvRows, fileRoutes, type Job } from './importHelpers.ts';

let t: TestApp;
let f: ReturnType<typeof fileRoutes>;
let admin: string;
let wenshao: string;

beforeAll(async () => {
  t = await createTestApp();
  f = fileRoutes(t);
  admin = await t.login('admin');
  wenshao = await t.login('wenshao');
});
afterAll(() => t?.close());

const CREATE = `mutation($name: String, $list: String, $direction: MappingDirection, $columns: [MappingColumnInput!], $values: [MappingValueInput!]) {
  createMappingProfile(name: $name, list: $list, direction: $direction, columns: $columns, values: $values) {
    id name list direction columns { field header } values { field from to }
  }
}`;
const UPDATE = `mutation($id: ID!, $name: String, $columns: [MappingColumnInput!], $values: [MappingValueInput!]) {
  updateMappingProfile(id: $id, name: $name, columns: $columns, values: $values) { id name columns { field header } values { field from to } }
}`;
const LIST = `query($filter: MappingProfileFilter) {
  allMappingProfiles(filter: $filter) { id name list direction columns { field header } }
  _allMappingProfilesMeta(filter: $filter) { count }
}`;

type Profile = {
  id: string;
  name: string;
  list: string;
  direction: string;
  columns: { field: string; header: string }[];
  values: { field: string; from: string; to: string }[];
};

async function create(vars: Record<string, unknown>, token = admin) {
  return t.gql<{ createMappingProfile: Profile }>(CREATE, vars, token);
}
const codeOf = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

describe('mapping profiles', () => {
  it('creates, lists by list and direction, updates and deletes a profile, each audited', async () => {
    const c = await create({
      name: '市局检查对象（导出）',
      list: 'targets',
      direction: 'EXPORT',
      columns: [
        { field: 'creditCode', header: 'TYSHXYDM' },
        { field: 'name', header: 'QYMC' },
      ],
      values: [],
    });
    expect(c.errors).toBeUndefined();
    const p = c.data!.createMappingProfile;
    expect(p).toMatchObject({
      list: 'targets',
      direction: 'EXPORT',
      columns: [
        { field: 'creditCode', header: 'TYSHXYDM' },
        { field: 'name', header: 'QYMC' },
      ],
    });

    const pub = await create({
      name: '省平台计划',
      list: 'publication.plan',
      direction: 'EXPORT',
      columns: [{ field: 'plan.items.0.checkItem_code', header: '事项编码' }],
    });
    expect(pub.errors).toBeUndefined();

    const listed = await t.gql<{ allMappingProfiles: Profile[]; _allMappingProfilesMeta: { count: number } }>(
      LIST,
      { filter: { list: 'targets', direction: 'EXPORT' } },
      wenshao,
    );
    expect(listed.data!.allMappingProfiles.map((x) => x.name)).toEqual(['市局检查对象（导出）']);
    expect(listed.data!._allMappingProfilesMeta.count).toBe(1);
    const byPub = await t.gql<{ allMappingProfiles: Profile[] }>(LIST, { filter: { list: 'publication.plan' } }, admin);
    expect(byPub.data!.allMappingProfiles.map((x) => x.name)).toEqual(['省平台计划']);

    const u = await t.gql<{ updateMappingProfile: Profile }>(
      UPDATE,
      { id: p.id, name: '市局检查对象', values: [{ field: 'name', from: '甲', to: '乙' }] },
      admin,
    );
    expect(u.errors).toBeUndefined();
    expect(u.data!.updateMappingProfile).toMatchObject({ name: '市局检查对象', values: [{ field: 'name', from: '甲', to: '乙' }] });
    expect(u.data!.updateMappingProfile.columns).toHaveLength(2);

    const d = await t.gql(`mutation($id: ID!) { deleteMappingProfile(id: $id) { id name } }`, { id: p.id }, admin);
    expect(d.errors).toBeUndefined();
    expect(await t.prisma.mappingProfile.findUnique({ where: { id: p.id } })).toBeNull();
    const events = await t.prisma.auditEvent.findMany({ where: { entity: 'MappingProfile', entityId: p.id }, orderBy: { at: 'asc' } });
    expect(events.map((e) => e.action)).toEqual(['createMappingProfile', 'updateMappingProfile', 'deleteMappingProfile']);
  });

  it('refuses unit staff, an unknown list or field, duplicates, an empty name and too many columns or values — writing nothing', async () => {
    const before = await t.prisma.mappingProfile.count();
    const ok = { name: '甲', list: 'targets', direction: 'IMPORT', columns: [{ field: 'name', header: 'QYMC' }], values: [] };
    const cases: [Record<string, unknown>, string, string?][] = [
      [ok, 'FORBIDDEN', wenshao],
      [{ ...ok, list: 'cats' }, 'MAPPING_PROFILE.UNKNOWN_LIST'],
      [{ ...ok, list: 'publication.nope' }, 'MAPPING_PROFILE.UNKNOWN_LIST'],
      [{ ...ok, columns: [{ field: 'salary', header: 'X' }] }, 'MAPPING_PROFILE.UNKNOWN_FIELD'],
      // The change column exists only in exports.
      [{ ...ok, columns: [{ field: 'change', header: 'BG' }] }, 'MAPPING_PROFILE.UNKNOWN_FIELD'],
      [{ ...ok, list: 'publication.plan', columns: [{ field: 'plan..year', header: 'X' }] }, 'MAPPING_PROFILE.UNKNOWN_FIELD'],
      [{ ...ok, list: 'publication.plan', columns: [{ field: '1plan', header: 'X' }] }, 'MAPPING_PROFILE.UNKNOWN_FIELD'],
      [
        {
          ...ok,
          columns: [
            { field: 'name', header: 'A' },
            { field: 'name', header: 'B' },
          ],
        },
        'MAPPING_PROFILE.DUPLICATE_FIELD',
      ],
      [
        {
          ...ok,
          columns: [
            { field: 'name', header: '名 称' },
            { field: 'area', header: '名称' },
          ],
        },
        'MAPPING_PROFILE.DUPLICATE_HEADER',
      ],
      [{ ...ok, values: [{ field: 'area', from: '1', to: '闻韶街道' }] }, 'MAPPING_PROFILE.UNKNOWN_FIELD'],
      [{ ...ok, name: '  ' }, 'MAPPING_PROFILE.NAME_REQUIRED'],
      [{ ...ok, columns: [] }, 'MAPPING_PROFILE.NO_COLUMNS'],
      [{ ...ok, columns: Array.from({ length: 101 }, (_, i) => ({ field: `a${i}`, header: `H${i}` })), list: 'publication.plan' }, 'MAPPING_PROFILE.TOO_MANY'],
      [{ ...ok, values: Array.from({ length: 2001 }, (_, i) => ({ field: 'name', from: `v${i}`, to: 'x' })) }, 'MAPPING_PROFILE.TOO_MANY'],
      [
        {
          ...ok,
          values: [
            { field: 'name', from: 'a', to: 'b' },
            { field: 'name', from: 'a', to: 'c' },
          ],
        },
        'MAPPING_PROFILE.DUPLICATE_VALUE',
      ],
    ];
    for (const [vars, code, token] of cases) {
      const r = await create(vars, token ?? admin);
      expect(codeOf(r), JSON.stringify(vars).slice(0, 120)).toBe(code);
      expect(r.errors![0]!.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await t.prisma.mappingProfile.count()).toBe(before);
    // The same name twice for the same list and direction.
    expect(codeOf(await create(ok))).toBeUndefined();
    expect(codeOf(await create(ok))).toBe('MAPPING_PROFILE.NAME_TAKEN');
    // A read-only token reads the profiles but changes none.
    const session = await t.login('admin');
    const token = (await t.gql<{ createApiToken: { token: string } }>('mutation { createApiToken(name: "映射方案", days: 1) { token } }', {}, session)).data!
      .createApiToken.token;
    expect((await t.gql<{ allMappingProfiles: Profile[] }>(LIST, { filter: { list: 'targets' } }, token)).data!.allMappingProfiles.length).toBeGreaterThan(0);
    expect(codeOf(await create({ ...ok, name: '乙' }, token))).toBe('READ_ONLY_TOKEN');
  });
});

describe('import through a profile', () => {
  it('maps the city’s headers and recodes its area codes before the cells are read; the dry run shows our values', async () => {
    const target = await t.prisma.target.findFirstOrThrow({ where: { retiredAt: null, area: { not: '稷下街道' } }, orderBy: { creditCode: 'asc' } });
    const other = await t.prisma.target.findFirstOrThrow({
      where: { retiredAt: null, id: { not: target.id }, area: { not: '闻韶街道' } },
      orderBy: { creditCode: 'desc' },
    });
    const p = (
      await create({
        name: '市局名录（导入）',
        list: 'targets',
        direction: 'IMPORT',
        columns: [
          { field: 'creditCode', header: 'TYSHXYDM' },
          { field: 'name', header: 'QYMC' },
          { field: 'area', header: 'SZQY' },
        ],
        values: [
          { field: 'area', from: '370305004', to: '稷下街道' },
          { field: 'area', from: '370305001', to: '闻韶街道' },
        ],
      })
    ).data!.createMappingProfile;
    const csv = `TYSHXYDM,QYMC,SZQY,BZ\n${target.creditCode},${target.name},370305004,x\n${other.creditCode},${other.name},闻韶街道,y\n`;
    const up = await f.upload('Target', 'city.csv', csv, admin);
    expect(up.job!.mapping).toEqual([null, null, null, null]);
    // The wizard asks for the profile's mapping of this file.
    const shown = (await (await f.call(`/import/jobs/${up.job!.id}?profile=${p.id}`, { token: admin })).json()) as { job: Job & { profileId: string } };
    expect(shown.job.mapping).toEqual(['creditCode', 'name', 'area', null]);
    expect(shown.job.profileId).toBe(p.id);

    const res = await f.call(`/import/jobs/${up.job!.id}/dry-run`, {
      method: 'POST',
      body: JSON.stringify({ profileId: p.id }),
      headers: { 'content-type': 'application/json' },
      token: admin,
    });
    const lines = (await res.text()).trim().split('\n');
    const job = (JSON.parse(lines[lines.length - 1]!) as { job: Job }).job;
    expect(job.counts).toMatchObject({ UPDATE: 2, REFUSED: 0 });
    const rows = (await f.rows(job.id, admin)).rows;
    expect(rows[0]!.changes).toEqual([`所在镇（街道）：${target.area} → 稷下街道`]);
    // An unlisted value passes unchanged.
    expect(rows[1]!.changes).toEqual([`所在镇（街道）：${other.area} → 闻韶街道`]);
    const committed = await f.commit(job.id, admin);
    expect(committed.job?.status).toBe('COMMITTED');
    const after = await t.prisma.target.findUniqueOrThrow({ where: { id: target.id } });
    expect(after.area).toBe('稷下街道');
    // The import's set-based update stamps updatedAt (the changed-since export relies on it).
    expect(after.updatedAt.getTime()).toBeGreaterThan(target.updatedAt.getTime());
  });

  it('refuses a profile of another list or direction, and an unknown one', async () => {
    const exp = (await create({ name: '导出用', list: 'targets', direction: 'EXPORT', columns: [{ field: 'name', header: 'QYMC' }] })).data!
      .createMappingProfile;
    const insp = (await create({ name: '人员导入', list: 'inspectors', direction: 'IMPORT', columns: [{ field: 'name', header: 'XM' }] })).data!
      .createMappingProfile;
    const up = await f.upload('Target', 'x.csv', 'QYMC\n甲\n', admin);
    for (const [id, code] of [
      [exp.id, 'MAPPING_PROFILE.WRONG_LIST'],
      [insp.id, 'MAPPING_PROFILE.WRONG_LIST'],
      ['nope', 'MAPPING_PROFILE.NOT_FOUND'],
    ] as const) {
      const res = await f.call(`/import/jobs/${up.job!.id}/dry-run`, {
        method: 'POST',
        body: JSON.stringify({ profileId: id }),
        headers: { 'content-type': 'application/json' },
        token: admin,
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(code);
    }
  });
});

describe('export through a profile', () => {
  it('writes the profile’s columns in its order under its headers, recoded ours → theirs, formulas neutralised', async () => {
    const unit = await t.prisma.unit.findUniqueOrThrow({ where: { code: 'GTS01' } });
    const target = await t.prisma.target.findFirstOrThrow({ where: { unitId: unit.id, retiredAt: null }, orderBy: { creditCode: 'asc' } });
    await t.prisma.target.update({ where: { id: target.id }, data: { name: '=HYPERLINK("http://x")', riskLevel: 'HIGH', area: '闻韶街道' } });
    const p = (
      await create({
        name: '市局名录（导出）',
        list: 'targets',
        direction: 'EXPORT',
        columns: [
          { field: 'riskLevel', header: 'FXDJ' },
          { field: 'name', header: 'QYMC' },
          { field: 'creditCode', header: 'TYSHXYDM' },
          { field: 'area', header: 'SZQY' },
        ],
        values: [
          // By the label we write …
          { field: 'riskLevel', from: '高风险', to: '3' },
          // … or by the stored code.
          { field: 'riskLevel', from: 'LOW', to: '1' },
          { field: 'area', from: '闻韶街道', to: '370305001' },
        ],
      })
    ).data!.createMappingProfile;
    const filter = encodeURIComponent(JSON.stringify({ unitId: unit.id }));
    const res = await f.download(`/export/Target.csv?filter=${filter}&sortField=creditCode&profile=${p.id}`, wenshao);
    expect(res.status).toBe(200);
    const rows = csvRows(res.body);
    expect(rows[0]).toEqual(['FXDJ', 'QYMC', 'TYSHXYDM', 'SZQY']);
    const mine = rows.find((r) => r[2] === target.creditCode)!;
    expect(mine).toEqual(['3', `'=HYPERLINK("http://x")`, target.creditCode, '370305001']);
    const low = await t.prisma.target.findMany({ where: { unitId: unit.id, retiredAt: null, riskLevel: 'LOW' }, select: { creditCode: true } });
    for (const l of low) expect(rows.find((r) => r[2] === l.creditCode)![0]).toBe('1');
    expect(rows.filter((r) => r[0] === '一般风险').length).toBe(
      await t.prisma.target.count({ where: { unitId: unit.id, retiredAt: null, riskLevel: 'MEDIUM' } }),
    );

    // An import profile, or one of another list, is refused.
    const imp = (await create({ name: '导入用', list: 'targets', direction: 'IMPORT', columns: [{ field: 'name', header: 'QYMC' }] })).data!
      .createMappingProfile;
    const bad = await f.download(`/export/Target.csv?profile=${imp.id}`, wenshao);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body.toString()).errors[0].extensions.code).toBe('MAPPING_PROFILE.WRONG_LIST');
    const wrong = await f.download(`/export/Inspector.csv?profile=${p.id}`, wenshao);
    expect(JSON.parse(wrong.body.toString()).errors[0].extensions.code).toBe('MAPPING_PROFILE.WRONG_LIST');
  });
});

describe('changed since', () => {
  /** 00:00 Beijing time of a day, plus hours. */
  const beijing = (day: string, hours = 0) => new Date(Date.parse(`${day}T00:00:00+08:00`) + hours * 3600_000);

  it('lists the records created, changed or retired from that Beijing day on, and marks each', async () => {
    // Everything last written long ago …
    await t.prisma.$executeRaw`UPDATE "Target" SET "updatedAt" = ${beijing('2026-09-01')}, "createdAt" = ${beijing('2026-01-05')}`;
    await t.prisma.$executeRaw`UPDATE "Inspector" SET "updatedAt" = ${beijing('2026-09-01')}, "createdAt" = ${beijing('2026-01-05')}`;
    const [onTheDay, dayBefore, retired, created] = await t.prisma.target.findMany({ where: { retiredAt: null }, orderBy: { creditCode: 'asc' }, take: 4 });
    // … except: changed at the first second of the day, changed the last second before it, retired on it, created on it.
    await t.prisma.target.update({ where: { id: onTheDay!.id }, data: { updatedAt: beijing('2026-11-01') } });
    await t.prisma.target.update({ where: { id: dayBefore!.id }, data: { updatedAt: new Date(beijing('2026-11-01').getTime() - 1000) } });
    await t.prisma.target.update({ where: { id: retired!.id }, data: { retiredAt: beijing('2026-11-01', 10), updatedAt: beijing('2026-11-01', 10) } });
    await t.prisma.target.update({ where: { id: created!.id }, data: { createdAt: beijing('2026-11-02', 9), updatedAt: beijing('2026-11-02', 9) } });

    const res = await f.download('/export/Target.csv?changedSince=2026-11-01', admin);
    expect(res.status).toBe(200);
    expect(res.disposition).toContain(encodeURIComponent('变更-2026-11-01起'));
    const rows = csvRows(res.body);
    expect(rows[0]![rows[0]!.length - 1]).toBe('变更类型');
    const change = new Map(rows.slice(1).map((r) => [r[0], r[r.length - 1]]));
    expect(Object.fromEntries(change)).toEqual({
      [onTheDay!.creditCode]: '修改',
      [retired!.creditCode]: '删除',
      [created!.creditCode]: '新增',
    });
    expect(change.has(dayBefore!.creditCode)).toBe(false);
    // The day after the changes: nothing.
    expect(csvRows((await f.download('/export/Target.csv?changedSince=2026-11-03', admin)).body)).toHaveLength(1);

    // Any write stamps the record, raw SQL included (the trigger of migration 20261209020000).
    const started = Date.now() - 5_000;
    await t.prisma.$executeRaw`UPDATE "Inspector" SET "title" = '科员' WHERE "id" = (SELECT "id" FROM "Inspector" ORDER BY "idNumber" LIMIT 1)`;
    const touched = await t.prisma.inspector.findFirstOrThrow({ orderBy: { idNumber: 'asc' } });
    expect(touched.updatedAt.getTime()).toBeGreaterThanOrEqual(started);
  });

  it('runs from a schedule with a read-only API token and an export profile (the change column recoded too)', async () => {
    const session = await t.login('admin');
    const token = (await t.gql<{ createApiToken: { token: string } }>('mutation { createApiToken(name: "市局交换", days: 1) { token } }', {}, session)).data!
      .createApiToken.token;
    const inspector = await t.prisma.inspector.findFirstOrThrow({ where: { retiredAt: null }, orderBy: { idNumber: 'desc' } });
    await t.prisma.inspector.update({ where: { id: inspector.id }, data: { updatedAt: beijing('2026-11-02', 23.99) } });
    const p = (
      await create({
        name: '市局人员（导出）',
        list: 'inspectors',
        direction: 'EXPORT',
        columns: [
          { field: 'change', header: 'CZLX' },
          { field: 'name', header: 'XM' },
        ],
        values: [{ field: 'change', from: '修改', to: 'U' }],
      })
    ).data!.createMappingProfile;
    const res = await f.download(`/export/Inspector.csv?changedSince=2026-11-02&profile=${p.id}`, token);
    expect(res.status).toBe(200);
    const rows = csvRows(res.body);
    expect(rows[0]).toEqual(['CZLX', 'XM']);
    expect(rows).toContainEqual(['U', inspector.name]);
  });

  it('refuses a bad date and a list other than the two directories with a typed 400', async () => {
    for (const path of [
      '/export/Target.csv?changedSince=2026-02-30',
      '/export/Target.csv?changedSince=20261101',
      '/export/Inspector.xlsx?changedSince=',
      '/export/Expert.csv?changedSince=2026-11-01',
    ]) {
      const res = await f.download(path, admin);
      expect(res.status, path).toBe(400);
      const e = JSON.parse(res.body.toString()).errors[0];
      expect(e.extensions.code).toBe('EXPORT.CHANGED_SINCE_INVALID');
      expect(e.message).toMatch(/变更起始日/);
    }
  });
});
