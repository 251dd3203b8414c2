// The admin's GraphQL client and data provider over fetch (src/dataProvider/graphqlClient.ts, graphqlProvider.ts):
// what they send, how a typed refusal and a failed request come back, and that the provider parses answers as
// ra-data-graphql-simple does after an Apollo client (which adds `__typename` to every nested selection).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse, print } from 'graphql';
import { GraphQLRequestError, request } from '../../src/dataProvider/graphqlClient';
import { graphqlProvider, withTypenames } from '../../src/dataProvider/graphqlProvider';
import { errorCode, errorField, errorMessage, toHttpError } from '../../src/dataProvider/errors';

type Sent = { url: string; body: { query: string; variables?: Record<string, unknown> }; headers: Record<string, string> };

function answer(status: number, body: unknown, sent: Sent[] = []) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      sent.push({ url, body: JSON.parse(String(init.body)), headers: init.headers as Record<string, string> });
      return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('request', () => {
  it('posts the document and its variables to /graphql and returns the data', async () => {
    const sent = answer(200, { data: { today: '2026-11-02' } });
    await expect(request('query Today { today }', { variables: { a: 1 }, headers: { authorization: 'Bearer x' } })).resolves.toEqual({ today: '2026-11-02' });
    expect(sent[0]!.url).toBe('/graphql');
    expect(sent[0]!.body).toEqual({ query: 'query Today { today }', variables: { a: 1 } });
    expect(sent[0]!.headers.authorization).toBe('Bearer x');
  });

  it('throws the server’s typed refusal, also when it came with HTTP 400', async () => {
    for (const status of [200, 400]) {
      answer(status, { data: null, errors: [{ message: '日期已有安排', extensions: { code: 'CALENDAR.ENTRY_DUPLICATE', field: 'date' } }] });
      const error = await request('mutation { x }').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GraphQLRequestError);
      expect(errorMessage(error)).toBe('日期已有安排');
      expect(errorCode(error)).toBe('CALENDAR.ENTRY_DUPLICATE');
      expect(errorField(error)).toBe('date');
    }
  });

  it('throws the status of an answer that is no GraphQL response', async () => {
    answer(502, '<html>Bad Gateway</html>');
    const error = (await request('query { today }').catch((e: unknown) => e)) as GraphQLRequestError;
    expect(error.statusCode).toBe(502);
    expect(error.graphQLErrors).toEqual([]);
    expect(toHttpError(error)).toBe(error);
  });
});

describe('the data provider', () => {
  it('asks for __typename in nested selections only', () => {
    const doc = parse('query Q { items: allUnits { id parent { id name } } total: _allUnitsMeta { count } }');
    expect(print(withTypenames(doc))).toBe(
      print(parse('query Q { items: allUnits { id parent { id name __typename } __typename } total: _allUnitsMeta { count __typename } }')),
    );
  });

  it('builds a list query from the schema and flattens related records as ra-data-graphql-simple does', async () => {
    const sent = answer(200, {
      data: {
        items: [{ __typename: 'Unit', id: 'u2', name: '执法监察大队', parent: { __typename: 'Unit', id: 'u1', name: '局机关', note: null } }],
        total: { __typename: 'ListMetadata', count: 1 },
      },
    });
    const result = await graphqlProvider.getList('Unit', { pagination: { page: 1, perPage: 10 }, sort: { field: 'code', order: 'ASC' }, filter: {} });
    expect(sent[0]!.body.query).toMatch(/allUnits\(/);
    expect(sent[0]!.body.query).toMatch(/__typename/);
    expect(sent[0]!.body.variables).toMatchObject({ page: 0, perPage: 10, sortField: 'code', sortOrder: 'ASC' });
    expect(result).toEqual({
      data: [{ id: 'u2', name: '执法监察大队', 'parent.id': 'u1', parent: { id: 'u1', name: '局机关' } }],
      total: 1,
    });
  });

  it('turns a failed request into an HttpError with its status, and keeps a refusal’s GraphQL errors', async () => {
    answer(503, 'unavailable');
    await expect(graphqlProvider.getOne('Unit', { id: 'u1' })).rejects.toMatchObject({ status: 503 });
    answer(200, { data: null, errors: [{ message: '无权查看', extensions: { code: 'FORBIDDEN' } }] });
    const refusal = await graphqlProvider.getOne('Unit', { id: 'u1' }).catch((e: unknown) => toHttpError(e));
    expect(refusal).toMatchObject({ message: '无权查看', status: 403, body: { code: 'FORBIDDEN' } });
  });
});
