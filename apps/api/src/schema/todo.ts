// To-do list (待办): what waits for the signed-in user, soonest due first — plans to file, draws to hold and
// lock, teams to match and confirm, tasks to complete, results to enter, review and publish (rule 20), objection
// reviews and feedback (rule 22), follow-ups handed to the unit (rule 24) and, for a principal, corrections to
// sign (rule 21) and transfers to approve (rule 23). Unit staff see their unit's work; the lead unit's
// administrators see every unit's.
// Results are grouped per task and state (one line "5 条结果待录入", due by the earliest), so a task of 200
// targets is one line, not 200.
import {
  calendarYearsToDeclare,
  correctionStateOf,
  OPEN_FOLLOW_UP_STATES,
  OPEN_REVIEW_STATES,
  mayActOnPlan,
  mayActOnTask,
  mayDecideReplacementRequest,
  maySignCorrection,
  PLAN_LIFECYCLE,
  REPLACEMENT_REASON,
  REPLACEMENT_REQUEST_LIFECYCLE,
  resultStatesAllowing,
  resultTransition,
  reviewTransition,
  statesAllowing,
  TASK_LIFECYCLE,
  TODO_KIND,
} from '@ssj/domain';
import { builder, DateScalar } from '../builder.ts';
import { clock } from '../clock.ts';
import { loadHolidayCalendar, requestCalendar, seedRequestCalendar } from '../holidayCalendar.ts';
import type { Context } from '../context.ts';
import { domainEnum } from './enums.ts';
import { DeadlineRef, deadlineOf, responsibleUnitId, responsibleWhere, type Deadline } from './result.ts';
import { fromDateColumn, toDateColumn } from '../dateColumn.ts';

const TodoKindEnum = domainEnum('TodoKind', '待办类型 / To-do kind', TODO_KIND);
type TodoKind = typeof TodoKindEnum.$inferType;

export type Todo = {
  kind: TodoKind;
  title: string;
  count: number;
  resource: string;
  recordId: string | null;
  filter: Record<string, unknown> | null;
  unitName: string;
  deadline: Deadline | null;
};

const TodoRef = builder.objectRef<Todo>('TodoItem').implement({
  description: '一项待办 / One to-do item',
  fields: (t) => ({
    kind: t.field({ type: TodoKindEnum, description: '类型 / Kind', resolve: (x) => x.kind }),
    title: t.exposeString('title', { description: '标题 / Title' }),
    count: t.exposeInt('count', { description: '件数 / How many records' }),
    unitName: t.exposeString('unitName', { description: '单位 / Unit' }),
    resource: t.exposeString('resource', { description: '打开的资源（管理端） / The resource to open' }),
    recordId: t.exposeID('recordId', { nullable: true, description: '打开的记录（为空则打开筛选后的列表） / The record to open; null = the filtered list' }),
    filter: t.field({ type: 'JSON', nullable: true, description: '列表筛选条件 / List filter', resolve: (x) => x.filter }),
    dueOn: t.field({ type: DateScalar, nullable: true, description: '截止日 / Due on', resolve: (x) => x.deadline?.dueOn ?? null }),
    deadline: t.field({ type: DeadlineRef, nullable: true, description: '期限及倒计时 / Deadline and countdown', resolve: (x) => x.deadline }),
  }),
});

/** The task steps the list reminds of, in the order of the task's lifecycle. */
const TASK_STEPS = ['ANNOUNCE_DRAW', 'DRAW_TARGETS', 'LOCK_DRAW', 'WORK_ON_TEAMS', 'COMPLETE'] as const;

/**
 * Reads several lists share (the reminders compute every user's list at once): what a list reads for its unit —
 * or for every unit, an administrator's — is the same for each user of that unit, so it is read once, as are the
 * units and the holiday calendar. What depends on the user (replacement requests named to them, transfers they did
 * not ask for, results they entered) is decided per user from reads shared by all.
 */
export type SharedTodoReads = Map<string, Promise<unknown>>;

const transferSelect = {
  id: true,
  fromUnitId: true,
  noticeRef: true,
  toUnit: { select: { name: true } },
  taskTarget: { select: { target: { select: { name: true } } } },
} as const;
const requestSelect = {
  id: true,
  status: true,
  approverId: true,
  requestedById: true,
  taskId: true,
  reason: true,
  note: true,
  createdAt: true,
  task: { select: { code: true, name: true, executingUnitId: true, windowFrom: true } },
  member: { select: { inspector: { select: { name: true } } } },
  requestedBy: { select: { name: true } },
} as const;

