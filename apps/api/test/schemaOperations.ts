// Walks the built schema so that tests cover every query and mutation, including ones added later: a document
// per root field (arguments as variables) and plausible argument values built from the argument types, with
// ids of real demo records where the argument names a model.
import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import type { PrismaClient } from '@ssj/db';
import { schema } from '../src/schema/index.ts';

export type RootField = GraphQLField<unknown, unknown>;

export function rootFields(operation: 'query' | 'mutation'): RootField[] {
  const type = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(type!.getFields());
}

/** `mutation($a: T!, …) { field(a: $a, …) { __typename } }` for the given arguments (variables named as the arguments). */
export function documentFor(operation: 'query' | 'mutation', field: RootField, args: readonly GraphQLArgument[] = field.args): string {
  const vars = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${operation}${vars ? `(${vars})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
}

/** Models whose id an argument may name, longest first so that `TaskTarget` wins over `Task`. */
const MODELS = [
  'CalendarEntry',
  'DirectoryConfirmation',
  'TargetLibrary',
  'TaskTarget',
  'TaskClass',
  'CheckItem',
  'Correction',
  'Evidence',
  'Inspector',
  'FollowUp',
  'PlanItem',
  'Result',
  'Review',
  'Expert',
  'Target',
  'Draw',
  'Form',
  'Plan',
  'Task',
  'Team',
  'Unit',
  'User',
  'Visit',
].sort((a, b) => b.length - a.length);
const ARG_MODEL: Record<string, string> = {
  approverId: 'User',
  memberId: 'TeamMember',
  leaderId: 'Inspector',
  inspectorIds: 'Inspector',
  replacementInspectorId: 'Inspector',
  libraryId: 'TargetLibrary',
  executingUnitId: 'Unit',
  followUpUnitId: 'Unit',
  jointUnitId: 'Unit',
  toUnitId: 'Unit',
};

/** The model an id argument refers to: by its name (`unitId`), or for `id`/`ids` by the field's name (`approveResult`). */
function modelOf(fieldName: string, argName: string): string | undefined {
  if (ARG_MODEL[argName]) return ARG_MODEL[argName];
  const base = argName.replace(/Ids?$/, '');
  if (base !== argName && base) return MODELS.find((m) => m.toLowerCase() === base.toLowerCase());
  if (fieldName === 'revokeApiToken') return 'Session';
  return MODELS.find((m) => fieldName.toLowerCase().includes(m.toLowerCase()));
}

export type IdLookup = (fieldName: string, argName: string) => string;

/** One id of each model in the database (the first by id), for arguments that name a model. */
export async function demoIds(prisma: PrismaClient, overrides: Record<string, string> = {}): Promise<IdLookup> {
  const ids: Record<string, string> = {};
  for (const m of [...MODELS, 'TeamMember', 'Session']) {
    // A calendar entry's id is its date.
    const key = m === 'CalendarEntry' ? 'date' : 'id';
    const delegate = (prisma as unknown as Record<string, { findFirst(a: unknown): Promise<Record<string, unknown> | null> }>)[
      m.charAt(0).toLowerCase() + m.slice(1)
    ];
    const row = await delegate?.findFirst({ select: { [key]: true }, orderBy: { [key]: 'asc' } });
    const value = row?.[key];
    if (value) ids[m] = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  }
  Object.assign(ids, overrides);
  return (fieldName, argName) => ids[modelOf(fieldName, argName) ?? ''] ?? 'unknown-id';
}

/** A value of the argument's type that would pass its coercion and plausibly its checks. */
export function plausibleValue(type: GraphQLInputType, name: string, fieldName: string, id: IdLookup): unknown {
  if (isNonNullType(type)) return plausibleValue(type.ofType, name, fieldName, id);
  if (isListType(type)) return [plausibleValue(type.ofType, name, fieldName, id)];
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, plausibleValue(f.type, f.name, fieldName, id)]));
  }
  if (isEnumType(type)) return type.getValues()[0]!.value;
  switch (type.name) {
    case 'ID':
      return id(fieldName, name);
    case 'Int':
      return name === 'year' ? 2026 : 1;
    case 'Float':
      return 0.1;
    case 'Boolean':
      return true;
    case 'Date':
      return '2026-11-02';
    case 'DateTime':
      return '2026-11-02T02:00:00.000Z';
    case 'JSON':
      return {};
    default:
      // The demo ADMIN's own credentials (so `login` and `changePassword` would succeed), a fresh user name elsewhere.
      if (name === 'password' || name === 'oldPassword') return 'Admin@2026';
      if (name === 'newPassword') return 'Readonly@2026!x';
      if (name === 'username') return fieldName === 'login' ? 'admin' : 'readonly_token_probe';
      return '只读令牌测试';
  }
}

/** Variables for every argument of the field. */
export function plausibleVariables(field: RootField, id: IdLookup): Record<string, unknown> {
  return Object.fromEntries(field.args.map((a) => [a.name, plausibleValue(a.type, a.name, field.name, id)]));
}
