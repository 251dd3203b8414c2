// The queries the data provider sends must be valid against the API's schema, for every resource, every
// react-admin method and every role (some fields only administrators may read). Runs in-process: no server.
import { describe, expect, it } from 'vitest';
import { defaultOptions, introspectSchema } from 'ra-data-graphql';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { buildSchema, introspectionFromSchema, parse, print, validate, type GraphQLSchema } from 'graphql';
import { RESOURCE_TYPES } from '../../src/resources/registry';
import { makeBuildQuery } from '../../src/dataProvider/buildQuery';
import * as documents from '../../src/dataProvider/documents';

/**
 * The API's schema as SDL, rebuilt with the client's graphql 15: @ssj/graphql-types/schema.graphql, which the API
 * prints (`npx turbo run generate`; committed, and `npm run lint -w @ssj/api` fails when it is stale). Not the
 * API's schema module: the admin, tests included, imports nothing of the API (.dependency-cruiser.cjs).
 */
const printedSchema = createRequire(import.meta.url).resolve('@ssj/graphql-types/schema.graphql');
const apiSchema = async (): Promise<GraphQLSchema | null> => buildSchema(fs.readFileSync(printedSchema, 'utf8'));

/** The foreign key each resource is listed by on its parent's page (ReferenceManyField), when not `unitId`. */
const REFERENCE_TARGET: Record<string, string> = { Plan: 'unitId', PlanItem: 'planId', Task: 'ownerUnitId', TaskClass: 'taskId', Draw: 'taskId' };

describe('data provider queries', async () => {
  const schema = await apiSchema();
  it.skipIf(!schema)('are valid for every resource, method and role', async () => {
    const introspection = await introspectSchema(
      null as never,
      {
        schema: introspectionFromSchema(schema!).__schema as never,
        operationNames: defaultOptions.introspection!.operationNames,
        include: [...RESOURCE_TYPES],
      } as never,
    );
    const problems: string[] = [];
    for (const role of ['ADMIN', 'UNIT_STAFF', 'LEADER', 'ANALYST'] as const) {
      const build = makeBuildQuery(() => role)(introspection as never);
      for (const name of RESOURCE_TYPES) {
        const resource = introspection.resources.find((r) => r.type.name === name);
        expect(resource, name).toBeTruthy();
        for (const method of ['GET_LIST', 'GET_ONE', 'GET_MANY', 'GET_MANY_REFERENCE', 'CREATE', 'UPDATE', 'DELETE'] as const) {
          if (!(resource as Record<string, unknown>)[method]) continue;
          const params = {
            GET_LIST: { pagination: { page: 1, perPage: 10 }, sort: { field: 'id', order: 'ASC' }, filter: { q: 'x' } },
            GET_MANY_REFERENCE: {
              target: REFERENCE_TARGET[name] ?? 'unitId',
              id: 'u1',
              pagination: { page: 1, perPage: 10 },
              sort: { field: 'id', order: 'ASC' },
              filter: {},
            },
            GET_MANY: { ids: ['a'] },
            GET_ONE: { id: 'a' },
            DELETE: { id: 'a' },
            CREATE: { data: { name: 'x' } },
            UPDATE: { id: 'a', data: { name: 'x' }, previousData: {} },
          }[method];
          if (
            method === 'GET_MANY_REFERENCE' &&
            !['Target', 'Inspector', 'DirectoryConfirmation', 'CheckItem', 'TargetLibrary', 'User', ...Object.keys(REFERENCE_TARGET)].includes(name)
          )
            continue;
          const { query } = build(method, name, params as never);
          const text = print(query as never);
          const errors = validate(schema!, parse(text));
          if (errors.length) problems.push(`${role} ${name} ${method}: ${errors.map((e) => e.message).join('; ')}`);
          // Fields only administrators may read are not asked for by anyone else.
          if (role !== 'ADMIN' && /\b(lastLoginAt|phone)\b/.test(text) && (name === 'User' || name === 'Expert'))
            problems.push(`${role} ${name} ${method} asks for an admin-only field`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it.skipIf(!schema)('ask for what the workflow pages show, and not the large draw JSON', async () => {
    const introspection = await introspectSchema(
      null as never,
      {
        schema: introspectionFromSchema(schema!).__schema as never,
        operationNames: defaultOptions.introspection!.operationNames,
        include: [...RESOURCE_TYPES],
      } as never,
    );
    const build = makeBuildQuery(() => 'UNIT_STAFF')(introspection as never);
    const text = (method: string, name: string, params: unknown) => print(build(method as never, name, params as never).query as never).replace(/\s+/g, ' ');
    const planOne = text('GET_ONE', 'Plan', { id: 'p' });
    // Rule 6: the coverage panel names the covered and missing items; rule 7: the filing history.
    expect(planOne).toMatch(/coverage \{ share mayFile covered \{ id code name category \} missing \{ id code name category \}/);
    expect(planOne).toMatch(/adjustments \{ id version kind reason filedAt filedById \}/);
    expect(text('GET_LIST', 'Plan', { pagination: { page: 1, perPage: 10 }, sort: { field: 'year', order: 'DESC' }, filter: {} })).not.toMatch(/adjustments/);
    expect(text('GET_ONE', 'Task', { id: 't' })).toMatch(/checkItems \{ id code name category \}/);
    const drawList = text('GET_MANY_REFERENCE', 'Draw', {
      target: 'taskId',
      id: 't',
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'sequence', order: 'DESC' },
      filter: {},
    });
    expect(drawList).toMatch(/drawnTargetCount/);
    expect(drawList).not.toMatch(/\b(candidates|receipt|drawnTargets)\b/);
  });

  it.skipIf(!schema)('of the custom pages are valid', () => {
    const problems = Object.entries(documents).flatMap(([name, text]) => validate(schema!, parse(text)).map((e) => `${name}: ${e.message}`));
    expect(problems).toEqual([]);
  });
});
