// GraphQL's own refusals — a malformed document, an unknown field or argument, a variable of the wrong type —
// come from graphql-js in English. The people who read them (analysts in GraphiQL, the admin's notifications)
// read Chinese: each gets a Chinese message and a stable code, and keeps the English original in
// `extensions.detail` for whoever knows graphql-js. Errors that are already ours (typed, Chinese) pass untouched.
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

type Rule = { re: RegExp; code: string; message: (m: RegExpExecArray) => string };

/** Why a variable's value was refused, from graphql-js's English reason (after "got invalid value …; "). */
const REASONS: { re: RegExp; text: (m: RegExpExecArray) => string }[] = [
  { re: /^Value "([^"]*)" does not exist in "(\w+)" enum\./, text: (m) => `${m[2]} 没有取值 ${m[1]}` },
  { re: /^(\w+) cannot represent/, text: (m) => `应为 ${m[1]} 类型` },
  { re: /^Expected type "(\w+)" to be an object\./, text: (m) => `应为 ${m[1]} 对象` },
  { re: /^Field "(\w+)" of required type "([^"]+)" was not provided\./, text: (m) => `缺少必填字段 ${m[1]}（${m[2]}）` },
  { re: /^Field "(\w+)" is not defined by type "(\w+)"\./, text: (m) => `${m[2]} 没有字段 ${m[1]}` },
  { re: /^Expected non-nullable type "([^"]+)" not to be null\./, text: (m) => `不能为空（${m[1]}）` },
];

/**
 * A variable refused while coercing it. When our own scalar refused it (a Date that is no calendar day …) the
 * reason is ours already, in Chinese, with its code; otherwise graphql-js's reason, translated where known.
 */
function variableError(e: GraphQLError, name: string): { message: string; code: string } {
  const own = e.originalError as (Error & { extensions?: { code?: unknown } }) | undefined;
  if (own && typeof own.extensions?.code === 'string') return { message: `变量 $${name} 的值无效：${own.message}`, code: own.extensions.code };
  const english = e.message.slice(e.message.indexOf('; ') + 2).replace(/^In field "[^"]+": /, '');
  for (const r of REASONS) {
    const m = r.re.exec(english);
    if (m) return { message: `变量 $${name} 的值无效：${r.text(m)}`, code: 'BAD_USER_INPUT' };
  }
  return { message: `变量 $${name} 的值类型不符`, code: 'BAD_USER_INPUT' };
}

/** graphql-js's messages (v16) that users meet, most specific first. */
const RULES: Rule[] = [
  { re: /^Syntax Error: (.*)$/s, code: 'GRAPHQL_PARSE_FAILED', message: () => '查询语句语法错误，请检查括号、引号和字段名' },
  {
    re: /^Cannot query field "(\w+)" on type "(\w+)"\./,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: (m) => `类型 ${m[2]} 没有字段 ${m[1]}（或当前角色不能查询该字段）`,
  },
  { re: /^Unknown argument "(\w+)" on field "([\w.]+)"\./, code: 'GRAPHQL_VALIDATION_FAILED', message: (m) => `字段 ${m[2]} 没有参数 ${m[1]}` },
  {
    re: /^Field "([\w.]+)" argument "(\w+)" of type "([^"]+)" is required, but it was not provided\./,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: (m) => `字段 ${m[1]} 缺少必填参数 ${m[2]}（${m[3]}）`,
  },
  {
    re: /^Field "(\w+)" of type "([^"]+)" must have a selection of subfields\./,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: (m) => `字段 ${m[1]}（${m[2]}）需要列出要查询的子字段`,
  },
  {
    re: /^Field "(\w+)" must not have a selection since type "([^"]+)" has no subfields\./,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: (m) => `字段 ${m[1]}（${m[2]}）没有子字段，不能再选择`,
  },
  { re: /^Variable "\$(\w+)" of required type "([^"]+)" was not provided\./, code: 'BAD_USER_INPUT', message: (m) => `缺少必填变量 $${m[1]}（${m[2]}）` },

  { re: /^Variable "\$(\w+)" is never used/, code: 'GRAPHQL_VALIDATION_FAILED', message: (m) => `变量 $${m[1]} 已声明但未使用` },
  { re: /^Variable "\$(\w+)" is not defined/, code: 'GRAPHQL_VALIDATION_FAILED', message: (m) => `变量 $${m[1]} 未声明` },
  { re: /^Unknown type "(\w+)"\./, code: 'GRAPHQL_VALIDATION_FAILED', message: (m) => `没有类型 ${m[1]}` },
  { re: /^Value "([^"]*)" does not exist in "(\w+)" enum\./, code: 'GRAPHQL_VALIDATION_FAILED', message: (m) => `${m[2]} 没有取值 ${m[1]}` },
  { re: /^(Int|Float|String|Boolean|ID|Enum "\w+") cannot represent/, code: 'GRAPHQL_VALIDATION_FAILED', message: () => '参数值的类型不符' },
  { re: /^Expected value of type "([^"]+)", found/, code: 'GRAPHQL_VALIDATION_FAILED', message: (m) => `参数值应为 ${m[1]} 类型` },
  { re: /^Must provide query string\./, code: 'BAD_REQUEST', message: () => '请求中没有查询语句' },
  { re: /^Must provide operation name if query contains multiple operations\./, code: 'BAD_REQUEST', message: () => '查询中有多个操作，请指定 operationName' },
  { re: /^Unexpected error\.$/, code: 'INTERNAL_SERVER_ERROR', message: () => '服务器内部错误，请稍后重试' },
];

/** The error in Chinese when it is one of graphql-js's (ours never match these English patterns). */
function translated(e: GraphQLError): GraphQLError {
  const variable = /^Variable "\$(\w+)" got invalid value /.exec(e.message);
  if (variable) {
    const { message, code } = variableError(e, variable[1]!);
    return new GraphQLError(message, {
      nodes: e.nodes,
      source: e.source,
      positions: e.positions,
      path: e.path,
      extensions: { ...e.extensions, code, detail: e.message },
    });
  }
  for (const rule of RULES) {
    const m = rule.re.exec(e.message);
    if (!m) continue;
    // graphql-js suggests near names ("Did you mean "name"?"): keep the suggestion (not its "x { ... }" hint).
    const suggested = /Did you mean (.+)\?$/.exec(e.message)?.[1];
    const near =
      suggested && !suggested.includes('{')
        ? suggested
            .replace(/"/g, '')
            .replace(/,? or /g, '、')
            .replace(/, /g, '、')
        : null;
    return new GraphQLError(near ? `${rule.message(m)}，是否应为 ${near}？` : rule.message(m), {
      nodes: e.nodes,
      source: e.source,
      positions: e.positions,
      path: e.path,
      originalError: e.originalError,
      extensions: { ...e.extensions, code: rule.code, detail: e.message },
    });
  }
  return e;
}

function translateResult(r: ExecutionResult): ExecutionResult {
  if (!r.errors?.length) return r;
  // Not `instanceof`: an error may come from another copy of graphql-js (yoga's, graphql-tools').
  return { ...r, errors: r.errors.map((e) => translated(e as GraphQLError)) };
}

/** Chinese messages for graphql-js's own refusals (see above), for every single or batched result. */
export function useChineseRequestErrors(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) setResult(result.map((r) => translateResult(r as ExecutionResult)));
      else if (result && typeof result === 'object' && 'errors' in result) setResult(translateResult(result as ExecutionResult));
    },
  };
}
