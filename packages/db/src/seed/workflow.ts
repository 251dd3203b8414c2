// Plays the demo's year of work (scenario.ts) through the domain functions the API uses, and writes the outcome:
// annual plans with their filed versions, tasks in every state, draws whose receipts verify (frozen candidate
// list, commit–reveal seed, yearly cap and GENERAL ratio cap as the API applies them), locked lists with merged
// visits, teams matched with the draw's seed, results through review and publication with their 20-working-day
// due dates, follow-ups, objections, corrections, evidence — and the audit trail of every step.
//
// Everything is computed in memory first, played in the order it happened (a draw sees the draws locked and the
// directory changes made before it, rules 9 and 23), then inserted with one statement per table inside
// loadDemoData's transaction. Rows are created in their final state; database triggers refuse changes to published
// results, their evidence and signed corrections, so evidence is inserted while its result is still APPROVED and
// the result published after.
import {
  DEFAULT_FACTORS,
  addCalendarDays,
  auditSnapshot,
  bestRanks,
  candidateOf,
  maxLoadFor,
  addWorkingDays,
  drawTargets,
  feedbackDueDate,
  isWorkingDay,
  makeCommitment,
  matchTeams,
  mergeVisits,
  normalizeDrawParameters,
  replaceTeamMember,
  resultDueDate,
  reviewDueDate,
  teamLoads,
  type DrawCandidate,
  type DrawParametersInput,
  type DrawReceipt,
  type InspectorCandidate,
  type Team as DomainTeam,
} from '@ssj/domain';
import { Prisma } from '../../generated/prisma/client.ts';
import { seededRandom, type DemoInspector, type DemoTarget } from './demo.ts';
import { demoPdf, demoPng, sha256Hex } from './files.ts';
import { FINDINGS } from './forms.ts';
import type { NextId } from './ids.ts';
import { insertRows } from './insertRows.ts';
import { playOnSiteProcedure, type OnSiteOutput } from './onSite.ts';
import {
  CORRECTIONS,
  DEMO_STAFF,
  FILED_WITH,
  PLANS,
  REVIEWS,
  STATION_PRINCIPALS,
  STATION_TASKS,
  TASKS,
  WITNESSES,
  stationPlans,
  type FollowUpAction,
  type FollowUpStatus,
  type LineSpec,
  type Outcome,
  type ResultSpec,
  type TaskSpec,
  type TaskStatus,
} from './scenario.ts';

type Tx = Prisma.TransactionClient;
type Json = Prisma.InputJsonValue;

export interface WorkflowContext {
  nextId: NextId;
  /** The demo's "now": nothing happens after it. */
  now: Date;
  /** A bcrypt hash nobody knows the password of, for accounts that do not sign in. */
  unusablePasswordHash: string;
  units: ReadonlyMap<string, { id: string; code: string; name: string; area: string | null; neighbourCodes: readonly string[] }>;
  users: ReadonlyMap<string, { id: string; username: string; name: string; unitCode: string; isPrincipal: boolean }>;
  checkItems: ReadonlyMap<
    string,
    {
      id: string;
      code: string;
      name: string;
      category: 'GENERAL' | 'KEY';
      methods: readonly string[];
      needsExpert: boolean;
      unitCode: string;
      /** The units whose remit the item is in (rule 6). */
      remitUnitCodes: readonly string[];
    }
  >;
  libraries: ReadonlyMap<string, { id: string; kind: 'COMPREHENSIVE' | 'SPECIAL' }>;
  targets: readonly (Omit<DemoTarget, 'libraryCode' | 'unitCode'> & { id: string; libraryId: string; unitId: string })[];
  inspectors: readonly (DemoInspector & { id: string; unitId: string })[];
  experts: readonly { id: string; field: string }[];
  forms: ReadonlyMap<string, string>;
  /** The GENERAL-item ratio cap setting (rule 2). */
  generalRatioCap: number;
}

export interface WorkflowSummary {
  plans: number;
  tasks: number;
  draws: number;
  results: number;
  auditEvents: number;
}

// ——— time ————————————————————————————————————————————————————————————————————————————

/** A moment on a Beijing date. */
/** Candidates per DrawCandidateChunk row (as the API's drawSql.ts CHUNK; the stored lists are chunked by it). */
const DRAW_CANDIDATE_CHUNK = 10_000;
const bj = (date: string, time = '09:00') => new Date(`${date}T${time}:00+08:00`);
/** A @db.Date column value. */
const day = (date: string) => new Date(`${date}T00:00:00.000Z`);
const beijingDate = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
const beijingYear = (d: Date) => Number(beijingDate(d).slice(0, 4));
const wd = (date: string, n: number) => addWorkingDays(date, n);
/** The date itself if it is a working day, else the next one. */
const workingOnOrAfter = (date: string) => (isWorkingDay(date) ? date : addWorkingDays(date, 1));
const later = (a: Date, b: Date) => (a > b ? a : b);
const minutes = (d: Date, m: number) => new Date(d.getTime() + m * 60_000);

// ——— in-memory rows ————————————————————————————————————————————————————————————————————

type Row<T> = T & { id: string };
type UserRef = { id: string; username: string; name: string; unitCode: string };

interface TaskState {
  spec: TaskSpec;
  row: Row<Prisma.TaskCreateManyInput>;
  ownerUnitId: string;
  executingUnitId: string;
  checkItemIds: string[];
  classRows: Row<Prisma.TaskClassCreateManyInput>[];
  lockedAt: Date | null;
  /** The moment the task was completed (end of its completion day's work). */
  completedAt: Date | null;
  seed: string | null;
  drawId: string | null;
  targets: { taskTargetId: string; targetId: string; visitId: string; rank: number }[];
}

interface VisitState {
  row: Row<Prisma.VisitCreateManyInput>;
  planIds: Set<string>;
  from: string;
  to: string;
}

interface TeamState {
  row: Row<Prisma.TeamCreateManyInput>;
  targetId: string;
  members: Row<Prisma.TeamMemberCreateManyInput>[];
}

const ORDER: TaskStatus[] = ['DRAFT', 'READY', 'DRAWN', 'DISPATCHED', 'COMPLETED'];
const reached = (s: TaskStatus, step: TaskStatus) => s !== 'CANCELLED' && ORDER.indexOf(s) >= ORDER.indexOf(step);

export async function loadDemoWorkflow(tx: Tx, ctx: WorkflowContext): Promise<WorkflowSummary> {
  const w = new Workflow(ctx);
  w.run();
  await w.insert(tx);
  return w.summary();
}

class Workflow {
  private readonly rng = seededRandom(20261102);
  private readonly nowDate: string;
  private readonly users = new Map<string, UserRef>();
  private readonly userRows: Row<Prisma.UserCreateManyInput>[] = [];
  private readonly unitId = (code: string) => this.ctx.units.get(code)!.id;
  private readonly unitCodeById = new Map<string, string>();
  private readonly targetsById = new Map<string, WorkflowContext['targets'][number]>();
  /** Target changes (closure, transfer) with the moment they happened, applied to draws made after it. */
  private readonly targetChanges = new Map<string, { at: Date; seq: number; patch: Partial<WorkflowContext['targets'][number]> }[]>();
  private readonly lockedDraws: { year: number; lockedAt: Date; targetIds: string[] }[] = [];
  private readonly drawLog: { drawnAt: Date; seq: number; candidateIds: Set<string> }[] = [];
  /** Order in which draws and target changes were played, to check that no draw missed an earlier change. */
  private seq = 0;
  private transferNotices = 0;
  private readonly libraryKinds = new Map<string, 'COMPREHENSIVE' | 'SPECIAL'>();
  /** The day a merged visit takes place, shared by its tasks' results. */
  private readonly visitDays = new Map<string, string>();

  readonly plans: Row<Prisma.PlanCreateManyInput>[] = [];
  readonly planItems: Row<Prisma.PlanItemCreateManyInput>[] = [];
  readonly planAdjustments: Row<Prisma.PlanAdjustmentCreateManyInput>[] = [];
  readonly tasks: TaskState[] = [];
  readonly taskCheckItems: Prisma.TaskCheckItemCreateManyInput[] = [];
  readonly confirmations: Row<Prisma.DirectoryConfirmationCreateManyInput>[] = [];
  readonly draws: Row<Prisma.DrawCreateManyInput>[] = [];
  readonly drawnTargets: Prisma.DrawnTargetCreateManyInput[] = [];
  /** The frozen lists, in chunks of DRAW_CANDIDATE_CHUNK candidates in list order (DrawCandidateChunk). */
  readonly drawCandidateChunks: Prisma.DrawCandidateChunkCreateManyInput[] = [];
  readonly drawCandidateGroups: Prisma.DrawCandidateGroupCreateManyInput[] = [];
  readonly visits = new Map<string, VisitState>();
  readonly taskTargets: Row<Prisma.TaskTargetCreateManyInput>[] = [];
  readonly transfers: Row<Prisma.TransferCreateManyInput>[] = [];
  readonly teams: TeamState[] = [];
  /** Rule 16: replacement requests, each decided by its named approver. */
  readonly replacementRequests: Prisma.ReplacementRequestCreateManyInput[] = [];
  readonly results = new Map<string, Row<Prisma.ResultCreateManyInput>>();
  readonly evidence: Row<Prisma.EvidenceCreateManyInput>[] = [];
  readonly followUps: Row<Prisma.FollowUpCreateManyInput>[] = [];
  readonly reviews: Row<Prisma.ReviewCreateManyInput>[] = [];
  readonly corrections: Row<Prisma.CorrectionCreateManyInput>[] = [];
  readonly audit: Prisma.AuditEventCreateManyInput[] = [];
  /** Results by the tag their spec carries (objections and corrections refer to them). */
  private readonly tagged = new Map<string, { result: Row<Prisma.ResultCreateManyInput>; task: TaskState; targetId: string }>();

  constructor(private readonly ctx: WorkflowContext) {
    this.nowDate = beijingDate(ctx.now);
    for (const [code, u] of ctx.units) this.unitCodeById.set(u.id, code);
    for (const t of ctx.targets) this.targetsById.set(t.id, t);
    for (const u of ctx.users.values()) this.users.set(u.username, u);
  }

  // ——— helpers ———

  private user(username: string): UserRef {
    const u = this.users.get(username);
    if (!u) throw new Error(`demo workflow: unknown user ${username}`);
    return u;
  }

  /** The unit's principal, else its first staff member, else the administrator (who may act for any unit). */
  private principalOf(unitCode: string): UserRef {
    const all = [...this.users.values()].filter((u) => u.unitCode === unitCode);
    return all.find((u) => this.isPrincipal(u)) ?? all[0] ?? this.user('admin');
  }

