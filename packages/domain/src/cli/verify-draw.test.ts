import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import file from '../../test-vectors/draws.json' with { type: 'json' };

const script = fileURLToPath(new URL('./verify-draw.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../../../node_modules/tsx/dist/cli.mjs', import.meta.url));
const vector = file.vectors[0]!;

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
    expect(p.stdout).toContain('复核通过');
    expect(p.status).toBe(0);
  });

  it('exits 1 and prints the diff for a tampered receipt', () => {
    const p = run({ receipt: { ...vector.receipt, seed: '00'.repeat(32) } }, { candidates: vector.frozenCandidates });
    expect(p.status).toBe(1);
    expect(p.stdout).toContain('随机种子不一致');
  });

  it('exits 2 without arguments', () => {
    const p = spawnSync(process.execPath, [tsx, script], { encoding: 'utf8' });
    expect(p.status).toBe(2);
  });
});
