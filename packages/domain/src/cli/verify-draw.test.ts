import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import file from '../../test-vectors/draws.json' with { type: 'json' };
import v2File from '../../test-vectors/draws-v2.json' with { type: 'json' };

const script = fileURLToPath(new URL('./verify-draw.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../../../node_modules/tsx/dist/cli.mjs', import.meta.url));
const vector = file.vectors[0]!;
// ssj-draw/2, campaign-ordered above the GENERAL cap (ssj-draw/1 would refuse it).
const campaignVector = v2File.vectors.find((v) => v.name === 'campaign-ordered-above-general-cap')!;

function run(receipt: unknown, candidates: unknown) {
  const dir = mkdtempSync(join(tmpdir(), 'ssj-verify-'));
  const r = join(dir, 'receipt.json');
  const c = join(dir, 'candidates.json');
  writeFileSync(r, JSON.stringify(receipt));
  writeFileSync(c, JSON.stringify(candidates));
  return spawnSync(process.execPath, [tsx, script, r, c], { encoding: 'utf8' });
}

describe('ssj-verify-draw CLI', () => {
  it('exits 0 for a correct receipt', () => {
    const p = run(vector.receipt, vector.frozenCandidates);
    expect(p.stdout).toContain('复核通过 / verified: ssj-draw/1');
    expect(p.status).toBe(0);
  });

  it('exits 1 and prints the diff for a tampered receipt', () => {
    const p = run({ receipt: { ...vector.receipt, seed: '00'.repeat(32) } }, { candidates: vector.frozenCandidates });
    expect(p.status).toBe(1);
    expect(p.stdout).toContain('随机种子不一致');
  });

  // Each case starts a tsx process (about 2 s on a busy machine).
  it('verifies an ssj-draw/2 receipt of a campaign-ordered draw above the GENERAL cap, naming the version', () => {
    expect(vector.receipt.algorithm).toBe('ssj-draw/1');
    const p = run(campaignVector.receipt, campaignVector.input.candidates);
    expect(p.stdout).toContain('复核通过 / verified: ssj-draw/2');
    expect(p.status).toBe(0);
  }, 20_000);

  it('re-runs the version the receipt names: the same receipt labelled ssj-draw/1 fails (/1 refuses it)', () => {
    const p = run({ ...campaignVector.receipt, algorithm: 'ssj-draw/1' }, campaignVector.input.candidates);
    expect(p.status).toBe(1);
    expect(p.stdout).toContain('按回执中的参数和算法ssj-draw/1不能抽取');
  }, 20_000);

  it('exits 1 for an unknown version', () => {
    const p = run({ ...campaignVector.receipt, algorithm: 'ssj-draw/9' }, campaignVector.input.candidates);
    expect(p.status).toBe(1);
    expect(p.stdout).toContain('算法标识应为ssj-draw/1或ssj-draw/2');
  }, 20_000);

  it('exits 2 without arguments', () => {
    const p = spawnSync(process.execPath, [tsx, script], { encoding: 'utf8' });
    expect(p.status).toBe(2);
  });
});
