// What each printable document shows, loaded once from the database (the same records the admin's pages and
// the public pages read), plus who may read it. The renderers (render.ts) only lay it out.
//
// Who may read what: a signed-in user (any role, also a read-only API token) every document, as every record is
// readable in the bureau. Without sign-in only what the public pages already show (rule 26): a public task's
// announcement once announced, its published results, a filed plan. Anything else answers as the public
// GraphQL fields do — UNAUTHENTICATED — and a record that does not exist NOT_FOUND.
import type { PrismaClient } from '@ssj/db';
import type { Prisma } from '@ssj/db/client';
import { planIsPublic, PUBLISHED_DRAWS } from '@ssj/domain';
import type { CurrentUser } from '../context.ts';
import { notFound, unauthenticated, userError } from '../errors.ts';
import { ANNOUNCED_TASK, PUBLISHED_RESULT, SIGNED_CORRECTION } from '../schema/public.ts';
import { statusWhere } from '../statusWhere.ts';

type Db = PrismaClient;
type Reader = { user: CurrentUser | null };

const requireUser = (ctx: Reader) => {
  if (!ctx.user) throw unauthenticated();
};
const notAvailable = (why: string, extra: Record<string, unknown> = {}) => userError('DOCUMENT.NOT_AVAILABLE', why, extra);

const checkItemSelect = { id: true, code: true, name: true, legalBasis: true } satisfies Prisma.CheckItemSelect;
const formSelect = { id: true, code: true, name: true, version: true, fields: true, checkItemId: true } satisfies Prisma.FormSelect;
const memberSelect = {
  id: true,
  role: true,
  rank: true,
  active: true,
  inspector: { select: { name: true, certificateNumber: true, unit: { select: { name: true } } } },
  expert: { select: { name: true, organization: true, field: true } },
} satisfies Prisma.TeamMemberSelect;
const teamSelect = {
  mode: true,
  confirmedAt: true,
  members: { where: { active: true }, orderBy: [{ role: 'asc' }, { rank: 'asc' }, { id: 'asc' }], select: memberSelect },
} satisfies Prisma.TeamSelect;

export type FormPoint = { key: string; label: string; basis: string };
export const formPoints = (fields: unknown): FormPoint[] =>
  Array.isArray(fields)
    ? fields
        .filter((f): f is FormPoint => !!f && typeof f === 'object' && typeof (f as FormPoint).label === 'string')
        .map((f) => ({ key: String(f.key ?? ''), label: f.label, basis: String(f.basis ?? '') }))
    : [];

// ——— a visit: the inspection notice and the on-site record ——————————————————————————————————————

const visitTaskTargetSelect = {
  id: true,
  status: true,
  task: {
    select: {
      id: true,
      code: true,
      name: true,
      windowFrom: true,
      windowTo: true,
      executingUnit: { select: { name: true } },
      checkItems: { orderBy: { checkItemId: 'asc' }, select: { checkItem: { select: checkItemSelect }, form: { select: formSelect } } },
    },
  },
} satisfies Prisma.TaskTargetSelect;

