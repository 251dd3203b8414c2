// The shape every check-and-repair command of a maintained table shares (assessment-rebuild.ts,
// draw-counts-rebuild.ts): on the database the server would open ($DATABASE_URL, else the embedded one in
// $SSJ_DATA_DIR), without migrating it, recompute the table(s) from the facts and print what differed.
//   no flag   → rebuild when anything differs, report → exit 0
//   --check   → report only, change nothing → exit 1 when anything differs
// A usage or connection error → exit 2.
import { openDatabase } from '@ssj/db';

type Db = Awaited<ReturnType<typeof openDatabase>>['prisma'];

/** One maintained table's comparison with its recomputation. */
export type TableCheck = { table: string; rows: number; wrong: number; missing: number; samples: readonly string[] };

export type RebuildCommand = {
  /** The script's file name, for the usage line. */
  script: string;
  /** What equal means, e.g. '汇总与明细一致 / The aggregates equal the recomputation'. */
  equal: string;
  rebuild: (db: Db, options: { apply: boolean }) => Promise<{ tables: readonly TableCheck[]; applied: boolean; ms: number }>;
};

export function runRebuildCommand(command: RebuildCommand, argv: string[] = process.argv.slice(2)): void {
  run(command, argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 2;
    },
  );
}

async function run({ script, equal, rebuild }: RebuildCommand, argv: string[]): Promise<number> {
  const check = argv.includes('--check');
  if (argv.some((a) => a !== '--check')) {
    console.error(`usage: ${script} [--check]`);
    return 2;
  }
  const db = await openDatabase({ migrate: false });
  try {
    console.log(`数据库 / Database: ${db.description}`);
    const r = await rebuild(db.prisma, { apply: !check });
    let differences = 0;
    for (const t of r.tables) {
      console.log(`  ${t.table.padEnd(24)} ${String(t.rows).padStart(8)} 行 / rows   不符 / wrong ${t.wrong}   缺少 / missing ${t.missing}`);
      for (const s of t.samples) console.log(`      ${s}`);
      differences += t.wrong + t.missing;
    }
    const what = differences === 0 ? equal : `${differences} 行不一致 / rows differed`;
    console.log(`${what}; ${r.applied ? '已重建 / rebuilt' : '未修改 / nothing changed'} (${r.ms} ms)`);
    return check && differences > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}
