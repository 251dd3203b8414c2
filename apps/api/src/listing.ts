// Paging, sorting and keyword search in the shape react-admin's GraphQL provider (ra-data-graphql-simple)
// and analysts both use: allXs(page, perPage, sortField, sortOrder, filter) and _allXsMeta(filter) { count }.
import type { InputObjectRef } from '@pothos/core';
import type PrismaTypes from '@ssj/db/pothos-types';
import { builder } from './builder.ts';
import type { Context } from './context.ts';
import { userError } from './errors.ts';

export const MAX_PAGE_SIZE = 500;
/** A list asked for without perPage answers one page of this size, never everything. */
export const DEFAULT_PAGE_SIZE = 25;

export const ListMetadata = builder.objectRef<{ count: number }>('ListMetadata').implement({
  description: '列表统计 / List metadata',
  fields: (t) => ({ count: t.exposeInt('count', { description: '符合条件的记录数 / Number of matching records' }) }),
});

export const pageArgs = builder.args((t) => ({
  page: t.int({ required: false, description: '页码，从 0 开始 / 0-based page' }),
  perPage: t.int({
    required: false,
    description: `每页条数（默认 ${DEFAULT_PAGE_SIZE}，最多 ${MAX_PAGE_SIZE}） / Page size (default ${DEFAULT_PAGE_SIZE}, max ${MAX_PAGE_SIZE})`,
  }),
  sortField: t.string({ required: false, description: '排序字段 / Sort field' }),
  sortOrder: t.string({ required: false, description: '排序方向：ASC 或 DESC / Sort order: ASC or DESC' }),
}));

type PageInput = {
  page?: number | null;
  perPage?: number | null;
  sortField?: string | null;
  sortOrder?: string | null;
  filter?: { ids?: readonly unknown[] | null } | null;
};

/**
 * The page size: perPage, else DEFAULT_PAGE_SIZE — except that a request for given ids (react-admin's getMany
 * sends `filter: { ids }` without perPage) gets them all, up to MAX_PAGE_SIZE.
 */
