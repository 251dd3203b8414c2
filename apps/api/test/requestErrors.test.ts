// graphql-js's own refusals in Chinese (requestErrors.ts): a typo in a field, a missing argument, a variable of
// the wrong type, a syntax error — each with a Chinese message, a stable code and the English original as
// `detail`; our own typed errors pass unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type GqlResult, type TestApp } from './helpers.ts';

let t: TestApp;
let analyst: string;

beforeAll(async () => {
  t = await createTestApp();
  analyst = await t.login('analyst');
});
afterAll(() => t.close());

const first = (r: GqlResult) => r.errors![0]! as { message: string; extensions: Record<string, unknown> };

describe('GraphQL refusals in Chinese', () => {
  it('name the field, argument or variable in Chinese, keep the code and the English original', async () => {
    const typo = first(await t.gql('{ allTargets(perPage: 1) { id nmae } }', {}, analyst));
    expect(typo).toMatchObject({
      message: '类型 Target 没有字段 nmae（或当前角色不能查询该字段），是否应为 name？',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', detail: expect.stringContaining('Cannot query field "nmae"') },
    });

    const missingArg = first(await t.gql('{ assessment { total { unitId } } }', {}, analyst));
    expect(missingArg).toMatchObject({ message: '字段 assessment 缺少必填参数 year（Int!）', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });

    const unknownArg = first(await t.gql('{ allTargets(pageSize: 1) { id } }', {}, analyst));
    expect(unknownArg.message).toBe('字段 Query.allTargets 没有参数 pageSize，是否应为 page？');

    const noSubfields = first(await t.gql('{ allTargets(perPage: 1) { library } }', {}, analyst));
    expect(noSubfields.message).toMatch(/^字段 library（TargetLibrary!?）需要列出要查询的子字段$/);

    const wrongVariable = first(await t.gql('query($y: Int!) { assessment(year: $y) { total { unitId } } }', { y: '二〇二六' }, analyst));
    expect(wrongVariable).toMatchObject({
      message: '变量 $y 的值无效：应为 Int 类型',
      extensions: { code: 'BAD_USER_INPUT', detail: expect.stringContaining('got invalid value') },
    });

    const wrongEnum = first(
      await t.gql('query($k: AssessmentFigureKind!) { allResults(filter: { figure: { kind: $k, year: 2026 } }) { id } }', { k: 'LATE_ENTRY' }, analyst),
    );
    expect(wrongEnum.message).toBe('变量 $k 的值无效：AssessmentFigureKind 没有取值 LATE_ENTRY');
    // Our own scalar's refusal keeps its Chinese reason and its code.
    const notADay = first(await t.gql('query($d: Date!) { addWorkingDays(date: $d, days: 1) }', { d: '2026-02-30' }, analyst));
    expect(notADay).toMatchObject({ message: expect.stringMatching(/^变量 \$d 的值无效：.*日期/), extensions: { code: 'VALIDATION.INVALID' } });

    const missingVariable = first(await t.gql('query($y: Int!) { assessment(year: $y) { total { unitId } } }', {}, analyst));
    expect(missingVariable.message).toBe('缺少必填变量 $y（Int!）');

    const syntax = first(await t.gql('{ allTargets(perPage: 1) { id }', {}, analyst));
    expect(syntax).toMatchObject({
      message: expect.stringContaining('语法错误'),
      extensions: { code: 'GRAPHQL_PARSE_FAILED', detail: expect.stringContaining('Syntax Error') },
    });
  });

  it('leave our own typed errors as they are', async () => {
    const signedOut = first(await t.gql('{ allTargets(perPage: 1) { id } }'));
    expect(signedOut).toMatchObject({ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } });
    expect(signedOut.extensions.detail).toBeUndefined();
    const badQuarter = first(await t.gql('{ assessment(year: 2026, quarter: 7) { total { unitId } } }', {}, analyst));
    expect(badQuarter.message).toContain('季度应为 1–4');
  });
});
