// The database's own refusals, as the driver adapter of this run (PGlite, or pg with TEST_DATABASE_URL) really
// raises them, become typed errors (databaseErrors.ts): a unique value taken → CONFLICT.DUPLICATE, a reference
// to nothing → NOT_FOUND, a value PostgreSQL cannot store (NUL) → VALIDATION.INVALID, a value too long for its
// unique index → VALIDATION.TOO_LONG. Anything else stays masked (null here).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseError } from '../src/databaseErrors.ts';
import { createTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('the database accepted it');
    },
    (e: unknown) => e,
  );
const codeOf = (e: unknown) => databaseError(e)?.extensions.code;

describe('database refusals', () => {
  it('map to typed errors in Chinese', async () => {
    const [a, b] = await t.prisma.unit.findMany({ take: 2, orderBy: { code: 'asc' } });
    const duplicate = await refusal(t.prisma.unit.update({ where: { id: a!.id }, data: { code: b!.code } }));
    expect(codeOf(duplicate)).toBe('CONFLICT.DUPLICATE');
    expect(databaseError(duplicate)!.message).toMatch(/^记录已存在/);

    const target = await t.prisma.target.findFirstOrThrow();
    expect(codeOf(await refusal(t.prisma.target.update({ where: { id: target.id }, data: { unitId: 'no-such-unit' } })))).toBe('NOT_FOUND');
    expect(codeOf(await refusal(t.prisma.target.update({ where: { id: 'no-such-target' }, data: { name: 'x' } })))).toBe('NOT_FOUND');
    expect(codeOf(await refusal(t.prisma.target.update({ where: { id: target.id }, data: { name: 'a\u0000b' } })))).toBe('VALIDATION.INVALID');
    expect(codeOf(await refusal(t.prisma.target.update({ where: { id: target.id }, data: { creditCode: 'x'.repeat(1 << 20) } })))).toBe('VALIDATION.TOO_LONG');
    // Nothing changed.
    expect(await t.prisma.target.findUniqueOrThrow({ where: { id: target.id } })).toEqual(target);
  });

  it('leave other errors masked', () => {
    expect(databaseError(new Error('boom'))).toBeNull();
    expect(databaseError(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBeNull();
  });
});
