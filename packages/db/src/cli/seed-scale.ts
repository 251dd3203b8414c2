#!/usr/bin/env tsx
// Fills a PostgreSQL database named ssj_scale_* with a province-sized history (seed/scale.ts): creates the database
// when missing (or drops and recreates it with --fresh), applies the migrations, loads the demo data, then
// generates the history in one transaction by set-based SQL and analyses the tables.
//
//   npm run seed:scale -w @ssj/db -- --targets 1000000 --results 1000000 \
//       --database-url postgresql://postgres@127.0.0.1:5432/ssj_scale_1m [--tasks 100000] [--years 6] [--units 0] [--fresh]
//
// Only a database whose name starts with ssj_scale is touched, so a typo cannot fill (or drop) a real one.
import { parseSeedScaleArgs, seedScale } from '../seed/scaleRun.ts';

Promise.resolve()
  .then(() => seedScale(parseSeedScaleArgs(process.argv.slice(2))))
  .then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
