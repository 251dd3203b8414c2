// Loads the demo into an empty database (first start), in one transaction: all of it or nothing — the lists
// (units, checklist, forms, directories) and the workflow of 2025 and 2026 played on them (workflow.ts).
import bcrypt from 'bcryptjs';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { CHECK_ITEMS, DEMO_ACCOUNTS, EXPERTS, LIBRARIES, UNITS, demoInspectors, demoTargets, remitUnitCodes, seededRandom } from './demo.ts';
import { FORMS, formRows } from './forms.ts';
import { demoIdFactory } from './ids.ts';
import { insertRows } from './insertRows.ts';
import { loadDemoWorkflow } from './workflow.ts';

export { DEMO_ACCOUNTS } from './demo.ts';

/** Fixed "now" of the demo, so freshness figures read the same on every machine. */
export const DEMO_EPOCH = new Date('2026-11-02T09:00:00+08:00');

/** The setting that tells the server which day the demo's story stands at (the API pins its clock to it). */
export const DEMO_TODAY_SETTING = 'demoToday';
export const DEMO_TODAY = '2026-11-02';

/** When the checklist was first published: the start of the demo's history (2025 is a finished year). */
const CHECKLIST_PUBLISHED = new Date('2025-01-06T09:00:00+08:00');

/** The checklist item whose default ratio was adjusted once (its version 2). */
const ADJUSTED_ITEM = 'LZZR-02';

/** A bcrypt hash of a random secret nobody kept: the demo's extra staff accounts exist but cannot sign in. */
const UNUSABLE_PASSWORD_HASH = '$2b$10$t1tCP.ttd9y1jRy0BM48dui252mJSKeTH.HlBaUjaa7RdbGQGgvVu';

export interface LoadDemoDataOptions {
  /**
   * bcrypt's cost for the demo accounts' passwords: 10 (the API's production cost), unless a test harness asks for
   * less (testing.ts: its demo copies sign in at cost 4, 64 times cheaper per check).
   */
  passwordRounds?: number;
}

