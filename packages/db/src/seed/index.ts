// Loads the demo into an empty database (first start), in one transaction: all of it or nothing.
import bcrypt from 'bcryptjs';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { CHECK_ITEMS, DEMO_ACCOUNTS, EXPERTS, LIBRARIES, UNITS, demoInspectors, demoTargets, seededRandom } from './demo.ts';

export { DEMO_ACCOUNTS } from './demo.ts';

/** Fixed "now" of the demo, so freshness figures read the same on every machine. */
const DEMO_EPOCH = new Date('2026-11-02T09:00:00+08:00');

export async function loadDemoData(prisma: PrismaClient): Promise<boolean> {
  if ((await prisma.unit.count()) > 0) return false;
  const hashes = await Promise.all(DEMO_ACCOUNTS.map((a) => bcrypt.hash(a.password, 10)));
  const targets = demoTargets();
  const inspectors = demoInspectors();

  await prisma.$transaction(
    async (tx) => {
      const unitId = new Map<string, string>();
      for (const u of UNITS) {
        const created = await tx.unit.create({
          data: { code: u.code, name: u.name, kind: u.kind, isLead: u.kind === 'LEAD', area: u.area ?? null, neighbourCodes: u.neighbourCodes },
        });
        unitId.set(u.code, created.id);
      }
      const uid = (code: string) => unitId.get(code)!;

      await tx.setting.create({ data: { key: 'generalRatioCap', value: 0.05 } });

      const userIds: string[] = [];
      for (const [i, a] of DEMO_ACCOUNTS.entries()) {
        const u = await tx.user.create({
          data: { username: a.username, passwordHash: hashes[i]!, name: a.name, role: a.role, unitId: uid(a.unitCode), isPrincipal: a.isPrincipal },
        });
        userIds.push(u.id);
      }
      const adminId = userIds[0]!;

      for (const item of CHECK_ITEMS) {
        const created = await tx.checkItem.create({
          data: {
            code: item.code, name: item.name, objectType: item.objectType, category: item.category, methods: item.methods, unitId: uid(item.unitCode),
            legalBasis: item.legalBasis, defaultRatio: item.defaultRatio, ratioCap: null, needsExpert: item.needsExpert ?? false, version: 1,
            createdAt: new Date('2026-01-05T09:00:00+08:00'),
          },
        });
        await tx.checkItemVersion.create({
          data: {
            checkItemId: created.id, version: 1, change: 'CREATE', notice: '2026 年度抽查事项清单发布', changedById: adminId, changedAt: new Date('2026-01-05T09:00:00+08:00'),
            snapshot: { ...item, defaultRatio: String(item.defaultRatio), ratioCap: null, unitId: uid(item.unitCode) },
          },
        });
      }
      // One adjustment, so the history and the published notice can be seen in the demo (rule 1).
      const adjusted = await tx.checkItem.update({ where: { code: 'LZZR-02' }, data: { defaultRatio: 0.04, version: 2, updatedAt: new Date('2026-06-18T10:00:00+08:00') } });
      await tx.checkItemVersion.create({
        data: {
          checkItemId: adjusted.id, version: 2, change: 'UPDATE', changedById: adminId, changedAt: new Date('2026-06-18T10:00:00+08:00'),
          notice: '根据上级部署调整临时用地检查的默认抽查比例为 4%。',
          snapshot: { ...CHECK_ITEMS[1], defaultRatio: '0.04', ratioCap: null, unitId: adjusted.unitId },
        },
      });

      const libraryId = new Map<string, string>();
      for (const l of LIBRARIES) {
        const created = await tx.targetLibrary.create({
          data: {
            code: l.code, name: l.name, kind: l.kind, objectType: l.objectType, unitId: uid(l.unitCode), buildStandard: l.buildStandard,
            indicators: l.indicators, supervisionRequirements: l.supervisionRequirements,
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
      await tx.expert.createMany({
        data: EXPERTS.map((e) => ({ ...e, phone: `13${String(rng.int(1e9)).padStart(9, '0')}` })),
      });

      // Directory confirmations of differing age, so freshness shows up (rule 4, G7). Some units never confirmed.
      for (const [i, u] of UNITS.entries()) {
        if (i % 4 === 3) continue;
        const daysAgo = (i * 11) % 75;
        await tx.directoryConfirmation.create({
          data: {
            unitId: uid(u.code), confirmedById: adminId, confirmedAt: new Date(DEMO_EPOCH.getTime() - daysAgo * 86400_000),
            targetCount: targets.filter((t) => t.unitCode === u.code).length, inspectorCount: inspectors.filter((x) => x.unitCode === u.code).length,
            note: '演示数据：名录库已核对',
          },
        });
      }

      await tx.auditEvent.create({
        data: { actorName: '系统', action: 'loadDemoData', entity: 'System', after: { units: UNITS.length, targets: targets.length, inspectors: inspectors.length } },
      });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return true;
}
