#!/usr/bin/env -S npx tsx
// Rule 17: anyone can re-check a draw, held to what was announced before it. Usage:
//   npx tsx packages/domain/src/cli/verify-draw.ts receipt.json candidates.json --announcement announcement.json
//   npx tsx packages/domain/src/cli/verify-draw.ts receipt.json candidates.json --commitment <hex> --candidates-hash <hex> [--parameters-hash <hex>]
// receipt.json: the receipt (or { "receipt": … }); candidates.json: the frozen candidate list (an array, or
// { "candidates": […] }); announcement.json: the announcement published before the draw (commitment, candidate-list
// hash, parameters hash; or { "announcement": … }), as downloaded from /public/draws/<id>/announcement.json or as
// the witness recorded it. The published values are required: a receipt alone only shows that it agrees with
// itself — one re-made with another secret or another list would too.
// Exit code 0 = every step holds, 1 = a step fails (each step printed with 通过 / 不通过), 2 = usage or unreadable input.
// Every version of the algorithm is verified (ssj-draw/1 … /3): the receipt's `algorithm` field says which one made
// it, and that one is re-run.
// The command itself is verifyDrawCommand.ts (a function, tested in-process); this file runs it as a process.
// src/cli/ is the only folder of the package allowed to touch the file system and the process (see .dependency-cruiser.cjs).

import process from 'node:process';
import { verifyDrawCommand } from './verifyDrawCommand.ts';

process.exitCode = verifyDrawCommand(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
