// Review (异议复查): an objection to a published result is reviewed within 20 working days of receipt, and the
// outcome is fed back to the target within 15 working days of the decision (rule 22, G27). A decision that
// the objection holds leads to a correction (correction.ts, linked by reviewId).
import type { Prisma } from '@ssj/db/client';
import { ReviewDecision, ReviewStatus } from '@ssj/db/client';
import { objectionAdmission, overdueReviews, REVIEW_DECISION, REVIEW_STATUS, reviewOpen, reviewTransition, statutoryDeadline } from '@ssj/domain';
import { labelled } from './enums.ts';
import { builder, DateScalar } from '../builder.ts';
import { audit } from '../audit.ts';
import { chinaDay, clock } from '../clock.ts';
import { domainCall, notFound, userError } from '../errors.ts';
import { loadHolidayCalendar } from '../holidayCalendar.ts';
import { listQueries } from '../listing.ts';
import { assertUnitWrite, requireFields } from '../validation.ts';
import { DeadlineRef, deadlineOf, responsibleSelect, responsibleUnitId, responsibleWhere } from './result.ts';
import { canWriteUnit } from './unit.ts';
import { lockRow } from '../locking.ts';
import { anyStatusWhere } from '../statusWhere.ts';
import { fromDateColumn, toDateColumn } from '../dateColumn.ts';

const ReviewStatusEnum = labelled('ReviewStatus', '异议复查状态 / Objection review status', ReviewStatus, REVIEW_STATUS);

const ReviewDecisionEnum = labelled('ReviewDecision', '复查结论 / Review decision', ReviewDecision, REVIEW_DECISION);

export const ReviewRef = builder.prismaObject('Review', {
  description: '异议复查（受理后 20 个工作日内复查，结论作出后 15 个工作日内反馈） / An objection and its review (rule 22)',
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    resultId: t.exposeID('resultId', { description: '检查结果 / Result' }),
    result: t.relation('result', { description: '检查结果 / Result' }),
    raisedBy: t.exposeString('raisedBy', { description: '异议人（检查对象或其代理人） / Who objected' }),
    content: t.exposeString('content', { description: '异议内容 / The objection' }),
    receivedOn: t.expose('receivedOn', { type: DateScalar, description: '受理日期 / Received on' }),
    reviewDueOn: t.expose('reviewDueOn', { type: DateScalar, description: '复查截止日（受理后第 20 个工作日） / Review due: 20 working days after receipt' }),
    reviewDeadline: t.field({
      type: DeadlineRef,
      description: '复查期限及倒计时 / Review deadline and countdown',
      select: { reviewDueOn: true, reviewDueProvisional: true, decidedOn: true },
      resolve: async (r, _a, ctx) => (await deadlineOf(ctx, r.reviewDueOn, r.decidedOn ? fromDateColumn(r.decidedOn) : null, r.reviewDueProvisional))!,
    }),
    status: t.expose('status', { type: ReviewStatusEnum, description: '状态 / Status' }),
    decision: t.expose('decision', { type: ReviewDecisionEnum, nullable: true, description: '复查结论 / Decision' }),
    decisionNote: t.exposeString('decisionNote', { nullable: true, description: '复查意见 / Reasons' }),
    decidedOn: t.expose('decidedOn', { type: DateScalar, nullable: true, description: '结论作出日期 / Decided on' }),
    feedbackDueOn: t.expose('feedbackDueOn', {
      type: DateScalar,
      nullable: true,
      description: '反馈截止日（结论后第 15 个工作日） / Feedback due: 15 working days after the decision',
    }),
    feedbackDeadline: t.field({
      type: DeadlineRef,
      nullable: true,
      description: '反馈期限及倒计时（作出结论后） / Feedback deadline and countdown, once decided',
      select: { feedbackDueOn: true, feedbackDueProvisional: true, fedBackOn: true },
      resolve: (r, _a, ctx) => deadlineOf(ctx, r.feedbackDueOn, r.fedBackOn ? fromDateColumn(r.fedBackOn) : null, r.feedbackDueProvisional),
    }),
    fedBackOn: t.expose('fedBackOn', { type: DateScalar, nullable: true, description: '反馈日期 / Fed back on' }),
    feedbackNote: t.exposeString('feedbackNote', { nullable: true, description: '反馈方式及情况 / How it was fed back' }),
    corrections: t.relation('corrections', { description: '由此产生的更正 / Corrections it led to' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '登记时间 / Recorded at' }),
    editable: t.boolean({
      description: '当前用户可否办理（负责单位，未反馈） / Whether the current user may decide or record feedback',
      select: { status: true, result: { select: { taskTarget: { select: responsibleSelect } } } },
      resolve: (r, _a, ctx) => reviewOpen(r.status) && canWriteUnit(ctx.user, responsibleUnitId(r.result.taskTarget)),
    }),
  }),
});