export async function loadDemoData(prisma: PrismaClient, options: LoadDemoDataOptions = {}): Promise<boolean> {
  if ((await prisma.unit.count()) > 0) return false;
  const rounds = options.passwordRounds ?? 10;
  const hashes = await Promise.all(DEMO_ACCOUNTS.map((a) => bcrypt.hash(a.password, rounds)));
  const nextId = demoIdFactory();
  const targets = demoTargets().map((t) => ({ ...t, id: nextId() }));
  const inspectors = demoInspectors().map((i) => ({ ...i, id: nextId() }));

  await prisma.$transaction(
    async (tx) => {
      // Every list goes in with one statement per table (insertRows), in its final state: one at a time through
      // Prisma, the 19 units, 12 checklist items with their remit, versions, libraries and 2,000 targets cost ~3 s
      // of CPU (each a query plan compiled, the targets' one as long as the list), a third of the demo's load.
      // The ids are taken in the order the rows were once created one by one, so the demo keeps its ids.
      // `createdAt`/`updatedAt` as Prisma would set them: the moment of insertion, a millisecond apart where the rows
      // were created one at a time (so they still sort in creation order).
      let clock = Date.now();
      const tick = () => new Date(clock++);
      const unitRows = UNITS.map((u) => {
        const at = tick();
        return { id: nextId(), code: u.code, name: u.name, kind: u.kind, area: u.area ?? null, neighbourCodes: u.neighbourCodes, createdAt: at, updatedAt: at };
      });
      await insertRows(tx, 'Unit', unitRows);
      const unitId = new Map(unitRows.map((u) => [u.code, u.id]));
      const uid = (code: string) => unitId.get(code)!;

      await insertRows(tx, 'Setting', [
        { key: 'generalRatioCap', value: 0.05, updatedAt: tick() },
        { key: DEMO_TODAY_SETTING, value: DEMO_TODAY, updatedAt: tick() },
      ]);
      // Reminder channels of the lead unit to show the settings (docs/notifications.md): disabled, and pointing at
      // this machine's discard port and a local mail sink, so the demo never sends anything anywhere.
      const channelsAt = tick();
      await insertRows(tx, 'NotificationChannel', [
        {
          id: 'demo-channel-wecom',
          unitId: uid('XKK'),
          kind: 'WECOM',
          name: '行政许可科企业微信群（演示，已停用）',
          enabled: false,
          url: 'http://127.0.0.1:9/cgi-bin/webhook/send?key=demo',
          recipients: [],
          createdAt: channelsAt,
          updatedAt: channelsAt,
        },
        {
          id: 'demo-channel-email',
          unitId: uid('XKK'),
          kind: 'EMAIL',
          name: '行政许可科邮件（演示，已停用）',
          enabled: false,
          smtpHost: '127.0.0.1',
          smtpPort: 1025,
          mailFrom: '双随机监管平台 <noreply@example.invalid>',
          recipients: ['xkk@example.invalid'],
          createdAt: channelsAt,
          updatedAt: channelsAt,
        },
      ]);

      const userRows = DEMO_ACCOUNTS.map((a, i) => {
        const at = tick();
        return {
          id: nextId(),
          username: a.username,
          passwordHash: hashes[i]!,
          name: a.name,
          role: a.role,
          unitId: uid(a.unitCode),
          isPrincipal: a.isPrincipal,
          active: true,
          createdAt: at,
          updatedAt: at,
        };
      });
      await insertRows(tx, 'User', userRows);
      const userIds = userRows.map((u) => u.id);
      const adminId = userIds[0]!;

      // The checklist as first published, each item with its first version; then one adjustment, so the history
      // and the published notice can be seen in the demo (rule 1): that item is written as it stands after it.
      const checkItemId = new Map<string, string>();
      const remitIds = (item: (typeof CHECK_ITEMS)[number]) => remitUnitCodes(item).map(uid).sort();
      const itemRows: Prisma.CheckItemCreateManyInput[] = [];
      const versionRows: Prisma.CheckItemVersionCreateManyInput[] = [];
      for (const item of CHECK_ITEMS) {
        const id = nextId();
        itemRows.push({
          id,
          code: item.code,
          name: item.name,
          objectType: item.objectType,
          category: item.category,
          methods: [...item.methods],
          unitId: uid(item.unitCode),
          legalBasis: item.legalBasis,
          defaultRatio: item.defaultRatio,
          ratioCap: null,
          needsExpert: item.needsExpert ?? false,
          version: 1,
          createdAt: CHECKLIST_PUBLISHED,
          updatedAt: tick(),
        });
        checkItemId.set(item.code, id);
        versionRows.push({
          id: nextId(),
          checkItemId: id,
          version: 1,
          change: 'CREATE',
          notice: '抽查事项清单首次发布',
          changedById: adminId,
          changedAt: CHECKLIST_PUBLISHED,
          snapshot: { ...item, defaultRatio: String(item.defaultRatio), ratioCap: null, unitId: uid(item.unitCode), remitUnitIds: remitIds(item) },
        });
      }
      const adjustedItem = CHECK_ITEMS.find((c) => c.code === ADJUSTED_ITEM)!;
      const adjustedAt = new Date('2026-06-18T10:00:00+08:00');
      Object.assign(itemRows.find((r) => r.code === ADJUSTED_ITEM)!, { defaultRatio: 0.04, version: 2, updatedAt: adjustedAt });
      versionRows.push({
        id: nextId(),
        checkItemId: checkItemId.get(ADJUSTED_ITEM)!,
        version: 2,
        change: 'UPDATE',
        changedById: adminId,
        changedAt: adjustedAt,
        notice: '根据上级部署调整临时用地检查的默认抽查比例为 4%。',
        snapshot: { ...adjustedItem, defaultRatio: '0.04', ratioCap: null, unitId: uid(adjustedItem.unitCode), remitUnitIds: remitIds(adjustedItem) },
      });
      await insertRows(tx, 'CheckItem', itemRows);
      // Prisma's implicit many-to-many table: A is the CheckItem, B the Unit (models in alphabetical order).
      await insertRows(
        tx,
        '_CheckItemRemit',
        CHECK_ITEMS.flatMap((item) => remitIds(item).map((unit) => ({ A: checkItemId.get(item.code)!, B: unit }))),
      );
      await insertRows(tx, 'CheckItemVersion', versionRows);

      const libraryRows = LIBRARIES.map((l) => {
        const at = tick();
        return {
          id: nextId(),
          code: l.code,
          name: l.name,
          kind: l.kind,
          objectType: l.objectType,
          unitId: uid(l.unitCode),
          buildStandard: l.buildStandard,
          indicators: l.indicators,
          supervisionRequirements: l.supervisionRequirements,
          createdAt: at,
          updatedAt: at,
        };
      });
      await insertRows(tx, 'TargetLibrary', libraryRows);
      const libraryId = new Map(libraryRows.map((l) => [l.code, l.id]));

      const listed = tick();
      await insertRows(
        tx,
        'Target',
        targets.map(({ libraryCode, unitCode, ...t }) => ({
          ...t,
          libraryId: libraryId.get(libraryCode)!,
          unitId: uid(unitCode),
          createdAt: listed,
          updatedAt: listed,
        })),
      );
      const inspectorsAt = tick();
      await insertRows(
        tx,
        'Inspector',
        inspectors.map(({ unitCode, ...i }) => ({ ...i, unitId: uid(unitCode), createdAt: inspectorsAt, updatedAt: inspectorsAt })),
      );
      const rng = seededRandom(7);
      const experts = EXPERTS.map((e) => ({ ...e, id: nextId(), phone: `13${String(rng.int(1e9)).padStart(9, '0')}` }));
      const expertsAt = tick();
      await insertRows(
        tx,
        'Expert',
        experts.map((e) => ({ ...e, createdAt: expertsAt, updatedAt: expertsAt })),
      );

      // Directory confirmations of differing age, so freshness shows up (rule 4, G7). Some units never confirmed.
      await insertRows(
        tx,
        'DirectoryConfirmation',
        UNITS.flatMap((u, i) =>
          i % 4 === 3
            ? []
            : [
                {
                  id: nextId(),
                  unitId: uid(u.code),
                  confirmedById: adminId,
                  confirmedAt: new Date(DEMO_EPOCH.getTime() - ((i * 11) % 75) * 86400_000),
                  targetCount: targets.filter((t) => t.unitCode === u.code).length,
                  inspectorCount: inspectors.filter((x) => x.unitCode === u.code).length,
                  note: '演示数据：名录库已核对',
                },
              ],
        ),
      );

      // The check forms, one per checklist item (rule 18): result entry matches them by check item.
      const forms = formRows(checkItemId, nextId, CHECKLIST_PUBLISHED);
      await insertRows(tx, 'Form', forms);

      const workflow = await loadDemoWorkflow(tx, {
        nextId,
        now: DEMO_EPOCH,
        unusablePasswordHash: UNUSABLE_PASSWORD_HASH,
        generalRatioCap: 0.05,
        units: new Map(UNITS.map((u) => [u.code, { id: uid(u.code), code: u.code, name: u.name, area: u.area ?? null, neighbourCodes: u.neighbourCodes }])),
        users: new Map(
          DEMO_ACCOUNTS.map((a, i) => [a.username, { id: userIds[i]!, username: a.username, name: a.name, unitCode: a.unitCode, isPrincipal: a.isPrincipal }]),
        ),
        checkItems: new Map(
          CHECK_ITEMS.map((c) => [
            c.code,
            {
              id: checkItemId.get(c.code)!,
              code: c.code,
              name: c.name,
              category: c.category,
              methods: c.methods,
              needsExpert: c.needsExpert ?? false,
              unitCode: c.unitCode,
              remitUnitCodes: remitUnitCodes(c),
            },
          ]),
        ),
        libraries: new Map(LIBRARIES.map((l) => [l.code, { id: libraryId.get(l.code)!, kind: l.kind }])),
        targets: targets.map(({ libraryCode, unitCode, ...t }) => ({ ...t, libraryId: libraryId.get(libraryCode)!, unitId: uid(unitCode) })),
        inspectors: inspectors.map((i) => ({ ...i, unitId: uid(i.unitCode) })),
        experts: experts.map((e) => ({ id: e.id, field: e.field })),
        forms: new Map(FORMS.map((f, i) => [f.checkItemCode, forms[i]!.id])),
      });

      await tx.auditEvent.create({
        data: {
          actorName: '系统',
          action: 'loadDemoData',
          entity: 'System',
          after: { units: UNITS.length, targets: targets.length, inspectors: inspectors.length, forms: forms.length, ...workflow },
        },
      });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return true;
}
