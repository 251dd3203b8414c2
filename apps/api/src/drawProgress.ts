// Progress of a draw's long steps (issue 14: at a million candidates the preview, the draw and the lock take seconds
// to minutes), for the draw page to poll while its request runs. Nothing is written: the running transaction names
// its step in its connection's application_name (set_config(…, true): local to the transaction, gone at its end),
// which every connection to the same PostgreSQL — any API replica — reads in pg_stat_activity; the process running
// the step also keeps it in memory (the embedded database has one connection, busy with the step itself).
import type { Prisma, PrismaClient } from '@ssj/db/client';

type Db = Pick<Prisma.TransactionClient, '$queryRaw'>;

/** The steps a draw page can show, in the order they run. */
export const DRAW_STEPS = ['FREEZE', 'HASH', 'CENSUS', 'RANK', 'RECORD', 'CHECK', 'DISPATCH'] as const;
export type DrawStep = (typeof DRAW_STEPS)[number];
export type DrawProgress = { step: DrawStep; done: number; total: number };

const PREFIX = 'ssj-draw:';
const running = new Map<string, DrawProgress>();

/** Reports that the task's draw transaction is at `step` (done of total units; 0/0 when not counted). */
export async function reportProgress(db: Db, taskId: string, step: DrawStep, done = 0, total = 0): Promise<void> {
  running.set(taskId, { step, done, total });
  // application_name holds 63 bytes: the prefix, a 25-character id and the step fit.
  await db.$queryRaw`SELECT set_config('application_name', ${`${PREFIX}${taskId}:${step}:${done}/${total}`}, true)`;
}

/** Runs `fn` (a draw step's transaction) and forgets its progress when it ends. */
export async function withProgress<T>(taskId: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } finally {
    running.delete(taskId);
  }
}

/**
 * The step the task's draw is at now: as this process reported it (unless `here` is false) or as any connection to
 * the database shows it (another replica's draw); null when none runs.
 */
export async function drawProgress(prisma: Pick<PrismaClient, '$queryRaw'>, taskId: string, { here = true } = {}): Promise<DrawProgress | null> {
  const local = here ? running.get(taskId) : undefined;
  if (local) return local;
  const rows = await prisma.$queryRaw<{ name: string }[]>`
    SELECT application_name AS name FROM pg_stat_activity WHERE starts_with(application_name, ${`${PREFIX}${taskId}:`}) LIMIT 1`;
  const m = /:([A-Z]+):(\d+)\/(\d+)$/.exec(rows[0]?.name ?? '');
  if (!m || !(DRAW_STEPS as readonly string[]).includes(m[1]!)) return null;
  return { step: m[1] as DrawStep, done: Number(m[2]), total: Number(m[3]) };
}