export async function todosOf(ctx: Context, shared?: SharedTodoReads): Promise<Todo[]> {
  const user = ctx.user!;
  const db = ctx.prisma;
  const all = user.role === 'ADMIN';
  const scope = all ? '*' : user.unitId;
  const read = <T>(key: string, run: () => Promise<T>): Promise<T> => {
    if (!shared) return run();
    let p = shared.get(key) as Promise<T> | undefined;
    if (!p) {
      p = run();
      shared.set(key, p);
    }
    return p;
  };
  if (shared)
    seedRequestCalendar(
      ctx,
      read('calendar', () => loadHolidayCalendar(db)),
    );
  const units = new Map((await read('units', () => db.unit.findMany({ select: { id: true, name: true } }))).map((u) => [u.id, u.name]));
  const unitName = (id: string) => units.get(id) ?? '';
  const own = <W>(w: W): W | Record<string, never> => (all ? {} : w);
  const today = clock.today();
  const todos: Todo[] = [];
  const push = async (x: Omit<Todo, 'deadline'>, dueOn: Date | null = null, provisional = false) =>
    todos.push({ ...x, deadline: await deadlineOf(ctx, dueOn, null, provisional) });

  // Rule 20: from 1 November the lead unit is reminded to enter and declare next year's schedule, so that
  // deadlines counted into it stop being provisional.
  if (all) {
    for (const y of calendarYearsToDeclare(today, await requestCalendar(ctx))) {
      await push(
        {
          kind: 'CALENDAR_TO_DECLARE',
          title: `${y.year} 年工作日历（节假日安排）待录入并声明`,
          count: 1,
          resource: 'CalendarYear',
          recordId: String(y.year),
          filter: null,
          unitName: unitName(user.unitId),
        },
        toDateColumn(y.dueOn),
      );
    }
  }

  const [plans, tasks, results, reviews, followUps, corrections, transfers] = await Promise.all([
    read(`plans:${scope}`, () =>
      db.plan.findMany({
        where: { status: { in: statesAllowing(PLAN_LIFECYCLE, 'FILE') }, ...own({ unitId: user.unitId }) },
        select: { id: true, year: true, unitId: true, title: true, status: true },
      }),
    ),
    read(`tasks:${scope}`, () =>
      db.task.findMany({
        where: {
          status: { in: statesAllowing(TASK_LIFECYCLE, ...TASK_STEPS) },
          ...(all ? {} : { OR: [{ ownerUnitId: user.unitId }, { executingUnitId: user.unitId }] }),
        },
        select: {
          id: true,
          code: true,
          name: true,
          status: true,
          ownerUnitId: true,
          executingUnitId: true,
          windowFrom: true,
          windowTo: true,
          targets: { select: { visit: { select: { teams: { select: { confirmedAt: true } } } } } },
        },
      }),
    ),
    read(`results:${scope}`, () =>
      db.result.findMany({
        where: { status: { in: resultStatesAllowing('SUBMIT', 'APPROVE', 'PUBLISH') }, ...(all ? {} : { taskTarget: responsibleWhere(user.unitId) }) },
        select: {
          status: true,
          dueOn: true,
          dueProvisional: true,
          enteredById: true,
          taskTarget: { select: { status: true, transferredToUnitId: true, task: { select: { id: true, code: true, name: true, executingUnitId: true } } } },
        },
      }),
    ),
    read(`reviews:${scope}`, () =>
      db.review.findMany({
        where: { status: { in: [...OPEN_REVIEW_STATES] }, ...(all ? {} : { result: { taskTarget: responsibleWhere(user.unitId) } }) },
        select: {
          id: true,
          status: true,
          reviewDueOn: true,
          reviewDueProvisional: true,
          feedbackDueOn: true,
          feedbackDueProvisional: true,
          raisedBy: true,
          result: { select: { taskTarget: { select: { target: { select: { name: true } }, task: { select: { executingUnitId: true } } } } } },
        },
      }),
    ),
    read(`followUps:${scope}`, () =>
      db.followUp.findMany({
        where: { status: { in: [...OPEN_FOLLOW_UP_STATES] }, ...own({ handedToUnitId: user.unitId }) },
        select: { id: true, status: true, handedToUnitId: true, result: { select: { taskTarget: { select: { target: { select: { name: true } } } } } } },
      }),
    ),
    user.isPrincipal
      ? read(`corrections:${user.unitId}`, () =>
          db.correction.findMany({
            where: { signedAt: null, refusedAt: null, result: { taskTarget: responsibleWhere(user.unitId) } },
            select: {
              id: true,
              reason: true,
              signedAt: true,
              refusedAt: true,
              result: { select: { taskTarget: { select: { target: { select: { name: true } } } } } },
            },
          }),
        )
      : Promise.resolve([]),
    // Rule 23 (G28): the giving unit's principal, or the lead unit, decides a transfer — not the person who asked.
    all || (user.role === 'UNIT_STAFF' && user.isPrincipal)
      ? shared
        ? read('transfers', () => db.transfer.findMany({ where: { status: 'PENDING' }, select: { ...transferSelect, requestedById: true } })).then((xs) =>
            xs.filter((x) => x.requestedById !== user.id && (all || x.fromUnitId === user.unitId)),
          )
        : db.transfer.findMany({ where: { status: 'PENDING', requestedById: { not: user.id }, ...own({ fromUnitId: user.unitId }) }, select: transferSelect })
      : Promise.resolve([]),
  ]);

  // Rule 16: a replacement or recusal request waits for its named approver only (whoever else may see the task).
  const open = { status: { in: statesAllowing(REPLACEMENT_REQUEST_LIFECYCLE, 'APPROVE', 'REFUSE') } };
  const requests = shared
    ? (await read('requests', () => db.replacementRequest.findMany({ where: open, select: requestSelect, orderBy: { createdAt: 'asc' } }))).filter(
        (r) => r.approverId === user.id,
      )
    : await db.replacementRequest.findMany({ where: { approverId: user.id, ...open }, select: requestSelect, orderBy: { createdAt: 'asc' } });
  const reasonLabel: Readonly<Record<string, string>> = REPLACEMENT_REASON.zh;
  for (const r of requests) {
    if (!mayDecideReplacementRequest(r, user.id)) continue;
    await push(
      {
        kind: 'REPLACEMENT_TO_DECIDE',
        title: `${r.task.code} ${r.member.inspector?.name ?? ''}（${reasonLabel[r.reason] ?? r.reason}，申请人：${r.requestedBy.name}）`,
        count: 1,
        resource: 'Task',
        recordId: r.taskId,
        filter: null,
        unitName: unitName(r.task.executingUnitId),
      },
      r.task.windowFrom,
    );
  }

  for (const p of plans) {
    if (!mayActOnPlan(p.status, 'FILE', { OWNER_UNIT: all || p.unitId === user.unitId })) continue;
    await push({ kind: 'PLAN_TO_FILE', title: `${p.title}（待备案）`, count: 1, resource: 'Plan', recordId: p.id, filter: null, unitName: unitName(p.unitId) });
  }

  for (const t of tasks) {
    const base = { count: 1, resource: 'Task', recordId: t.id, filter: null };
    // The task's next step, as its lifecycle says, for the unit whose step it is (rule 3, G15).
    const actor = { OWNER_UNIT: all || t.ownerUnitId === user.unitId, EXECUTING_UNIT: all || t.executingUnitId === user.unitId };
    const may = (a: (typeof TASK_STEPS)[number]) => mayActOnTask(t.status, a, actor);
    if (may('ANNOUNCE_DRAW') || may('DRAW_TARGETS')) {
      await push({ ...base, kind: 'TASK_TO_DRAW', title: `${t.code} ${t.name}`, unitName: unitName(t.ownerUnitId) }, t.windowFrom);
    } else if (may('LOCK_DRAW')) {
      await push({ ...base, kind: 'DRAW_TO_LOCK', title: `${t.code} ${t.name}`, unitName: unitName(t.ownerUnitId) }, t.windowFrom);
    } else if (may('WORK_ON_TEAMS')) {
      const teams = t.targets.flatMap((x) => x.visit?.teams ?? []);
      const unmatched = t.targets.filter((x) => (x.visit?.teams.length ?? 0) === 0).length;
      const unconfirmed = teams.filter((x) => !x.confirmedAt).length;
      if (unmatched > 0 || unconfirmed > 0) {
        await push(
          { ...base, kind: 'TEAMS_TO_MATCH', title: `${t.code} ${t.name}`, count: unmatched + unconfirmed, unitName: unitName(t.executingUnitId) },
          t.windowFrom,
        );
      } else if (may('COMPLETE') && fromDateColumn(t.windowTo) < today) {
        await push({ ...base, kind: 'TASK_TO_COMPLETE', title: `${t.code} ${t.name}`, unitName: unitName(t.executingUnitId) }, t.windowTo);
      }
    }
  }

  // Results: one line per task and state, due by the earliest due date among them.
  const groups = new Map<
    string,
    {
      kind: TodoKind;
      task: { id: string; code: string; name: string };
      unitId: string;
      status: string;
      count: number;
      dueOn: Date | null;
      provisional: boolean;
    }
  >();
  for (const r of results) {
    const unitId = responsibleUnitId(r.taskTarget);
    // Rule 22: what the result's lifecycle allows next; a result waits for its first entry once it has a due date,
    // and for review by someone other than who entered it.
    const kind: TodoKind | null = resultTransition(r.status, 'SUBMIT').ok
      ? r.status === 'RETURNED'
        ? 'RESULTS_RETURNED'
        : r.dueOn
          ? 'RESULTS_TO_ENTER'
          : null
      : resultTransition(r.status, 'APPROVE').ok
        ? r.enteredById === user.id
          ? null
          : 'RESULTS_TO_REVIEW'
        : resultTransition(r.status, 'PUBLISH').ok
          ? 'RESULTS_TO_PUBLISH'
          : null;
    if (!kind) continue;
    const key = `${kind}|${r.taskTarget.task.id}|${unitId}`;
    const g = groups.get(key) ?? { kind, task: r.taskTarget.task, unitId, status: r.status, count: 0, dueOn: null, provisional: false };
    g.count += 1;
    if (r.dueOn && (!g.dueOn || r.dueOn < g.dueOn)) Object.assign(g, { dueOn: r.dueOn, provisional: r.dueProvisional });
    groups.set(key, g);
  }
  for (const g of groups.values()) {
    await push(
      {
        kind: g.kind,
        title: `${g.task.code} ${g.task.name}`,
        count: g.count,
        resource: 'Result',
        recordId: null,
        filter: { taskId: g.task.id, status: g.status },
        unitName: unitName(g.unitId),
      },
      g.dueOn,
      g.provisional,
    );
  }

  for (const r of reviews) {
    const name = r.result.taskTarget.target.name;
    const unit = unitName(r.result.taskTarget.task.executingUnitId);
    if (reviewTransition(r.status, 'DECIDE').ok)
      await push(
        { kind: 'REVIEW_TO_DECIDE', title: `${name}（异议人：${r.raisedBy}）`, count: 1, resource: 'Review', recordId: r.id, filter: null, unitName: unit },
        r.reviewDueOn,
        r.reviewDueProvisional,
      );
    else
      await push(
        { kind: 'REVIEW_TO_FEED_BACK', title: `${name}（异议人：${r.raisedBy}）`, count: 1, resource: 'Review', recordId: r.id, filter: null, unitName: unit },
        r.feedbackDueOn,
        r.feedbackDueProvisional,
      );
  }
  for (const f of followUps) {
    await push({
      kind: 'FOLLOW_UP_OPEN',
      title: f.result.taskTarget.target.name,
      count: 1,
      resource: 'FollowUp',
      recordId: f.id,
      filter: null,
      unitName: unitName(f.handedToUnitId),
    });
  }
  for (const c of corrections) {
    if (!maySignCorrection(correctionStateOf(c), { PRINCIPAL: user.isPrincipal })) continue;
    await push({
      kind: 'CORRECTION_TO_SIGN',
      title: `${c.result.taskTarget.target.name}：${c.reason}`,
      count: 1,
      resource: 'Correction',
      recordId: c.id,
      filter: null,
      unitName: unitName(user.unitId),
    });
  }

  for (const x of transfers) {
    await push({
      kind: 'TRANSFER_TO_DECIDE',
      title: `${x.taskTarget.target.name} 移交${x.toUnit.name}（${x.noticeRef}）`,
      count: 1,
      resource: 'Transfer',
      recordId: x.id,
      filter: null,
      unitName: unitName(x.fromUnitId),
    });
  }

  // Soonest due first (overdue on top), undated work after, then by kind and title for a stable order.
  const order: readonly string[] = TODO_KIND.values;
  return todos.sort((a, b) => {
    const da = a.deadline?.dueOn ?? '9999-12-31';
    const db2 = b.deadline?.dueOn ?? '9999-12-31';
    return da < db2 ? -1 : da > db2 ? 1 : order.indexOf(a.kind) - order.indexOf(b.kind) || a.title.localeCompare(b.title, 'zh');
  });
}

builder.queryFields((t) => ({
  myTodos: t.field({
    type: [TodoRef],
    description: '我的待办（截止日最近的在前，逾期的最前） / What waits for the signed-in user, soonest due first',
    authScopes: { signedIn: true },
    resolve: (_r, _a, ctx) => (ctx.user!.role === 'ADMIN' || ctx.user!.role === 'UNIT_STAFF' ? todosOf(ctx) : Promise.resolve([])),
  }),
}));
