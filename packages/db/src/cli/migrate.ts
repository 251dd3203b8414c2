#!/usr/bin/env tsx
// Offline migrations (the Prisma 7 CLI cannot run them without downloading its native engine).
//
//   tsx src/cli/migrate.ts deploy         apply pending migrations to $MIGRATION_DATABASE_URL, else $DATABASE_URL,
//                                         else the embedded database
//   tsx src/cli/migrate.ts new <name>     write prisma/migrations/<timestamp>_<name>/migration.sql from the schema
//   tsx src/cli/migrate.ts check          exit 1 when schema.prisma has changes no migration contains (CI)
//   tsx src/cli/migrate.ts status         applied / pending migrations of the database
//
// npm scripts (in packages/db): `migrate`, `migrate:new -- <name>`, `migrate:check`, `migrate:status`.
import { describeTarget, resolveMigrationUrl, resolveTarget } from '../connection.ts';
import { installQueueSchema, QUEUE_SCHEMA } from '../queueSchema.ts';
import { applyMigrations, checkMigrations, createMigration, listMigrationNames, MigrationError, migrationStatus } from '../migrate.ts';

const usage = `usage: migrate.ts <command>
  deploy        apply pending migrations to $MIGRATION_DATABASE_URL, else $DATABASE_URL (postgres://…), or the embedded PGlite
                ($SSJ_DATA_DIR, default <repo>/data/pglite)
  new <name>    create prisma/migrations/<timestamp>_<name>/migration.sql from prisma/schema.prisma
  check         exit 1 if prisma/schema.prisma has changes that no migration contains
  status        show applied and pending migrations of the database`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const log = (message: string) => console.log(message);
  switch (command) {
    case 'deploy': {
      // The owner's connection when the server runs as a role that owns nothing (README "PostgreSQL").
      const ownerUrl = resolveMigrationUrl();
      const target = resolveTarget(ownerUrl ? { databaseUrl: ownerUrl } : {});
      log(`Applying migrations to ${describeTarget(target)}`);
      const started = performance.now();
      const { applied } = await applyMigrations(ownerUrl ? { databaseUrl: ownerUrl } : undefined, { logger: log });
      // The job queue's tables (graphile-worker) live beside ours on a server; the embedded database has its own queue.
      if (target.kind === 'postgres') {
        await installQueueSchema(target.url);
        log(`Job queue schema ${QUEUE_SCHEMA} is up to date.`);
      }
      log(`Done in ${Math.round(performance.now() - started)} ms (${applied.length} applied).`);
      return 0;
    }
    case 'new': {
      const name = rest.join('_');
      if (!name) {
        console.error('usage: migrate.ts new <name>');
        return 2;
      }
      await createMigration(name, { logger: log });
      return 0;
    }
    case 'check': {
      const { upToDate } = await checkMigrations({ logger: log });
      if (!upToDate) log('Run `npm run migrate:new -w @ssj/db -- <name>` and commit the new migration.');
      return upToDate ? 0 : 1;
    }
    case 'status': {
      const target = resolveTarget();
      const names = listMigrationNames();
      const status = await migrationStatus();
      log(`${describeTarget(target)}: ${names.length} migration(s) in prisma/migrations`);
      if (status.failedMigrationNames.length) log(`failed: ${status.failedMigrationNames.join(', ')}`);
      if (status.editedMigrationNames.length) log(`edited after being applied: ${status.editedMigrationNames.join(', ')}`);
      const history = status.history;
      if (!history) {
        log(status.hasMigrationsTable ? 'Database is up to date.' : 'No migrations applied yet.');
      } else if (history.diagnostic === 'databaseIsBehind') {
        log(`pending: ${history.unappliedMigrationNames.join(', ')}`);
      } else if (history.diagnostic === 'migrationsDirectoryIsBehind') {
        log(`applied but missing from prisma/migrations: ${history.unpersistedMigrationNames.join(', ')}`);
      } else {
        log(
          `histories diverge after ${history.lastCommonMigrationName ?? '(start)'}: ` +
            `pending ${history.unappliedMigrationNames.join(', ') || '-'}; ` +
            `unknown ${history.unpersistedMigrationNames.join(', ') || '-'}`,
        );
      }
      return history || status.failedMigrationNames.length ? 1 : 0;
    }
    default:
      console.error(usage);
      return command ? 2 : 0;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof MigrationError ? error.message : error);
    process.exitCode = 1;
  },
);
