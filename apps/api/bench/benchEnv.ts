// The one place the benchmarks read the environment (listed in the README, "Environment variables").

/** bench/import.ts: rows in the generated file, and its format. */
export const ROWS = Number(process.env.ROWS ?? 100_000);
export const FORMAT: 'csv' | 'xlsx' = process.env.FORMAT === 'xlsx' ? 'xlsx' : 'csv';

/** bench/list-page.ts and bench/assessment.ts: requests to time (the default differs per benchmark). */
export const requests = (fallback: number): number => Number(process.env.REQUESTS ?? fallback);

/** bench/list-page.ts: rows per page. */
export const PER_PAGE = Number(process.env.PER_PAGE ?? 50);

/** bench/draw.ts: candidate counts to draw over (comma-separated), and the PostgreSQL server to make scratch databases on. */
export const DRAW_TARGETS = (process.env.DRAW_TARGETS ?? '100000,1000000').split(',').map((s) => Number(s.trim()));
export const BENCH_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
/** bench/aggregates.ts: the result counts to generate (its scratch databases go on BENCH_DATABASE_URL too). */
export const BENCH_RESULTS = (process.env.BENCH_RESULTS ?? '200000,1000000').split(',').map((n) => Number(n.trim()));
/**
 * bench/aggregates.ts: an existing database to measure instead of generating scratch ones (a copy of a `seed:scale`
 * database, e.g. postgresql://…/ssj_scale_<you>): nothing is generated or dropped; its write step toggles the
 * triggers and the rebuild repairs what that left, so give it a copy, never the database others read.
 */
export const BENCH_AGG_DATABASE = process.env.BENCH_AGG_DATABASE;
/** bench/scale.ts: the environment the child API server inherits (its database, port and mode set over it). */
export const inheritedEnv = (): NodeJS.ProcessEnv => ({ ...process.env });
