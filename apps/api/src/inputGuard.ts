// One guard for every argument of every field, before any resolver runs: control characters (NUL, which
// PostgreSQL text refuses, escape sequences, bidirectional overrides), the maximum length of each named field,
// the format of ids and the range of years (packages/domain/src/inputLimits.ts). A refusal is VALIDATION.* in
// Chinese naming the field, like any other; nothing reaches the database. A Pothos plugin wraps the resolver of
// every field that takes arguments, so a field added later is guarded too; it is listed after the scope-auth
// plugin (builder.ts), so a signed-out caller still hears UNAUTHENTICATED first.
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import { getNamedType, isInputObjectType, isListType, isNonNullType, type GraphQLArgument, type GraphQLFieldResolver, type GraphQLInputType } from 'graphql';
import { controlCharacter, ID_PATTERN, maxLengthOf, YEAR_RANGE, yearInRange } from '@ssj/domain';
import { userError } from './errors.ts';

/** Int arguments that are years (a year filter, a plan's year …). */
const YEAR_FIELDS = new Set(['year']);

function checkString(s: string, field: string, typeName: string) {
  const bad = controlCharacter(s);
  if (bad) {
    throw userError('VALIDATION.INVALID', `${field} 含有不可见的控制字符（U+${bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}）`, { field });
  }
  if (typeName === 'ID') {
    if (!ID_PATTERN.test(s)) throw userError('VALIDATION.INVALID', `${field} 不是有效的编号`, { field });
    return;
  }
  const max = maxLengthOf(field);
  if (s.length > max) throw userError('VALIDATION.TOO_LONG', `${field} 最多 ${max} 个字，本次 ${s.length} 个`, { field, max });
}

/** Strings anywhere in a JSON value (keys included): no control characters, no more than the field allows. Also
 * applied to the export routes' filters, which reach the database outside GraphQL. */
export function checkJson(v: unknown, field: string, depth = 0): void {
  if (depth > 20) throw userError('VALIDATION.INVALID', `${field} 嵌套过深`, { field });
  if (typeof v === 'string') {
    checkString(v, field, 'JSON');
    return;
  }
  if (Array.isArray(v)) {
    for (const x of v) checkJson(x, field, depth + 1);
    return;
  }
  if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      checkString(k, field, 'JSON');
      checkJson(x, field, depth + 1);
    }
  }
}

function checkValue(type: GraphQLInputType, field: string, value: unknown): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) {
    checkValue(type.ofType, field, value);
    return;
  }
  if (isListType(type)) {
    if (Array.isArray(value)) for (const v of value) checkValue(type.ofType, field, v);
    return;
  }
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    for (const [name, v] of Object.entries(value as Record<string, unknown>)) if (fields[name]) checkValue(fields[name].type, name, v);
    return;
  }
  const name = getNamedType(type).name;
  if (name === 'JSON') {
    checkJson(value, field);
    return;
  }
  if (typeof value === 'string') {
    checkString(value, field, name);
    // The Date scalar has checked the calendar; the years are ours.
    if (name === 'Date' && !yearInRange(Number(value.slice(0, 4)))) throw yearError(field);
    return;
  }
  if (value instanceof Date && (Number.isNaN(value.getTime()) || !yearInRange(value.getUTCFullYear()))) throw yearError(field);
  if (name === 'Int' && YEAR_FIELDS.has(field) && typeof value === 'number' && !yearInRange(value)) throw yearError(field);
}

const yearError = (field: string) => userError('VALIDATION.INVALID', `${field} 的年份应在 ${YEAR_RANGE.min} 到 ${YEAR_RANGE.max} 之间`, { field });

export function checkArguments(args: readonly GraphQLArgument[], values: Record<string, unknown>) {
  for (const a of args) checkValue(a.type, a.name, values[a.name]);
}

export class InputGuardPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(resolver: GraphQLFieldResolver<unknown, Types['Context'], object>, fieldConfig: PothosOutputFieldConfig<Types>) {
    if (Object.keys(fieldConfig.args).length === 0) return resolver;
    return (parent: unknown, args: object, context: Types['Context'], info: Parameters<GraphQLFieldResolver<unknown, unknown>>[3]) => {
      checkArguments(info.parentType.getFields()[info.fieldName]!.args, args as Record<string, unknown>);
      return resolver(parent, args, context, info);
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      inputGuard: InputGuardPlugin<Types>;
    }
  }
}

/** The plugin's name, for the builder's `plugins` list. */
export const inputGuardPlugin = 'inputGuard' as const;
SchemaBuilder.registerPlugin(inputGuardPlugin, InputGuardPlugin);
