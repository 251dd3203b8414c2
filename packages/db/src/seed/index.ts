// Loads the demo into an empty database (first start), in one transaction: all of it or nothing — the lists
// (units, checklist, forms, directories) and the workflow of 2025 and 2026 played on them (workflow.ts).
import bcrypt from 'bcryptjs';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { CHECK_ITEMS, DEMO_ACCOUNTS, EXPERTS, LIBRARIES, UNITS, demoInspectors, demoTargets, remitUnitCodes, seededRandom } from './demo.ts';
import { FORMS, formRows } from './forms.ts';
import { demoIdFactory } from './ids.ts';
import { loadDemoWorkflow } from './workflow.ts';

export { DEMO_ACCOUNTS } from './demo.ts';

/** Fixed "now" of the demo, so freshness figures read the same on every machine. */
export const DEMO_EPOCH = new Date('2026-11-02T09:00:00+08:00');

/** The setting that tells the server which day the demo's story stands at (the API pins its clock to it). */
export const DEMO_TODAY_SETTING = 'demoToday';
export const DEMO_TODAY = '2026-11-02';

/** When the checklist was first published: the start of the demo's history (2025 is a finished year). */
const CHECKLIST_PUBLISHED = new Date('2025-01-06T09:00:00+08:00');

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
      const unitId = new Map<string, string>();
      for (const u of UNITS) {
        const created = await tx.unit.create({
          data: { id: nextId(), code: u.code, name: u.name, kind: u.kind, area: u.area ?? null, neighbourCodes: u.neighbourCodes },
        });
        unitId.set(u.code, created.id);
      }
      const uid = (code: string) => unitId.get(code)!;

      await tx.setting.create({ data: { key: 'generalRatioCap', value: 0.05 } });
      await tx.setting.create({ data: { key: DEMO_TODAY_SETTING, value: DEMO_TODAY } });
      // Reminder channels of the lead unit to show the settings (docs/notifications.md): disabled, and pointing at
      // this machine's discard port and a local mail sink, so the demo never sends anything anywhere.
      await tx.notificationChannel.createMany({
        data: [
          {
            id: 'demo-channel-wecom',
            unitId: uid('XKK'),
            kind: 'WECOM',
            name: '行政许可科企业微信群（演示，已停用）',
            enabled: false,
            url: 'http://127.0.0.1:9/cgi-bin/webhook/send?key=demo',
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
          },
        ],
      });

      const userIds: string[] = [];
      for (const [i, a] of DEMO_ACCOUNTS.entries()) {
        const u = await tx.user.create({
          data: {
            id: nextId(),
            username: a.username,
            passwordHash: hashes[i]!,
            name: a.name,
            role: a.role,
            unitId: uid(a.unitCode),
            isPrincipal: a.isPrincipal,
          },
        });
        userIds.push(u.id);
      }
      const adminId = userIds[0]!;

      const checkItemId = new Map<string, string>();
      const remitIds = (item: (typeof CHECK_ITEMS)[number]) => remitUnitCodes(item).map(uid).sort();
      for (const item of CHECK_ITEMS) {
        const created = await tx.checkItem.create({
          data: {
            id: nextId(),
            code: item.code,
            name: item.name,
            objectType: item.objectType,
            category: item.category,
            methods: item.methods,
            unitId: uid(item.unitCode),
            legalBasis: item.legalBasis,
            defaultRatio: item.defaultRatio,
            ratioCap: null,
            needsExpert: item.needsExpert ?? false,
            version: 1,
            createdAt: CHECKLIST_PUBLISHED,
            remitUnits: { connect: remitIds(item).map((id) => ({ id })) },
          },
        });
        checkItemId.set(item.code, created.id);
        await tx.checkItemVersion.create({
          data: {
            id: nextId(),
            checkItemId: created.id,
            version: 1,
            change: 'CREATE',
            notice: '抽查事项清单首次发布',
            changedById: adminId,
            changedAt: CHECKLIST_PUBLISHED,
            snapshot: { ...item, defaultRatio: String(item.defaultRatio), ratioCap: null, unitId: uid(item.unitCode), remitUnitIds: remitIds(item) },
          },
        });
      }
      // One adjustment, so the history and the published notice can be seen in the demo (rule 1).
      const adjusted = await tx.checkItem.update({
        where: { code: 'LZZR-02' },
        data: { defaultRatio: 0.04, version: 2, updatedAt: new Date('2026-06-18T10:00:00+08:00') },
      });
      await tx.checkItemVersion.create({
        data: {
          id: nextId(),
          checkItemId: adjusted.id,
          version: 2,
          change: 'UPDATE',
          changedById: adminId,
          changedAt: new Date('2026-06-18T10:00:00+08:00'),
          notice: '根据上级部署调整临时用地检查的默认抽查比例为 4%。',
          snapshot: { ...CHECK_ITEMS[1], defaultRatio: '0.04', ratioCap: null, unitId: adjusted.unitId, remitUnitIds: remitIds(CHECK_ITEMS[1]!) },
        },
      });

      const libraryId = new Map<string, string>();
      for (const l of LIBRARIES) {
        const created = await tx.targetLibrary.create({
          data: {
            id: nextId(),
            code: l.code,
            name: l.name,
            kind: l.kind,
            objectType: l.objectType,
            unitId: uid(l.unitCode),
            buildStandard: l.buildStandard,
            indicators: l.indicators,
            supervisionRequirements: l.supervisionRequirements,
          },
        });
        libraryId.set(l.code, created.id);
      }

      await tx.target.createMany({
        data: targets.map(({ libraryCode, unitCode, ...t }) => ({ ...t, libraryId: libraryId.get(libraryCode)!, unitId: uid(unitCode) })),
      });
      await tx.inspector.createMany({
        data: inspectors.map(({ unitCode, ...i }) => ({ ...i, unitId: uid(unitCode) })),
      });
      const rng = seededRandom(7);
      const experts = EXPERTS.map((e) => ({ ...e, id: nextId(), phone: `13${String(rng.int(1e9)).padStart(9, '0')}` }));
      await tx.expert.createMany({
        data: experts,
      });

      // Directory confirmations of differing age, so freshness shows up (rule 4, G7). Some units never confirmed.
      for (const [i, u] of UNITS.entries()) {
        if (i % 4 === 3) continue;
        const daysAgo = (i * 11) % 75;
        await tx.directoryConfirmation.create({
          data: {
            id: nextId(),
            unitId: uid(u.code),
            confirmedById: adminId,
            confirmedAt: new Date(DEMO_EPOCH.getTime() - daysAgo * 86400_000),
            targetCount: targets.filter((t) => t.unitCode === u.code).length,
            inspectorCount: inspectors.filter((x) => x.unitCode === u.code).length,
            note: '演示数据：名录库已核对',
          },
        });
      }

      // The check forms, one per checklist item (rule 18): result entry matches them by check item.
      const forms = formRows(checkItemId, nextId, CHECKLIST_PUBLISHED);
      await tx.form.createMany({ data: forms });

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
