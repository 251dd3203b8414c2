// DirectoryConfirmation: before every draw a unit confirms its two directories are up to date (rule 4, P2).
import type { Prisma } from '@ssj/db/client';
import { builder } from '../builder.ts';
import { audit } from '../audit.ts';
import { notFound } from '../errors.ts';
import { listQueries } from '../listing.ts';
import { assertUnitWrite } from '../validation.ts';
import { clock } from '../clock.ts';
import { confirmationIsFresh, DIRECTORY_CONFIRMATION_HOURS } from '@ssj/domain';

export const DirectoryConfirmationRef = builder.prismaObject('DirectoryConfirmation', {
  description: "名录库确认记录（抽取前确认名录库为最新） / Confirmation that a unit's directories are up to date (rule 4)",
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    unitId: t.exposeID('unitId'),
    unit: t.relation('unit'),
    confirmedById: t.exposeID('confirmedById'),
    confirmedBy: t.relation('confirmedBy'),
    confirmedAt: t.expose('confirmedAt', { type: 'DateTime', description: '确认时间 / Confirmed at' }),
    fresh: t.boolean({
      description: `仍在摇号所需的 ${DIRECTORY_CONFIRMATION_HOURS} 小时内（按服务器时间） / Still within the ${DIRECTORY_CONFIRMATION_HOURS} hours a draw needs (server clock, rule 4)`,
      select: { confirmedAt: true },
      resolve: (c) => confirmationIsFresh(c.confirmedAt, clock.now()),
    }),
    targetCount: t.exposeInt('targetCount', { description: '确认时检查对象数 / Targets at confirmation' }),
    inspectorCount: t.exposeInt('inspectorCount', { description: '确认时执法检查人员数 / Inspectors at confirmation' }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

const DirectoryConfirmationFilter = builder.inputType('DirectoryConfirmationFilter', {
  description: '名录库确认筛选 / Directory confirmation filter',
  fields: (t) => ({ ids: t.idList({ required: false }), unitId: t.id({ required: false }) }),
});

function where(f: typeof DirectoryConfirmationFilter.$inferInput | null | undefined): Prisma.DirectoryConfirmationWhereInput {
  return { ...(f?.ids ? { id: { in: f.ids.map(String) } } : {}), ...(f?.unitId ? { unitId: String(f.unitId) } : {}) };
}

builder.queryFields((t) => ({
  ...listQueries(t, {
    model: 'DirectoryConfirmation',
    plural: 'DirectoryConfirmations',
    label: ['名录库确认记录', 'directory confirmation'],
    filter: DirectoryConfirmationFilter,
    where: where,
    sortable: { confirmedAt: (dir: 'asc' | 'desc') => ({ confirmedAt: dir }) },
    fallback: { field: 'confirmedAt', dir: 'desc' },
  }),
}));

builder.mutationFields((t) => ({
  confirmDirectories: t.prismaField({
    type: 'DirectoryConfirmation',
    description: "确认本单位检查对象名录库和执法检查人员名录库为最新 / Confirm a unit's directories are up to date (rule 4)",
    authScopes: { writer: true },
    args: { unitId: t.arg.id({ required: false, description: '默认本单位 / Defaults to your unit' }), note: t.arg.string({ required: false }) },
    resolve: async (query, _r, args, ctx) => {
      const unitId = args.unitId ? String(args.unitId) : ctx.user!.unitId;
      assertUnitWrite(ctx.user, unitId);
      return ctx.prisma.$transaction(async (tx) => {
        if (!(await tx.unit.findUnique({ where: { id: unitId }, select: { id: true } }))) throw notFound('单位');
        const [targetCount, inspectorCount] = await Promise.all([
          tx.target.count({ where: { unitId, retiredAt: null } }),
          tx.inspector.count({ where: { unitId, retiredAt: null } }),
        ]);
        const created = await tx.directoryConfirmation.create({
          data: { unitId, confirmedAt: clock.now(), confirmedById: ctx.user!.id, targetCount, inspectorCount, note: args.note ?? null },
        });
        await audit(tx, ctx, { action: 'confirmDirectories', entity: 'DirectoryConfirmation', entityId: created.id, unitId, after: created });
        return tx.directoryConfirmation.findUniqueOrThrow({ ...query, where: { id: created.id } });
      });
    },
  }),
}));
