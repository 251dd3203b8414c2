// A PostgreSQL `date` column, as Prisma reads and writes it, is a JavaScript Date at 00:00 UTC of that civil day.
// The domain and the GraphQL schema speak ISO `YYYY-MM-DD` strings. These two functions are the only conversions
// between the two, so no resolver builds `…T00:00:00Z` strings or slices ISO timestamps on its own (and none can
// read a column in the server's local time zone by mistake).
import { isoDay } from '@ssj/domain';

/** The value to store in a `date` column for the ISO day `day` (`YYYY-MM-DD`, already validated). */
export const toDateColumn = (day: string): Date => new Date(`${day}T00:00:00Z`);

/** The ISO day (`YYYY-MM-DD`) a `date` column holds. */
export const fromDateColumn: (value: Date) => string = isoDay;
