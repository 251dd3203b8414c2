// approveCampaignExemption: rule 9 (G13) — "因专项整治、特殊事件或上级指令等情况另行部署定向抽查的，不受比例和频次限制".
// A task marked as ordered by a special campaign / higher authority is capped like any other until the lead unit
// approves the exemption on its written basis (document number and date). The approval is recorded on the task
// (who, when, basis), goes into the draw's parameters (ssj-draw/3: parameters.campaignApproval, hashed and published
// with the receipt) and the audit trail; it lifts the ratio and yearly caps for the task's directed classes only.
import { builder, DateScalar } from '../../builder.ts';
import { audit } from '../../audit.ts';
import { clock } from '../../clock.ts';
import { allowed, notFound, userError } from '../../errors.ts';
import { requireFields } from '../../validation.ts';
import { campaignApproval, campaignApprover, statesAllowing, TASK_LIFECYCLE } from '@ssj/domain';
import { lockRow } from '../../locking.ts';
import { toDateColumn } from '../../dateColumn.ts';

builder.mutationFields((t) => ({
  approveCampaignExemption: t.prismaField({
    type: 'Task',
    description:
      "批准专项行动或上级交办任务不受比例和频次限制（仅牵头科室管理员，摇号前；须填写依据文号和日期，仅适用于定向抽取类别） / Approve that a campaign-ordered task is exempt from the ratio and yearly caps (lead unit ADMIN, before the draw; with the basis's document number and date; directed classes only, rule 9)",
    authScopes: { writer: true },
    args: {
      taskId: t.arg.id({ required: false, description: '抽查任务 / Task' }),
      documentNumber: t.arg.string({ required: false, description: '依据文号 / Document number of the basis' }),
      documentDate: t.arg({ type: DateScalar, required: false, description: '依据文件日期 / Date of that document' }),
    },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { taskId: '抽查任务', documentNumber: '依据文号', documentDate: '依据文件日期' });
      const documentNumber = args.documentNumber!.trim();
      if (!documentNumber) throw userError('VALIDATION.REQUIRED', '依据文号', { field: 'documentNumber' });
      const documentDate = args.documentDate!;
      if (documentDate > clock.today()) throw userError('VALIDATION.INVALID', '依据文件日期不能晚于今天', { field: 'documentDate' });
      const taskId = String(args.taskId);
      return ctx.prisma.$transaction(async (tx) => {
        // Rule 9: the lead unit approves (its ADMIN), not the unit that asks for the exemption.
        const unit = await tx.unit.findUnique({ where: { id: ctx.user!.unitId }, select: { kind: true } });
        allowed(campaignApprover({ LEAD_ADMIN: ctx.user!.role === 'ADMIN' && unit?.kind === 'LEAD' }), { reason: 'NOT_LEAD_ADMIN' });
        await lockRow(tx, 'Task', taskId);
        const task = await tx.task.findUnique({ where: { id: taskId } });
        if (!task) throw notFound('抽查任务');
        // The approval is part of the draw's parameters: only while those may still change (before the draw).
        const may = campaignApproval({ status: task.status, campaignOrdered: task.campaignOrdered, campaignApproved: task.campaignApprovedAt !== null });
        if (!may.ok) {
          const extra: Record<string, Record<string, unknown>> = {
            'TASK.CAMPAIGN_ALREADY_APPROVED': { approvedAt: task.campaignApprovedAt?.toISOString() },
            'TASK.CAMPAIGN_APPROVAL_TOO_LATE': { status: task.status },
          };
          throw userError(may.code, undefined, extra[may.code] ?? {});
        }
        const now = clock.now();
        const updated = await tx.task.updateMany({
          where: { id: taskId, status: { in: statesAllowing(TASK_LIFECYCLE, 'APPROVE_CAMPAIGN') }, campaignOrdered: true, campaignApprovedAt: null },
          data: {
            campaignApprovedAt: now,
            campaignApprovedById: ctx.user!.id,
            campaignApprovalDocNo: documentNumber,
            campaignApprovalDocDate: toDateColumn(documentDate),
          },
        });
        if (updated.count !== 1) throw userError('TASK.CAMPAIGN_ALREADY_APPROVED');
        const after = await tx.task.findUniqueOrThrow({ where: { id: taskId } });
        await audit(tx, ctx, {
          action: 'approveCampaignExemption',
          entity: 'Task',
          entityId: taskId,
          unitId: task.ownerUnitId,
          before: { campaignOrdered: task.campaignOrdered, campaignBasis: task.campaignBasis, campaignApprovedAt: null },
          after: {
            campaignOrdered: after.campaignOrdered,
            campaignBasis: after.campaignBasis,
            campaignApprovedAt: after.campaignApprovedAt,
            campaignApprovedById: after.campaignApprovedById,
            campaignApprovalDocNo: after.campaignApprovalDocNo,
            campaignApprovalDocDate: documentDate,
          },
        });
        return tx.task.findUniqueOrThrow({ ...query, where: { id: taskId } });
      });
    },
  }),
}));
