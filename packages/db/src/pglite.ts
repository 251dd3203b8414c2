// Embedded PostgreSQL (PGlite, PostgreSQL compiled to WASM).
//
// Opening a PGlite costs: compiling two WASM modules, unpacking its 6 MB file-system bundle, and — for a
// new database — running `initdb` (3–6 s here). The first two are cached per process below; the third is
// avoided by tests, which start from a migrated data-folder dump (see `testing.ts`).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { noTemplate, templateCacheDirSetting } from './env.ts';
import { repoRoot } from './paths.ts';

export { PGlite };

const require = createRequire(import.meta.url);

/** The part of the `WebAssembly` global used here (@types/node 20 does not declare it). */
export interface WasmGlobal {
  compile(bytes: Uint8Array): Promise<WasmModule>;
  instantiate(module: WasmModule, imports: Record<string, unknown>): Promise<{ exports: Record<string, unknown> }>;
}
export type WasmModule = object & { readonly __wasmModule?: never };
export const wasm = (globalThis as unknown as { WebAssembly: WasmGlobal }).WebAssembly;

interface PGliteArtifacts {
  pgliteWasmModule: WasmModule;
  initdbWasmModule: WasmModule;
  fsBundle: Blob;
}

let artifacts: Promise<PGliteArtifacts> | undefined;

/** The compiled PGlite WASM modules and FS bundle, loaded once per process. */
export function loadPGliteArtifacts(): Promise<PGliteArtifacts> {
  artifacts ??= (async () => {
    const dist = path.dirname(require.resolve('@electric-sql/pglite'));
    const [pglite, initdb, bundle] = await Promise.all([
      fs.promises.readFile(path.join(dist, 'pglite.wasm')),
      fs.promises.readFile(path.join(dist, 'initdb.wasm')),
      fs.promises.readFile(path.join(dist, 'pglite.data')),
    ]);
    const [pgliteWasmModule, initdbWasmModule] = await Promise.all([wasm.compile(pglite), wasm.compile(initdb)]);
    return { pgliteWasmModule, initdbWasmModule, fsBundle: new Blob([bundle]) };
  })();
  artifacts.catch(() => {
    artifacts = undefined;
  });
  return artifacts;
}

export function isMemoryDataDir(dataDir: string): boolean {
  return dataDir === 'memory://' || dataDir.startsWith('memory://');
}

/** PGlite's version, part of every template key (data folders are not portable across versions). */
export function pgliteVersion(): string {
  const pkg = path.join(path.dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json');
  return (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string }).version;
}

/**
 * Where data-folder templates are cached: `$SSJ_DB_CACHE_DIR`, default `<repo>/node_modules/.cache/ssj-db`
 * (never committed; a fresh clone rebuilds them once).
 */
export function templateCacheDir(): string {
  return templateCacheDirSetting() ?? path.join(repoRoot, 'node_modules', '.cache', 'ssj-db');
}

const templates = new Map<string, Promise<Blob>>();

/**
 * A PGlite data-folder dump cached on disk under `key` (plus the PGlite version), built by `build` the
 * first time. One process builds it (a lock file next to it); the others wait for its file, and build it themselves
 * only if that process goes without leaving one; the file is replaced atomically. With a
 * `kind` (a file-name prefix), building one also removes that kind's dumps unused for a day: the demo's key
 * changes with every edit of its sources, and each dump is several MB.
 *
 * On disk a dump is gzipped (the demo: 7 MB); in memory it is kept unpacked (64 MB), so the process gunzips it
 * once: PGlite, given the gzipped one, first failed to read it as a tar and then gunzipped it again for every
 * database opened from it (≈ 0.4 of the ≈ 1.2 s of CPU an API test file spends opening its copy of the demo).
 */
export function cachedTemplate(key: string, build: () => Promise<Blob>, kind = 'template'): Promise<Blob> {
  const file = cachedTemplateFile(key, kind);
  let template = templates.get(file);
  if (!template) {
    template = (async () => {
      if (kind !== 'template') removeStale(kind, file);
      for (;;) {
        if (fs.existsSync(file)) return unpacked(await fs.promises.readFile(file));
        // Another process building the same dump (the API tests' global setup starts the demo's without waiting
        // for it, and the test workers then ask for it): wait for its file instead of building it a second time.
        const lock = lockFile(file);
        if (lock === 'taken') {
          await new Promise((resolve) => setTimeout(resolve, 100));
          continue;
        }
        try {
          const gzipped = new Uint8Array(await (await build()).arrayBuffer());
          try {
            const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
            await fs.promises.writeFile(tmp, gzipped);
            await fs.promises.rename(tmp, file);
          } catch (error) {
            console.warn(`[db] could not cache the database template in ${file}:`, error);
          }
          return unpacked(gzipped);
        } finally {
          if (lock) fs.rmSync(lock, { force: true });
        }
      }
    })();
    template.catch(() => templates.delete(file));
    templates.set(file, template);
  }
  return template;
}