export function pageSize(args: PageInput): number {
  const perPage = args.perPage ?? undefined;
  if (perPage !== undefined && (perPage < 1 || perPage > MAX_PAGE_SIZE)) {
    throw userError('VALIDATION.INVALID', `每页条数应在 1 到 ${MAX_PAGE_SIZE} 之间`, { field: 'perPage' });
  }
  const ids = args.filter?.ids?.length ?? 0;
  return perPage ?? (ids > 0 ? Math.min(Math.max(ids, DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE);
}

/**
 * Turns paging args into Prisma's skip/take/orderBy. Only whitelisted fields sort, so a request cannot order
 * by a column it may not read. A stable tie-breaker (id) keeps pages from overlapping.
 */
export function paging<Order = never>(
  args: PageInput,
  sortable: Record<string, (dir: 'asc' | 'desc') => Order>,
  fallback: { field: string; dir: 'asc' | 'desc' },
  tieBreaker: Order,
): { skip: number; take: number; orderBy: Order[] } {
  const perPage = pageSize(args);
  const page = Math.max(0, args.page ?? 0);
  // OFFSET beyond what PostgreSQL's planner takes kindly (and Prisma's int4) is no page anyone reads.
  if (page * perPage > 10_000_000) throw userError('VALIDATION.INVALID', '页码过大', { field: 'page' });
  const field = args.sortField && sortable[args.sortField] ? args.sortField : fallback.field;
  const dir = args.sortField && sortable[args.sortField] ? (args.sortOrder?.toUpperCase() === 'DESC' ? 'desc' : 'asc') : fallback.dir;
  const order = sortable[field]!(dir);
  return { skip: page * perPage, take: perPage, orderBy: [order, tieBreaker] };
}

/** Keyword search: every whitespace-separated word must match one of the fields (case-insensitive). */
export function keywordWhere<W>(q: string | null | undefined, fields: string[]): W[] {
  const words = (q ?? '').trim().split(/\s+/).filter(Boolean);
  return words.map((w) => ({ OR: fields.map((f) => ({ [f]: { contains: w, mode: 'insensitive' } })) }) as W);
}

type ModelName = keyof PrismaTypes & string;

/** The Prisma selection plugin-prisma hands a field's resolver (what the GraphQL selection needs loaded). */
type PrismaQuery = { select?: Record<string, unknown>; include?: Record<string, unknown> };

/** Whether `query` loads a relation (a nested selection, not only scalar fields). */
function selectsRelations(query: PrismaQuery): boolean {
  if (query.include && Object.keys(query.include).length > 0) return true;
  return Object.values(query.select ?? {}).some((v) => typeof v === 'object' && v !== null);
}
type Delegate = {
  findMany(a: unknown): Promise<unknown[]>;
  count(a: unknown): Promise<number>;
  findUnique(a: unknown): Promise<unknown>;
  findFirst(a: unknown): Promise<unknown>;
};
// The query-field builder handed to builder.queryFields((t) => …).
type QueryT = Parameters<Parameters<typeof builder.queryFields>[0]>[0];

/**
 * The three read fields react-admin's GraphQL provider expects of a resource (`allXs`, `_allXsMeta`, `X`) for a
 * Prisma model, with the same filter, whitelisted sorting and paging on each. Every resource's lists are
 * built here, so paging limits and the tie-breaker cannot drift apart between resources.
 */
// biome-ignore lint/suspicious/noExplicitAny: any Pothos schema types: the filter's own type is checked where it is built
export function listQueries<Name extends ModelName, F extends InputObjectRef<any, unknown>>(
  t: QueryT,
  o: {
    model: Name;
    plural: string;
    /** "中文 / English" name of one record, e.g. "检查结果 / result"; the English plural when it is not en + "s". */
    label: [zh: string, en: string, enPlural?: string];
    filter: F;
    where: (filter: F['$inferInput'] | null | undefined, ctx: Context) => unknown;
    sortable: Record<string, (dir: 'asc' | 'desc') => unknown>;
    fallback: { field: string; dir: 'asc' | 'desc' };
    /** Readable signed out (the public part of the API, rule 26). */
    public?: boolean;
    /** The last sort key, so pages never overlap; `{ id: 'asc' }` unless the id does not order the records. */
    tieBreaker?: unknown;
    /**
     * How `X(id)` finds its record when the id is not the model's plain string key (a date, a sequence number) or the
     * record is readable only within a scope: the where clause, or null when the id names no record it may read.
     */
    byId?: (id: string, ctx: Context) => unknown;
  },
) {
  const scopes = o.public ? {} : { authScopes: { signedIn: true } };
  const delegate = (ctx: Context) => (ctx.prisma as unknown as Record<string, Delegate>)[o.model.charAt(0).toLowerCase() + o.model.slice(1)]!;
  const [zh, en, ens = `${en}s`] = o.label;
  // Records with an `id` key (every model but the calendar's entries, keyed by their date).
  const keyedById = !o.tieBreaker || Object.keys(o.tieBreaker as object).join() === 'id';
  const filterArg = () => t.arg({ type: o.filter, required: false, description: '筛选 / Filter' });
  return {
    [`all${o.plural}`]: t.prismaField({
      type: [o.model] as never,
      description: `${zh}列表${o.public ? '（公开）' : ''} / List ${ens}${o.public ? ' (public)' : ''}`,
      ...scopes,
      args: { ...pageArgs, filter: filterArg() },
      resolve: async (query: PrismaQuery, _r: unknown, args: PageInput & { filter?: F['$inferInput'] | null }, ctx: Context) => {
        const where = await o.where(args.filter, ctx);
        const page = paging<unknown>(args, o.sortable, o.fallback, o.tieBreaker ?? { id: 'asc' });
        // The page and the relations it selects in one statement (relationJoins, prisma/schema.prisma) — on the first
        // page. Past it, PostgreSQL would build the relations of every skipped row too (the OFFSET sits above the
        // joins: page 10 of 50 builds 500 rows' relations to return 50), so a later page first reads its keys (an
        // index scan) and then those rows with their relations, in the keys' order.
        if (page.skip === 0 || !keyedById || !selectsRelations(query)) {
          return delegate(ctx).findMany({ relationLoadStrategy: 'join', ...query, where, ...page });
        }
        const keys = (await delegate(ctx).findMany({ where, ...page, select: { id: true } })) as { id: string }[];
        if (keys.length === 0) return [];
        const rows = (await delegate(ctx).findMany({
          relationLoadStrategy: 'join',
          ...query,
          ...(query.select ? { select: { ...query.select, id: true } } : {}),
          where: { id: { in: keys.map((k) => k.id) } },
        })) as { id: string }[];
        const byId = new Map(rows.map((r) => [r.id, r]));
        // A row deleted between the two statements is left out, as if it had been deleted before the page was read.
        return keys.flatMap((k) => byId.get(k.id) ?? []);
      },
    } as never),
    [`_all${o.plural}Meta`]: t.field({
      type: ListMetadata,
      description: `${zh}数量 / Count ${ens}`,
      ...scopes,
      args: { ...pageArgs, filter: filterArg() },
      resolve: async (_r, args, ctx) => ({
        count: await delegate(ctx).count({ where: await o.where((args as { filter?: F['$inferInput'] | null }).filter, ctx) }),
      }),
    }),
    [o.model]: t.prismaField({
      type: o.model as never,
      nullable: true,
      description: `${zh}详情 / One ${en}`,
      ...scopes,
      args: { id: t.arg.id({ required: true, description: '编号 / Id' }) },
      resolve: async (query: object, _r: unknown, args: { id: string | number }, ctx: Context) => {
        if (!o.byId) return delegate(ctx).findUnique({ ...query, where: { id: String(args.id) } });
        const where = await o.byId(String(args.id), ctx);
        return where === null ? null : delegate(ctx).findFirst({ ...query, where });
      },
    } as never),
  };
}
