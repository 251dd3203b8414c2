#!/usr/bin/env tsx
// Checks and repairs the assessment aggregates (apps/api/src/assessment/aggregates.ts) on the database the server
// would open ($DATABASE_URL, else the embedded one in $SSJ_DATA_DIR): recomputes them from the facts and prints the
// rows that differed.
//
//   npm run assessment:rebuild -w @ssj/api              rebuild, report what differed → exit 0
//   npm run assessment:rebuild -w @ssj/api -- --check   report only, change nothing → exit 1 when anything differs
//
// A usage or connection error → exit 2. It applies no migration.
import { openDatabase } from '@ssj/db';
import { rebuildAssessmentAggregates } from '../assessment/aggregates.ts';

const usage = 'usage: assessment-rebuild.ts [--check]';

async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check');
  if (argv.some((a) => a !== '--check')) {
    console.error(usage);
    return 2;
  }
  const db = await openDatabase({ migrate: false });
  try {
    console.log(`数据库 / Database: ${db.description}`);
    const r = await rebuildAssessmentAggregates(db.prisma, { apply: !check });
    for (const t of r.tables) {
      console.log(`  ${t.table.padEnd(24)} ${String(t.rows).padStart(8)} 行 / rows   不符 / wrong ${t.wrong}   缺少 / missing ${t.missing}`);
      for (const s of t.samples) console.log(`      ${s}`);
    }
    const what = r.differences === 0 ? '汇总与明细一致 / The aggregates equal the recomputation' : `${r.differences} 行不一致 / rows differed`;
    console.log(`${what}; ${r.applied ? '已重建 / rebuilt' : '未修改 / nothing changed (--check)'} (${r.ms} ms)`);
    return check && r.differences > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 2;
  },
);
