// The domain's enum values and labels (packages/domain/src/labels.ts) are the one source the API, the admin,
// the public pages and the spreadsheets read. The domain imports no Prisma, so these checks keep its plain
// string lists equal to the Prisma enums and to the GraphQL enums, in order, so they cannot drift apart.
import fs from 'node:fs';
import path from 'node:path';
import * as client from '@ssj/db/client';
import { ENUM_LABELS, type LabelledEnum } from '@ssj/domain';
import { GraphQLEnumType } from 'graphql';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { schema } from '../src/schema/index.ts';

const prismaSchema = fs.readFileSync(path.resolve(import.meta.dirname, '../../../prisma/schema.prisma'), 'utf8');
const prismaEnumNames = [...prismaSchema.matchAll(/^enum (\w+) \{/gm)].map((m) => m[1] as string);
const labels = ENUM_LABELS as Readonly<Record<string, LabelledEnum<string>>>;

describe('enum labels', () => {
  it('has a label list for every Prisma enum, with its values in the same order', () => {
    expect(prismaEnumNames.length).toBeGreaterThan(20);
    for (const name of prismaEnumNames) {
      const prismaEnum = (client as unknown as Record<string, Record<string, string> | undefined>)[name];
      expect(prismaEnum, `@ssj/db/client exports the enum ${name}`).toBeTypeOf('object');
      expect(labels[name]?.values, `the domain's ${name} values`).toEqual(Object.values(prismaEnum ?? {}));
    }
  });

  it('gives every value a Chinese and an English label', () => {
    for (const [name, e] of Object.entries(labels)) {
      for (const v of e.values) {
        expect(e.zh[v], `${name}.${v} zh`).toMatch(/\S/);
        expect(e.en[v], `${name}.${v} en`).toMatch(/\S/);
        expect(e.doc[v], `${name}.${v} doc`).toContain(' / ');
      }
    }
  });

  it('describes each GraphQL enum value with the domain label, and lists the same values (in any order)', () => {
    let checked = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(type instanceof GraphQLEnumType) || !(type.name in labels)) continue;
      const e = labels[type.name] as LabelledEnum<string>;
      // The schema is sorted by name; the order is the domain's.
      expect(
        type
          .getValues()
          .map((v) => v.name)
          .sort(),
        type.name,
      ).toEqual([...e.values].sort());
      for (const v of type.getValues()) expect(v.description, `${type.name}.${v.name}`).toBe(e.doc[v.name]);
      checked++;
    }
    expect(checked).toBeGreaterThan(25);
  });

  it('type-checks the domain lists against the Prisma enums', () => {
    expectTypeOf<(typeof ENUM_LABELS.ResultOutcome.values)[number]>().toEqualTypeOf<client.ResultOutcome>();
    expectTypeOf<(typeof ENUM_LABELS.TaskStatus.values)[number]>().toEqualTypeOf<client.TaskStatus>();
    expectTypeOf<(typeof ENUM_LABELS.UnitKind.values)[number]>().toEqualTypeOf<client.UnitKind>();
    expectTypeOf<(typeof ENUM_LABELS.CheckMethod.values)[number]>().toEqualTypeOf<client.CheckMethod>();
  });
});
