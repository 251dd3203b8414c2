// The working-day calendar (rules 20, 22): the official schedule from the chinese-days package, plus the
// days the lead unit enters for years the package does not know yet (the State Council publishes each next
// year's schedule in November). A year counts only once the lead unit declares it complete; until then its
// days are provisional (the domain's national-holiday rules) and so is every deadline counted through them.
// Declaring a year settles those deadlines in the same transaction (provisionalDeadlines.ts).
import { CalendarDayKind, type Prisma } from '@ssj/db/client';
import {
  addCalendarDays,
  addWorkingDays,
  CALENDAR_DAY_KIND,
  dayInfo,
  isIsoDate,
  isKnownYear,
  knownYears,
  packageYears,
  type DayInfo,
  type HolidayCalendar,
  workingDaysBetween,
} from '@ssj/domain';
import { builder, DateScalar } from '../builder.ts';
import { clock } from '../clock.ts';
import { audit } from '../audit.ts';
import { domainCall, notFound, userError } from '../errors.ts';
import { loadHolidayCalendar } from '../holidayCalendar.ts';
import { listQueries } from '../listing.ts';
import { requireFields } from '../validation.ts';
import { labelled } from './enums.ts';
import { applySettlement, planSettlement, type DueDateChange } from '../provisionalDeadlines.ts';
import { fromDateColumn, toDateColumn } from '../dateColumn.ts';

const CalendarDayKindEnum = labelled('CalendarDayKind', '节假日安排类型 / Kind of calendar entry', CalendarDayKind, CALENDAR_DAY_KIND);

const DayKindEnum = builder.enumType('DayKind', {
  description: '日期类型 / Kind of day',
  values: {
    WORKDAY: { description: '工作日 / Working day' },
    WEEKEND: { description: '周末 / Weekend' },
    HOLIDAY: { description: '法定节假日 / Public holiday' },
    MAKEUP_WORKDAY: { description: '调休上班日 / Make-up working day' },
  } as const,
});

const DayInfoRef = builder.objectRef<DayInfo>('DayInfo').implement({
  description: '某日是否为工作日及其依据 / Whether a day is a working day, and why',
  fields: (t) => ({
    date: t.field({ type: DateScalar, resolve: (d) => d.date }),
    working: t.exposeBoolean('working', { description: '是否工作日 / Working day' }),
    kind: t.field({ type: DayKindEnum, resolve: (d) => d.kind }),
    name: t.exposeString('name', { nullable: true, description: '节日名称 / Holiday name' }),
    source: t.exposeString('source', {
      description:
        'PACKAGE（国务院安排数据包）/ CALENDAR（本局录入）/ WEEKDAY_RULE（周一至周五规则）/ PROVISIONAL（年度未声明，按全国年节及纪念日放假办法暂定）',
    }),
    provisional: t.boolean({
      description: '暂定（该年度工作日历尚未声明） / Provisional: the year is not declared yet',
      resolve: (d) => d.source === 'PROVISIONAL',
    }),
  }),
});