const taskTargetSelect = {
  ...visitTaskTargetSelect,
  target: {
    select: {
      id: true,
      name: true,
      creditCode: true,
      address: true,
      legalRepresentative: true,
      contactPhone: true,
      area: true,
      objectType: true,
      unit: { select: { name: true } },
    },
  },
  visit: {
    select: {
      id: true,
      windowFrom: true,
      windowTo: true,
      merged: true,
      taskTargets: { orderBy: { task: { code: 'asc' } }, select: visitTaskTargetSelect },
      teams: { orderBy: { createdAt: 'desc' }, take: 1, select: teamSelect },
    },
  },
  result: {
    select: {
      id: true,
      status: true,
      method: true,
      findings: true,
      outcome: true,
      followUpAction: true,
      remarks: true,
      inspectedOn: true,
      submittedAt: true,
      approvedAt: true,
      publishedAt: true,
      form: { select: formSelect },
      followUpUnit: { select: { name: true } },
      followUp: { select: { handedToUnit: { select: { name: true } } } },
      // Rule 19: the on-site procedure as recorded, and who of the team confirmed the result as it stands.
      onSiteRecord: {
        select: {
          certificates: true,
          noticeServedAt: true,
          noticeServedTo: true,
          pointFindings: true,
          recordText: true,
          representativeName: true,
          signature: true,
          refusalNote: true,
          witnessName: true,
          videoRecorded: true,
          videoNote: true,
          samples: true,
        },
      },
      confirmations: { where: { withdrawnAt: null }, select: { teamMemberId: true, confirmedAt: true } },
    },
  },
  preCheck: { select: { sources: true, findings: true, checkedOn: true, checkedBy: { select: { name: true } } } },
} satisfies Prisma.TaskTargetSelect;

export type VisitTaskTarget = Prisma.TaskTargetGetPayload<{ select: typeof visitTaskTargetSelect }>;
export type VisitData = Prisma.TaskTargetGetPayload<{ select: typeof taskTargetSelect }> & {
  /** Every task the visit serves (rule 14: one visit for merged tasks); just this one without a visit. */
  tasks: VisitTaskTarget[];
  /** The forms of the check items: the task's chosen form, else the item's current form (rule 18). */
  forms: Map<string, { id: string; code: string; name: string; version: number; points: FormPoint[] }>;
};

/** A task target with its visit, team, forms and result: the inspection notice and the on-site record. */
export async function loadVisit(prisma: Db, ctx: Reader, taskTargetId: string): Promise<VisitData> {
  requireUser(ctx);
  const tt = await prisma.taskTarget.findUnique({ where: { id: taskTargetId }, select: taskTargetSelect });
  if (!tt) throw notFound('检查对象任务');
  const tasks = tt.visit?.taskTargets.length ? tt.visit.taskTargets : [tt];
  const itemIds = [...new Set(tasks.flatMap((t) => t.task.checkItems.map((c) => c.checkItem.id)))];
  const current = await prisma.form.findMany({
    where: { checkItemId: { in: itemIds }, retiredAt: null },
    orderBy: [{ version: 'desc' }, { code: 'asc' }],
    select: formSelect,
  });
  const forms: VisitData['forms'] = new Map();
  const put = (itemId: string, f: { id: string; code: string; name: string; version: number; fields: unknown } | null | undefined) => {
    if (f && !forms.has(itemId)) forms.set(itemId, { id: f.id, code: f.code, name: f.name, version: f.version, points: formPoints(f.fields) });
  };
  // The result's own form first (what the inspector actually used), then the task's choice, then the item's.
  if (tt.result?.form?.checkItemId) put(tt.result.form.checkItemId, tt.result.form);
  for (const t of tasks) for (const c of t.task.checkItems) put(c.checkItem.id, c.form);
  for (const f of current) if (f.checkItemId) put(f.checkItemId, f);
  return { ...tt, tasks, forms };
}

// ——— a task: the announcement and the publication of its results ——————————————————————————————

const drawSelect = {
  id: true,
  sequence: true,
  status: true,
  reason: true,
  candidateCount: true,
  candidateListHash: true,
  seedCommitment: true,
  witnessName: true,
  witnessEntropy: true,
  seed: true,
  receipt: true,
  drawnAt: true,
  lockedAt: true,
  supersededAt: true,
  supersededReason: true,
  _count: { select: { drawn: true } },
} satisfies Prisma.DrawSelect;

