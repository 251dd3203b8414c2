// The holiday calendar the domain's working-day functions take: the lead unit's entries and declared
// years from the database, overlaid on the chinese-days package (rule 20).
import type { HolidayCalendar } from '@ssj/domain';
import type { Prisma } from '@ssj/db/client';
import { fromDateColumn } from './dateColumn.ts';

export async function loadHolidayCalendar(db: Pick<Prisma.TransactionClient, 'calendarYear' | 'calendarEntry'>): Promise<HolidayCalendar> {
  const [years, entries] = await Promise.all([
    db.calendarYear.findMany({ select: { year: true } }),
    db.calendarEntry.findMany({ select: { date: true, kind: true, name: true } }),
  ]);
  return {
    years: years.map((y) => y.year),
    entries: entries.map((e) => ({ date: fromDateColumn(e.date), kind: e.kind, name: e.name })),
  };
}

const perRequest = new WeakMap<object, Promise<HolidayCalendar>>();

/** The calendar loaded once per request (a page of results each showing its countdown reads it once). */
export function requestCalendar(ctx: { prisma: Pick<Prisma.TransactionClient, 'calendarYear' | 'calendarEntry'> }): Promise<HolidayCalendar> {
  let p = perRequest.get(ctx);
  if (!p) {
    p = loadHolidayCalendar(ctx.prisma);
    perRequest.set(ctx, p);
  }
  return p;
}

/** Makes `calendar` the one requestCalendar gives for `ctx` (a calendar read once for several contexts). */
export function seedRequestCalendar(ctx: object, calendar: Promise<HolidayCalendar>): void {
  if (!perRequest.has(ctx)) perRequest.set(ctx, calendar);
}
