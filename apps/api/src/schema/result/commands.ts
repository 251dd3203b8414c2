import type { Prisma } from '@ssj/db/client';
import type { ResultStatus } from '@ssj/db/client';
import { closedWithoutInspection, resultWriteDecision, taskTargetTransition, WRITE_KEY_PATTERN } from '@ssj/domain';
import { builder, DateScalar } from '../../builder.ts';
import { audit } from '../../audit.ts';
import { publishResult } from '../../publication/outbox.ts';
import { clock } from '../../clock.ts';
import { userError } from '../../errors.ts';
import { assertUnitWrite, requireFields } from '../../validation.ts';
import { CheckMethodEnum } from '../enums.ts';
import { lockRows } from '../../locking.ts';
import { ResultOutcomeEnum, FollowUpActionEnum } from './resultEnums.ts';
import { responsibleUnitId } from './responsible.ts';
import { FindingInput, findingsFor } from './finding.ts';
import { assertTaskRunning, assertTransition, handOverIfViolation, loadResult, problemError, startStep } from './write.ts';
import { assertOnTeam, assertSubmittable, loadProcedure, resultEntryProblems, teamMembersOf, withdrawConfirmations } from './onSite.ts';
import { fromDateColumn, toDateColumn } from '../../dateColumn.ts';

