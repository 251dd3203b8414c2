// FollowUp (后续处置): a violation found in a check is handed over (移交) to the unit responsible for daily
// supervision when its result is approved (result.ts); that unit records acceptance, case filing, rectification,
// transfer to the judicial organs and closing, each with its date (rule 24, G29). The allowed moves are the
// domain's (results.ts FOLLOW_UP_NEXT).
import type { Prisma } from '@ssj/db/client';
import { FollowUpStatus } from '@ssj/db/client';
import { calendarDaysBetween, FOLLOW_UP_NEXT, FOLLOW_UP_STATUS, followUpOpen, followUpTransition, OPEN_FOLLOW_UP_STATES } from '@ssj/domain';
import { labelled } from './enums.ts';
import { builder, DateScalar } from '../builder.ts';
import { audit } from '../audit.ts';
import { chinaDay, clock } from '../clock.ts';
import { notFound, userError } from '../errors.ts';
import { listQueries } from '../listing.ts';
import { assertUnitWrite, requireFields } from '../validation.ts';
import { canWriteUnit } from './unit.ts';
import { lockRow } from '../locking.ts';

export const FollowUpStatusEnum = labelled('FollowUpStatus', '后续处置状态 / Follow-up status (rule 24)', FollowUpStatus, FOLLOW_UP_STATUS);

/** The date column each status records. */
const DATE_FIELD = {
  ACCEPTED: 'acceptedAt',
  CASE_FILED: 'caseFiledAt',
  RECTIFIED: 'rectifiedAt',
  SENT_TO_JUDICIAL: 'sentToJudicialAt',
  CLOSED: 'closedAt',
} as const satisfies Partial<Record<FollowUpStatus, keyof Prisma.FollowUpUncheckedUpdateInput>>;

export const FollowUpRef = builder.prismaObject('FollowUp', {
  description: '违法违规行为的后续处置（移交日常监管单位） / The hand-over of a violation for follow-up (rule 24)',
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    resultId: t.exposeID('resultId', { description: '检查结果 / Result' }),
    result: t.relation('result', { description: '检查结果 / Result' }),
    handedToUnitId: t.exposeID('handedToUnitId', { description: '接收单位（日常监管） / The unit it was handed to' }),
    handedToUnit: t.relation('handedToUnit', { description: '接收单位 / Receiving unit' }),
    status: t.expose('status', { type: FollowUpStatusEnum, description: '状态 / Status' }),
    nextStatuses: t.field({
      type: [FollowUpStatusEnum],
      description: '可以变更为的状态 / The statuses it may move to',
      select: { status: true },
      resolve: (f) => [...FOLLOW_UP_NEXT[f.status]],
    }),
    handedOverAt: t.expose('handedOverAt', { type: 'DateTime', description: '移交时间 / Handed over at' }),
    handedOverById: t.exposeID('handedOverById', { nullable: true, description: '移交人 / Handed over by' }),
    acceptedAt: t.expose('acceptedAt', { type: 'DateTime', nullable: true, description: '接收时间 / Accepted at' }),
    caseFiledAt: t.expose('caseFiledAt', { type: 'DateTime', nullable: true, description: '立案时间 / Case filed at' }),
    caseNumber: t.exposeString('caseNumber', { nullable: true, description: '案件编号 / Case number' }),
    rectifiedAt: t.expose('rectifiedAt', { type: 'DateTime', nullable: true, description: '整改完成时间 / Rectified at' }),
    sentToJudicialAt: t.expose('sentToJudicialAt', { type: 'DateTime', nullable: true, description: '移送司法机关时间 / Sent to the judicial organs at' }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true, description: '办结时间 / Closed at' }),
    notes: t.exposeString('notes', { nullable: true, description: '处置情况 / Notes' }),
    daysOpen: t.int({
      description: '自移交起的天数（办结的算到办结日） / Calendar days since the hand-over, up to closing if closed',
      select: { handedOverAt: true, closedAt: true },
      // Counted in China calendar days, as the assessment's medians are: a close recorded for the hand-over day is 0.
      resolve: (f) => calendarDaysBetween(chinaDay(f.handedOverAt), chinaDay(f.closedAt ?? clock.now())),
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: '修改时间 / Updated at' }),
    editable: t.boolean({
      description: '当前用户可否办理（接收单位，未办结） / Whether the current user may record progress',
      select: { status: true, handedToUnitId: true },
      resolve: (f, _a, ctx) => followUpOpen(f.status) && canWriteUnit(ctx.user, f.handedToUnitId),
    }),
  }),
});

const FollowUpFilter = builder.inputType('FollowUpFilter', {
  description: '后续处置筛选 / Follow-up filter',
  fields: (t) => ({
    ids: t.idList({ required: false, description: '编号列表 / Ids' }),
    q: t.string({ required: false, description: '关键词：检查对象名称、统一社会信用代码、案件编号 / Keyword: target name, credit code, case number' }),
    resultId: t.id({ required: false, description: '检查结果 / Result' }),
    handedToUnitId: t.id({ required: false, description: '接收单位 / Receiving unit' }),
    status: t.field({ type: FollowUpStatusEnum, required: false, description: '状态 / Status' }),
    open: t.boolean({ required: false, description: '未办结 / Not closed' }),
  }),
});