  private staffOf(unitCode: string): UserRef {
    const all = [...this.users.values()].filter((u) => u.unitCode === unitCode);
    return all.find((u) => !this.isPrincipal(u)) ?? all[0] ?? this.user('admin');
  }

  private isPrincipal(u: UserRef): boolean {
    return this.ctx.users.get(u.username)?.isPrincipal ?? [...DEMO_STAFF, ...STATION_PRINCIPALS].some((s) => s.username === u.username && s.isPrincipal);
  }

  private record(
    at: Date,
    actor: UserRef | null,
    action: string,
    entity: string,
    entityId: string | null,
    unitCode: string | null,
    after?: unknown,
    before?: unknown,
  ) {
    if (at > this.ctx.now) throw new Error(`demo workflow: ${action} at ${at.toISOString()} is after the demo's now`);
    this.audit.push({
      at,
      actorId: actor?.id ?? null,
      actorName: actor ? `${actor.name}（${actor.username}）` : '系统',
      unitId: unitCode ? this.unitId(unitCode) : null,
      action,
      entity,
      entityId,
      ...(auditSnapshot(before) !== undefined ? { before: auditSnapshot(before) as Json } : {}),
      ...(auditSnapshot(after) !== undefined ? { after: auditSnapshot(after) as Json } : {}),
    });
  }

  private hex32(): string {
    let s = '';
    for (let i = 0; i < 8; i++)
      s += Math.floor(this.rng.next() * 2 ** 32)
        .toString(16)
        .padStart(8, '0');
    return s;
  }

