// Schema-driven fuzzing: every argument of every query and mutation (and every scalar field of an input-object
// argument) gets each value of a small corpus of bad inputs fitting its type — NUL and other control
// characters, a string over the field's length limit, impossible or out-of-range dates, ids that are not ids or
// name nothing, negative and huge numbers — with the other arguments plausible (real demo ids), sent by an ADMIN
// (who passes every permission check, so the input reaches the resolvers). No answer may be
// INTERNAL_SERVER_ERROR (a 500 in disguise): every bad input gets a typed refusal or is harmless.
//
// The over-limit value is one character more than the input guard allows that field (maxLengthOf, inputGuard.ts),
// so every argument is held to its own limit — and 1 MB where the limit admits a megabyte (evidence files'
// base64), so those reach their resolvers with one. A megabyte refused by the length check takes the same path
// as one character too many but costs ~50 ms of parsing and scanning a request: each shard sends its first
// over-limit case as a real 1 MB value, so a megabyte still travels the whole stack (body, JSON, coercion, guard)
// in every shard, for a tenth of the cost of a megabyte for every argument.
//
// The fields and arguments come from the built schema, so a new one is fuzzed automatically; each
// (argument, value) pair is one call. Bounded run time: the NUL and over-limit values (the usual 500s) are tried
// on every argument (a NUL inside a string, 'a\u0000b', is sampled: see essential); of the other values every
// FUZZ_SAMPLE-th case runs (default 3, deterministic: rotating values per argument), FUZZ_SAMPLE=1 runs them all
// (5,599 cases on 2026-12-06; 2,782 by default, 3,016 while 'a\u0000b' was tried on every argument).
//
// The chosen cases are cut into shards, each a test file of its own (fuzz.<operation>-<part>.test.ts) on its own
// copy of the demo database, so that the run's workers share the work: together the shards send exactly the
// cases one file did (the sample is drawn over all cases before they are cut); a shard of mutations no longer
// sees what the other shards changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';
import { createTestApp, type TestApp } from './helpers.ts';
import { FUZZ_SAMPLE } from './testEnv.ts';
import { maxLengthOf } from '@ssj/domain';
import { demoIds, documentFor, plausibleValue, rootFields, type IdLookup, type RootField } from './schemaOperations.ts';

const MEGABYTE = 'x'.repeat(1 << 20);
/** Stands in the corpus for the over-limit string, made for each case's field when the case is sent (overLimit). */
const OVER_LIMIT = '\u{E000}over-limit';
const CORPUS: Record<string, unknown[]> = {
  String: ['\u0000', 'a\u0000b', '\u0007\u001b[31m', OVER_LIMIT, '0000-01-01', '2026-02-30', '-1'],
  ID: ['\u0000', OVER_LIMIT, 'not-an-id', '0000-01-01', '2026-02-30', '-1', '99999999999999999999999', 'c0000000000000000000unknown'],
  Date: ['0000-01-01', '2026-02-30', '9999-12-31', '1899-12-31', '2026-01-01\u0000'],
  DateTime: ['0000-01-01T00:00:00.000Z', '9999-12-31T23:59:59.000Z', '2026-02-30T00:00:00Z'],
  JSON: [{ '\u0000': '\u0000' }, { a: { b: [OVER_LIMIT] } }, -1, []],
  Int: [-1, -2147483648, 2147483647],
  Float: [-1, 1e308, -1e308],
};
/** Would end the fuzzing session itself. */
const SKIP = new Set(['logout']);

type Case = { field: RootField; operation: 'query' | 'mutation'; path: string; variables: Record<string, unknown>; always: boolean };

/**
 * NUL or the over-limit string somewhere in the value: tried on every argument, never sampled away. A NUL inside a
 * string ('a\u0000b') meets the same refusal as a NUL alone (the guard refuses a control character anywhere in the
 * string, controlCharacter), which every String and ID argument gets, so it is drawn with the sampled values.
 */
const essential = (v: unknown): boolean => {
  const text = JSON.stringify(v);
  if (text.includes('a\\u0000b')) return false;
  return text.includes('\\u0000') || text.includes(OVER_LIMIT);
};

/**
 * The case's variables with the over-limit stand-in replaced: one character over the limit of the field the guard
 * checks it against (the last step of the path: the argument, or the input object's field), or 1 MB when `megabyte`
 * is asked for or the field admits 1 MB.
 */
function overLimit(c: Case, megabyte: boolean): Record<string, unknown> {
  const field = c.path.split('.').at(-1)!;
  const max = maxLengthOf(field);
  const big = megabyte || max >= MEGABYTE.length ? MEGABYTE : 'x'.repeat(max + 1);
  const fill = (v: unknown): unknown => {
    if (v === OVER_LIMIT) return big;
    if (Array.isArray(v)) return v.map(fill);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x)]));
    return v;
  };
  return fill(c.variables) as Record<string, unknown>;
}

