// Rule 17: the commitment to a draw's secret is published when the draw is announced — before the draw — so that
// a receipt re-made afterwards with another secret is caught by anyone holding the published list. The list is
// read from the audit trail (announceDraw / redrawTargets record the commitment), so each entry also carries its
// place in the hash chain, which anchors its time. Public tasks only; nothing but the task's code, the
// commitment and the time: who is to be drawn is not known before the draw, and the task's name and scope are
// announced with the draw (G17).
import { Prisma, type PrismaClient } from '@ssj/db/client';
import { builder } from '../builder.ts';
import { userError } from '../errors.ts';
import { pageArgs, pageSize } from '../listing.ts';

export interface PublishedCommitmentRow {
  taskCode: string;
  seedCommitment: string;
  committedAt: Date;
  auditSeq: number;
  auditHash: string;
  redraw: boolean;
  /** The task was called off before its draw (cancelTask): when and why — a published commitment that was never drawn. */
  taskCancelledAt: Date | null;
  taskCancelReason: string | null;
}

/** The commitments published for public tasks, newest first (optionally one task's), a page at a time. */
export async function publishedCommitments(
  prisma: Pick<PrismaClient, '$queryRaw'>,
  options: { taskCode?: string | null; skip: number; take: number },
): Promise<PublishedCommitmentRow[]> {
  const rows = await prisma.$queryRaw<
    {
      taskCode: string;
      seedCommitment: string;
      committedAt: Date;
      auditSeq: bigint;
      auditHash: string;
      action: string;
      cancelledAt: Date | null;
      cancelReason: string | null;
    }[]
  >`
    SELECT t."code" AS "taskCode", a."after"->>'seedCommitment' AS "seedCommitment", a."at" AS "committedAt",
           a."seq" AS "auditSeq", a."hash" AS "auditHash", a."action" AS "action",
           t."cancelledAt" AS "cancelledAt", t."cancelReason" AS "cancelReason"
    FROM "AuditEvent" a JOIN "Task" t ON t."id" = a."entityId"
    WHERE a."entity" = 'Task' AND a."action" IN ('announceDraw', 'redrawTargets') AND t."isPublic"
      AND a."after"->>'seedCommitment' IS NOT NULL
      ${options.taskCode ? Prisma.sql`AND t."code" = ${options.taskCode}` : Prisma.empty}
    ORDER BY a."seq" DESC
    LIMIT ${options.take} OFFSET ${options.skip}`;
  return rows.map((r) => ({
    taskCode: r.taskCode,
    seedCommitment: r.seedCommitment,
    committedAt: r.committedAt,
    auditSeq: Number(r.auditSeq),
    auditHash: r.auditHash,
    redraw: r.action === 'redrawTargets',
    taskCancelledAt: r.cancelledAt,
    taskCancelReason: r.cancelledAt ? r.cancelReason : null,
  }));
}

const PublicDrawCommitment = builder.objectRef<PublishedCommitmentRow>('PublicDrawCommitment').implement({
  description: '摇号前公示的承诺值（规则 17） / A seed commitment published before the draw (rule 17)',
  fields: (t) => ({
    taskCode: t.exposeString('taskCode', { description: '任务编号 / Task code' }),
    seedCommitment: t.exposeString('seedCommitment', { description: '服务器密钥的承诺值 sha256 / Commitment to the server secret' }),
    committedAt: t.expose('committedAt', { type: 'DateTime', description: '公示时间 / Published at' }),
    auditSeq: t.exposeInt('auditSeq', { description: '审计链序号 / Position in the audit chain' }),
    auditHash: t.exposeString('auditHash', { description: "该审计事件的哈希 / The audit event's hash" }),
    redraw: t.exposeBoolean('redraw', { description: '是否为重新摇号的承诺值 / Published for a re-draw' }),
    taskCancelledAt: t.expose('taskCancelledAt', {
      type: 'DateTime',
      nullable: true,
      description: '任务在摇号前取消的时间（该承诺值不会再用于摇号） / When the task was cancelled before its draw (the commitment will not be drawn)',
    }),
    taskCancelReason: t.exposeString('taskCancelReason', { nullable: true, description: '取消理由 / Why the task was cancelled' }),
  }),
});

builder.queryFields((t) => ({
  publicDrawCommitments: t.field({
    type: [PublicDrawCommitment],
    description:
      '摇号前公示的承诺值，最新的在前（公开任务，无需登录；可按任务编号筛选） / Seed commitments published before the draws of public tasks, newest first (no sign-in)',
    args: { page: pageArgs.page, perPage: pageArgs.perPage, taskCode: t.arg.string({ required: false, description: '任务编号 / Task code' }) },
    resolve: (_r, args, ctx) => {
      const take = pageSize(args);
      const page = Math.max(0, args.page ?? 0);
      if (page * take > 10_000_000) throw userError('VALIDATION.INVALID', '页码过大', { field: 'page' });
      return publishedCommitments(ctx.prisma, { taskCode: args.taskCode?.trim() || null, skip: page * take, take });
    },
  }),
}));