  private clock(date: string, fromHour = 9, toHour = 17): Date {
    const m = fromHour * 60 + this.rng.int((toHour - fromHour) * 60);
    return bj(date, `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
  }

  /** A target as it stood at `at` (its changes up to then applied); read only: unchanged, it is the directory's row. */
  private target(id: string, at: Date): Readonly<WorkflowContext['targets'][number]> {
    const base = this.targetsById.get(id)!;
    const changes = this.targetChanges.get(id)?.filter((c) => c.at <= at);
    return changes?.length ? Object.assign({}, base, ...changes.map((c) => c.patch)) : base;
  }

  // ——— the year ———

  run() {
    this.createUsers(DEMO_STAFF);
    for (const p of PLANS) this.plan(p);
    // Task codes follow creation order within a year (RW-<year>-<serial>, as the API numbers them).
    const serials = new Map<string, string>();
    const allTasks = [...TASKS, ...STATION_TASKS];
    for (const year of new Set(allTasks.map((t) => t.year))) {
      const ofYear = allTasks.filter((t) => t.year === year).sort((a, b) => a.created.localeCompare(b.created) || a.key.localeCompare(b.key));
      for (const [i, t] of ofYear.entries()) serials.set(t.key, `RW-${year}-${String(i + 1).padStart(4, '0')}`);
    }
    // Played in time order: set-up to dispatch at the draw, completion and results when the task completes (or now,
    // for tasks still running), so a draw sees exactly the locked draws and target changes before it, and a visit
    // is merged before its inspections are dated.
    const steps: { at: Date; order: number; run: () => void }[] = [];
    for (const [order, spec] of TASKS.entries()) {
      let state: TaskState | undefined;
      steps.push({ at: bj(spec.drawOn ?? spec.created), order, run: () => (state = this.task(spec, serials.get(spec.key)!)) });
      if (spec.status === 'COMPLETED' || spec.status === 'DISPATCHED') {
        steps.push({ at: spec.completedOn ? bj(spec.completedOn, '17:30') : this.ctx.now, order, run: () => this.finish(state!) });
      }
    }
    steps.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
    for (const s of steps) s.run();
    for (const r of REVIEWS) this.review(r);
    for (const c of CORRECTIONS) this.correction(c);
    this.checkTargetChangesPrecedeLaterDraws();
    this.stationWork(serials);
    this.onSiteProcedure();
  }

  /** Rule 19 (G26, G32): the pre-checks, on-site records and team confirmations, played last (onSite.ts). */
  private onSiteProcedure() {
    const out = playOnSiteProcedure({
      nextId: this.ctx.nextId,
      now: this.ctx.now,
      unusablePasswordHash: this.ctx.unusablePasswordHash,
      results: this.results.values(),
      taskTargets: this.taskTargets,
      tasks: this.tasks,
      teams: this.teams,
      inspectors: this.ctx.inspectors,
      targets: this.targetsById,
      forms: this.ctx.forms,
      unitIds: this.unitId,
      user: (username) => this.users.get(username),
      record: (at, actor, action, entityId, unitId, after) => this.record(at, actor, action, 'Result', entityId, this.unitCodeById.get(unitId) ?? null, after),
    });
    // The entry and the submission were the team's: their events name the inspector who made them.
    for (const e of this.audit) {
      const by = e.entity === 'Result' && (e.action === 'updateResult' || e.action === 'submitResult') ? out.submitters.get(e.entityId ?? '') : undefined;
      if (by) Object.assign(e, { actorId: by.id, actorName: `${by.name}（${by.username}）` });
    }
    for (const u of this.userRows) {
      const link = out.links.find((l) => l.userId === u.id);
      if (link) u.inspectorId = link.inspectorId;
    }
    this.onSite = out;
  }

  private onSite: OnSiteOutput | null = null;

  /**
   * The land stations' own planning (rule 6) and a task one set up (rule 11). Played last, so that adding it left
   * every earlier record — its id, the random draws — as it was; its task draws nothing yet.
   */
  private stationWork(serials: ReadonlyMap<string, string>) {
    this.createUsers(STATION_PRINCIPALS);
    const stations = [...this.ctx.units.values()].filter((u) => u.code.startsWith('GTS')).map((u) => ({ code: u.code, name: u.name, area: u.area! }));
    const libraryOf = new Map(
      [
        ['LZZR-01', 'LIB-FK'],
        ['LZZR-02', 'LIB-LS'],
        ['LZZR-09', 'LIB-JS'],
      ].map(([item, lib]) => [item!, this.ctx.libraries.get(lib!)!.id]),
    );
    const estimate = (item: string, area: string, ratio: number) =>
      Math.max(1, Math.ceil(this.ctx.targets.filter((t) => t.libraryId === libraryOf.get(item) && t.area === area).length * ratio));
    for (const p of stationPlans(stations, estimate)) this.plan(p);
    for (const spec of STATION_TASKS) {
      const state = this.task(spec, serials.get(spec.key)!);
      if (reached(spec.status, 'DRAWN')) throw new Error(`demo workflow: station task ${state.row.code} would draw after the others`);
    }
  }

  private createUsers(list: typeof DEMO_STAFF) {
    for (const s of list) {
      const id = this.ctx.nextId();
      this.userRows.push({
        id,
        username: s.username,
        passwordHash: this.ctx.unusablePasswordHash,
        name: s.name,
        role: 'UNIT_STAFF',
        unitId: this.unitId(s.unitCode),
        isPrincipal: s.isPrincipal,
        phone: s.phone,
        createdAt: bj('2025-01-06'),
        updatedAt: bj('2025-01-06'),
      });
      this.users.set(s.username, { id, username: s.username, name: s.name, unitCode: s.unitCode });
    }
  }

  // ——— plans (rules 6, 7, 10) ———

  private plan(spec: (typeof PLANS)[number]) {
    const unit = this.ctx.units.get(spec.unit)!;
    const by = this.user(spec.by);
    const planId = this.ctx.nextId();
    const created = this.clock(spec.created, 9, 11);
    this.record(created, by, 'createPlan', 'Plan', planId, spec.unit, {
      id: planId,
      unitId: unit.id,
      year: spec.year,
      title: spec.title,
      status: 'DRAFT',
      version: 0,
    });

    const lines = spec.lines.map((l, i) => ({ id: this.ctx.nextId(), spec: { ...l }, temporary: false, createdAt: minutes(created, 10 + i * 7) }));
    for (const l of lines) {
      this.record(l.createdAt, by, 'createPlanItem', 'PlanItem', l.id, spec.unit, { planId, ...this.lineValues(l.spec, false), checkItemCode: l.spec.item });
    }
    let version = 0;
    let updatedAt = lines.at(-1)!.createdAt;
    const snapshot = (kind: string, reason: string) => {
      const items = [...lines].sort((a, b) => Number(a.temporary) - Number(b.temporary) || a.spec.item.localeCompare(b.spec.item) || a.id.localeCompare(b.id));
      const remit = [...this.ctx.checkItems.values()].filter((i) => i.remitUnitCodes.includes(spec.unit));
      const regular = new Set(lines.filter((l) => !l.temporary).map((l) => l.spec.item));
      const covered = remit
        .filter((i) => regular.has(i.code))
        .map((i) => i.id)
        .sort();
      return {
        kind,
        reason,
        plan: {
          id: planId,
          unitId: unit.id,
          unitCode: unit.code,
          unitName: unit.name,
          year: spec.year,
          title: spec.title,
          status: 'FILED',
          version,
          filedWith: FILED_WITH,
        },
        items: items.map((l) => {
          const item = this.ctx.checkItems.get(l.spec.item)!;
          return { id: l.id, checkItemCode: item.code, checkItemName: item.name, category: item.category, ...this.lineValues(l.spec, l.temporary) };
        }),
        coverage: { covered, extra: [], share: remit.length === 0 ? 1 : covered.length / remit.length },
      };
    };
    const fileVersion = (at: Date, kind: string, reason: string, action: string) => {
      version++;
      const snap = snapshot(kind, reason);
      this.planAdjustments.push({ id: this.ctx.nextId(), planId, version, reason, snapshot: snap as unknown as Json, filedById: by.id, filedAt: at });
      this.record(
        at,
        by,
        action,
        'Plan',
        planId,
        spec.unit,
        action === 'filePlan' ? { status: 'FILED', version, filedAt: at, filedWith: FILED_WITH, snapshot: snap } : snap,
        { status: version === 1 ? 'DRAFT' : 'FILED', version: version - 1 },
      );
      updatedAt = at;
    };

    let filedAt: Date | null = null;
    if (spec.filed) {
      filedAt = this.clock(spec.filed, 14, 17);
      fileVersion(filedAt, 'INITIAL', '初次备案', 'filePlan');
      if (spec.adjustment) {
        for (const l of lines) Object.assign(l.spec, spec.adjustment.change[l.spec.item] ?? {});
        fileVersion(this.clock(spec.adjustment.on, 9, 12), 'ADJUSTMENT', spec.adjustment.reason, 'adjustPlan');
      }
      if (spec.temporary) {
        const at = this.clock(spec.temporary.on, 9, 12);
        lines.push({ id: this.ctx.nextId(), spec: { ...spec.temporary.line }, temporary: true, createdAt: at });
        fileVersion(at, 'TEMPORARY_CHECK', spec.temporary.reason, 'addTemporaryCheck');
      }
    }
    this.plans.push({
      id: planId,
      unitId: unit.id,
      year: spec.year,
      title: spec.title,
      status: spec.filed ? 'FILED' : 'DRAFT',
      version,
      filedAt,
      filedById: spec.filed ? by.id : null,
      filedWith: spec.filed ? FILED_WITH : null,
      createdAt: created,
      updatedAt,
    });
    for (const l of lines) {
      const v = this.lineValues(l.spec, l.temporary);
      this.planItems.push({
        id: l.id,
        planId,
        checkItemId: this.ctx.checkItems.get(l.spec.item)!.id,
        scope: v.scope,
        windowFrom: day(v.windowFrom),
        windowTo: day(v.windowTo),
        estimatedCount: v.estimatedCount,
        ratio: v.ratio,
        provincialShare: v.provincialShare,
        cityShare: v.cityShare,
        districtShare: v.districtShare,
        ...(v.areaWeights ? { areaWeights: v.areaWeights } : {}),
        temporary: l.temporary,
        createdAt: l.createdAt,
        updatedAt: l.createdAt,
      });
    }
  }

  private lineValues(l: LineSpec, temporary: boolean) {
    const [p, c, d] = l.shares ?? [0, 0, 1];
    return {
      checkItemId: this.ctx.checkItems.get(l.item)!.id,
      scope: l.scope,
      windowFrom: l.from,
      windowTo: l.to,
      estimatedCount: l.estimated,
      ratio: l.ratio,
      provincialShare: p,
      cityShare: c,
      districtShare: d,
      areaWeights: l.areaWeights ?? null,
      temporary,
    };
  }

  // ——— tasks (rules 11–13, G15) ———

  private task(spec: TaskSpec, code: string): TaskState {
    const plan = this.plans.find((p) => p.unitId === this.unitId(spec.owner) && p.year === spec.year && p.status === 'FILED');
    if (!plan) throw new Error(`demo workflow: ${spec.key} has no filed plan`);
    const by = this.user(spec.by);
    const ownerUnitId = this.unitId(spec.owner);
    const executingUnitId = this.unitId(spec.exec ?? spec.owner);
    const checkItemIds = spec.items.map((c) => this.ctx.checkItems.get(c)!.id).sort();
    // The plan line the task runs: the temporary check it was set up for (rule 10), else the line of its first item.
    const firstItemId = this.ctx.checkItems.get([...spec.items].sort()[0]!)!.id;
    const planItem = this.planItems.find((i) => i.planId === plan.id && (spec.temporary ? i.temporary : !i.temporary && i.checkItemId === firstItemId));
    const created = this.clock(spec.created, 9, 11);
    const id = this.ctx.nextId();
    const row: Row<Prisma.TaskCreateManyInput> = {
      id,
      code,
      name: spec.name,
      planId: plan.id,
      planItemId: planItem?.id ?? null,
      ownerUnitId,
      executingUnitId,
      windowFrom: day(spec.window[0]),
      windowTo: day(spec.window[1]),
      status: spec.status,
      temporary: spec.temporary ?? false,
      campaignOrdered: !!spec.campaignBasis,
      campaignBasis: spec.campaignBasis ?? null,
      isPublic: spec.isPublic ?? true,
      teamSize: spec.teamSize ?? 2,
      // Rule 26: a withheld task names its legal ground and basis, recorded by whoever set the task up.
      withheldCategory: spec.isPublic === false ? spec.withheld!.category : null,
      withheldBasis: spec.isPublic === false ? spec.withheld!.basis : null,
      withheldAt: spec.isPublic === false ? created : null,
      withheldById: spec.isPublic === false ? by.id : null,
      seedCommitment: null,
      serverSecret: null,
      announcedAt: null,
      pendingRedrawReason: null,
      completedOn: null,
      createdById: by.id,
      createdAt: created,
      updatedAt: created,
    };
    const state: TaskState = {
      spec,
      row,
      ownerUnitId,
      executingUnitId,
      checkItemIds,
      classRows: [],
      lockedAt: null,
      completedAt: null,
      seed: null,
      drawId: null,
      targets: [],
    };
    this.tasks.push(state);
    for (const checkItemId of checkItemIds) this.taskCheckItems.push({ taskId: id, checkItemId });
    this.record(created, by, 'createTask', 'Task', id, spec.owner, {
      id,
      code,
      name: spec.name,
      planId: plan.id,
      ownerUnitId,
      executingUnitId,
      windowFrom: spec.window[0],
      windowTo: spec.window[1],
      status: 'DRAFT',
      teamSize: row.teamSize,
      isPublic: row.isPublic,
      withheldCategory: row.withheldCategory,
      withheldBasis: row.withheldBasis,
      temporary: row.temporary,
      campaignOrdered: row.campaignOrdered,
      campaignBasis: row.campaignBasis,
      checkItemIds,
    });
    if (spec.campaignBasis) {
      // Rule 9 (G13): the lead unit approves the campaign exemption on the order's basis (document number and date).
      const admin = this.user('admin');
      const approvedAt = minutes(created, 60);
      const docNo = /^[^《]*号/.exec(spec.campaignBasis)?.[0] ?? spec.campaignBasis;
      Object.assign(row, {
        campaignApprovedAt: approvedAt,
        campaignApprovedById: admin.id,
        campaignApprovalDocNo: docNo,
        campaignApprovalDocDate: day(spec.created),
      });
      this.record(
        approvedAt,
        admin,
        'approveCampaignExemption',
        'Task',
        id,
        spec.owner,
        {
          campaignOrdered: true,
          campaignBasis: spec.campaignBasis,
          campaignApprovedAt: approvedAt,
          campaignApprovedById: admin.id,
          campaignApprovalDocNo: docNo,
          campaignApprovalDocDate: spec.created,
        },
        { campaignOrdered: true, campaignBasis: spec.campaignBasis, campaignApprovedAt: null },
      );
    }
    for (const [i, c] of [...spec.classes].sort((a, b) => a.key.localeCompare(b.key)).entries()) {
      const classRow: Row<Prisma.TaskClassCreateManyInput> = {
        id: this.ctx.nextId(),
        taskId: id,
        key: c.key,
        label: c.label,
        libraryId: c.library ? this.ctx.libraries.get(c.library)!.id : null,
        objectType: c.objectType ?? null,
        scale: (c.scale ?? null) as Prisma.TaskClassCreateManyInput['scale'],
        industry: c.industry ?? null,
        area: c.area ?? null,
        ratio: c.ratio ?? null,
        count: c.count ?? null,
        checkItemIds: (c.items ?? []).map((x) => this.ctx.checkItems.get(x)!.id).sort(),
      };
      state.classRows.push(classRow);
      this.record(minutes(created, 5 + i * 3), by, 'createTaskClass', 'TaskClass', classRow.id, spec.owner, { ...classRow });
    }
    let last = created;

    if (spec.cancel) {
      const at = this.clock(spec.cancel.on, 14, 17);
      this.record(at, by, 'cancelTask', 'Task', id, spec.owner, { status: 'CANCELLED', reason: spec.cancel.reason }, { status: 'DRAFT' });
      Object.assign(row, { cancelledAt: at, cancelledById: by.id, cancelReason: spec.cancel.reason });
      row.updatedAt = at;
      return state;
    }
    if (!reached(spec.status, 'READY')) {
      row.updatedAt = last;
      return state;
    }

    // Rule 17: the commitment to a fresh server secret is published before the draw.
    const drawDay = spec.drawOn!;
    const announceDay = reached(spec.status, 'DRAWN') ? wd(drawDay, -2) : drawDay;
    let secret = this.hex32();
    let commitment = makeCommitment(secret);
    const announcedAt = this.clock(announceDay, 9, 11);
    this.record(
      announcedAt,
      by,
      'announceDraw',
      'Task',
      id,
      spec.owner,
      { status: 'READY', seedCommitment: commitment },
      { status: 'DRAFT', seedCommitment: null },
    );
    row.seedCommitment = commitment;
    last = announcedAt;
    if (!reached(spec.status, 'DRAWN')) {
      row.serverSecret = secret; // kept on the task, never served, until the draw reveals it
      row.updatedAt = last;
      return state;
    }

    let drawAt = bj(drawDay, '09:30');
    let draw = this.drawFor(state, { sequence: 1, reason: null, secret, commitment, at: drawAt, by });
    last = drawAt;
    if (spec.redraw) {
      // Rule 17: never silently redone — the first draw stays, superseded, with when and why.
      const supersededAt = minutes(drawAt, 50);
      draw.status = 'SUPERSEDED';
      draw.supersededAt = supersededAt;
      draw.supersededReason = spec.redraw.reason;
      secret = this.hex32();
      commitment = makeCommitment(secret);
      this.record(
        supersededAt,
        by,
        'redrawTargets',
        'Task',
        id,
        spec.owner,
        {
          status: 'READY',
          seedCommitment: commitment,
          reason: spec.redraw.reason,
          supersededDrawId: draw.id,
          supersededSequence: 1,
          drawStatus: 'SUPERSEDED',
          supersededAt,
        },
        { status: 'DRAWN', drawId: draw.id, drawStatus: 'DRAWN' },
      );
      drawAt = bj(spec.redraw.againOn, '09:30');
      draw = this.drawFor(state, { sequence: 2, reason: spec.redraw.reason, secret, commitment, at: drawAt, by });
      row.seedCommitment = commitment;
      last = drawAt;
    }
    state.seed = draw.seed;
    state.drawId = draw.id;

    if (reached(spec.status, 'DISPATCHED')) {
      const lockedAt = minutes(drawAt, 40);
      this.lock(state, draw, lockedAt, by);
      last = lockedAt;
      last = this.matchTeamsFor(state, this.clock(wd(beijingDate(lockedAt), 1), 9, 11));
    }
    row.updatedAt = last;
    return state;
  }

  /** Completion (rule 20: the results' due date) and the results entered so far. */
  private finish(state: TaskState) {
    const { spec, row } = state;
    let last = row.updatedAt as Date;
    if (spec.status === 'COMPLETED') {
      const completedOn = spec.completedOn!;
      const completedAt = bj(completedOn, '17:30');
      // Rule 15, as completeTask enforces it: every target is visited by a team the executing unit confirmed before.
      const unconfirmed = state.targets.filter(
        (tt) => !this.teams.some((t) => t.row.visitId === tt.visitId && t.row.confirmedAt && t.row.confirmedAt < completedAt),
      );
      if (unconfirmed.length > 0) throw new Error(`demo workflow: ${row.code} is completed with ${unconfirmed.length} target(s) without a confirmed team`);
      state.completedAt = completedAt;
      row.completedOn = day(completedOn);
      const dueOn = resultDueDate(completedOn);
      for (const tt of state.targets) this.results.get(tt.taskTargetId)!.dueOn = day(dueOn);
      const execCode = this.unitCodeById.get(state.executingUnitId)!;
      this.record(
        completedAt,
        this.staffOf(execCode),
        'completeTask',
        'Task',
        row.id,
        execCode,
        {
          status: 'COMPLETED',
          completedOn,
          resultsDueOn: dueOn,
          results: state.targets.length,
        },
        { status: 'DISPATCHED', completedOn: null },
      );
      last = later(last, completedAt);
    }
    if (spec.results) last = later(last, this.resultsFor(state));
    row.updatedAt = last;
  }

  // ——— draws (rules 2, 4, 8, 9, 12, 17) ———

  /** Rule 4: the owner unit confirms its directories just before the draw. */
  private confirm(unitCode: string, at: Date, by: UserRef): string {
    const id = this.ctx.nextId();
    const unitId = this.unitId(unitCode);
    const targetCount = this.ctx.targets.filter((t) => this.target(t.id, at).unitId === unitId).length;
    const inspectorCount = this.ctx.inspectors.filter((i) => i.unitId === unitId).length;
    this.confirmations.push({ id, unitId, confirmedById: by.id, confirmedAt: at, targetCount, inspectorCount, note: '摇号前确认名录库已更新' });
    this.record(at, by, 'confirmDirectories', 'DirectoryConfirmation', id, unitCode, { unitId, targetCount, inspectorCount, confirmedAt: at });
    return id;
  }

  private drawFor(task: TaskState, o: { sequence: number; reason: string | null; secret: string; commitment: string; at: Date; by: UserRef }) {
    const confirmationId = this.confirm(task.spec.owner, minutes(o.at, -25), o.by);
    const items = task.checkItemIds.map((id) => [...this.ctx.checkItems.values()].find((i) => i.id === id)!);
    const classes = [...task.classRows].sort((a, b) => a.key.localeCompare(b.key));
    const parameters: DrawParametersInput = {
      taskId: task.row.id,
      classes: classes.map((c) => ({
        key: c.key,
        label: c.label,
        filter: {
          objectType: c.objectType ? [c.objectType] : null,
          scale: c.scale ? [c.scale as string] : null,
          industry: c.industry ? [c.industry] : null,
          area: c.area ? [c.area] : null,
          libraryId: c.libraryId && this.libraryKind(c.libraryId) === 'SPECIAL' ? [c.libraryId] : null,
        },
        ratio: c.ratio === null || c.ratio === undefined ? null : Number(c.ratio),
        count: c.count ?? null,
        checkItems: items
          .filter((i) => (c.checkItemIds as string[]).length === 0 || (c.checkItemIds as string[]).includes(i.id))
          .map((i) => ({ id: i.id, category: i.category, ratioCap: null })),
      })),
      generalRatioCap: this.ctx.generalRatioCap,
      factors: { risk: { ...DEFAULT_FACTORS.risk }, credit: { ...DEFAULT_FACTORS.credit } },
      campaignOrdered: task.row.campaignOrdered ?? false,
    };
    const normalized = normalizeDrawParameters(parameters);
    if (!normalized.ok) throw new Error(`demo workflow: ${task.row.code} parameters: ${normalized.problems.join('; ')}`);
    // Built in the frozen form already (sorted by id, every field, exemptions sorted), so the list stored is the
    // list drawn from; drawTargets freezes and hashes it again, and the tests re-verify every receipt.
    const frozen = { candidates: this.candidates(classes, o.at) };
    const entropy = Array.from({ length: 8 }, () => 1 + this.rng.int(6)).join(' ');
    const drawn = drawTargets({
      parameters,
      candidates: frozen.candidates,
      seedInputs: { source: 'COMMIT_REVEAL', commitment: o.commitment, serverSecret: o.secret, witnessEntropy: entropy },
      // The demo's draws stand for receipts published before ssj-draw/2 (which lifts the GENERAL cap of
      // campaign-ordered draws), so they are reproduced as they were: the demo data stays the same, and the
      // API verifies these ssj-draw/1 receipts by their own version. Draws made through the API use the current one.
      algorithm: 'ssj-draw/1',
    });
    if (!drawn.ok) throw new Error(`demo workflow: ${task.row.code} draw refused: ${drawn.code}`);
    const receipt = drawn.receipt;
    const id = this.ctx.nextId();
    const witnessName = task.spec.witness ?? WITNESSES[this.rng.int(WITNESSES.length)]!;
    const row: Row<Prisma.DrawCreateManyInput> = {
      id,
      taskId: task.row.id,
      kind: 'TARGETS',
      sequence: o.sequence,
      reason: o.reason,
      status: 'DRAWN',
      confirmationId,
      candidateCount: receipt.candidateCount,
      candidateListHash: receipt.candidateListHash,
      seedCommitment: o.commitment,
      witnessName,
      witnessEntropy: entropy,
      seed: receipt.seed,
      receipt: receipt as unknown as Json,
      drawnById: o.by.id,
      drawnAt: o.at,
      lockedById: null,
      lockedAt: null,
      supersededAt: null,
      supersededReason: null,
    };
    this.draws.push(row);
    // Narrow rows: each candidate's drawing fields once per group of identical ones (DrawCandidateGroup).
    const groups = new Map<string, number>();
    for (const [position, { id: targetId, ...fields }] of frozen.candidates.entries()) {
      const key = JSON.stringify(fields);
      let groupNo = groups.get(key);
      if (groupNo === undefined) {
        groupNo = groups.size;
        groups.set(key, groupNo);
        this.drawCandidateGroups.push({ drawId: id, groupNo, ...fields });
      }
      const chunkNo = Math.floor(position / DRAW_CANDIDATE_CHUNK);
      if (position % DRAW_CANDIDATE_CHUNK === 0) this.drawCandidateChunks.push({ drawId: id, chunkNo, targetIds: [], groupNos: [] });
      const chunk = this.drawCandidateChunks[this.drawCandidateChunks.length - 1]!;
      (chunk.targetIds as string[]).push(targetId);
      (chunk.groupNos as number[]).push(groupNo);
    }
    this.drawLog.push({ drawnAt: o.at, seq: this.seq++, candidateIds: new Set(frozen.candidates.map((c) => c.id)) });
    const ranks = bestRanks(receipt);
    for (const r of receipt.result) this.drawnTargets.push({ drawId: id, targetId: r.targetId, rank: ranks.get(r.targetId) ?? 0, classKeys: r.classKeys });
    this.record(o.at, o.by, 'drawTargets', 'Draw', id, task.spec.owner, {
      taskId: task.row.id,
      sequence: o.sequence,
      reason: o.reason,
      confirmationId,
      candidateCount: receipt.candidateCount,
      candidateListHash: receipt.candidateListHash,
      parametersHash: receipt.parametersHash,
      seedCommitment: o.commitment,
      witnessName,
      witnessEntropy: entropy,
      seed: receipt.seed,
      drawnTargetIds: receipt.result.map((r) => r.targetId),
      excludedCount: receipt.exclusions.length,
    });
    return row;
  }

  private libraryKind(libraryId: string) {
    if (this.libraryKinds.size === 0) for (const l of this.ctx.libraries.values()) this.libraryKinds.set(l.id, l.kind);
    return this.libraryKinds.get(libraryId)!;
  }

  /** As the API's drawSql.candidateSource (the same domain candidateOf): every target some class may draw, with its locked draws of the year (rule 9). */
  private candidates(classes: Row<Prisma.TaskClassCreateManyInput>[], at: Date): DrawCandidate[] {
    const year = beijingYear(at);
    const counts = new Map<string, number>();
    for (const d of this.lockedDraws) {
      if (d.year !== year || d.lockedAt > at) continue;
      for (const t of d.targetIds) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    const out: DrawCandidate[] = [];
    for (const base of this.ctx.targets) {
      const t = this.target(base.id, at);
      const fits = classes.some(
        (c) =>
          (!c.libraryId || this.libraryKind(c.libraryId) !== 'SPECIAL' || t.libraryId === c.libraryId) &&
          (!c.objectType || t.objectType === c.objectType) &&
          (!c.scale || t.scale === c.scale) &&
          (!c.industry || t.industry === c.industry) &&
          (!c.area || t.area === c.area),
      );
      if (!fits) continue;
      out.push(candidateOf(t, counts.get(t.id) ?? 0));
    }
    return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  // ——— lock, dispatch and merging (rules 13, 14) ———

  private lock(task: TaskState, draw: Row<Prisma.DrawCreateManyInput>, at: Date, by: UserRef) {
    draw.status = 'LOCKED';
    draw.lockedAt = at;
    draw.lockedById = by.id;
    task.lockedAt = at;
    task.row.announcedAt = at;
    const receipt = draw.receipt as unknown as DrawReceipt;
    const targetIds = receipt.result.map((r) => r.targetId);
    this.lockedDraws.push({ year: beijingYear(draw.drawnAt as Date), lockedAt: at, targetIds });
    const ranks = new Map(this.drawnTargets.filter((d) => d.drawId === draw.id).map((d) => [d.targetId, d.rank]));
    const planId = task.row.planId;
    const window = { from: iso(task.row.windowFrom as Date), to: iso(task.row.windowTo as Date) };

    // Rule 14: tasks of other plans dispatched at this moment, with an overlapping window, sharing a target.
    const others = this.tasks.filter(
      (o) =>
        o !== task &&
        o.row.planId !== planId &&
        o.lockedAt &&
        o.lockedAt <= at &&
        (!o.completedAt || o.completedAt > at) &&
        iso(o.row.windowFrom as Date) <= window.to &&
        iso(o.row.windowTo as Date) >= window.from,
    );
    const shared = others.flatMap((o) => o.targets.filter((tt) => targetIds.includes(tt.targetId)).map((tt) => ({ task: o, tt })));
    const planned =
      shared.length > 0
        ? mergeVisits([
            { id: task.row.id, planId, window, checkItemIds: task.checkItemIds, targetIds: [...new Set(shared.map((s) => s.tt.targetId))] },
            ...others.map((o) => ({
              id: o.row.id,
              planId: o.row.planId,
              window: { from: iso(o.row.windowFrom as Date), to: iso(o.row.windowTo as Date) },
              checkItemIds: o.checkItemIds,
              targetIds: o.targets.filter((tt) => targetIds.includes(tt.targetId)).map((tt) => tt.targetId),
            })),
          ])
        : [];
    const merged: { targetId: string; visitId: string }[] = [];
    for (const targetId of [...targetIds].sort()) {
      let visitId: string | null = null;
      const plannedVisit = planned.find((p) => p.targetId === targetId && p.taskIds.includes(task.row.id) && p.taskIds.length > 1);
      if (plannedVisit) {
        const partners = shared.filter((s) => s.tt.targetId === targetId && plannedVisit.taskIds.includes(s.task.row.id));
        const tally = new Map<string, number>();
        for (const p of partners) tally.set(p.tt.visitId, (tally.get(p.tt.visitId) ?? 0) + 1);
        const best = [...tally.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
        const ev = best ? this.visits.get(best) : undefined;
        if (ev) {
          const from = [ev.from, plannedVisit.window.from].sort().at(-1)!;
          const to = [ev.to, plannedVisit.window.to].sort()[0]!;
          if (!ev.planIds.has(planId) && from <= to) {
            ev.from = from;
            ev.to = to;
            ev.row.merged = true;
            ev.row.windowFrom = day(from);
            ev.row.windowTo = day(to);
            ev.planIds.add(planId);
            visitId = ev.row.id;
            merged.push({ targetId, visitId });
          }
        }
      }
      if (!visitId) {
        visitId = this.ctx.nextId();
        this.visits.set(visitId, {
          row: { id: visitId, targetId, windowFrom: day(window.from), windowTo: day(window.to), merged: false, createdAt: at },
          planIds: new Set([planId]),
          from: window.from,
          to: window.to,
        });
      }
      const taskTargetId = this.ctx.nextId();
      this.taskTargets.push({ id: taskTargetId, taskId: task.row.id, targetId, visitId, status: 'PENDING', createdAt: at, updatedAt: at });
      task.targets.push({ taskTargetId, targetId, visitId, rank: ranks.get(targetId) ?? 0 });
      // Every dispatched target gets its result record (未录入) with the form of the task's first check item (rule 18).
      this.results.set(taskTargetId, {
        id: this.ctx.nextId(),
        taskTargetId,
        formId: this.defaultFormId(task),
        status: 'NOT_ENTERED',
        followUpAction: 'NONE',
        createdAt: at,
        updatedAt: at,
      });
    }
    task.targets.sort((a, b) => a.rank - b.rank || (a.targetId < b.targetId ? -1 : 1));
    this.record(
      at,
      by,
      'lockDraw',
      'Draw',
      draw.id,
      task.spec.owner,
      {
        status: 'LOCKED',
        taskStatus: 'DISPATCHED',
        lockedAt: at,
        sequence: draw.sequence,
        targetCount: targetIds.length,
        mergedVisits: merged,
      },
      { status: 'DRAWN', taskStatus: 'DRAWN' },
    );
  }

  private defaultFormId(task: TaskState): string {
    const first = [...task.spec.items].sort()[0]!;
    return this.ctx.forms.get(first)!;
  }

  // ——— teams (rules 5, 15, 16) ———

  private pool(unitId: string): InspectorCandidate[] {
    return this.ctx.inspectors
      .filter((i) => i.unitId === unitId && i.qualified && i.drawable)
      .map((i) => ({ id: i.id, unitId: i.unitId, qualified: i.qualified, mayLead: i.canLead }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  private domainTeam(t: TeamState): DomainTeam {
    const byId = new Map(this.ctx.inspectors.map((i) => [i.id, i]));
    const inspectors = t.members.filter((m) => m.inspectorId);
    const active = inspectors.filter((m) => m.active !== false).sort((a, b) => Number(b.role === 'LEADER') - Number(a.role === 'LEADER'));
    return {
      targetId: t.targetId,
      mode: t.row.mode as DomainTeam['mode'],
      jointUnitId: t.row.jointUnitId ?? null,
      members: active.map((m) => {
        const i = byId.get(m.inspectorId!)!;
        return {
          inspectorId: i.id,
          unitId: i.unitId,
          qualified: i.qualified,
          mayLead: i.canLead,
          role: m.role === 'LEADER' ? 'LEADER' : 'MEMBER',
          rank: m.rank ?? null,
        };
      }),
      experts: [],
      history: inspectors
        .filter((m) => m.active === false)
        .map((m) => ({
          outInspectorId: m.inspectorId!,
          inInspectorId: '',
          reason: 'POST_CHANGE',
          approvedBy: '',
          approvedOn: '2000-01-01',
          inRank: null,
          role: m.role === 'LEADER' ? 'LEADER' : 'MEMBER',
        })),
    };
  }

  private matchTeamsFor(task: TaskState, at: Date): Date {
    const visitIds = [...new Set(task.targets.map((t) => t.visitId))];
    const existing = this.teams.filter((t) => visitIds.includes(t.row.visitId));
    const served = new Set(existing.map((t) => t.row.visitId));
    const open = [...task.targets].filter((t) => !served.has(t.visitId)).sort((a, b) => (a.targetId < b.targetId ? -1 : 1));
    const pool = this.pool(task.executingUnitId);
    const expertItems = task.spec.items
      .map((c) => this.ctx.checkItems.get(c)!)
      .filter((i) => i.needsExpert)
      .map((i) => ({ id: i.id, needsExpert: true, expertField: null }));
    const experts = expertItems.length > 0 ? [...this.ctx.experts].sort((a, b) => (a.id < b.id ? -1 : 1)).map((e) => ({ id: e.id, fields: [e.field] })) : [];
    const maxLoad = maxLoadFor(visitIds.length, task.row.teamSize ?? 2, pool.length);
    const result = matchTeams({
      seed: task.seed!,
      targets: open.map((t) => ({ targetId: t.targetId, checkItems: expertItems })),
      inspectors: pool,
      experts,
      conflicts: [],
      teamSize: task.row.teamSize ?? 2,
      maxLoad,
      currentLoad: teamLoads(existing.map((t) => this.domainTeam(t))),
    });
    if (!result.ok) throw new Error(`demo workflow: ${task.row.code} matching refused: ${result.code}`);
    const execCode = this.unitCodeById.get(task.executingUnitId)!;
    const by = this.principalOf(execCode);
    const visitOf = new Map(open.map((t) => [t.targetId, t.visitId]));
    const created: TeamState[] = [];
    for (const team of result.teams) {
      const teamId = this.ctx.nextId();
      const state: TeamState = {
        row: {
          id: teamId,
          visitId: visitOf.get(team.targetId)!,
          drawId: task.drawId,
          mode: team.mode,
          jointUnitId: team.jointUnitId,
          confirmedAt: null,
          createdAt: at,
        },
        targetId: team.targetId,
        members: [
          ...team.members.map((m) => ({ id: this.ctx.nextId(), teamId, inspectorId: m.inspectorId, role: m.role, rank: m.rank, active: true, createdAt: at })),
          ...team.experts.map((e) => ({
            id: this.ctx.nextId(),
            teamId,
            expertId: e.expertId,
            role: 'EXPERT' as const,
            rank: e.rank,
            active: true,
            createdAt: at,
          })),
        ],
      };
      this.teams.push(state);
      created.push(state);
    }
    this.record(at, by, 'matchTeams', 'Task', task.row.id, execCode, {
      drawId: task.drawId,
      maxLoad,
      teamSize: task.row.teamSize ?? 2,
      poolSize: pool.length,
      jointUnitId: null,
      teams: result.teams.map((t, i) => ({
        teamId: created[i]!.row.id,
        targetId: t.targetId,
        members: t.members.map((m) => [m.inspectorId, m.role, m.rank]),
        experts: t.experts.map((e) => e.expertId),
      })),
    });
    let last = at;
    if (!task.spec.teamsUnconfirmed) {
      // The executing unit signs the teams off before the visits start; a later replacement keeps it (rule 16).
      const confirmedAt = this.clock(wd(beijingDate(at), 1), 9, 11);
      const open = this.teams.filter((t) => visitIds.includes(t.row.visitId) && !t.row.confirmedAt);
      for (const t of open) t.row.confirmedAt = confirmedAt;
      this.record(confirmedAt, by, 'confirmTeams', 'Task', task.row.id, execCode, {
        confirmedAt,
        teams: open.map((t) => ({
          teamId: t.row.id,
          targetId: t.targetId,
          mode: t.row.mode,
          members: t.members.filter((m) => m.active !== false).map((m) => [m.inspectorId ?? m.expertId, m.role]),
        })),
      });
      last = confirmedAt;
    }
    if (task.spec.replacement) last = this.replace(task, created, pool, maxLoad, this.clock(wd(beijingDate(at), 2), 13, 17));
    return last;
  }

  /** Rule 16: a drawn member leaves for a recorded reason, approved; the next in the target's ranking steps in. */
  private replace(task: TaskState, teams: TeamState[], pool: InspectorCandidate[], maxLoad: number, at: Date): Date {
    const r = task.spec.replacement!;
    const approver = this.user(r.approver);
    const all = this.teams.filter((t) => task.targets.some((tt) => tt.visitId === t.row.visitId));
    const load = teamLoads(all.map((t) => this.domainTeam(t)));
    // The first team whose leader (else a member) the ranking can replace within the load limit.
    const tries = (['LEADER', 'MEMBER'] as const).flatMap((role) => teams.map((team) => ({ team, leaving: team.members.find((m) => m.role === role)! })));
    let found: { team: TeamState; leaving: TeamState['members'][number]; result: Extract<ReturnType<typeof replaceTeamMember>, { ok: true }> } | undefined;
    for (const { team, leaving } of tries) {
      const result = replaceTeamMember({
        team: this.domainTeam(team),
        inspectorId: leaving.inspectorId!,
        reason: r.reason,
        approvedBy: approver.id,
        approvedOn: beijingDate(at),
        seed: task.seed!,
        inspectors: pool,
        conflicts: [],
        load,
        maxLoad,
      });
      if (result.ok) {
        found = { team, leaving, result };
        break;
      }
    }
    if (!found) throw new Error(`demo workflow: ${task.row.code} has no replaceable team member`);
    const { team, leaving, result } = found;
    Object.assign(leaving, { active: false, replacedAt: at, replacementReason: r.reason, replacementNote: r.note, approvedById: approver.id });
    const rep = result.replacement;
    const newcomer = {
      id: this.ctx.nextId(),
      teamId: team.row.id,
      inspectorId: rep.inInspectorId,
      role: rep.role,
      rank: rep.inRank,
      active: true,
      replacesId: leaving.id,
      createdAt: at,
    };
    team.members.push(newcomer);
    const execCode = this.unitCodeById.get(task.executingUnitId)!;
    // Rule 16: the unit's staff asked the morning before; the named approver (the executing unit's principal) approved.
    const requester = this.staffOf(execCode);
    if (requester.id === approver.id) throw new Error(`demo workflow: ${task.row.code} replacement would be self-approved`);
    const askedAt = new Date(at.getTime() - 4 * 3600_000);
    // Derived, not drawn from nextId(): taking an id here would shift every later id, so the later draws' parameters
    // (and seeds) would change and the demo's teams with them.
    const requestId = `${newcomer.id}-rq`;
    this.replacementRequests.push({
      id: requestId,
      taskId: task.row.id as string,
      teamId: team.row.id as string,
      memberId: leaving.id,
      reason: r.reason,
      note: r.note,
      proposedInspectorId: null,
      requestedById: requester.id,
      approverId: approver.id,
      status: 'APPROVED',
      decidedAt: at,
      decisionNote: null,
      newMemberId: newcomer.id,
      createdAt: askedAt,
    });
    this.record(askedAt, requester, 'requestMemberReplacement', 'ReplacementRequest', requestId, execCode, {
      taskId: task.row.id,
      teamId: team.row.id,
      memberId: leaving.id,
      inspectorId: leaving.inspectorId,
      reason: r.reason,
      note: r.note,
      proposedInspectorId: null,
      approverId: approver.id,
      status: 'PENDING',
    });
    this.record(
      at,
      approver,
      'approveReplacementRequest',
      'ReplacementRequest',
      requestId,
      execCode,
      {
        status: 'APPROVED',
        teamId: team.row.id,
        memberId: newcomer.id,
        inspectorId: rep.inInspectorId,
        role: rep.role,
        rank: rep.inRank,
        mode: 'DRAWN',
        reason: r.reason,
        note: r.note,
        requestedById: requester.id,
        approvedById: approver.id,
        conflictRecorded: false,
      },
      { status: 'PENDING', memberId: leaving.id, inspectorId: leaving.inspectorId, role: leaving.role },
    );
    return at;
  }

  // ——— results (rules 18–24) ———

  private resultsFor(task: TaskState): Date {
    const spec = task.spec.results!;
    const execCode = this.unitCodeById.get(task.executingUnitId)!;
    const enterer = this.staffOf(execCode);
    const approver = this.principalOf(execCode);
    const completedOn = task.spec.completedOn ?? null;
    const due = completedOn ? resultDueDate(completedOn) : null;
    const lockDay = beijingDate(task.lockedAt!);
    // Inspections run on working days from a few days after the lock up to the completion (or a few days ago).
    const firstDay = workingOnOrAfter([wd(lockDay, 3), iso(task.row.windowFrom as Date)].sort().at(-1)!);
    const lastDay = completedOn ? wd(completedOn, -1) : wd(this.nowDate, -4);
    const days: string[] = [];
    for (let d = firstDay; d <= lastDay; d = addCalendarDays(d, 1)) if (isWorkingDay(d)) days.push(d);
    if (days.length === 0) throw new Error(`demo workflow: ${task.row.code} has no day to inspect`);
    const items = [...task.spec.items].sort();
    let last = new Date(0);

    task.targets.forEach((tt, index) => {
      const s: ResultSpec = spec.specs[index] ?? spec.rest;
      const result = this.results.get(tt.taskTargetId)!;
      const taskTarget = this.taskTargets.find((x) => x.id === tt.taskTargetId)!;
      const target = this.target(tt.targetId, this.ctx.now);
      let inspectedOn = days[Math.floor((index * days.length) / task.targets.length)]!;
      // Rule 14: a merged visit is one trip for all its tasks — the same day, within the visit's window.
      const visit = this.visits.get(tt.visitId)!;
      if (visit.row.merged) {
        const inWindow = days.filter((d) => d >= visit.from && d <= visit.to);
        const shared = this.visitDays.get(visit.row.id);
        inspectedOn = shared && days.includes(shared) ? shared : (inWindow[Math.floor(inWindow.length / 2)] ?? inspectedOn);
        this.visitDays.set(visit.row.id, inspectedOn);
      }

      if (s.close === 'TRANSFERRED') {
        // Rule 23 (G28): the target moved to another town; its record and the visit go to that unit.
        const toArea = target.area === '皇城镇' ? '齐都镇' : '皇城镇';
        const toCode = `GTS${String(['闻韶街道', '雪宫街道', '辛店街道', '稷下街道', '齐陵街道', '齐都镇', '皇城镇', '敬仲镇', '朱台镇', '凤凰镇', '金岭回族镇', '金山镇'].indexOf(toArea) + 1).padStart(2, '0')}`;
        const at = this.clock(inspectedOn, 15, 17);
        const street = target.address.slice(`山东省淄博市临淄区${target.area}`.length);
        const patch = { unitId: this.unitId(toCode), area: toArea, address: `山东省淄博市临淄区${toArea}${street}` };
        this.changeTarget(tt.targetId, at, patch);
        const reason = `经现场核实，该企业已迁至${patch.address}，移交${this.ctx.units.get(toCode)!.name}录入检查结果`;
        // G28: the written notice to the receiving unit, named on the request; the giving unit's principal (or,
        // when the principal asked, the lead unit) approves it the next working hour.
        const transferNoticeRef = `临自然资移字〔${inspectedOn.slice(0, 4)}〕${++this.transferNotices}号`;
        const transferId = this.ctx.nextId();
        const decider = approver.id === enterer.id ? this.user('admin') : approver;
        const asked = at;
        const decided = new Date(at.getTime() + 40 * 60 * 1000);
        this.transfers.push({
          id: transferId,
          taskTargetId: tt.taskTargetId,
          fromUnitId: task.executingUnitId,
          toUnitId: this.unitId(toCode),
          reason,
          noticeRef: transferNoticeRef,
          status: 'APPROVED',
          requestedById: enterer.id,
          requestedAt: asked,
          decidedById: decider.id,
          decidedAt: decided,
          refusalReason: null,
        });
        this.record(asked, enterer, 'requestTransfer', 'Transfer', transferId, execCode, {
          id: transferId,
          taskTargetId: tt.taskTargetId,
          fromUnitId: task.executingUnitId,
          toUnitId: this.unitId(toCode),
          reason,
          noticeRef: transferNoticeRef,
          status: 'PENDING',
        });
        Object.assign(taskTarget, {
          status: 'TRANSFERRED',
          transferredToUnitId: this.unitId(toCode),
          closedReason: reason,
          transferNoticeRef,
          closedAt: decided,
          updatedAt: decided,
        });
        this.record(
          decided,
          decider,
          'approveTransfer',
          'Transfer',
          transferId,
          execCode,
          { status: 'APPROVED', taskTargetId: tt.taskTargetId, taskTargetStatus: 'TRANSFERRED', transferredToUnitId: this.unitId(toCode), transferNoticeRef },
          { status: 'PENDING', taskTargetStatus: 'PENDING', unitId: task.executingUnitId, targetUnitId: target.unitId },
        );
        last = later(last, decided);
        return;
      }
      if (s.st === 'NE') return;

      // Timeline: inspected → submitted → (returned | approved → published).
      let submitted = this.clock(wd(inspectedOn, 1 + this.rng.int(2)), 9, 17);
      let approved: Date | null = null;
      let published: Date | null = null;
      if (s.st === 'PB' && s.t === 'due') {
        // Published on the due day itself: still on time (the deadline is the end of that day).
        published = bj(due!, '16:40');
        approved = bj(wd(due!, -1), '15:20');
      } else if (s.st === 'PB' && s.t === 'late') {
        published = this.clock(wd(due!, 2 + this.rng.int(10)), 14, 17);
        approved = this.clock(wd(beijingDate(published), -1), 9, 17);
        submitted = later(submitted, this.clock(wd(beijingDate(approved), -2), 9, 17));
      } else if (s.st === 'AP' || s.st === 'PB') {
        approved = this.clock(wd(beijingDate(submitted), 1 + this.rng.int(2)), 9, 17);
        if (s.st === 'PB') published = this.clock(wd(beijingDate(approved), this.rng.int(2)), 14, 17);
        if (published && due && beijingDate(published) > due) published = bj(due, '16:10');
      }
      // Nothing after the demo's now: compress the tail into the last working days.
      const cap = (d: Date | null, back: number) => (d && d > this.ctx.now ? this.clock(wd(this.nowDate, -back), 9, 17) : d);
      submitted = cap(submitted, 3)!;
      approved = cap(approved, 2);
      published = cap(published, 1);
      if (approved && approved <= submitted) approved = minutes(submitted, 90);
      if (published && approved && published <= approved) published = minutes(approved, 60);
      if (published && published > this.ctx.now) throw new Error(`demo workflow: ${task.row.code} result published after now`);

      const entry = this.entry(task, items, s, index);
      Object.assign(result, entry, {
        inspectedOn: s.close ? null : day(inspectedOn),
        enteredById: enterer.id,
        submittedAt: submitted,
        status: s.st === 'RT' ? 'RETURNED' : s.st === 'PR' ? 'PENDING_REVIEW' : s.st === 'AP' ? 'APPROVED' : 'PUBLISHED',
        updatedAt: published ?? approved ?? submitted,
      });
      for (const kind of s.evidence ?? []) this.addEvidence(result.id, kind, task, tt.targetId, minutes(submitted, -40), enterer);
      if (s.close === 'UNREACHABLE' || s.close === 'DEREGISTERED') {
        // Rule 23 (G28): not inspected, counts as completed; the reason is the result's remark and the directory learns it.
        const status = s.close === 'UNREACHABLE' ? 'CLOSED_UNREACHABLE' : 'CLOSED_DEREGISTERED';
        const reason =
          s.close === 'UNREACHABLE'
            ? `${inspectedOn} 及次日两次按登记住所实地核查，无法取得联系，电话无人接听`
            : `检查前该企业已办理注销登记（${wd(inspectedOn, -3)}），不再检查`;
        Object.assign(result, { remarks: reason });
        Object.assign(taskTarget, { status, closedReason: reason, closedAt: submitted, updatedAt: submitted });
        this.changeTarget(tt.targetId, submitted, { registrationStatus: s.close === 'UNREACHABLE' ? 'UNREACHABLE' : 'DEREGISTERED' });
        this.record(
          submitted,
          enterer,
          'closeTaskTarget',
          'TaskTarget',
          tt.taskTargetId,
          execCode,
          { status, closedReason: reason, resultStatus: 'PENDING_REVIEW' },
          { status: 'PENDING', resultStatus: 'NOT_ENTERED' },
        );
      } else {
        Object.assign(taskTarget, { status: 'INSPECTED', updatedAt: submitted });
        this.record(
          minutes(submitted, -25),
          enterer,
          'updateResult',
          'Result',
          result.id,
          execCode,
          {
            formId: entry.formId,
            method: entry.method,
            inspectedOn,
            outcome: entry.outcome,
            followUpAction: entry.followUpAction,
            findings: entry.findings,
            remarks: entry.remarks,
          },
          { status: 'NOT_ENTERED' },
        );
        this.record(
          submitted,
          enterer,
          'submitResult',
          'Result',
          result.id,
          execCode,
          { status: 'PENDING_REVIEW', submittedAt: submitted },
          { status: 'NOT_ENTERED' },
        );
      }
      last = later(last, submitted);
      if (s.st === 'RT') {
        const returned = this.clock(wd(beijingDate(submitted), 1), 9, 17);
        const at = returned > this.ctx.now ? minutes(submitted, 120) : returned;
        result.returnReason = RETURN_REASONS[this.rng.int(RETURN_REASONS.length)]!;
        result.updatedAt = at;
        this.record(
          at,
          approver,
          'returnResult',
          'Result',
          result.id,
          execCode,
          { status: 'RETURNED', returnReason: result.returnReason },
          { status: 'PENDING_REVIEW' },
        );
        last = later(last, at);
        return;
      }
      if (approved) {
        result.approvedById = approver.id;
        result.approvedAt = approved;
        this.record(
          approved,
          approver,
          'approveResult',
          'Result',
          result.id,
          execCode,
          { status: 'APPROVED', approvedAt: approved },
          { status: 'PENDING_REVIEW' },
        );
        if (entry.followUpAction !== 'NONE') this.followUp(result, s, approved, approver, tt.targetId, task);
        last = later(last, approved);
      }
      if (published) {
        result.publishedAt = published;
        this.record(
          published,
          approver,
          'publishResult',
          'Result',
          result.id,
          execCode,
          { status: 'PUBLISHED', publishedAt: published, dueOn: due },
          { status: 'APPROVED' },
        );
        last = later(last, published);
      }
      if (s.tag) this.tagged.set(s.tag, { result, task, targetId: tt.targetId });
    });
    return last;
  }

  /** What was found (rule 18): form, method, a finding per check item, outcome and follow-up (rules 22, 24). */
  private entry(task: TaskState, items: string[], s: ResultSpec, index: number) {
    const roll = this.rng.next();
    const outcome: Outcome | null =
      s.close === 'DEREGISTERED'
        ? null
        : s.close === 'UNREACHABLE'
          ? 'UNREACHABLE'
          : (s.o ?? (roll < 0.82 ? 'NO_PROBLEM' : roll < 0.92 ? 'CORRECTED_ON_ORDER' : 'NO_RELEVANT_ACTIVITY'));
    const violation = outcome === 'FOLLOW_UP_PENDING' || outcome === 'SERIOUS_REFUSAL' || outcome === 'FALSIFICATION';
    const followUpAction: FollowUpAction = s.fa ?? (violation ? 'REFER_CASE' : 'NONE');
    if (s.close) {
      return {
        formId: this.defaultFormId(task),
        method: null,
        findings: [] as Json,
        outcome,
        followUpAction: 'NONE' as FollowUpAction,
        remarks: s.close === 'UNREACHABLE' ? '通过登记的住所无法联系，按规定列为无法联系，本次抽查视为完成。' : '检查对象已注销，本次抽查视为完成。',
      };
    }
    const formItem = items[index % items.length]!;
    const checkItem = this.ctx.checkItems.get(formItem)!;
    const methods = checkItem.methods.includes('ON_SITE') ? ['ON_SITE', ...checkItem.methods.filter((m) => m !== 'ON_SITE')] : [...checkItem.methods];
    const method = methods[this.rng.chance(0.75) ? 0 : this.rng.int(methods.length)]!;
    const findings = items.map((code, i) => {
      const f = FINDINGS[code]!;
      const problem = i === 0 && (outcome === 'CORRECTED_ON_ORDER' || violation);
      const picked = problem ? f.problem[this.rng.int(f.problem.length)]! : f.ok[this.rng.int(f.ok.length)]!;
      let finding = problem && s.finding ? s.finding : picked;
      if (outcome === 'NO_RELEVANT_ACTIVITY') finding = '现场未发现开展本次抽查涉及的活动。';
      if (outcome === 'SERIOUS_REFUSAL' && i === 0) finding = '检查对象拒绝检查人员进入现场、拒不提供有关资料，经劝说仍不配合，情节严重。';
      if (outcome === 'FALSIFICATION' && i === 0) finding = `${finding}经核对，企业提供的相关凭证与实际情况不符，涉嫌弄虚作假。`;
      if (outcome === 'CORRECTED_ON_ORDER' && i === 0) finding = `${finding}已当场责令改正，复查已整改到位。`;
      return { checkItemId: this.ctx.checkItems.get(code)!.id, compliant: !problem, finding };
    });
    const remarks =
      outcome === 'SERIOUS_REFUSAL'
        ? '检查对象负责人拒绝在检查记录上签字，由见证人在场见证并记录，全程执法记录仪录像。'
        : violation
          ? '检查人员出示执法证件，送达检查通知书，全程执法记录；已制作现场检查笔录，检查对象负责人签字确认。'
          : '检查人员出示执法证件，送达检查通知书，全程执法记录；检查对象负责人在检查记录上签字确认。';
    return { formId: this.ctx.forms.get(formItem)!, method, findings: findings as unknown as Json, outcome, followUpAction, remarks };
  }

  /** Rule 24: an approved violation is handed over (移交) to the unit responsible for daily supervision. */
  private followUp(result: Row<Prisma.ResultCreateManyInput>, s: ResultSpec, approvedAt: Date, by: UserRef, targetId: string, task: TaskState): string {
    const target = this.target(targetId, approvedAt);
    const handedToUnitId = result.followUpUnitId ?? target.unitId;
    const handedCode = this.unitCodeById.get(handedToUnitId)!;
    const actor = handedCode === this.unitCodeById.get(task.executingUnitId) ? by : this.principalOf(handedCode);
    const id = this.ctx.nextId();
    const status: FollowUpStatus = s.fu ?? 'HANDED_OVER';
    const refer = result.followUpAction === 'REFER_CASE';
    const path: FollowUpStatus[] =
      status === 'HANDED_OVER'
        ? []
        : status === 'ACCEPTED'
          ? ['ACCEPTED']
          : status === 'CASE_FILED'
            ? ['ACCEPTED', 'CASE_FILED']
            : status === 'RECTIFIED'
              ? ['ACCEPTED', 'RECTIFIED']
              : status === 'SENT_TO_JUDICIAL'
                ? ['ACCEPTED', 'CASE_FILED', 'SENT_TO_JUDICIAL']
                : refer
                  ? ['ACCEPTED', 'CASE_FILED', 'CLOSED']
                  : ['ACCEPTED', 'RECTIFIED', 'CLOSED'];
    const steps: Record<
      FollowUpStatus,
      { gap: [number, number]; field?: 'acceptedAt' | 'caseFiledAt' | 'rectifiedAt' | 'sentToJudicialAt' | 'closedAt'; note: string }
    > = {
      HANDED_OVER: { gap: [0, 0], note: '' },
      ACCEPTED: { gap: [1, 3], field: 'acceptedAt', note: '已接收移交材料' },
      CASE_FILED: { gap: [5, 10], field: 'caseFiledAt', note: '经审查符合立案条件，予以立案' },
      RECTIFIED: { gap: [10, 25], field: 'rectifiedAt', note: '经复查，当事人已按要求整改到位' },
      SENT_TO_JUDICIAL: { gap: [15, 25], field: 'sentToJudicialAt', note: '涉嫌犯罪，依法移送公安机关' },
      CLOSED: { gap: [15, 40], field: 'closedAt', note: refer ? '行政处罚决定已执行完毕，予以结案' : '整改完成，予以办结' },
    };
    const row: Row<Prisma.FollowUpCreateManyInput> = {
      id,
      resultId: result.id,
      handedToUnitId,
      status: 'HANDED_OVER',
      handedOverAt: approvedAt,
      handedOverById: by.id,
      updatedAt: approvedAt,
      notes: null,
    };
    // As approveResult: the hand-over is recorded with the approval, by the approver.
    this.record(approvedAt, by, 'handOverFollowUp', 'FollowUp', id, this.unitCodeById.get(task.executingUnitId)!, { ...row });
    let onDay = beijingDate(approvedAt);
    for (const step of path) {
      const {
        gap: [lo, hi],
        field,
        note,
      } = steps[step];
      onDay = wd(onDay, lo + this.rng.int(hi - lo + 1));
      // As advanceFollowUp: a step is dated by its day, stored at noon China time.
      const at = bj(onDay, '12:00');
      if (at > this.ctx.now) throw new Error(`demo workflow: follow-up ${step} of ${task.row.code} would be after now`);
      const before = { ...row };
      row.status = step;
      row[field!] = at;
      if (step === 'CASE_FILED') row.caseNumber = `临自然资罚立字〔${beijingYear(at)}〕第${String(11 + this.followUps.length * 3).padStart(3, '0')}号`;
      row.notes = [row.notes, `${onDay} ${note}`].filter(Boolean).join('\n');
      row.updatedAt = at;
      this.record(this.clock(onDay, 14, 17), actor, 'advanceFollowUp', 'FollowUp', id, handedCode, { ...row }, before);
    }
    this.followUps.push(row);
    return id;
  }

  private addEvidence(resultId: string, kind: 'png' | 'pdf', task: TaskState, targetId: string, at: Date, by: UserRef) {
    const n = this.evidence.length + 1;
    const data =
      kind === 'png'
        ? demoPng(n * 7919)
        : demoPdf([
            `Inspection record ${task.row.code}`,
            `Target ${this.targetsById.get(targetId)!.creditCode}`,
            `Linzi District Natural Resources Bureau`,
            `Record no. ${n}`,
          ]);
    const id = this.ctx.nextId();
    this.evidence.push({
      id,
      resultId,
      filename: kind === 'png' ? `现场照片-${n}.png` : `现场检查笔录-${n}.pdf`,
      mimeType: kind === 'png' ? 'image/png' : 'application/pdf',
      size: data.length,
      sha256: sha256Hex(data),
      data: new Uint8Array(data),
      uploadedById: by.id,
      uploadedAt: at,
    });
    this.record(at, by, 'addEvidence', 'Result', resultId, this.unitCodeById.get(task.executingUnitId)!, {
      evidenceId: id,
      filename: this.evidence.at(-1)!.filename,
      size: data.length,
      sha256: sha256Hex(data),
    });
  }

  private changeTarget(id: string, at: Date, patch: Partial<WorkflowContext['targets'][number]>) {
    const list = this.targetChanges.get(id) ?? [];
    list.push({ at, seq: this.seq++, patch });
    this.targetChanges.set(id, list);
  }

  /** A draw made after a target changed must have been played after the change, so its frozen list shows it. */
  private checkTargetChangesPrecedeLaterDraws() {
    for (const [id, changes] of this.targetChanges) {
      for (const c of changes) {
        const missed = this.drawLog.find((d) => d.drawnAt > c.at && d.seq < c.seq && d.candidateIds.has(id));
        if (missed)
          throw new Error(`demo workflow: target ${id} changed at ${c.at.toISOString()}, before a draw of ${missed.drawnAt.toISOString()} that did not see it`);
      }
    }
  }

  // ——— objections and corrections (rules 21, 22) ———

  private review(r: (typeof REVIEWS)[number]) {
    const t = this.tagged.get(r.tag);
    if (t?.result.status !== 'PUBLISHED') throw new Error(`demo workflow: no published result tagged ${r.tag}`);
    const execCode = this.unitCodeById.get(t.task.executingUnitId)!;
    const staff = this.staffOf(execCode);
    const principal = this.principalOf(execCode);
    const target = this.targetsById.get(t.targetId)!;
    const id = this.ctx.nextId();
    const receivedAt = this.clock(r.received, 9, 12);
    const row: Row<Prisma.ReviewCreateManyInput> = {
      id,
      resultId: t.result.id,
      raisedBy: `${target.name}（法定代表人 ${target.legalRepresentative}）`,
      content: r.content,
      receivedOn: day(r.received),
      reviewDueOn: day(reviewDueDate(r.received)),
      status: 'RECEIVED',
      recordedById: staff.id,
      createdAt: receivedAt,
    };
    this.record(receivedAt, staff, 'raiseObjection', 'Review', id, execCode, {
      resultId: t.result.id,
      receivedOn: r.received,
      reviewDueOn: reviewDueDate(r.received),
      raisedBy: row.raisedBy,
    });
    if (r.decided) {
      Object.assign(row, {
        status: 'DECIDED',
        decision: r.decided.decision,
        decisionNote: r.decided.note,
        decidedOn: day(r.decided.on),
        feedbackDueOn: day(feedbackDueDate(r.decided.on)),
      });
      this.record(
        this.clock(r.decided.on, 14, 17),
        principal,
        'decideReview',
        'Review',
        id,
        execCode,
        {
          status: 'DECIDED',
          decision: r.decided.decision,
          decidedOn: r.decided.on,
          feedbackDueOn: feedbackDueDate(r.decided.on),
        },
        { status: 'RECEIVED' },
      );
    }
    if (r.fedBack) {
      Object.assign(row, { status: 'FED_BACK', fedBackOn: day(r.fedBack.on), feedbackNote: r.fedBack.note });
      this.record(
        this.clock(r.fedBack.on, 9, 12),
        staff,
        'recordReviewFeedback',
        'Review',
        id,
        execCode,
        { status: 'FED_BACK', fedBackOn: r.fedBack.on, feedbackNote: r.fedBack.note },
        { status: 'DECIDED' },
      );
    }
    this.reviews.push(row);
  }

  private correction(c: (typeof CORRECTIONS)[number]) {
    const t = this.tagged.get(c.tag);
    if (t?.result.status !== 'PUBLISHED') throw new Error(`demo workflow: no published result tagged ${c.tag}`);
    const result = t.result;
    const execCode = this.unitCodeById.get(t.task.executingUnitId)!;
    const staff = this.staffOf(execCode);
    const principal = this.principalOf(execCode);
    if (!this.isPrincipal(principal)) throw new Error(`demo workflow: ${execCode} has no principal to sign a correction`);
    const review = c.review ? this.reviews.find((r) => r.resultId === t.result.id) : undefined;
    const changes: Record<string, unknown> = { remarks: c.remarks };
    if (c.changes === 'toNoProblem') {
      changes.outcome = 'NO_PROBLEM';
      changes.followUpAction = 'NONE';
      changes.findings = (result.findings as { checkItemId: string; compliant: boolean; finding: string }[]).map((f) => ({
        ...f,
        compliant: true,
        finding: '经复查复测，实际使用范围未超出批准范围，符合要求。',
      }));
    }
    const id = this.ctx.nextId();
    const proposedAt = this.clock(c.proposed, 9, 12);
    const row: Row<Prisma.CorrectionCreateManyInput> = {
      id,
      resultId: t.result.id,
      reviewId: review?.id ?? null,
      reason: c.reason,
      changes: changes as Json,
      proposedById: staff.id,
      proposedAt,
    };
    this.record(proposedAt, staff, 'proposeCorrection', 'Correction', id, execCode, {
      resultId: t.result.id,
      reviewId: row.reviewId,
      reason: c.reason,
      changes,
    });
    if (c.signed) {
      const at = this.clock(c.signed, 14, 17);
      Object.assign(row, { signedById: principal.id, signedAt: at, publishedAt: at });
      this.record(at, principal, 'signCorrection', 'Correction', id, execCode, { signedById: principal.id, signedAt: at, publishedAt: row.publishedAt });
    }
    if (c.refused) {
      const at = this.clock(c.refused.on, 14, 17);
      Object.assign(row, { refusedById: principal.id, refusedAt: at, refusalReason: c.refused.reason });
      this.record(at, principal, 'refuseCorrection', 'Correction', id, execCode, { refusedById: principal.id, refusedAt: at, refusalReason: c.refused.reason });
    }
    this.corrections.push(row);
  }

  // ——— writing it all ———

  async insert(tx: Tx) {
    // Evidence can only be added while its result is not yet published (trigger): publish those results afterwards.
    const withEvidence = new Set(this.evidence.map((e) => e.resultId));
    const results = [...this.results.values()];
    const publishLater = new Set(results.filter((r) => r.status === 'PUBLISHED' && withEvidence.has(r.id)).map((r) => r.id));

    await insertRows(tx, 'User', [...this.userRows, ...(this.onSite?.users ?? [])]);
    const ownRows = new Set(this.userRows.map((u) => u.id));
    for (const l of this.onSite?.links ?? [])
      if (!ownRows.has(l.userId)) await tx.user.update({ where: { id: l.userId }, data: { inspectorId: l.inspectorId } });
    await insertRows(tx, 'Plan', this.plans);
    await insertRows(tx, 'PlanItem', this.planItems);
    await insertRows(tx, 'PlanAdjustment', this.planAdjustments);
    await insertRows(
      tx,
      'Task',
      this.tasks.map((t) => t.row),
    );
    await insertRows(tx, 'TaskCheckItem', this.taskCheckItems);
    await insertRows(
      tx,
      'TaskClass',
      this.tasks.flatMap((t) => t.classRows),
    );
    await insertRows(tx, 'DirectoryConfirmation', this.confirmations);
    await insertRows(tx, 'Draw', this.draws);
    await insertRows(tx, 'DrawCandidateGroup', this.drawCandidateGroups);
    await insertRows(tx, 'DrawCandidateChunk', this.drawCandidateChunks);
    await insertRows(tx, 'DrawnTarget', this.drawnTargets);
    await insertRows(
      tx,
      'Visit',
      [...this.visits.values()].map((v) => v.row),
    );
    await insertRows(tx, 'TaskTarget', this.taskTargets);
    await insertRows(tx, 'Transfer', this.transfers);
    await insertRows(
      tx,
      'Team',
      this.teams.map((t) => t.row),
    );
    await insertRows(
      tx,
      'TeamMember',
      this.teams.flatMap((t) => t.members),
    );
    await insertRows(tx, 'ReplacementRequest', this.replacementRequests);
    // Targets closed or moved (rule 23): one statement per kind of change.
    const byPatch = new Map<string, string[]>();
    for (const [id, changes] of this.targetChanges) {
      const key = JSON.stringify(Object.assign({}, ...changes.map((c) => c.patch)));
      byPatch.set(key, [...(byPatch.get(key) ?? []), id]);
    }
    for (const [patch, ids] of byPatch)
      await tx.target.updateMany({ where: { id: { in: ids } }, data: JSON.parse(patch) as Prisma.TargetUpdateManyMutationInput });
    await insertRows(
      tx,
      'Result',
      results.map((r) => (publishLater.has(r.id) ? { ...r, status: 'APPROVED' as const } : r)),
    );
    await insertRows(tx, 'Evidence', this.evidence);
    await insertRows(tx, 'PreCheck', this.onSite?.preChecks ?? []);
    await insertRows(tx, 'OnSiteRecord', this.onSite?.records ?? []);
    await insertRows(tx, 'ResultConfirmation', this.onSite?.confirmations ?? []);
    if (publishLater.size > 0) {
      await tx.$executeRaw`UPDATE "Result" SET "status" = 'PUBLISHED', "updatedAt" = "publishedAt" WHERE "id" IN (${Prisma.join([...publishLater])})`;
    }
    await insertRows(tx, 'FollowUp', this.followUps);
    await insertRows(tx, 'Review', this.reviews);
    await insertRows(tx, 'Correction', this.corrections);
    this.audit.sort((a, b) => (a.at as Date).getTime() - (b.at as Date).getTime());
    await insertRows(tx, 'AuditEvent', this.audit);
  }

  summary(): WorkflowSummary {
    return { plans: this.plans.length, tasks: this.tasks.length, draws: this.draws.length, results: this.results.size, auditEvents: this.audit.length };
  }
}

const RETURN_REASONS = [
  '检查发现的问题描述不具体，请补充现场检查笔录和照片后重新提交。',
  '检查方式与现场记录不一致，请核实后重新提交。',
  '未上传检查对象签字确认的检查记录，请补充后重新提交。',
];

const iso = (d: Date) => d.toISOString().slice(0, 10);
