// The one place the API's tests read the environment (listed in the README, "Environment variables").

/** A PostgreSQL server to run the tests on (each test creates and drops its own database); unset: PGlite. */
export const TEST_DATABASE_URL: string | undefined = process.env.TEST_DATABASE_URL || undefined;

/** The fuzzing (fuzzing.ts) runs every FUZZ_SAMPLE-th generated case (default 3; 1 runs them all). */
export const FUZZ_SAMPLE = Number(process.env.FUZZ_SAMPLE ?? 3);

/** PostgreSQL's server programs (initdb, pg_ctl, pg_basebackup) for the read-replica test (replicas.test.ts). */
export const PG_BIN: string = process.env.SSJ_PG_BIN || '/usr/lib/postgresql/15/bin';

/**
 * The environment of an API server a test starts as its own process: this one's, with `vars` over it, but without
 * the tests' bcrypt cost (SSJ_PASSWORD_ROUNDS=4, vitest.config.ts): such a server runs as in production
 * (NODE_ENV=production refuses a cost below 10) and hashes at its default; it checks the demo's cost-4 hashes as
 * any other (bcrypt reads the cost from the hash).
 */
export const childEnv = (vars: Record<string, string>): NodeJS.ProcessEnv => {
  const { SSJ_PASSWORD_ROUNDS: _testRounds, ...inherited } = process.env;
  return { ...inherited, ...vars };
};

/** A folder for documents.test.ts to leave each rendered PDF and its pages as PNG (pdftoppm) in, to look at; unset: none. */
export const PDF_SHOTS: string | undefined = process.env.PDF_SHOTS || undefined;
