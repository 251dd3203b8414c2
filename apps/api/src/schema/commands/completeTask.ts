// Completing a task starts the result clock (rule 20, P5, G26.4): every target's result is due by the end of
// the 20th working day after the completion day (the day itself not counted), on the official calendar
// with its make-up working days. A due date in a year with no holiday schedule is refused, not guessed.
// Rule 15: the visits happen with a team of ≥2 and one leader, signed off by the executing unit (confirmTeams)
// before they start, so a task is not completed while a target still to be inspected has no confirmed team.
// Targets closed (unreachable, deregistered) or transferred to another unit need none (rule 23, G28).
// The completion day is the day the task is marked complete; an earlier day needs a reason, kept in the audit.
// The clock starts at the earlier of completion and the window's end: completing late buys no time (G33).
import { checkCompletionDate, resultClockStart, statutoryDeadline, TASK_TARGET_STATES_NEEDING_TEAM, taskCompletion, taskTransition } from '@ssj/domain';
import { builder, DateScalar } from '../../builder.ts';
import { audit } from '../../audit.ts';
import { clock } from '../../clock.ts';
import { allowed, domainCall, notFound, userError } from '../../errors.ts';
import { loadHolidayCalendar } from '../../holidayCalendar.ts';
import { assertUnitWrite } from '../../validation.ts';
import { defaultFormId } from '../form.ts';
import { lockRow } from '../../locking.ts';
import { fromDateColumn, toDateColumn } from '../../dateColumn.ts';

builder.mutationFields((t) => ({
  completeTask: t.prismaField({
    type: 'Task',
    description:
      '任务完成：记录完成日期，各检查对象的结果须在其后 20 个工作日内录入并公示（规则 20）；待检查的检查对象须均有已确认的检查组（规则 15） / Complete a task: results are due within 20 working days after the completion day (rule 20); every target still to inspect needs a confirmed team (rule 15)',
    authScopes: { writer: true },
    args: {
      taskId: t.arg.id({ required: true }),
      completedOn: t.arg({
        type: DateScalar,
        required: false,
        description: '完成日期，默认今天（标记之日） / Completion day; defaults to today, the day it is marked',
      }),
      reason: t.arg.string({
        required: false,
        description: '完成日期早于今天时的理由（必填，记入日志） / Why the completion day is before today (required then; audited)',
      }),
    },
    resolve: async (query, _r, args, ctx) => {
      const taskId = String(args.taskId);
      return ctx.prisma.$transaction(async (tx) => {
        await lockRow(tx, 'Task', taskId);
        const task = await tx.task.findUnique({
          where: { id: taskId },
          include: { targets: { select: { id: true } }, checkItems: { select: { checkItemId: true }, orderBy: { checkItemId: 'asc' } } },
        });
        if (!task) throw notFound('抽查任务');
        assertUnitWrite(ctx.user, task.executingUnitId);
        allowed(taskTransition(task.status, 'COMPLETE'), { status: task.status });
        const unconfirmed = await tx.taskTarget.findMany({
          where: {
            taskId,
            status: { in: [...TASK_TARGET_STATES_NEEDING_TEAM] },
            OR: [{ visitId: null }, { visit: { teams: { none: { confirmedAt: { not: null } } } } }],
          },
          select: { targetId: true },
          orderBy: { targetId: 'asc' },
        });
        const completion = taskCompletion({ status: task.status, targetsWithoutConfirmedTeam: unconfirmed.length });
        if (!completion.ok) {
          throw userError(completion.code, `尚有 ${unconfirmed.length} 个检查对象的检查组未确认`, {
            targetsWithoutConfirmedTeam: unconfirmed.length,
            targetIds: unconfirmed.map((u) => u.targetId),
          });
        }
        const from = fromDateColumn(task.windowFrom);
        const windowTo = fromDateColumn(task.windowTo);
        const today = clock.today();
        const completedOn = args.completedOn ?? today;
        const reason = args.reason?.trim() || null;
        const date = checkCompletionDate({ completedOn, today, windowFrom: from, reason });
        if (!date.ok) {
          const field = date.code === 'TASK.COMPLETION_BACKDATE_REASON_REQUIRED' ? 'reason' : 'completedOn';
          throw userError(date.code, date.code === 'TASK.COMPLETION_BEFORE_WINDOW' ? from : undefined, { field });
        }
        const calendar = await loadHolidayCalendar(tx);
        // Rule 20: due on the 20th working day after the clock's start (never later than the window's end);
        // provisional (暂定) when counted through a year not declared yet.
        const clockStart = resultClockStart({ completedOn, windowTo }, today)!;
        const due = domainCall(() => statutoryDeadline('RESULT_ENTRY', clockStart, calendar));
        const dueOn = toDateColumn(due.dueOn);
        const dueProvisional = due.provisional;
        const { count } = await tx.result.updateMany({ where: { taskTarget: { taskId } }, data: { dueOn, dueProvisional } });
        const existing = new Set((await tx.result.findMany({ where: { taskTarget: { taskId } }, select: { taskTargetId: true } })).map((r) => r.taskTargetId));
        const missing = task.targets.filter((tt) => !existing.has(tt.id));
        // Targets dispatched before results were created at the lock get theirs now (rule 18: matched form).
        const formId =
          missing.length > 0
            ? await defaultFormId(
                tx,
                taskId,
                task.checkItems.map((c) => c.checkItemId),
              )
            : null;
        await tx.result.createMany({ data: missing.map((tt) => ({ taskTargetId: tt.id, dueOn, dueProvisional, formId })) });
        const after = await tx.task.update({ where: { id: taskId }, data: { status: completion.to, completedOn: toDateColumn(completedOn) } });
        await audit(tx, ctx, {
          action: 'completeTask',
          entity: 'Task',
          entityId: taskId,
          unitId: task.executingUnitId,
          before: { status: task.status, completedOn: null },
          after: {
            status: after.status,
            completedOn,
            markedOn: today,
            ...(date.backdated ? { backdatedReason: reason } : {}),
            resultClockStart: clockStart,
            resultsDueOn: due.dueOn,
            provisional: dueProvisional,
            results: count + missing.length,
          },
        });
        return tx.task.findUniqueOrThrow({ ...query, where: { id: taskId } });
      });
    },
  }),
}));
