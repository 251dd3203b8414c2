#!/usr/bin/env tsx
// Checks and repairs rule 9's maintained count per target and year (TargetDrawCount, apps/api/src/drawCounts.ts) on
// the database the server would open ($DATABASE_URL, else the embedded one in $SSJ_DATA_DIR).
//
//   npm run draw-counts:rebuild -w @ssj/api              rebuild when anything differs, report → exit 0
//   npm run draw-counts:rebuild -w @ssj/api -- --check   report only, change nothing → exit 1 when anything differs
//
// A usage or connection error → exit 2. It applies no migration.
import { openDatabase } from '@ssj/db';
import { rebuildTargetDrawCounts } from '../drawCounts.ts';

const usage = 'usage: draw-counts-rebuild.ts [--check]';

async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check');
  if (argv.some((a) => a !== '--check')) {
    console.error(usage);
    return 2;
  }
  const db = await openDatabase({ migrate: false });
  try {
    console.log(`数据库 / Database: ${db.description}`);
    const r = await rebuildTargetDrawCounts(db.prisma, { apply: !check });
    console.log(`  TargetDrawCount ${String(r.rows).padStart(8)} 行 / rows   不符 / wrong ${r.wrong}   缺少 / missing ${r.missing}`);
    for (const s of r.samples) console.log(`      ${s}`);
    const differences = r.wrong + r.missing;
    const what = differences === 0 ? '计数与明细一致 / The counts equal the recomputation' : `${differences} 行不一致 / rows differed`;
    console.log(`${what}; ${r.applied ? '已重建 / rebuilt' : '未修改 / nothing changed'} (${r.ms} ms)`);
    return check && differences > 0 ? 1 : 0;
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
