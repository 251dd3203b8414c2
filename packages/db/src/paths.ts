import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo root (this file is `<root>/packages/db/src/paths.ts`). */
export const repoRoot: string = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** `<root>/prisma/schema.prisma`: the one data model. */
export const defaultSchemaPath: string = path.join(repoRoot, 'prisma', 'schema.prisma');

/** `<root>/prisma/migrations`: one folder per migration, each with a `migration.sql`. */
export const defaultMigrationsDir: string = path.join(repoRoot, 'prisma', 'migrations');

/** Default folder of the embedded database when neither `DATABASE_URL` nor `SSJ_DATA_DIR` is set. */
export const defaultDataDir: string = path.join(repoRoot, 'data', 'pglite');
