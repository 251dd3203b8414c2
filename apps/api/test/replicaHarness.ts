// What replicas.test.ts starts and stops: API servers as their own processes, a round-robin proxy in front of them,
// and a PostgreSQL primary with a streaming standby made by pg_basebackup. Everything listens on 127.0.0.1 and
// is stopped, and its files removed, by the returned `stop`.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { childEnv, PG_BIN } from './testEnv.ts';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface ApiServer {
  url: string;
  port: number;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts `apps/api/src/server.ts` on `port` with `env` over this process's environment; resolves once /health answers 200. */
export async function startApiServer(port: number, env: Record<string, string>): Promise<ApiServer> {
  let log = '';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/server.ts'], {
    cwd: repoRoot,
    env: childEnv({
      PORT: String(port),
      HOST: '127.0.0.1',
      SSJ_NO_DEMO: '1',
      SSJ_ADMIN_DIST: path.join(os.tmpdir(), 'ssj-no-admin'),
      NODE_ENV: 'production',
      ...env,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API server on ${port} exited:\n${log}`);
    try {
      if ((await fetch(`${url}/health`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`API server on ${port} did not start:\n${log}`);
    }
    await sleep(250);
  }
  return { url, port, output: () => log, stop };
}

export interface RoundRobinProxy {
  url: string;
  /** Which upstream (index) served each request, in order. */
  served: number[];
  stop: () => Promise<void>;
}

/**
 * A reverse proxy that sends each request to the next upstream in turn (round robin), streaming both ways, and
 * names the upstream in `x-upstream` — what nginx or a cloud load balancer does, without stickiness.
 */
export function roundRobinProxy(port: number, upstreams: number[]): Promise<RoundRobinProxy> {
  let next = 0;
  const served: number[] = [];
  const server = http.createServer((req, res) => {
    const i = next++ % upstreams.length;
    served.push(i);
    // A connection per request (agent: false): a kept-alive one can be closed by the server's keep-alive timeout just
    // as the next request is sent on it (ECONNRESET, answered 502 here).
    const up = http.request({ host: '127.0.0.1', port: upstreams[i], method: req.method, path: req.url, headers: req.headers, agent: false }, (ur) => {
      res.writeHead(ur.statusCode ?? 502, { ...ur.headers, 'x-upstream': String(i) });
      ur.pipe(res);
    });
    up.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(up);
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${port}`,
        served,
        stop: () => new Promise<void>((r) => server.close(() => r())),
      }),
    ),
  );
}

/** Runs a PostgreSQL server program, as the `postgres` OS user when this process is root (the server refuses root). */
function pg(program: string, args: string[]): string {
  const bin = path.join(PG_BIN, program);
  const asRoot = process.getuid?.() === 0;
  return execFileSync(asRoot ? 'runuser' : bin, asRoot ? ['-u', 'postgres', '--', bin, ...args] : args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export interface StreamingPair {
  primaryUrl: (db: string) => string;
  replicaUrl: (db: string) => string;
  stop: () => Promise<void>;
}

/**
 * A primary of our own (initdb: its pg_hba.conf allows replication connections from 127.0.0.1, and wal_level is
 * `replica` by default) on `primaryPort`, and a hot standby of it made with `pg_basebackup -R -X stream` on
 * `replicaPort`; what is written to the primary afterwards (databases included) streams to it.
 */
export async function startStreamingPair(primaryPort: number, replicaPort: number): Promise<StreamingPair> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-replica-'));
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir]);
  fs.chmodSync(dir, 0o700);
  const primary = path.join(dir, 'primary');
  const replica = path.join(dir, 'replica');
  const started: string[] = [];
  const stop = async () => {
    for (const d of started.reverse()) {
      try {
        pg('pg_ctl', ['-D', d, '-m', 'fast', '-w', 'stop']);
      } catch {
        // already stopped
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const options = (port: number) => `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
  try {
    pg('initdb', ['-D', primary, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
    pg('pg_ctl', ['-D', primary, '-o', options(primaryPort), '-l', path.join(dir, 'primary.log'), '-w', 'start']);
    started.push(primary);
    pg('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', replica, '-R', '-X', 'stream', '-c', 'fast']);
    pg('pg_ctl', ['-D', replica, '-o', options(replicaPort), '-l', path.join(dir, 'replica.log'), '-w', 'start']);
    started.push(replica);
  } catch (e) {
    await stop();
    throw e;
  }
  return {
    primaryUrl: (db) => `postgresql://postgres@127.0.0.1:${primaryPort}/${db}`,
    replicaUrl: (db) => `postgresql://postgres@127.0.0.1:${replicaPort}/${db}`,
    stop,
  };
}

/** Copies database `from` (a URL) into the new database `to` (a URL on another server) with pg_dump | psql. */
export function copyDatabase(from: string, to: string): void {
  const dump = execFileSync(path.join(PG_BIN, 'pg_dump'), ['--no-owner', '--no-privileges', '-d', from], { maxBuffer: 1 << 30 });
  execFileSync(path.join(PG_BIN, 'psql'), ['-q', '-v', 'ON_ERROR_STOP=1', '-d', to], { input: dump, stdio: ['pipe', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
}
