#!/usr/bin/env -S npx tsx
// Rule 17: anyone can re-check a draw. Usage:
//   npx tsx packages/domain/src/cli/verify-draw.ts receipt.json candidates.json
// receipt.json: the receipt (or { "receipt": … }); candidates.json: the frozen candidate list
// (an array, or { "candidates": […] }). Exit code 0 = the receipt checks out, 1 = mismatches
// (printed one per line), 2 = usage or unreadable input.
// Every version of the algorithm is verified (ssj-draw/1, ssj-draw/2): the receipt's `algorithm` field says which
// one made it, and verifyDraw re-runs that one; the version is printed with the result.
// The only file in the package allowed to touch the file system and the process (see .dependency-cruiser.cjs).

import { readFileSync } from 'node:fs';
import process from 'node:process';
import { verifyDraw, type DrawCandidateInput, type DrawReceipt } from '../drawing.ts';

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function unwrap<T>(value: unknown, key: string): T {
  return (value && typeof value === 'object' && !Array.isArray(value) && key in value
    ? (value as Record<string, unknown>)[key]
    : value) as T;
}

const [receiptPath, candidatesPath] = process.argv.slice(2);
if (!receiptPath || !candidatesPath) {
  process.stderr.write('用法 / usage: ssj-verify-draw <receipt.json> <candidates.json>\n');
  process.exit(2);
}

let receipt: DrawReceipt;
let candidates: DrawCandidateInput[];
try {
  receipt = unwrap<DrawReceipt>(readJson(receiptPath), 'receipt');
  candidates = unwrap<DrawCandidateInput[]>(readJson(candidatesPath), 'candidates');
  if (!Array.isArray(candidates)) throw new Error('candidates.json must hold an array of candidates');
} catch (e) {
  process.stderr.write(`无法读取输入 / cannot read input: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
}

const { ok, diff } = verifyDraw(receipt, candidates);
if (ok) {
  process.stdout.write(
    `复核通过 / verified: ${receipt.algorithm}, 任务 ${receipt.parameters.taskId}, ` +
      `候选 ${receipt.candidateCount} 个, 抽中 ${receipt.result.length} 个, 种子 ${receipt.seed}\n`,
  );
  process.exit(0);
}
process.stdout.write(`复核不一致 / verification failed (${diff.length}):\n`);
for (const line of diff) process.stdout.write(`- ${line}\n`);
process.exit(1);