export const CalendarEntryRef = builder.prismaObject('CalendarEntry', {
  description: '本局录入的节假日安排 / A holiday-schedule day entered by the lead unit',
  authScopes: { signedIn: true },
  select: { date: true },
  fields: (t) => ({
    id: t.id({ select: { date: true }, resolve: (e) => fromDateColumn(e.date) }),
    date: t.field({ type: DateScalar, select: { date: true }, resolve: (e) => e.date }),
    kind: t.field({ type: CalendarDayKindEnum, select: { kind: true }, resolve: (e) => e.kind }),
    name: t.exposeString('name', { nullable: true, description: '节日名称 / Holiday name' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const CalendarYearRef = builder.prismaObject('CalendarYear', {
  description: '已声明录入完成的年度 / A year whose schedule the lead unit declared complete',
  authScopes: { signedIn: true },
  select: { year: true },
  fields: (t) => ({
    id: t.id({ select: { year: true }, resolve: (y) => String(y.year) }),
    year: t.exposeInt('year'),
    note: t.exposeString('note', { nullable: true, description: '依据（如国务院办公厅通知文号） / Source, e.g. the State Council notice' }),
    declaredAt: t.expose('declaredAt', { type: 'DateTime' }),
  }),
});

const CalendarEntryFilter = builder.inputType('CalendarEntryFilter', {
  description: '节假日安排筛选 / Calendar entry filter',
  fields: (t) => ({ ids: t.idList({ required: false }), year: t.int({ required: false }), kind: t.field({ type: CalendarDayKindEnum, required: false }) }),
});

function entryWhere(f: typeof CalendarEntryFilter.$inferInput | null | undefined): Prisma.CalendarEntryWhereInput {
  return {
    ...(f?.ids ? { date: { in: f.ids.filter((d) => isIsoDate(String(d))).map((d) => toDateColumn(String(d))) } } : {}),
    ...(f?.year ? { date: { gte: toDateColumn(`${f.year}-01-01`), lt: toDateColumn(`${f.year + 1}-01-01`) } } : {}),
    ...(f?.kind ? { kind: f.kind } : {}),
  };
}

const YearStatus = builder
  .objectRef<{ year: number; known: boolean; fromPackage: boolean; declared: boolean; entries: number; provisionalDueDates: number }>('CalendarYearStatus')
  .implement({
    description: "某年度节假日数据状态 / Whether a year's holiday data is known",
    fields: (t) => ({
      year: t.exposeInt('year'),
      known: t.exposeBoolean('known', { description: '可计算工作日 / Working days can be computed' }),
      fromPackage: t.exposeBoolean('fromPackage', { description: '国务院安排已含在数据包中 / Covered by the holiday package' }),
      declared: t.exposeBoolean('declared', { description: '本局已声明录入完成 / Declared complete by the lead unit' }),
      entries: t.exposeInt('entries', { description: '本局录入的天数 / Days entered by the lead unit' }),
      provisional: t.boolean({
        description: '暂定：尚未声明，按法定节假日推算 / Provisional: not declared, counted from the statutory holidays',
        resolve: (y) => !y.known,
      }),
      provisionalDueDates: t.exposeInt('provisionalDueDates', {
        description: '目前暂定的截止日数（全部年度） / Due dates that are provisional now (all years)',
      }),
    }),
  });

const DueDateChangeRef = builder.objectRef<DueDateChange>('DueDateChange').implement({
  description: '声明年度后重新计算的暂定截止日 / A provisional due date counted again on the declared calendar',
  fields: (t) => ({
    entity: t.exposeString('entity', { description: 'Result / Review' }),
    entityId: t.exposeID('id', { description: '记录编号 / Record id' }),
    field: t.exposeString('field', { description: 'Result.dueOn（结果录入公示）/ Review.reviewDueOn（复查）/ Review.feedbackDueOn（反馈）' }),
    from: t.field({ type: DateScalar, description: '原暂定截止日 / Provisional due date', resolve: (c) => c.from }),
    to: t.field({ type: DateScalar, description: '重新计算后的截止日 / Due date on the declared calendar', resolve: (c) => c.to }),
    provisional: t.exposeBoolean('provisional', { description: '仍为暂定（还经过其他未声明年度） / Still provisional (another undeclared year)' }),
  }),
});

const DeclarationPreview = builder.objectRef<{ year: number; changes: DueDateChange[] }>('CalendarDeclarationPreview').implement({
  description: '声明年度工作日历前的预览：哪些暂定截止日会变化 / What declaring a year would change',
  fields: (t) => ({
    year: t.exposeInt('year'),
    provisionalDueDates: t.int({ description: '将重新计算的暂定截止日数 / Provisional due dates counted again', resolve: (p) => p.changes.length }),
    moving: t.int({ description: '其中日期变化的个数 / Of which move', resolve: (p) => p.changes.filter((c) => c.from !== c.to).length }),
    changes: t.field({
      type: [DueDateChangeRef],
      description: '日期变化的截止日（最多 200 条） / The due dates that move (first 200)',
      resolve: (p) => p.changes.filter((c) => c.from !== c.to).slice(0, 200),
    }),
  }),
});

/** Every holiday and make-up working day of a year (weekends follow from the weekday), for the year view. */
function specialDays(year: number, calendar: HolidayCalendar): DayInfo[] {
  const days: DayInfo[] = [];
  for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addCalendarDays(d, 1)) {
    const info = dayInfo(d, calendar);
    if (info.kind === 'HOLIDAY' || info.kind === 'MAKEUP_WORKDAY') days.push(info);
  }
  return days;
}

const checkYear = (year: number) => {
  if (!Number.isInteger(year) || year < 2000 || year > 2099) throw userError('VALIDATION.INVALID', '年度应在 2000 到 2099 之间', { field: 'year' });
};

/** The calendar as it would be with `year` declared. */
const withYear = (cal: HolidayCalendar, year: number): HolidayCalendar => ({ ...cal, years: [...cal.years, year] });

async function provisionalCount(db: Pick<Prisma.TransactionClient, 'result' | 'review'>): Promise<number> {
  const [results, reviews, feedbacks] = await Promise.all([
    db.result.count({ where: { dueProvisional: true } }),
    db.review.count({ where: { reviewDueProvisional: true } }),
    db.review.count({ where: { feedbackDueProvisional: true } }),
  ]);
  return results + reviews + feedbacks;
}

/** A calendar entry's id is its date (YYYY-MM-DD); anything else names no entry. */
const parseDate = (d: string) => (isIsoDate(d) ? toDateColumn(d) : null);

builder.queryFields((t) => ({
  today: t.field({
    type: DateScalar,
    description: "本局今天的日期（北京时间；演示和测试中可固定） / The bureau's today (Beijing; pinned in demos and tests)",
    resolve: () => clock.today(),
  }),
  ...listQueries(t, {
    model: 'CalendarEntry',
    plural: 'CalendarEntries',
    label: ['节假日安排', 'calendar entry', 'calendar entries'],
    filter: CalendarEntryFilter,
    where: (f) => entryWhere(f),
    sortable: { date: (dir) => ({ date: dir }), id: (dir) => ({ date: dir }) },
    fallback: { field: 'date', dir: 'asc' },
    // The date is the key: one entry a day.
    tieBreaker: { date: 'asc' },
    byId: (id) => {
      const date = parseDate(id);
      return date ? { date } : null;
    },
  }),
  calendarYears: t.field({
    type: [YearStatus],
    description: '各年度节假日数据状态（数据包年份、本局录入年份及其后一年） / Holiday data status per year',
    authScopes: { signedIn: true },
    resolve: async (_r, _a, ctx) => {
      const cal = await loadHolidayCalendar(ctx.prisma);
      const pkg = new Set(packageYears());
      const entryYears = cal.entries.map((e) => Number(e.date.slice(0, 4)));
      const last = Math.max(...pkg, ...cal.years, ...entryYears);
      const years = [...new Set([...[...pkg].slice(-3), ...cal.years, ...entryYears, last + 1])].sort((a, b) => a - b);
      const provisionalDueDates = await provisionalCount(ctx.prisma);
      return years.map((year) => ({
        provisionalDueDates,
        year,
        known: isKnownYear(year, cal),
        fromPackage: pkg.has(year),
        declared: cal.years.includes(year),
        entries: entryYears.filter((y) => y === year).length,
      }));
    },
  }),
  calendarYearDays: t.field({
    type: [DayInfoRef],
    description: "某年度的放假日和调休上班日（年度视图；未声明年度为暂定） / A year's days off and make-up working days (provisional for an undeclared year)",
    authScopes: { signedIn: true },
    args: { year: t.arg.int({ required: true }) },
    resolve: async (_r, args, ctx) => {
      checkYear(args.year);
      const cal = await loadHolidayCalendar(ctx.prisma);
      return domainCall(() => specialDays(args.year, cal));
    },
  }),
  calendarDeclarationPreview: t.field({
    type: DeclarationPreview,
    description: '声明年度工作日历前预览将重新计算的暂定截止日（管理员） / Which provisional due dates declaring the year would move (administrators)',
    authScopes: { admin: true },
    args: { year: t.arg.int({ required: true }) },
    resolve: async (_r, args, ctx) => {
      checkYear(args.year);
      const cal = await loadHolidayCalendar(ctx.prisma);
      return { year: args.year, changes: await ctx.prisma.$transaction((tx) => planSettlement(tx, withYear(cal, args.year))) };
    },
  }),
  knownCalendarYears: t.intList({
    description: '可计算工作日的年度 / Years whose working days are known',
    authScopes: { signedIn: true },
    resolve: async (_r, _a, ctx) => knownYears(await loadHolidayCalendar(ctx.prisma)),
  }),
  workingDay: t.field({
    type: DayInfoRef,
    description: '某日是否为工作日 / Whether a date is a working day',
    authScopes: { signedIn: true },
    args: { date: t.arg({ type: DateScalar, required: true }) },
    resolve: async (_r, args, ctx) => {
      const cal = await loadHolidayCalendar(ctx.prisma);
      return domainCall(() => dayInfo(args.date, cal));
    },
  }),
  addWorkingDays: t.field({
    type: DateScalar,
    description: '某日之后第 n 个工作日（当日不计） / The n-th working day after a date (the date itself not counted)',
    authScopes: { signedIn: true },
    args: { date: t.arg({ type: DateScalar, required: true }), days: t.arg.int({ required: true }) },
    resolve: async (_r, args, ctx) => {
      const cal = await loadHolidayCalendar(ctx.prisma);
      return domainCall(() => addWorkingDays(args.date, args.days, cal));
    },
  }),
  workingDaysBetween: t.int({
    description: '两日之间的工作日数（不含起始日，含截止日） / Working days after `from` up to and including `to`',
    authScopes: { signedIn: true },
    args: { from: t.arg({ type: DateScalar, required: true }), to: t.arg({ type: DateScalar, required: true }) },
    resolve: async (_r, args, ctx) => {
      const cal = await loadHolidayCalendar(ctx.prisma);
      return domainCall(() => workingDaysBetween(args.from, args.to, cal));
    },
  }),
}));

builder.mutationFields((t) => ({
  createCalendarEntry: t.prismaField({
    type: 'CalendarEntry',
    description: '录入一天的节假日安排（管理员） / Enter one day of the holiday schedule (administrators)',
    authScopes: { admin: true },
    args: {
      date: t.arg({ type: DateScalar, required: false }),
      kind: t.arg({ type: CalendarDayKindEnum, required: false }),
      name: t.arg.string({ required: false }),
    },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { date: '日期', kind: '类型' });
      const date = parseDate(args.date!)!; // the Date scalar has checked it
      return ctx.prisma.$transaction(async (tx) => {
        if (await tx.calendarEntry.findUnique({ where: { date } })) throw userError('CALENDAR.ENTRY_DUPLICATE', args.date!, { field: 'date' });
        const created = await tx.calendarEntry.create({ data: { date, kind: args.kind!, name: args.name ?? null, createdById: ctx.user!.id } });
        await audit(tx, ctx, { action: 'createCalendarEntry', entity: 'CalendarEntry', entityId: args.date!, after: created });
        return tx.calendarEntry.findUniqueOrThrow({ ...query, where: { date } });
      });
    },
  }),
  updateCalendarEntry: t.prismaField({
    type: 'CalendarEntry',
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }), kind: t.arg({ type: CalendarDayKindEnum, required: false }), name: t.arg.string({ required: false }) },
    resolve: async (query, _r, args, ctx) => {
      const date = parseDate(String(args.id));
      if (!date) throw notFound('节假日安排');
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.calendarEntry.findUnique({ where: { date } });
        if (!before) throw notFound('节假日安排');
        const after = await tx.calendarEntry.update({
          where: { date },
          data: { ...(args.kind ? { kind: args.kind } : {}), ...(args.name !== undefined ? { name: args.name } : {}) },
        });
        await audit(tx, ctx, { action: 'updateCalendarEntry', entity: 'CalendarEntry', entityId: String(args.id), before, after });
        return tx.calendarEntry.findUniqueOrThrow({ ...query, where: { date } });
      });
    },
  }),
  deleteCalendarEntry: t.prismaField({
    type: 'CalendarEntry',
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _r, args, ctx) => {
      const date = parseDate(String(args.id));
      if (!date) throw notFound('节假日安排');
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.calendarEntry.findUnique({ ...query, where: { date } });
        if (!before) throw notFound('节假日安排');
        await tx.calendarEntry.delete({ where: { date } });
        await audit(tx, ctx, { action: 'deleteCalendarEntry', entity: 'CalendarEntry', entityId: String(args.id), before });
        return before;
      });
    },
  }),
  declareCalendarYear: t.prismaField({
    type: 'CalendarYear',
    description: "声明某年度节假日安排已录入完成，此后按其计算工作日（管理员） / Declare a year's schedule complete (administrators)",
    authScopes: { admin: true },
    args: { year: t.arg.int({ required: true }), note: t.arg.string({ required: false }) },
    resolve: async (query, _r, args, ctx) => {
      checkYear(args.year);
      return ctx.prisma.$transaction(async (tx) => {
        if (await tx.calendarYear.findUnique({ where: { year: args.year } })) throw userError('CALENDAR.YEAR_DECLARED', String(args.year));
        const holidays = await tx.calendarEntry.count({
          where: { kind: 'HOLIDAY', date: { gte: toDateColumn(`${args.year}-01-01`), lt: toDateColumn(`${args.year + 1}-01-01`) } },
        });
        // A schedule without a single day off is almost certainly not entered yet (春节 and 国庆 are always off).
        if (holidays === 0 && !packageYears().includes(args.year)) throw userError('CALENDAR.INVALID_ENTRY', '该年度尚未录入任何放假日期');
        const created = await tx.calendarYear.create({ data: { year: args.year, note: args.note ?? null, declaredById: ctx.user!.id } });
        // Rule 20: every provisional due date is counted again on the declared calendar, in this transaction.
        const changes = await planSettlement(tx, await loadHolidayCalendar(tx));
        await applySettlement(tx, ctx, changes, args.year);
        await audit(tx, ctx, {
          action: 'declareCalendarYear',
          entity: 'CalendarYear',
          entityId: String(args.year),
          after: { ...created, provisionalDueDatesSettled: changes.length, moved: changes.filter((c) => c.from !== c.to).length },
        });
        return tx.calendarYear.findUniqueOrThrow({ ...query, where: { year: args.year } });
      });
    },
  }),
}));
