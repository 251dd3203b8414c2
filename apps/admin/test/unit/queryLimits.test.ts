// The API refuses documents that are too deep, too costly, alias-heavy or too long (apps/api/src/limits.ts).
// Every document the admin sends — each data-provider query for every resource, method and role, the custom
// pages' documents and the public pages' — must stay within those limits with room to spare, so a new field on a
// page cannot silently break it. Runs in-process with the server's graphql and GraphQL Armor's rules.
import { describe, expect, it } from 'vitest';
import { defaultOptions, introspectSchema } from 'ra-data-graphql';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema as buildClientSchema, introspectionFromSchema, print } from 'graphql';
import { RESOURCE_TYPES } from '../../src/resources/registry';
import { makeBuildQuery } from '../../src/dataProvider/buildQuery';
import * as documents from '../../src/dataProvider/documents';
import * as publicDocuments from '../../src/public/queries';

const here = path.dirname(fileURLToPath(import.meta.url));
const printedSchema = path.resolve(here, '../../../../packages/graphql-types/schema.graphql');
const apiDir = path.resolve(here, '../../../api');
const requireFromApi = createRequire(path.join(apiDir, 'package.json'));

type ServerGraphql = typeof import('graphql');
/** The API's graphql 16 and the armor rules it runs (loaded from the API's side, as the server loads them). */
const server = requireFromApi('graphql') as ServerGraphql;
const armor = {
  depth: requireFromApi('@escape.tech/graphql-armor-max-depth') as { maxDepthRule: (o: object) => unknown },
  cost: requireFromApi('@escape.tech/graphql-armor-cost-limit') as { costLimitRule: (o: object) => unknown },
  aliases: requireFromApi('@escape.tech/graphql-armor-max-aliases') as { maxAliasesRule: (o: object) => unknown },
};

/** The limits as limits.ts declares them (read from the source, so this test needs no API imports). */
function declaredLimits(): Record<'depth' | 'cost' | 'aliases' | 'tokens', number> {
  const src = fs.readFileSync(path.join(apiDir, 'src/limits.ts'), 'utf8');
  const read = (k: string) => Number(new RegExp(`\\b${k}: (\\d+)`).exec(src)?.[1]);
  return { depth: read('depth'), cost: read('cost'), aliases: read('aliases'), tokens: read('tokens') };
}

/** Depth, cost, aliases and tokens of one document, as GraphQL Armor counts them. */
function measure(schema: import('graphql').GraphQLSchema, text: string) {
  const found = { depth: 0, cost: 0, aliases: 0, tokens: 0 };
  const accept = (k: keyof typeof found) => ({ onAccept: [(_c: unknown, d: { n: number }) => (found[k] = Math.max(found[k], d.n))] });
  const doc = server.parse(text);
  const errors = server.validate(schema, doc, [
    armor.depth.maxDepthRule({ n: 1e9, ...accept('depth') }),
    armor.cost.costLimitRule({ maxCost: 1e12, ...accept('cost') }),
    armor.aliases.maxAliasesRule({ n: 1e9, ...accept('aliases') }),
  ] as never);
  const lexer = new server.Lexer(new server.Source(text));
  while (lexer.advance().kind !== server.TokenKind.EOF) found.tokens += 1;
  return { found, errors: errors.map((e) => e.message) };
}

describe('the admin’s documents and the API’s query limits', async () => {
  const limits = declaredLimits();
  const sdl = fs.readFileSync(printedSchema, 'utf8');
  const schema = server.buildSchema(sdl);

  it('read the limits from limits.ts', () => {
    for (const v of Object.values(limits)) expect(v).toBeGreaterThan(0);
  });

  it('the public pages’ documents are valid against the API’s schema', () => {
    const problems = Object.entries(publicDocuments).flatMap(([name, text]) => server.validate(schema, server.parse(text)).map((e) => `${name}: ${e.message}`));
    expect(problems).toEqual([]);
  });

  it('every document stays within half of each limit', async () => {
    const introspection = await introspectSchema(
      null as never,
      {
        schema: introspectionFromSchema(buildClientSchema(sdl)).__schema as never,
        operationNames: defaultOptions.introspection!.operationNames,
        include: [...RESOURCE_TYPES],
      } as never,
    );
    const texts: [string, string][] = [...Object.entries(documents), ...Object.entries(publicDocuments)];
    for (const role of ['ADMIN', 'UNIT_STAFF', 'LEADER', 'ANALYST'] as const) {
      const build = makeBuildQuery(() => role)(introspection as never);
      for (const name of RESOURCE_TYPES) {
        const resource = introspection.resources.find((r) => r.type.name === name) as Record<string, unknown> | undefined;
        for (const method of ['GET_LIST', 'GET_ONE', 'GET_MANY', 'GET_MANY_REFERENCE'] as const) {
          if (!resource?.[method]) continue;
          const params = {
            GET_LIST: { pagination: { page: 1, perPage: 25 }, sort: { field: 'id', order: 'ASC' }, filter: { q: 'x' } },
            GET_MANY_REFERENCE: { target: 'unitId', id: 'u1', pagination: { page: 1, perPage: 25 }, sort: { field: 'id', order: 'ASC' }, filter: {} },
            GET_MANY: { ids: ['a'] },
            GET_ONE: { id: 'a' },
          }[method];
          texts.push([`${role} ${name} ${method}`, print(build(method, name, params as never).query as never)]);
        }
      }
    }
    const over: string[] = [];
    const worst = { depth: 0, cost: 0, aliases: 0, tokens: 0 };
    for (const [name, text] of texts) {
      const { found, errors } = measure(schema, text);
      for (const k of Object.keys(worst) as (keyof typeof worst)[]) {
        worst[k] = Math.max(worst[k], found[k]);
        if (found[k] > limits[k] / 2) over.push(`${name}: ${k} ${found[k]} > ${limits[k] / 2}`);
      }
      if (errors.length) over.push(`${name}: ${errors.join('; ')}`);
    }
    console.log('admin documents, worst case:', worst, 'limits:', limits);
    expect(over).toEqual([]);
    expect(texts.length).toBeGreaterThan(100);
  });
});
