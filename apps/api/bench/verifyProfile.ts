// Profile verifyDraw of an existing draw on a scale copy (wall time, SQL time, RSS; with --cpu-prof, where Node spends):
//   npx tsx --cpu-prof bench/verifyProfile.ts postgresql://…/ssj_scale_x [drawId, default the latest] [rounds]
import { performance } from 'node:perf_hooks';
import { openDatabase } from '@ssj/db';
import { roomToSort } from '../src/drawSql.ts';
import { verifiableDrawSelect, verifyStoredDraw } from '../src/schema/draw.ts';

const db = await openDatabase({ databaseUrl: process.argv[2]!, migrate: false });
let sql = 0;
db.onQuery((e) => (sql += e.durationMs));
const id = process.argv[3] ?? (await db.prisma.draw.findFirstOrThrow({ orderBy: { drawnAt: 'desc' }, select: { id: true } })).id;
for (let round = 0; round < Number(process.argv[4] ?? 1); round++) {
  sql = 0;
  const t0 = performance.now();
  const d = await db.prisma.draw.findUniqueOrThrow({ where: { id }, select: verifiableDrawSelect });
  const t1 = performance.now();
  const r = await db.prisma.$transaction(
    async (tx) => {
      await roomToSort(tx);
      return verifyStoredDraw(tx, d);
    },
    { timeout: 600_000 },
  );
  const t2 = performance.now();
  console.log(
    `load ${(t1 - t0).toFixed(0)} ms, verify ${(t2 - t1).toFixed(0)} ms, SQL ${sql.toFixed(0)} ms, ok=${r.ok} ${r.diff.slice(0, 2).join('; ')}; rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
  );
}
await db.close();
