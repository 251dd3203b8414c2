// Background work that outlives a request and may run on any API replica (issue 14: replicas that share nothing):
// imports today; publication delivery and reminders can register their own tasks the same way.
//
// On PostgreSQL the queue is graphile-worker: jobs are rows in its `graphile_worker` schema, taken with
// `FOR UPDATE SKIP LOCKED` and announced with LISTEN/NOTIFY, so whichever replica is free runs a job another one
// queued. It needs a pool of real connections, which the embedded database (PGlite: one in-process connection, no
// LISTEN across processes) does not have; there the in-process queue below keeps the same interface with its jobs
// as rows of our own table (`QueuedJob`), so queued work survives a restart and can be read from the database.
// Either way a task's own state (an import's progress and outcome) lives in the database, not in the queue.
import { Logger, run, runMigrations, type Runner } from 'graphile-worker';
import type { PrismaClient } from '@ssj/db';
import { clock } from '../clock.ts';

export type TaskPayload = Record<string, unknown>;
export type TaskHandler = (payload: TaskPayload) => Promise<void>;
export interface AddOptions {
  runAt?: Date;
  jobKey?: string;
}

export interface JobQueue {
  readonly kind: 'graphile-worker' | 'in-process';
  /** Registers the handler of a task (before `start`). */
  register(task: string, handler: TaskHandler): void;
  /**
   * Queues a job; a failed job is not retried (the task records its own failure). `runAt` delays it; a `jobKey`
   * replaces a job with the same key that has not started yet (one pending job per key, e.g. per receiver).
   */
  add(task: string, payload: TaskPayload, options?: AddOptions): Promise<void>;
  /** Starts taking jobs: from now on this process runs jobs that any process queued. */
  start(): Promise<void>;
  /** Stops taking jobs and waits for the running ones. */
  stop(): Promise<void>;
}

/** graphile-worker's own messages: warnings and errors only (it logs every job at info). */
const quietLogger = new Logger(() => (level, message) => {
  if (level === 'error' || level === 'warning') console.warn(`[queue] ${message}`);
});

export interface GraphileQueueOptions {
  connectionString: string;
  /**
   * The tables' owner's connection (MIGRATION_DATABASE_URL): installs or updates the `graphile_worker` schema
   * before the application's role, which may create nothing, connects (README "PostgreSQL").
   */
  migrationConnectionString?: string | undefined;
  /** Jobs this process runs at once (default 2: an import's commit holds one connection for minutes). */
  concurrency?: number;
}

export function graphileQueue(options: GraphileQueueOptions): JobQueue {
  const tasks: Record<string, (payload: unknown) => Promise<void>> = {};
  let runner: Runner | null = null;
  return {
    kind: 'graphile-worker',
    register(task, handler) {
      tasks[task] = (payload) => handler(payload as TaskPayload);
    },
    async add(task, payload, o) {
      if (!runner) throw new Error('the job queue is not started');
      await runner.addJob(task, payload, {
        maxAttempts: 1,
        ...(o?.runAt ? { runAt: o.runAt } : {}),
        ...(o?.jobKey ? { jobKey: o.jobKey, jobKeyMode: 'replace' } : {}),
      });
    },
    async start() {
      if (runner) return;
      if (options.migrationConnectionString) await runMigrations({ connectionString: options.migrationConnectionString, logger: quietLogger });
      runner = await run({
        connectionString: options.connectionString,
        concurrency: options.concurrency ?? 2,
        taskList: tasks,
        noHandleSignals: true,
        pollInterval: 2000,
        logger: quietLogger,
      });
    },
    async stop() {
      const r = runner;
      runner = null;
      await r?.stop();
    },
  };
}

/** The embedded database's queue: jobs run in this process, recorded in `QueuedJob` until they finish. */
export function inProcessQueue(prisma: PrismaClient): JobQueue {
  const tasks: Record<string, TaskHandler> = {};
  const running = new Set<Promise<void>>();
  /** Delayed jobs waiting for their time, and the pending job of each key (removed when it starts). */
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const keyed = new Map<string, string>();
  let stopped = false;

  async function runJob(id: string) {
    const job = await prisma.queuedJob.update({ where: { id }, data: { lockedAt: new Date(), attempts: { increment: 1 } } });
    const handler = tasks[job.task];
    try {
      if (!handler) throw new Error(`no handler for task ${job.task}`);
      await handler(job.payload as TaskPayload);
      await prisma.queuedJob.delete({ where: { id } });
    } catch (e) {
      // Kept, with its error, for whoever looks; not retried (as maxAttempts: 1 on graphile-worker).
      console.error(`[queue] ${job.task} failed`, e);
      await prisma.queuedJob.update({
        where: { id },
        data: { lockedAt: null, lastError: String(e instanceof Error ? (e.stack ?? e.message) : e).slice(0, 4000) },
      });
    }
  }

  function schedule(id: string, delayMs = 0) {
    if (delayMs > 0) {
      timers.set(
        id,
        setTimeout(() => {
          timers.delete(id);
          if (!stopped) schedule(id);
        }, delayMs),
      );
      return;
    }
    for (const [key, jobId] of keyed) if (jobId === id) keyed.delete(key);
    const p: Promise<void> = runJob(id)
      .catch((e: unknown) => console.error('[queue] job bookkeeping failed', e))
      .finally(() => running.delete(p));
    running.add(p);
  }

  return {
    kind: 'in-process',
    register(task, handler) {
      tasks[task] = handler;
    },
    async add(task, payload, o) {
      if (stopped) throw new Error('the job queue is stopped');
      const previous = o?.jobKey ? keyed.get(o.jobKey) : undefined;
      if (previous && timers.has(previous)) {
        clearTimeout(timers.get(previous));
        timers.delete(previous);
        await prisma.queuedJob.deleteMany({ where: { id: previous } });
      }
      const row = await prisma.queuedJob.create({ data: { task, payload: payload as object } });
      if (o?.jobKey) keyed.set(o.jobKey, row.id);
      schedule(row.id, o?.runAt ? o.runAt.getTime() - clock.now().getTime() : 0);
    },
    async start() {
      // One process per embedded database: a job still here was cut short by a restart (or never started); run it.
      const left = await prisma.queuedJob.findMany({ where: { lastError: null }, select: { id: true }, orderBy: { createdAt: 'asc' } });
      for (const { id } of left) schedule(id);
    },
    async stop() {
      stopped = true;
      // A delayed job stays in QueuedJob and runs at the next start (its task decides whether it is due).
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
      while (running.size) await Promise.allSettled([...running]);
    },
  };
}