const ReviewFilter = builder.inputType('ReviewFilter', {
  description: '异议复查筛选 / Review filter',
  fields: (t) => ({
    ids: t.idList({ required: false, description: '编号列表 / Ids' }),
    resultId: t.id({ required: false, description: '检查结果 / Result' }),
    status: t.field({ type: ReviewStatusEnum, required: false, description: '状态 / Status' }),
    unitId: t.id({ required: false, description: '负责单位 / Responsible unit' }),
    overdue: t.boolean({ required: false, description: '复查或反馈已逾期 / Review or feedback overdue' }),
  }),
});

function reviewWhere(f: typeof ReviewFilter.$inferInput | null | undefined): Prisma.ReviewWhereInput {
  const unitId = f?.unitId ? String(f.unitId) : null;
  return {
    ...(f?.ids ? { id: { in: f.ids.map(String) } } : {}),
    ...(f?.resultId ? { resultId: String(f.resultId) } : {}),
    ...(f?.status ? { status: f.status } : {}),
    ...(unitId ? { result: { taskTarget: responsibleWhere(unitId) } } : {}),
    ...(f?.overdue ? anyStatusWhere<Prisma.ReviewWhereInput>(overdueReviews(clock.today())) : {}),
  };
}

const sortable = {
  receivedOn: (dir: 'asc' | 'desc') => ({ receivedOn: dir }),
  reviewDueOn: (dir: 'asc' | 'desc') => ({ reviewDueOn: dir }),
  status: (dir: 'asc' | 'desc') => ({ status: dir }),
} satisfies Record<string, (d: 'asc' | 'desc') => Prisma.ReviewOrderByWithRelationInput>;

builder.queryFields((t) =>
  listQueries(t, {
    model: 'Review',
    plural: 'Reviews',
    label: ['异议复查', 'objection review'],
    filter: ReviewFilter,
    where: reviewWhere,
    sortable,
    fallback: { field: 'reviewDueOn', dir: 'asc' },
  }),
);

function checkDay(value: string, notBefore: string | null, label: string, field: string) {
  if (value > clock.today()) throw userError('VALIDATION.INVALID', `${label}不能晚于今天`, { field });
  if (notBefore && value < notBefore) throw userError('VALIDATION.INVALID', `${label}不能早于 ${notBefore}`, { field });
}

const reviewForWrite = {
  id: true,
  status: true,
  receivedOn: true,
  decidedOn: true,
  resultId: true,
  result: { select: { taskTarget: { select: responsibleSelect } } },
} satisfies Prisma.ReviewSelect;

