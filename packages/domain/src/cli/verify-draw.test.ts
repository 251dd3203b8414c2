import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import file from '../../test-vectors/draws.json' with { type: 'json' };
import v2File from '../../test-vectors/draws-v2.json' with { type: 'json' };
import { verifyDrawCommand } from './verifyDrawCommand.ts';
import { DRAW_ANNOUNCEMENT_FORMAT, drawTargets, makeCommitment, type DrawCandidateInput, type DrawReceipt } from '../drawing.ts';

const script = fileURLToPath(new URL('./verify-draw.ts', import.meta.url));
// The real command runs as `node --import <tsx's loader> verify-draw.ts …`: one process, where tsx's CLI starts a
// second Node. A process costs ≈ 0.4 s of CPU, so the cases run the command's function in-process
// (verifyDrawCommand: the same arguments, files, printed lines and exit code), and two start the real command
// (exit 0 with its steps on stdout, exit 2 with its usage on stderr) to hold the script's wiring to the function.
const tsxLoader = new URL('../../../../node_modules/tsx/dist/loader.mjs', import.meta.url).href;
const tsx = ['--import', tsxLoader];
const vector = file.vectors[0]!;
// ssj-draw/2, campaign-ordered above the GENERAL cap (ssj-draw/1 would refuse it).
const campaignVector = v2File.vectors.find((v) => v.name === 'campaign-ordered-above-general-cap')!;

/** The announcement a draw's receipt was made under (what /public/draws/<id>/announcement.json serves). */
function announcementOf(receipt: { seedInputs: unknown; candidateListHash: string; parametersHash: string; candidateCount: number }) {
  return {
    format: DRAW_ANNOUNCEMENT_FORMAT,
    commitment: (receipt.seedInputs as { commitment: string }).commitment,
    candidateListHash: receipt.candidateListHash,
    parametersHash: receipt.parametersHash,
    candidateCount: receipt.candidateCount,
  };
}

type Run = { status: number | null; stdout: string; stderr: string };

