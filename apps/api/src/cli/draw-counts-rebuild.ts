#!/usr/bin/env tsx
// Checks and repairs rule 9's maintained count per target and year (TargetDrawCount, apps/api/src/drawCounts.ts)
// (rebuildCommand.ts: flags, database and exit codes).
//
//   npm run draw-counts:rebuild -w @ssj/api              rebuild when anything differs, report → exit 0
//   npm run draw-counts:rebuild -w @ssj/api -- --check   report only, change nothing → exit 1 when anything differs
import { rebuildTargetDrawCounts } from '../drawCounts.ts';
import { runRebuildCommand } from './rebuildCommand.ts';

runRebuildCommand({
  script: 'draw-counts-rebuild.ts',
  equal: '计数与明细一致 / The counts equal the recomputation',
  rebuild: async (db, options) => {
    const r = await rebuildTargetDrawCounts(db, options);
    return { tables: [{ table: 'TargetDrawCount', ...r }], applied: r.applied, ms: r.ms };
  },
});
