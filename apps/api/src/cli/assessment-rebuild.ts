#!/usr/bin/env tsx
// Checks and repairs the assessment aggregates (apps/api/src/assessment/aggregates.ts): recomputes them from the facts
// and prints the rows that differed (rebuildCommand.ts: flags, database and exit codes).
//
//   npm run assessment:rebuild -w @ssj/api              rebuild, report what differed → exit 0
//   npm run assessment:rebuild -w @ssj/api -- --check   report only, change nothing → exit 1 when anything differs
import { rebuildAssessmentAggregates } from '../assessment/aggregates.ts';
import { runRebuildCommand } from './rebuildCommand.ts';

runRebuildCommand({
  script: 'assessment-rebuild.ts',
  equal: '汇总与明细一致 / The aggregates equal the recomputation',
  rebuild: rebuildAssessmentAggregates,
});
