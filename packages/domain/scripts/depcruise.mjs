#!/usr/bin/env node
// Runs dependency-cruiser with the given arguments: `node scripts/depcruise.mjs src --config <file>`.
// Why a wrapper: the dependency-cruiser 18 CLI refuses to start on Node < 22 (its engines field is
// ^22||^24||>=26), while this repository declares Node >= 20 and its public API runs fine on 20.
// On Node >= 22 the real CLI runs unchanged; on older Node the same config goes through the API.
// Drop this file and call `depcruise` directly once the repository requires Node 22.

import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const major = Number(process.versions.node.split('.')[0]);

if (major >= 22) {
  // The package exports only its API (src/main/index.mjs); the CLI lives in bin/ two levels up.
  const main = fileURLToPath(import.meta.resolve('dependency-cruiser'));
  const bin = join(dirname(main), '../../bin/dependency-cruiser.mjs');
  const r = spawnSync(process.execPath, [bin, ...args], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const files = [];
let config = '.dependency-cruiser.cjs';
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--config' || a === '-c') config = args[++i];
  else if (a.startsWith('--config=')) config = a.slice('--config='.length);
  else if (a.startsWith('-')) {
    process.stderr.write(`scripts/depcruise.mjs: unsupported option ${a} on Node ${process.versions.node}\n`);
    process.exit(2);
  } else files.push(a);
}

const { cruise } = await import('dependency-cruiser');
const { default: extractDepcruiseOptions } = await import('dependency-cruiser/config-utl/extract-depcruise-options');
const options = await extractDepcruiseOptions(resolve(config));
const result = await cruise(files.length > 0 ? files : ['.'], { ...options, validate: true, outputType: 'err' });
process.stdout.write(String(result.output));
process.exit(result.exitCode);
