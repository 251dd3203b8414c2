#!/usr/bin/env tsx
// The demo database for the admin's browser walks (apps/admin/test/browser), which may not import this package
// (the admin imports no db module, tests included — .dependency-cruiser.cjs) and so run this script by path:
//
//   npx tsx packages/db/src/cli/browserWalk/demoDataDir.ts            build (or find) the cached demo dump
//   npx tsx packages/db/src/cli/browserWalk/demoDataDir.ts <folder>   write a copy of it into a new data folder
import { demoTemplate, writeDemoDataDir } from '../../testing.ts';

const dir = process.argv[2];
if (dir) await writeDemoDataDir(dir);
else await demoTemplate();
