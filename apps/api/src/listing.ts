// Paging, sorting and keyword search in the shape react-admin's GraphQL provider (ra-data-graphql-simple)
// and analysts both use: allXs(page, perPage, sortField, sortOrder, filter) and _allXsMeta(filter) { count }.
import { builder } from './builder.ts';
import { userError } from './errors.ts';

export const MAX_PAGE_SIZE = 500;

export const ListMetadata = builder.objectRef<{ count: number }>('ListMetadata').implement({
  description: '列表统计 / List metadata',
  fields: (t) => ({ count: t.exposeInt('count', { description: '符合条件的记录数 / Number of matching records' }) }),
});

export const pageArgs = builder.args((t) => ({
    page: t.int({ required: false, description: '页码，从 0 开始 / 0-based page' }),
    perPage: t.int({ required: false, description: `每页条数（最多 ${MAX_PAGE_SIZE}） / Page size (max ${MAX_PAGE_SIZE})` }),
    sortField: t.string({ required: false, description: '排序字段 / Sort field' }),
    sortOrder: t.string({ required: false, description: 'ASC 或 DESC' }),
}));

type PageInput = { page?: number | null; perPage?: number | null; sortField?: string | null; sortOrder?: string | null };

/**
 * Turns paging args into Prisma's skip/take/orderBy. Only whitelisted fields sort, so a request cannot order
 * by a column it may not read. A stable tie-breaker (id) keeps pages from overlapping.
 */
export function paging<Order = never>(
  args: PageInput,
  sortable: Record<string, (dir: 'asc' | 'desc') => Order>,
  fallback: { field: string; dir: 'asc' | 'desc' },
  tieBreaker: Order,
): { skip?: number; take?: number; orderBy: Order[] } {
  const perPage = args.perPage ?? undefined;
  if (perPage !== undefined && (perPage < 1 || perPage > MAX_PAGE_SIZE)) {
    throw userError('VALIDATION.INVALID', `每页条数应在 1 到 ${MAX_PAGE_SIZE} 之间`);
  }
  const page = Math.max(0, args.page ?? 0);
  const field = args.sortField && sortable[args.sortField] ? args.sortField : fallback.field;
  const dir = args.sortField && sortable[args.sortField] ? (args.sortOrder?.toUpperCase() === 'DESC' ? 'desc' : 'asc') : fallback.dir;
  const order = sortable[field]!(dir);
  return {
    ...(perPage !== undefined ? { skip: page * perPage, take: perPage } : {}),
    orderBy: [order, tieBreaker],
  };
}

/** Keyword search: every whitespace-separated word must match one of the fields (case-insensitive). */
export function keywordWhere<W>(q: string | null | undefined, fields: string[]): W[] {
  const words = (q ?? '').trim().split(/\s+/).filter(Boolean);
  return words.map((w) => ({ OR: fields.map((f) => ({ [f]: { contains: w, mode: 'insensitive' } })) }) as W);
}
