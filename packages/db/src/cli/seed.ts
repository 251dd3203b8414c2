#!/usr/bin/env tsx
// Loads the demo data into an empty database: $DATABASE_URL (PostgreSQL, or pglite:/memory://), else the
// embedded database in $SSJ_DATA_DIR (default <repo>/data/pglite) — the one the server would open.
//
//   tsx src/cli/seed.ts          (npm run db:seed at the root, npm run seed -w @ssj/db)
//
// Pending migrations are applied first, so a brand-new database needs nothing else. A database that already
// holds units, users or targets is left untouched: the demo is a whole story (accounts, plans, draws,
// results) and mixing it into real records would corrupt both. Refusing is not a failure (exit 0, like a
// migration run with nothing pending), so `db:migrate && db:seed && start` works on every run; errors exit 1.
import { DEMO_ACCOUNTS, loadDemoData } from '../seed/index.ts';
import { describeTarget, resolveTarget } from '../connection.ts';
import { openDatabase } from '../index.ts';

async function main(): Promise<number> {
  const target = resolveTarget();
  console.log(`数据库 / Database: ${describeTarget(target)}`);
  const db = await openDatabase({ logger: (m) => console.log(m) });
  try {
    const { prisma } = db;
    const [units, users, targets] = await Promise.all([prisma.unit.count(), prisma.user.count(), prisma.target.count()]);
    if (units + users + targets > 0) {
      console.log(
        `数据库不是空的（单位 ${units} 个、用户 ${users} 个、检查对象 ${targets} 个），未载入演示数据：演示数据只载入空数据库。\n` +
          `The database is not empty (${units} units, ${users} users, ${targets} targets); the demo data was not loaded. ` +
          'It is only loaded into an empty database: point DATABASE_URL (or SSJ_DATA_DIR) at a new one.',
      );
      return 0;
    }
    const started = performance.now();
    // loadDemoData looks at the units again and loads nothing when there are some.
    if (!(await loadDemoData(prisma))) {
      console.log('数据库已有数据，未载入演示数据。 / The database already holds data; the demo data was not loaded.');
      return 0;
    }
    const [u, t, r] = await Promise.all([prisma.unit.count(), prisma.target.count(), prisma.result.count()]);
    console.log(`已载入演示数据 / Demo data loaded in ${Math.round(performance.now() - started)} ms: ${u} units, ${t} targets, ${r} results.`);
    console.log('演示账号 / Demo accounts:');
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.username.padEnd(12)} ${a.password.padEnd(14)} ${a.label}`);
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