/**
 * Claim the building of `file` for this process: `<file>.lock` created holding its pid. 'taken' while another live
 * process holds it (a lock whose process is gone, or older than 10 minutes, is removed, to be claimed at the next
 * look); null when the cache folder cannot be written (build without a claim, as before).
 */
function lockFile(file: string): string | 'taken' | null {
  const lock = `${file}.lock`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
    return lock;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return null;
  }
  try {
    const pid = Number(fs.readFileSync(lock, 'utf8'));
    const age = Date.now() - fs.statSync(lock).mtimeMs;
    // An empty lock: its process is between creating and writing it. This process's own: left by a build of an
    // earlier run of the same pid (within a process, `templates` builds each dump once).
    if (pid ? pid !== process.pid && isAlive(pid) && age < 600_000 : age < 10_000) return 'taken';
    fs.rmSync(lock, { force: true });
  } catch {
    // removed meanwhile: its builder finished (or failed), look again
  }
  return 'taken';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Where `cachedTemplate` keeps the dump of `key`: `<cache>/<kind>-<hash of key and PGlite's version>.tar.gz`. */
export function cachedTemplateFile(key: string, kind = 'template'): string {
  const fullKey = createHash('sha256').update(`pglite ${pgliteVersion()}\n${key}`).digest('hex').slice(0, 20);
  return path.join(templateCacheDir(), `${kind}-${fullKey}.tar.gz`);
}

/** A gzipped dump as the plain tar PGlite's `loadDataDir` reads without unpacking (a Blob without a gzip type). */
const unpacked = (gzipped: Uint8Array): Blob => new Blob([gunzipSync(gzipped)]);

/** Remove the `kind` dumps other than `keep` not read or written for a day. */
function removeStale(kind: string, keep: string): void {
  const dir = path.dirname(keep);
  try {
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name);
      if (file === keep || !name.startsWith(`${kind}-`) || !name.endsWith('.tar.gz')) continue;
      const { atimeMs, mtimeMs } = fs.statSync(file);
      if (Date.now() - Math.max(atimeMs, mtimeMs) > 86_400_000) fs.rmSync(file, { force: true });
    }
  } catch {
    // no cache folder yet, or a file another run removed first
  }
}

/** Dump a (quiesced) database for `loadDataDir`. CHECKPOINT first, so loading needs no WAL replay. */
export async function dumpPGlite(pglite: PGlite): Promise<Blob> {
  await pglite.exec('CHECKPOINT');
  return pglite.dumpDataDir('gzip');
}

/** A freshly initialised empty database, as a dump: `initdb` runs once per machine instead of per open. */
function emptyTemplate(): Promise<Blob> {
  return cachedTemplate('empty', async () => {
    const pglite = await newPGlite({ dataDir: 'memory://' });
    try {
      return await dumpPGlite(pglite);
    } finally {
      await pglite.close();
    }
  });
}

export interface OpenPGliteOptions {
  /** A folder (created if missing), or `memory://` for a throw-away in-memory database. */
  dataDir: string;
  /** Start from this data-folder dump (`pglite.dumpDataDir()`); only for a new (empty) data folder. */
  loadDataDir?: Blob;
  /** Extra PGlite options. */
  pgliteOptions?: Omit<PGliteOptions, 'dataDir' | 'loadDataDir'>;
}

/**
 * Open (creating if needed) an embedded database and wait until it is ready. Creates the data folder's
 * parent first: PGlite fails when it does not exist.
 */
export async function openPGlite(options: OpenPGliteOptions): Promise<PGlite> {
  // A new database starts from the cached empty template: ~1 s instead of 3–6 s of initdb.
  const isNew = isMemoryDataDir(options.dataDir) || !fs.existsSync(path.join(options.dataDir, 'PG_VERSION'));
  if (isNew && !options.loadDataDir && !noTemplate()) {
    return newPGlite({ ...options, loadDataDir: await emptyTemplate() });
  }
  return newPGlite(options);
}

/**
 * Settings of an in-memory database, on top of PGlite's own: it is gone when the process ends, so there is no crash
 * to recover from and no standby to feed, and the write-ahead log needs no full-page images, no more than minimal
 * detail, and no wait at commit. Each of its writes then costs less CPU (a test file writing on the demo copy: about
 * 30% less). A database in a folder keeps PostgreSQL's defaults.
 */
export const MEMORY_START_PARAMS: readonly string[] = [
  ...['full_page_writes=off', 'wal_level=minimal', 'max_wal_senders=0', 'synchronous_commit=off'].flatMap((s) => ['-c', s]),
];

async function newPGlite(options: OpenPGliteOptions): Promise<PGlite> {
  const { dataDir } = options;
  if (!isMemoryDataDir(dataDir)) {
    fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  }
  const cached = await loadPGliteArtifacts();
  const pglite = new PGlite({
    ...cached,
    ...(isMemoryDataDir(dataDir) ? { startParams: [...PGlite.defaultStartParams, ...MEMORY_START_PARAMS] } : {}),
    ...options.pgliteOptions,
    dataDir: isMemoryDataDir(dataDir) ? dataDir : path.resolve(dataDir),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  await pglite.waitReady;
  return pglite;
}