const taskSelect = {
  id: true,
  code: true,
  name: true,
  status: true,
  isPublic: true,
  temporary: true,
  campaignOrdered: true,
  campaignBasis: true,
  windowFrom: true,
  windowTo: true,
  announcedAt: true,
  completedOn: true,
  plan: { select: { year: true, title: true } },
  ownerUnit: { select: { name: true } },
  executingUnit: { select: { name: true } },
  checkItems: { orderBy: { checkItemId: 'asc' }, select: { checkItem: { select: checkItemSelect } } },
  draws: { where: { kind: 'TARGETS', ...statusWhere<Prisma.DrawWhereInput>(PUBLISHED_DRAWS) }, orderBy: { sequence: 'desc' }, select: drawSelect },
  targets: { orderBy: [{ target: { name: 'asc' } }, { id: 'asc' }], select: { target: { select: { name: true, creditCode: true } } } },
} satisfies Prisma.TaskSelect;
export type TaskData = Prisma.TaskGetPayload<{ select: typeof taskSelect }>;

/** The task's announcement (G17): once announced; public for a public task (rule 26). */
export async function loadAnnouncement(prisma: Db, ctx: Reader, taskId: string): Promise<TaskData> {
  const task = await prisma.task.findUnique({ where: { id: taskId }, select: taskSelect });
  if (!task) throw notFound('抽查任务');
  if (!ctx.user && !(task.isPublic && task.announcedAt)) throw unauthenticated();
  if (!task.announcedAt || !task.draws.length) throw notAvailable('任务的抽取名单尚未锁定下发，还没有抽查公告', { status: task.status });
  return task;
}

const publishedResultSelect = {
  id: true,
  method: true,
  inspectedOn: true,
  outcome: true,
  followUpAction: true,
  publishedAt: true,
  taskTarget: { select: { target: { select: { name: true, creditCode: true } }, transferredToUnit: { select: { name: true } } } },
  corrections: { where: SIGNED_CORRECTION, orderBy: [{ signedAt: 'asc' }, { id: 'asc' }], select: { reason: true, changes: true, signedAt: true } },
} satisfies Prisma.ResultSelect;
export type PublishedResultRow = Prisma.ResultGetPayload<{ select: typeof publishedResultSelect }>;

/** A task's published results with their signed corrections (rules 21, 26), exactly what /public/results lists. */
export async function loadPublication(prisma: Db, ctx: Reader, taskId: string): Promise<{ task: TaskData; results: PublishedResultRow[] }> {
  const task = await prisma.task.findUnique({ where: { id: taskId }, select: taskSelect });
  if (!task) throw notFound('抽查任务');
  if (!ctx.user && !(task.isPublic && task.announcedAt)) throw unauthenticated();
  if (!task.isPublic) throw notAvailable('该任务依法不予公示', { reason: 'WITHHELD' });
  const results = await prisma.result.findMany({
    where: { ...PUBLISHED_RESULT, taskTarget: { taskId: task.id, task: ANNOUNCED_TASK } },
    orderBy: [{ taskTarget: { target: { name: 'asc' } } }, { id: 'asc' }],
    select: publishedResultSelect,
  });
  if (!results.length) throw notAvailable('该任务还没有已公示的检查结果', { reason: 'NONE_PUBLISHED' });
  return { task, results };
}

// ——— a plan, as filed ————————————————————————————————————————————————————————————————

const planSelect = {
  id: true,
  year: true,
  title: true,
  status: true,
  version: true,
  filedAt: true,
  filedWith: true,
  unit: { select: { name: true } },
  items: {
    orderBy: [{ checkItem: { code: 'asc' } }, { windowFrom: 'asc' }, { id: 'asc' }],
    select: {
      scope: true,
      windowFrom: true,
      windowTo: true,
      estimatedCount: true,
      ratio: true,
      provincialShare: true,
      cityShare: true,
      districtShare: true,
      temporary: true,
      checkItem: { select: { ...checkItemSelect, category: true } },
    },
  },
  adjustments: { orderBy: { version: 'asc' }, select: { version: true, reason: true, filedAt: true } },
} satisfies Prisma.PlanSelect;
export type PlanData = Prisma.PlanGetPayload<{ select: typeof planSelect }>;