builder.mutationFields((t) => ({
  raiseObjection: t.prismaField({
    type: 'Review',
    description:
      '受理对已公示检查结果的异议，开始 20 个工作日的复查期限 / Record an objection to a published result; the 20-working-day review starts (rule 22)',
    authScopes: { writer: true },
    args: {
      resultId: t.arg.id({ required: true, description: '检查结果 / Result' }),
      raisedBy: t.arg.string({ required: false, description: '异议人 / Who objected' }),
      content: t.arg.string({ required: false, description: '异议内容 / The objection' }),
      receivedOn: t.arg({ type: DateScalar, required: false, description: '受理日期 / Received on' }),
    },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { raisedBy: '异议人', content: '异议内容', receivedOn: '受理日期' });
      return ctx.prisma.$transaction(async (tx) => {
        await lockRow(tx, 'Result', String(args.resultId));
        const r = await tx.result.findUnique({
          where: { id: String(args.resultId) },
          select: { id: true, status: true, publishedAt: true, taskTarget: { select: responsibleSelect } },
        });
        if (!r) throw notFound('检查结果');
        const unitId = responsibleUnitId(r.taskTarget);
        assertUnitWrite(ctx.user, unitId);
        // The domain decides (rule 22); `publishedAt` is re-read only to narrow its type for the day check below.
        if (!objectionAdmission(r).ok || !r.publishedAt) throw userError('REVIEW.RESULT_NOT_PUBLISHED', undefined, { status: r.status });
        checkDay(args.receivedOn!, chinaDay(r.publishedAt), '受理日期', 'receivedOn');
        const calendar = await loadHolidayCalendar(tx);
        const due = domainCall(() => statutoryDeadline('OBJECTION_REVIEW', args.receivedOn!, calendar));
        const review = await tx.review.create({
          data: {
            resultId: r.id,
            raisedBy: args.raisedBy!.trim(),
            content: args.content!.trim(),
            receivedOn: toDateColumn(args.receivedOn!),
            reviewDueOn: toDateColumn(due.dueOn),
            reviewDueProvisional: due.provisional,
            recordedById: ctx.user!.id,
          },
        });
        await audit(tx, ctx, { action: 'raiseObjection', entity: 'Review', entityId: review.id, unitId, after: review });
        return tx.review.findUniqueOrThrow({ ...query, where: { id: review.id } });
      });
    },
  }),

  decideReview: t.prismaField({
    type: 'Review',
    description: '作出复查结论，开始 15 个工作日的反馈期限 / Decide the review; the 15-working-day feedback period starts (rule 22)',
    authScopes: { writer: true },
    args: {
      id: t.arg.id({ required: true, description: '编号 / Id' }),
      decision: t.arg({ type: ReviewDecisionEnum, required: false, description: '复查结论 / Decision' }),
      note: t.arg.string({ required: false, description: '复查意见 / Reasons' }),
      decidedOn: t.arg({ type: DateScalar, required: false, description: '结论作出日期 / Decided on' }),
    },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { decision: '复查结论', note: '复查意见', decidedOn: '结论作出日期' });
      return ctx.prisma.$transaction(async (tx) => {
        await lockRow(tx, 'Review', String(args.id));
        const rv = await tx.review.findUnique({ where: { id: String(args.id) }, select: reviewForWrite });
        if (!rv) throw notFound('异议复查');
        const unitId = responsibleUnitId(rv.result.taskTarget);
        assertUnitWrite(ctx.user, unitId);
        const t2 = reviewTransition(rv.status, 'DECIDE');
        if (!t2.ok) throw userError(t2.code, undefined, { status: rv.status });
        checkDay(args.decidedOn!, fromDateColumn(rv.receivedOn), '结论作出日期', 'decidedOn');
        const calendar = await loadHolidayCalendar(tx);
        const due = domainCall(() => statutoryDeadline('REVIEW_FEEDBACK', args.decidedOn!, calendar));
        const after = await tx.review.update({
          where: { id: rv.id },
          data: {
            status: t2.status,
            decision: args.decision!,
            decisionNote: args.note!.trim(),
            decidedOn: toDateColumn(args.decidedOn!),
            feedbackDueOn: toDateColumn(due.dueOn),
            feedbackDueProvisional: due.provisional,
          },
        });
        await audit(tx, ctx, { action: 'decideReview', entity: 'Review', entityId: rv.id, unitId, before: { status: rv.status }, after });
        return tx.review.findUniqueOrThrow({ ...query, where: { id: rv.id } });
      });
    },
  }),

  recordReviewFeedback: t.prismaField({
    type: 'Review',
    description: '登记复查结论已反馈检查对象 / Record that the outcome was fed back to the target (rule 22)',
    authScopes: { writer: true },
    args: {
      id: t.arg.id({ required: true, description: '编号 / Id' }),
      fedBackOn: t.arg({ type: DateScalar, required: false, description: '反馈日期 / Fed back on' }),
      note: t.arg.string({ required: false, description: '反馈方式及情况 / How it was fed back' }),
    },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { fedBackOn: '反馈日期', note: '反馈方式及情况' });
      return ctx.prisma.$transaction(async (tx) => {
        await lockRow(tx, 'Review', String(args.id));
        const rv = await tx.review.findUnique({ where: { id: String(args.id) }, select: reviewForWrite });
        if (!rv) throw notFound('异议复查');
        const unitId = responsibleUnitId(rv.result.taskTarget);
        assertUnitWrite(ctx.user, unitId);
        const t2 = reviewTransition(rv.status, 'FEED_BACK');
        if (!t2.ok) throw userError(t2.code, undefined, { status: rv.status });
        checkDay(args.fedBackOn!, rv.decidedOn ? fromDateColumn(rv.decidedOn) : null, '反馈日期', 'fedBackOn');
        const after = await tx.review.update({
          where: { id: rv.id },
          data: { status: t2.status, fedBackOn: toDateColumn(args.fedBackOn!), feedbackNote: args.note!.trim() },
        });
        await audit(tx, ctx, { action: 'recordReviewFeedback', entity: 'Review', entityId: rv.id, unitId, before: { status: rv.status }, after });
        return tx.review.findUniqueOrThrow({ ...query, where: { id: rv.id } });
      });
    },
  }),
}));