/** The command in-process: what it prints and its exit code. */
function command(args: string[]): Run {
  let stdout = '';
  let stderr = '';
  const status = verifyDrawCommand(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

/** The real command in a Node process of its own. */
function spawned(args: string[]): Run {
  const { status, stdout, stderr } = spawnSync(process.execPath, [...tsx, script, ...args], { encoding: 'utf8' });
  return { status, stdout, stderr };
}

function run(receipt: unknown, candidates: unknown, announcement?: unknown, extra: string[] = [], start: (args: string[]) => Run = command) {
  const dir = mkdtempSync(join(tmpdir(), 'ssj-verify-'));
  const r = join(dir, 'receipt.json');
  const c = join(dir, 'candidates.json');
  writeFileSync(r, JSON.stringify(receipt));
  writeFileSync(c, JSON.stringify(candidates));
  const args = [r, c, ...extra];
  if (announcement !== undefined) {
    const a = join(dir, 'announcement.json');
    writeFileSync(a, JSON.stringify(announcement));
    args.push('--announcement', a);
  }
  return start(args);
}

// The cases that start a Node process with tsx's loader take about 1 s on a busy machine.
describe('ssj-verify-draw CLI', { timeout: 20_000 }, () => {
  it('exits 0 for a correct receipt held to its announcement, printing each step (the real command)', () => {
    const p = run(vector.receipt, vector.frozenCandidates, announcementOf(vector.receipt), [], spawned);
    expect(p.stdout).toContain('[通过] 候选名单与摇号前公布的哈希一致');
    expect(p.stdout).toContain('[通过] 服务器密钥与摇号前公布的承诺值一致');
    expect(p.stdout).toContain('复核通过 / verified: ssj-draw/1');
    expect(p.status).toBe(0);
    expect(run(vector.receipt, vector.frozenCandidates, announcementOf(vector.receipt))).toEqual(p);
  });

  it('takes the published values as options instead of a file', () => {
    const a = announcementOf(vector.receipt);
    const p = run(vector.receipt, vector.frozenCandidates, undefined, [
      '--commitment',
      a.commitment,
      '--candidates-hash',
      a.candidateListHash,
      `--parameters-hash=${a.parametersHash}`,
    ]);
    expect(p.stdout).toContain('复核通过');
    expect(p.status).toBe(0);
  });

  it('refuses a receipt re-made with another secret: consistent in itself, but not the announced commitment', () => {
    const secret = 'ee'.repeat(32);
    const forged = drawTargets({
      parameters: vector.input.parameters as never,
      candidates: vector.frozenCandidates as unknown as DrawCandidateInput[],
      seedInputs: {
        source: 'COMMIT_REVEAL',
        commitment: makeCommitment(secret),
        serverSecret: secret,
        witnessEntropy: vector.input.seedInputs.witnessEntropy!,
      },
      algorithm: 'ssj-draw/1',
    } as never) as { ok: true; receipt: DrawReceipt };
    expect(forged.ok).toBe(true);
    const p = run(forged.receipt, vector.frozenCandidates, announcementOf(vector.receipt));
    expect(p.stdout).toContain('[不通过] 服务器密钥与摇号前公布的承诺值一致');
    expect(p.stdout).toContain('[通过] 候选名单与摇号前公布的哈希一致');
    expect(p.status).toBe(1);
  });

  it('refuses a receipt re-made with another candidate list at the list step', () => {
    const list = (vector.frozenCandidates as unknown as DrawCandidateInput[]).slice(1);
    const forged = drawTargets({
      parameters: vector.input.parameters as never,
      candidates: list,
      seedInputs: vector.input.seedInputs as never,
      algorithm: 'ssj-draw/1',
    } as never) as { ok: true; receipt: DrawReceipt };
    expect(forged.ok).toBe(true);
    const p = run(forged.receipt, list, announcementOf(vector.receipt));
    expect(p.stdout).toContain('[不通过] 候选名单与摇号前公布的哈希一致');
    expect(p.status).toBe(1);
  });

  it('exits 1 and prints the mismatch for a tampered seed', () => {
    const p = run(
      { receipt: { ...vector.receipt, seed: '00'.repeat(32) } },
      { candidates: vector.frozenCandidates },
      { announcement: announcementOf(vector.receipt) },
    );
    expect(p.status).toBe(1);
    expect(p.stdout).toContain('与回执记录的0000000000000000…不一致');
  });

  it('verifies an ssj-draw/2 receipt of a campaign-ordered draw above the GENERAL cap, naming the version', () => {
    expect(vector.receipt.algorithm).toBe('ssj-draw/1');
    const p = run(campaignVector.receipt, campaignVector.input.candidates, announcementOf(campaignVector.receipt));
    expect(p.stdout).toContain('复核通过 / verified: ssj-draw/2');
    expect(p.status).toBe(0);
  });

  it('re-runs the version the receipt names: the same receipt labelled ssj-draw/1 fails (/1 refuses it)', () => {
    const p = run({ ...campaignVector.receipt, algorithm: 'ssj-draw/1' }, campaignVector.input.candidates, announcementOf(campaignVector.receipt));
    expect(p.status).toBe(1);
    expect(p.stdout).toContain('按回执中的参数和算法ssj-draw/1不能抽取');
  });

  it('exits 1 for an unknown version', () => {
    const p = run({ ...campaignVector.receipt, algorithm: 'ssj-draw/9' }, campaignVector.input.candidates, announcementOf(campaignVector.receipt));
    expect(p.status).toBe(1);
    expect(p.stdout).toContain('算法标识应为ssj-draw/1或ssj-draw/2');
  });

  it('exits 2 without the published values, and for an announcement without a commitment', () => {
    const p = run(vector.receipt, vector.frozenCandidates);
    expect(p.status).toBe(2);
    expect(p.stderr).toContain('缺少摇号前公布的值');
    const q = run(vector.receipt, vector.frozenCandidates, { candidateListHash: vector.receipt.candidateListHash });
    expect(q.status).toBe(2);
    expect(q.stderr).toContain('公告中缺少承诺值');
  });

  it('exits 2 without arguments, printing its usage (the real command)', () => {
    const p = spawned([]);
    expect(p.status).toBe(2);
    expect(p.stderr).toContain('用法 / usage:');
    expect(p.stdout).toBe('');
    expect(command([])).toEqual(p);
  });
});
