// The job queue's own tables (graphile-worker's `graphile_worker` schema, apps/api/src/jobs/queue.ts) on a
// PostgreSQL server. Installed by `db:migrate` with the owner's connection, so that a server connecting as the
// application's role, which may create nothing, finds them (README "PostgreSQL"); the server also installs or
// updates them at start when it holds a role that may. Graphile-worker keeps its own migration history in that schema.
import { runMigrations } from 'graphile-worker';

export const QUEUE_SCHEMA = 'graphile_worker';

export async function installQueueSchema(connectionString: string): Promise<void> {
  await runMigrations({ connectionString });
}
