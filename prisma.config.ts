process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
// ↑ The Prisma 7 CLI downloads a native schema engine on every command, which fails offline. `prisma
// generate` does not need it, so point the CLI at any existing file. Migrations do not use the CLI at
// all: see packages/db/src/migrate.ts (WASM schema engine + driver adapters).
//
// Prisma 7 configuration. The CLI looks for it in the working directory: from a workspace, pass
// `--config ../../prisma.config.ts` (packages/db's `generate` script does).

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  schema: path.join(root, 'prisma/schema.prisma'),
  migrations: {
    path: path.join(root, 'prisma/migrations'),
  },
  // Only used by the stock CLI (`prisma migrate deploy` / `studio` on a connected machine). Never call
  // `env()` here: it throws when the variable is unset, even for `prisma generate`.
  datasource: {
    // biome-ignore lint/suspicious/noUndeclaredEnvVars: the one variable Prisma's own CLI reads (README, Environment variables)
    url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/ssj',
  },
});
