// The one place the benchmarks read the environment (listed in the README, "Environment variables").

/** bench/import.ts: rows in the generated file, and its format. */
export const ROWS = Number(process.env.ROWS ?? 100_000);
export const FORMAT: 'csv' | 'xlsx' = process.env.FORMAT === 'xlsx' ? 'xlsx' : 'csv';

/** bench/list-page.ts and bench/assessment.ts: requests to time (the default differs per benchmark). */
export const requests = (fallback: number): number => Number(process.env.REQUESTS ?? fallback);

/** bench/list-page.ts: rows per page. */
export const PER_PAGE = Number(process.env.PER_PAGE ?? 50);

/** bench/aggregates.ts: the PostgreSQL server it creates its scratch databases on, and the result counts to generate. */
export const BENCH_SERVER_URL = process.env.BENCH_SERVER_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
export const BENCH_RESULTS = (process.env.BENCH_RESULTS ?? '200000,1000000').split(',').map((n) => Number(n.trim()));