builder.mutationFields((t) => ({
  updateResult: t.prismaField({
    type: 'Result',
    description: '录入或修改检查结果（未录入或退回时） / Enter or change a result while not entered or returned (rules 18, 22)',
    authScopes: { writer: true },
    args: {
      id: t.arg.id({ required: true, description: '编号 / Id' }),
      formId: t.arg.id({ required: false, description: '检查表单 / Form' }),
      method: t.arg({ type: CheckMethodEnum, required: false, description: '检查方式 / Method' }),
      inspectedOn: t.arg({ type: DateScalar, required: false, description: '检查日期 / Inspected on' }),
      findings: t.arg({ type: [FindingInput], required: false, description: '各抽查事项的检查情况 / Findings per checklist item' }),
      outcome: t.arg({ type: ResultOutcomeEnum, required: false, description: '检查结果 / Outcome' }),
      followUpAction: t.arg({ type: FollowUpActionEnum, required: false, description: '后续处置 / Follow-up action' }),
      followUpUnitId: t.arg.id({ required: false, description: '移交的日常监管单位 / Follow-up unit' }),
      remarks: t.arg.string({ required: false, description: '备注 / Remarks' }),
      baseVersion: t.arg.int({
        required: false,
        description: '开始填写时的版本；结果此后被修改的，拒绝保存（RESULT.STALE） / The version the entry started from; refused if the result changed since',
      }),
      idempotencyKey: t.arg.string({
        required: false,
        description: '客户端为本次保存生成的唯一标识；同一标识重复提交只生效一次 / A key the client made for this save: sent again, it has no further effect',
      }),
    },
    resolve: async (query, _r, args, ctx) => {
      const id = String(args.id);
      const key = args.idempotencyKey ?? null;
      if (key !== null && !WRITE_KEY_PATTERN.test(key)) throw userError('VALIDATION.INVALID', '保存请求的标识格式不正确', { field: 'idempotencyKey' });
      return ctx.prisma.$transaction(async (tx) => {
        const r = await loadResult(tx, id);
        assertUnitWrite(ctx.user, responsibleUnitId(r.taskTarget));
        // The row is locked (loadResult): a second request with the same key waits here and then finds the first's.
        const previous = key ? await tx.resultWrite.findUnique({ where: { key }, select: { resultId: true, userId: true } }) : null;
        const decision = resultWriteDecision({ resultId: id, userId: ctx.user!.id, baseVersion: args.baseVersion, currentVersion: r.version, previous });
        if (decision.kind === 'REPLAY') return tx.result.findUniqueOrThrow({ ...query, where: { id } });
        if (decision.kind === 'REFUSE') {
          const extra = decision.code === 'RESULT.STALE' ? { baseVersion: decision.baseVersion, currentVersion: decision.currentVersion } : {};
          throw userError(decision.code, undefined, extra);
        }
        assertTaskRunning(r);
        assertTransition(r, 'EDIT');
        // Rule 19 (G26.3): only an inspector of the visit's team enters the result.
        assertOnTeam(ctx, teamMembersOf(await loadProcedure(tx, id)));
        const data: Prisma.ResultUncheckedUpdateInput = {};
        if (args.formId !== undefined) {
          if (args.formId === null) data.formId = null;
          else {
            const form = await tx.form.findUnique({ where: { id: String(args.formId) }, select: { id: true, retiredAt: true } });
            if (!form || form.retiredAt) throw userError('VALIDATION.INVALID', '检查表单不存在或已停用', { field: 'formId' });
            data.formId = form.id;
          }
        }
        if (args.method !== undefined) data.method = args.method;
        if (args.inspectedOn !== undefined) {
          if (args.inspectedOn !== null) {
            const from = fromDateColumn(r.taskTarget.task.windowFrom);
            if (args.inspectedOn < from) throw userError('VALIDATION.INVALID', `检查日期不能早于任务开始日期 ${from}`, { field: 'inspectedOn' });
            if (args.inspectedOn > clock.today()) throw userError('VALIDATION.INVALID', '检查日期不能晚于今天', { field: 'inspectedOn' });
          }
          data.inspectedOn = args.inspectedOn === null ? null : toDateColumn(args.inspectedOn);
        }
        if (args.findings !== undefined)
          data.findings = findingsFor(
            args.findings ?? [],
            r.taskTarget.task.checkItems.map((c) => c.checkItemId),
          );
        if (args.outcome !== undefined) data.outcome = args.outcome;
        if (args.followUpAction !== undefined) data.followUpAction = args.followUpAction ?? 'NONE';
        if (args.followUpUnitId !== undefined) {
          if (args.followUpUnitId !== null && !(await tx.unit.findUnique({ where: { id: String(args.followUpUnitId) }, select: { id: true } }))) {
            throw userError('VALIDATION.INVALID', '移交单位不存在', { field: 'followUpUnitId' });
          }
          data.followUpUnitId = args.followUpUnitId === null ? null : String(args.followUpUnitId);
        }
        if (args.remarks !== undefined) data.remarks = args.remarks?.trim() || null;
        const { taskTarget: _tt, ...before } = r;
        const after = await tx.result.update({ where: { id }, data });
        if (key) await tx.resultWrite.create({ data: { key, resultId: id, userId: ctx.user!.id, version: after.version } });
        // What the team signed has changed: their confirmations no longer hold (rule 19). Saving it unchanged (the
        // entry page saves before it submits) keeps them.
        const changed = Object.keys(data).some(
          (k) => JSON.stringify((before as Record<string, unknown>)[k] ?? null) !== JSON.stringify((after as Record<string, unknown>)[k] ?? null),
        );
        const confirmationsWithdrawn = changed ? await withdrawConfirmations(tx, id, clock.now()) : 0;
        await audit(tx, ctx, {
          action: 'updateResult',
          entity: 'Result',
          entityId: id,
          unitId: responsibleUnitId(r.taskTarget),
          before,
          after: confirmationsWithdrawn > 0 ? { ...after, confirmationsWithdrawn } : after,
        });
        return tx.result.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),

  submitResult: t.prismaField({
    type: 'Result',
    description: '提交审核（须填写完整） / Submit a complete result for review (rule 22)',
    authScopes: { writer: true },
    args: { id: t.arg.id({ required: true, description: '编号 / Id' }) },
    resolve: async (query, _r, args, ctx) => {
      const id = String(args.id);
      return ctx.prisma.$transaction(async (tx) => {
        const { r, unitId, next } = await startStep(tx, ctx, id, 'SUBMIT');
        const closed = closedWithoutInspection(r.taskTarget.status);
        const problems = resultEntryProblems(r);
        if (problems.length > 0) problemError(problems);
        if (!closed) {
          // Rule 19 (G26, G32): a team inspector submits, the on-site procedure is recorded, every inspector confirmed.
          const p = await loadProcedure(tx, id);
          assertOnTeam(ctx, teamMembersOf(p));
          assertSubmittable(p);
        }
        const now = clock.now();
        await tx.result.update({ where: { id }, data: { status: next, enteredById: ctx.user!.id, submittedAt: now, returnReason: null } });
        const inspected = taskTargetTransition(r.taskTarget.status, 'INSPECT');
        if (inspected.ok) await tx.taskTarget.update({ where: { id: r.taskTarget.id }, data: { status: inspected.to } });
        await audit(tx, ctx, {
          action: 'submitResult',
          entity: 'Result',
          entityId: id,
          unitId,
          before: { status: r.status },
          after: { status: next, submittedAt: now },
        });
        return tx.result.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),

  returnResult: t.prismaField({
    type: 'Result',
    description: '审核退回（须说明理由） / Return a result for correction, with a reason (rule 22)',
    authScopes: { writer: true },
    args: {
      id: t.arg.id({ required: true, description: '编号 / Id' }),
      reason: t.arg.string({ required: false, description: '退回理由 / Why' }),
    },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { reason: '退回理由' });
      const id = String(args.id);
      return ctx.prisma.$transaction(async (tx) => {
        const { r, unitId, next } = await startStep(tx, ctx, id, 'RETURN');
        await tx.result.update({ where: { id }, data: { status: next, returnReason: args.reason!.trim() } });
        await audit(tx, ctx, {
          action: 'returnResult',
          entity: 'Result',
          entityId: id,
          unitId,
          before: { status: r.status },
          after: { status: next, returnReason: args.reason!.trim() },
        });
        return tx.result.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),

  approveResult: t.prismaField({
    type: 'Result',
    description: '审核通过；发现违法违规的自动移交后续处置 / Approve a result; a violation is handed over for follow-up (rules 22, 24)',
    authScopes: { writer: true },
    args: { id: t.arg.id({ required: true, description: '编号 / Id' }) },
    resolve: async (query, _r, args, ctx) => {
      const id = String(args.id);
      return ctx.prisma.$transaction(async (tx) => {
        const { r, unitId, next } = await startStep(tx, ctx, id, 'APPROVE');
        const now = clock.now();
        await tx.result.update({ where: { id }, data: { status: next, approvedById: ctx.user!.id, approvedAt: now } });
        await audit(tx, ctx, {
          action: 'approveResult',
          entity: 'Result',
          entityId: id,
          unitId,
          before: { status: r.status },
          after: { status: next, approvedAt: now },
        });
        await handOverIfViolation(
          tx,
          ctx,
          { id, followUpAction: r.followUpAction, followUpUnitId: r.followUpUnitId, targetUnitId: r.taskTarget.target.unitId, unitId },
          now,
        );
        return tx.result.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),

  publishResults: t.prismaField({
    type: ['Result'],
    description: '公示已审核通过的检查结果（全部成功或全部不公示） / Publish approved results, all or none (rules 20, 26)',
    authScopes: { writer: true },
    args: { ids: t.arg.idList({ required: true, description: '检查结果编号 / Result ids' }) },
    resolve: async (query, _r, args, ctx) => {
      const ids = [...new Set(args.ids.map(String))];
      if (ids.length === 0) throw userError('VALIDATION.REQUIRED', '检查结果', { field: 'ids' });
      return ctx.prisma.$transaction(async (tx) => {
        await lockRows(tx, 'Result', ids);
        const now = clock.now();
        for (const id of ids) {
          const r = await loadResult(tx, id);
          const unitId = responsibleUnitId(r.taskTarget);
          assertUnitWrite(ctx.user, unitId);
          let next: ResultStatus;
          try {
            next = assertTransition(r, 'PUBLISH');
          } catch (e) {
            throw ids.length > 1 ? userError('RESULT.WRONG_STATE', r.taskTarget.target.name, { resultId: id, status: r.status }) : e;
          }
          await tx.result.update({ where: { id }, data: { status: next, publishedAt: now } });
          await publishResult(tx, ctx, id, unitId);
          await audit(tx, ctx, {
            action: 'publishResult',
            entity: 'Result',
            entityId: id,
            unitId,
            before: { status: r.status },
            after: { status: next, publishedAt: now, dueOn: r.dueOn },
          });
        }
        return tx.result.findMany({ ...query, where: { id: { in: ids } }, orderBy: { id: 'asc' } });
      });
    },
  }),
}));