function followUpWhere(f: typeof FollowUpFilter.$inferInput | null | undefined): Prisma.FollowUpWhereInput {
  const words = (f?.q ?? '').trim().split(/\s+/).filter(Boolean);
  return {
    ...(f?.ids ? { id: { in: f.ids.map(String) } } : {}),
    ...(f?.resultId ? { resultId: String(f.resultId) } : {}),
    ...(f?.handedToUnitId ? { handedToUnitId: String(f.handedToUnitId) } : {}),
    ...(f?.status ? { status: f.status } : f?.open ? { status: { in: [...OPEN_FOLLOW_UP_STATES] } } : {}),
    AND: words.map((w) => ({
      OR: [
        { caseNumber: { contains: w, mode: 'insensitive' as const } },
        { result: { taskTarget: { target: { name: { contains: w, mode: 'insensitive' as const } } } } },
        { result: { taskTarget: { target: { creditCode: { contains: w, mode: 'insensitive' as const } } } } },
      ],
    })),
  };
}

const sortable = {
  handedOverAt: (dir: 'asc' | 'desc') => ({ handedOverAt: dir }),
  status: (dir: 'asc' | 'desc') => ({ status: dir }),
  updatedAt: (dir: 'asc' | 'desc') => ({ updatedAt: dir }),
} satisfies Record<string, (d: 'asc' | 'desc') => Prisma.FollowUpOrderByWithRelationInput>;

builder.queryFields((t) =>
  listQueries(t, {
    model: 'FollowUp',
    plural: 'FollowUps',
    label: ['后续处置', 'follow-up'],
    filter: FollowUpFilter,
    where: followUpWhere,
    sortable,
    fallback: { field: 'handedOverAt', dir: 'desc' },
  }),
);

builder.mutationFields((t) => ({
  advanceFollowUp: t.prismaField({
    type: 'FollowUp',
    description: '登记后续处置进展：接收、立案、整改、移送司法机关、办结 / Record follow-up progress (rule 24)',
    authScopes: { writer: true },
    args: {
      id: t.arg.id({ required: true, description: '编号 / Id' }),
      status: t.arg({ type: FollowUpStatusEnum, required: false, description: '新状态 / New status' }),
      on: t.arg({ type: DateScalar, required: false, description: '日期 / Date' }),
      caseNumber: t.arg.string({ required: false, description: '案件编号（立案时必填） / Case number, required when a case is filed' }),
      notes: t.arg.string({ required: false, description: '处置情况 / Notes' }),
    },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { status: '新状态', on: '日期' });
      const to = args.status!;
      if (to === 'CASE_FILED') requireFields(args, { caseNumber: '案件编号' });
      return ctx.prisma.$transaction(async (tx) => {
        await lockRow(tx, 'FollowUp', String(args.id));
        const f = await tx.followUp.findUnique({ where: { id: String(args.id) } });
        if (!f) throw notFound('后续处置');
        assertUnitWrite(ctx.user, f.handedToUnitId);
        const move = followUpTransition(f.status, to);
        if (!move.ok) throw userError(move.code, undefined, { from: move.from, to: move.to, allowed: move.allowed });
        const on = args.on!;
        if (on > clock.today()) throw userError('VALIDATION.INVALID', '日期不能晚于今天', { field: 'on' });
        const last = [f.handedOverAt, f.acceptedAt, f.caseFiledAt, f.rectifiedAt, f.sentToJudicialAt]
          .filter((d): d is Date => d !== null)
          .map((d) => chinaDay(d))
          .sort()
          .at(-1)!;
        if (on < last) throw userError('VALIDATION.INVALID', `日期不能早于上一环节 ${last}`, { field: 'on' });
        // Stored at noon China time, so the calendar day reads the same in every zone.
        const at = new Date(`${on}T12:00:00+08:00`);
        const data: Prisma.FollowUpUncheckedUpdateInput = { status: to, [DATE_FIELD[to as keyof typeof DATE_FIELD]]: at };
        if (args.caseNumber) data.caseNumber = args.caseNumber.trim();
        if (args.notes !== undefined && args.notes !== null) data.notes = [f.notes, `${on} ${args.notes.trim()}`].filter(Boolean).join('\n');
        const after = await tx.followUp.update({ where: { id: f.id }, data });
        await audit(tx, ctx, { action: 'advanceFollowUp', entity: 'FollowUp', entityId: f.id, unitId: f.handedToUnitId, before: f, after });
        return tx.followUp.findUniqueOrThrow({ ...query, where: { id: f.id } });
      });
    },
  }),
}));