/** Bad values of a type (lists get one bad item), or none when GraphQL's own coercion is the whole check (enums, booleans). */
function badValues(type: GraphQLInputType): unknown[] {
  if (isNonNullType(type)) return badValues(type.ofType);
  if (isListType(type)) return badValues(type.ofType).map((v) => [v]);
  return CORPUS[getNamedType(type).name] ?? [];
}

function cases(id: IdLookup): Case[] {
  const out: Case[] = [];
  for (const operation of ['query', 'mutation'] as const) {
    for (const field of rootFields(operation)) {
      if (SKIP.has(field.name)) continue;
      const plausible = Object.fromEntries(field.args.map((a) => [a.name, plausibleValue(a.type, a.name, field.name, id)]));
      for (const arg of field.args) {
        const named = getNamedType(arg.type);
        if (isInputObjectType(named)) {
          // One input field at a time, the rest plausible.
          const base = plausibleValue(named, arg.name, field.name, id) as Record<string, unknown>;
          for (const f of Object.values(named.getFields())) {
            for (const bad of badValues(f.type)) {
              const value = { ...base, [f.name]: bad };
              out.push({
                field,
                operation,
                path: `${arg.name}.${f.name}`,
                always: essential(bad),
                variables: { ...plausible, [arg.name]: isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type) ? [value] : value },
              });
            }
          }
          continue;
        }
        for (const bad of badValues(arg.type))
          out.push({ field, operation, path: arg.name, always: essential(bad), variables: { ...plausible, [arg.name]: bad } });
      }
    }
  }
  return out;
}

/** The cases of one shard: of the chosen cases of `operation`, every `parts`-th from the `part`-th (1-based). */
export function fuzzShard(operation: 'query' | 'mutation', part: number, parts: number): void {
  let t: TestApp;
  let admin: string;
  let id: IdLookup;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    // Plausible user ids name someone else than the fuzzing ADMIN (an update must not lock it out).
    const other = await t.prisma.user.findUniqueOrThrow({ where: { username: 'wenshao' }, select: { id: true } });
    id = await demoIds(t.prisma, { User: other.id });
  });
  afterAll(() => t.close());

  describe(`fuzzing every argument (${operation} shard ${part} of ${parts})`, () => {
    it('never answers INTERNAL_SERVER_ERROR', async () => {
      const all = cases(id);
      const every = FUZZ_SAMPLE;
      const sampled = all.filter((c, i) => c.always || i % every === 0);
      const ofOperation = sampled.filter((c) => c.operation === operation);
      const chosen = ofOperation.filter((_, i) => i % parts === part - 1);
      expect(chosen.length).toBeGreaterThan(0);
      const failures: string[] = [];
      const started = performance.now();
      const cpu = process.cpuUsage();
      const timeBy: Record<string, number> = {};
      // The shard's first over-limit case is sent as a real megabyte.
      const megabyteCase = chosen.find((c) => JSON.stringify(c.variables).includes(OVER_LIMIT));
      expect(megabyteCase).toBeDefined();
      let megabytes = 0;
      for (const c of chosen) {
        const t0 = performance.now();
        const variables = overLimit(c, c === megabyteCase);
        let r = await t.gql(documentFor(c.operation, c.field), variables, admin);
        if (r.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
          admin = await t.login('admin');
          r = await t.gql(documentFor(c.operation, c.field), variables, admin);
        }
        const internal = r.errors?.find((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR' || !e.extensions?.code);
        const megabyte = JSON.stringify(variables[c.path.split('.')[0]!]).length > MEGABYTE.length;
        if (megabyte) megabytes++;
        const key = megabyte ? '1MB' : c.operation;
        timeBy[key] = (timeBy[key] ?? 0) + performance.now() - t0;
        if (internal)
          failures.push(`${c.field.name}(${c.path} = ${JSON.stringify(variables[c.path.split('.')[0]!]).slice(0, 40)}): ${internal.message.slice(0, 120)}`);
      }
      const seconds = (performance.now() - started) / 1000;
      const { user, system } = process.cpuUsage(cpu);
      console.log(
        `fuzz ${operation} ${part}/${parts}: ${chosen.length} of ${all.length} cases (${sampled.length} sampled, ${megabytes} of 1 MB) over ${new Set(chosen.map((c) => c.field.name)).size} fields in ${seconds.toFixed(1)} s (CPU ${((user + system) / 1e6).toFixed(1)} s), ${failures.length} internal errors`,
      );
      console.log(
        Object.entries(timeBy)
          .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`)
          .join(', '),
      );
      expect(failures).toEqual([]);
    }, 600_000);
  });
}
