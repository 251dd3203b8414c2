// Running the scale generator (seed/scale.ts) on a database of its own: the command line's flags, creating (or
// recreating) the ssj_scale_* database, migrations and demo data first, one transaction, VACUUM ANALYZE after.
// Used by `npm run seed:scale -w @ssj/db` (cli/seed-scale.ts) and by the API's scale benchmark.
import pg from 'pg';
import { openDatabase, redactUrl } from '../index.ts';
import { loadDemoData } from './index.ts';
import { generateScaleData, scaleRowsPresent } from './scale.ts';

export { creditCodeSql, generateScaleData, type ScaleOptions, type SqlSession } from './scale.ts';

export interface SeedScaleArgs {
  databaseUrl: string;
  targets: number;
  results: number;
  tasks?: number;
  years?: number;
  units?: number;
  fresh: boolean;
}

export function parseSeedScaleArgs(argv: string[]): SeedScaleArgs {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) throw new Error(`Unexpected argument ${a}`);
    const [k, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
    if (k === 'fresh') flags.set(k, 'true');
    else flags.set(k, inline ?? argv[++i] ?? '');
  }
  const num = (k: string, fallback?: number) => {
    const v = flags.get(k);
    if (v === undefined) return fallback;
    const n = Number(v.replace(/_/g, ''));
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${k} must be a number ≥ 0, not ${v}`);
    return n;
  };
  const databaseUrl = flags.get('database-url') ?? 'postgresql://postgres@127.0.0.1:5432/ssj_scale';
  for (const k of flags.keys()) {
    if (!['database-url', 'targets', 'results', 'tasks', 'years', 'units', 'fresh'].includes(k)) throw new Error(`Unknown flag --${k}`);
  }
  return {
    databaseUrl,
    targets: num('targets', 50_000)!,
    results: num('results', 50_000)!,
    ...(flags.has('tasks') ? { tasks: num('tasks')! } : {}),
    ...(flags.has('years') ? { years: num('years')! } : {}),
    ...(flags.has('units') ? { units: num('units')! } : {}),
    fresh: flags.get('fresh') === 'true',
  };
}

/** The database name of a postgres URL, refused unless it is a scale database. */
export function scaleDatabaseName(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (!/^postgres(ql)?:$/.test(url.protocol)) throw new Error('seed:scale needs a PostgreSQL server URL (postgresql://…).');
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!/^ssj_scale[a-z0-9_]*$/.test(name)) throw new Error(`Refusing database "${name}": seed:scale only fills databases named ssj_scale_*.`);
  return name;
}

/** Creates (or with `fresh`, drops and recreates) the scale database through the server's `postgres` database. */
export async function ensureScaleDatabase(databaseUrl: string, fresh: boolean): Promise<boolean> {
  const name = scaleDatabaseName(databaseUrl);
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    if (fresh) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE "${name}"`);
    return true;
  } finally {
    await client.end();
  }
}

/** The whole run; returns the number of generated targets present afterwards. */
export async function seedScale(a: SeedScaleArgs, log: (line: string) => void = console.log): Promise<void> {
  const createdDb = await ensureScaleDatabase(a.databaseUrl, a.fresh);
  log(`数据库 / Database: ${redactUrl(a.databaseUrl)}${createdDb ? ' (created)' : ''}`);
  const started = performance.now();
  const db = await openDatabase({ databaseUrl: a.databaseUrl, logger: () => {} });
  try {
    if (await loadDemoData(db.prisma)) log('  demo data loaded');
  } finally {
    await db.close();
  }
  const client = new pg.Client({ connectionString: a.databaseUrl });
  await client.connect();
  try {
    const present = await scaleRowsPresent(client);
    if (present > 0) {
      log(`The database already holds ${present} generated targets; nothing generated (pass --fresh to start over).`);
      return;
    }
    log(`Generating ${a.targets} targets and ${a.results} task targets with results…`);
    await client.query('BEGIN');
    await generateScaleData(client, {
      targets: a.targets,
      results: a.results,
      ...(a.tasks !== undefined ? { tasks: a.tasks } : {}),
      ...(a.years !== undefined ? { years: a.years } : {}),
      ...(a.units !== undefined ? { units: a.units } : {}),
      log,
    });
    await client.query('COMMIT');
    const t0 = performance.now();
    await client.query('VACUUM ANALYZE');
    log(`  vacuum analyze ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const { rows } = await client.query(`SELECT
      (SELECT count(*) FROM "Target")::int AS targets, (SELECT count(*) FROM "Task")::int AS tasks,
      (SELECT count(*) FROM "Result")::int AS results, (SELECT count(*) FROM "FollowUp")::int AS "followUps",
      pg_size_pretty(pg_database_size(current_database())) AS size`);
    const r = rows[0];
    log(
      `Done in ${((performance.now() - started) / 1000).toFixed(0)} s: ${r.targets} targets, ${r.tasks} tasks, ${r.results} results, ` +
        `${r.followUps} follow-ups; database ${r.size}.`,
    );
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
