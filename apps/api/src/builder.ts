// The schema builder: plugins and scalars only. Types live in schema/<type>.ts.
import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { inputGuardPlugin } from './inputGuard.ts';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { GraphQLScalarType, Kind } from 'graphql';
import type PrismaTypes from '@ssj/db/pothos-types';
import { getDatamodel } from '@ssj/db/pothos-types';
import type { Context } from './context.ts';
import { isIsoDate } from '@ssj/domain';
import { userError } from './errors.ts';
import { fromDateColumn } from './dateColumn.ts';
import { env } from './env.ts';

export type AuthScopes = {
  /** Any signed-in user or API token. */
  signedIn: boolean;
  /** The lead unit's administrators. */
  admin: boolean;
  /** Users who may change records (ADMIN, UNIT_STAFF) through a sign-in session, never an API token. */
  writer: boolean;
  /** A browser sign-in session (not an API token). */
  session: boolean;
};

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: string; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  defaultFieldNullability: false,
  // Order matters: scope-auth runs first (outermost), then every argument passes the input guard (inputGuard.ts).
  plugins: [ScopeAuthPlugin, PrismaPlugin, inputGuardPlugin],
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: env.production ? null : 'warn',
  },
  scopeAuth: {
    authScopes: (ctx) => ({
      signedIn: !!ctx.user,
      admin: ctx.user?.role === 'ADMIN',
      writer: !!ctx.user && (ctx.user.role === 'ADMIN' || ctx.user.role === 'UNIT_STAFF') && ctx.user.sessionKind === 'SESSION',
      session: ctx.user?.sessionKind === 'SESSION',
    }),
    unauthorizedError: (_parent, ctx, info) => {
      if (!ctx.user) return userError('UNAUTHENTICATED');
      if (ctx.user.sessionKind === 'API_TOKEN' && info.operation.operation === 'mutation') return userError('READ_ONLY_TOKEN');
      return userError('FORBIDDEN');
    },
  },
});

builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('JSON', JSONResolver);

/** A calendar date without time (YYYY-MM-DD), as used for windows and deadlines; a real day of the calendar. */
export const DateScalar = builder.addScalarType(
  'Date',
  new GraphQLScalarType<string, string>({
    name: 'Date',
    description: '日期（YYYY-MM-DD） / A calendar date, YYYY-MM-DD',
    serialize: (v) => (v instanceof Date ? fromDateColumn(v) : String(v)),
    // Variables and literals are checked alike (Date.parse would let 2026-02-30 through; the domain's check does not).
    parseValue: (v) => {
      if (!isIsoDate(v)) throw userError('VALIDATION.INVALID', `日期格式应为 YYYY-MM-DD：${String(v)}`);
      return v;
    },
    parseLiteral: (ast) => {
      if (ast.kind !== Kind.STRING || !isIsoDate(ast.value))
        throw userError('VALIDATION.INVALID', `日期格式应为 YYYY-MM-DD：${ast.kind === Kind.STRING ? ast.value : ''}`);
      return ast.value;
    },
  }),
);

builder.queryType({ description: '查询 / Queries' });
builder.mutationType({ description: '变更 / Mutations' });