/** A plan (rules 6–10): public once filed (G6); a draft only for signed-in users, marked as such. */
export async function loadPlan(prisma: Db, ctx: Reader, planId: string): Promise<PlanData> {
  const plan = await prisma.plan.findUnique({ where: { id: planId }, select: planSelect });
  if (!plan) throw notFound('年度抽查工作计划');
  if (!ctx.user && !planIsPublic(plan)) throw unauthenticated();
  return plan;
}

// ——— a target's dossier (一对象一档案, rule 24, G30) ————————————————————————————————————————

const dossierSelect = {
  id: true,
  name: true,
  creditCode: true,
  address: true,
  area: true,
  objectType: true,
  industry: true,
  scale: true,
  riskLevel: true,
  creditStatus: true,
  registrationStatus: true,
  legalRepresentative: true,
  retiredAt: true,
  unit: { select: { name: true } },
  library: { select: { name: true } },
  drawnIn: {
    where: { draw: { kind: 'TARGETS' } },
    orderBy: [{ draw: { drawnAt: 'asc' } }, { drawId: 'asc' }],
    select: {
      rank: true,
      draw: {
        select: {
          id: true,
          sequence: true,
          status: true,
          drawnAt: true,
          lockedAt: true,
          candidateCount: true,
          candidateListHash: true,
          seed: true,
          task: { select: { id: true, code: true, name: true, plan: { select: { year: true } } } },
        },
      },
    },
  },
  tasks: {
    orderBy: [{ task: { windowFrom: 'asc' } }, { id: 'asc' }],
    select: {
      id: true,
      status: true,
      closedReason: true,
      closedAt: true,
      transferredToUnit: { select: { name: true } },
      task: {
        select: {
          id: true,
          code: true,
          name: true,
          windowFrom: true,
          windowTo: true,
          plan: { select: { year: true } },
          executingUnit: { select: { name: true } },
          checkItems: { orderBy: { checkItemId: 'asc' }, select: { checkItem: { select: checkItemSelect } } },
        },
      },
      visit: { select: { teams: { orderBy: { createdAt: 'desc' }, take: 1, select: teamSelect } } },
      result: {
        select: {
          id: true,
          status: true,
          method: true,
          findings: true,
          outcome: true,
          followUpAction: true,
          remarks: true,
          inspectedOn: true,
          publishedAt: true,
          evidence: {
            orderBy: [{ uploadedAt: 'asc' }, { id: 'asc' }],
            select: { id: true, filename: true, mimeType: true, size: true, sha256: true, uploadedAt: true },
          },
          corrections: {
            orderBy: [{ proposedAt: 'asc' }, { id: 'asc' }],
            select: { id: true, reason: true, changes: true, proposedAt: true, signedAt: true, refusedAt: true, refusalReason: true, publishedAt: true },
          },
          reviews: {
            orderBy: [{ receivedOn: 'asc' }, { id: 'asc' }],
            select: {
              id: true,
              raisedBy: true,
              content: true,
              receivedOn: true,
              status: true,
              decision: true,
              decisionNote: true,
              decidedOn: true,
              fedBackOn: true,
            },
          },
          followUp: {
            select: {
              status: true,
              handedOverAt: true,
              acceptedAt: true,
              caseFiledAt: true,
              caseNumber: true,
              rectifiedAt: true,
              closedAt: true,
              notes: true,
              handedToUnit: { select: { name: true } },
            },
          },
        },
      },
    },
  },
} satisfies Prisma.TargetSelect;
export type DossierData = Prisma.TargetGetPayload<{ select: typeof dossierSelect }>;

/** Everything the bureau holds on one target across years: draws, tasks, results and their after-life, evidence. */
export async function loadDossier(prisma: Db, ctx: Reader, targetId: string): Promise<DossierData> {
  requireUser(ctx);
  const t = await prisma.target.findUnique({ where: { id: targetId }, select: dossierSelect });
  if (!t) throw notFound('检查对象');
  return t;
}
