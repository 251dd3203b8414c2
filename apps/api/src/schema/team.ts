// Inspection teams (检查组), the second "random" of 双随机 (rules 5, 15, 16; G19–G22): every visit of a
// dispatched task gets a team of ≥2 qualified inspectors with exactly one leader, drawn with the locked
// target draw's seed so anyone can re-derive it. Ranking, conflicts, load and team validity are all the
// domain's (@ssj/domain matching.ts); this module only gathers the inputs and stores the result.
//
// Decisions:
// - maxLoad (most visits one inspector takes in a task) = ceil(visits × teamSize / pool size) + 1: an even
//   share plus one of slack, so the greedy ranking can skip an inspector at the limit without starving.
// - matchTeams / matchTeamsJointly form teams for the task's visits that have none yet (e.g. some were
//   assigned directly first) and count the load of the task's existing teams; they are refused with
//   TEAM.ALREADY_MATCHED when every visit already has a team.
// - confirmTeams (the executing unit's sign-off before the visits start) needs a valid team for every visit
//   (TEAM.VISITS_WITHOUT_TEAM otherwise) and stamps confirmedAt once; a later replacement (rule 16) keeps the
//   confirmation, since it carries its own reason and approver.
// - A refusal of the domain (too few inspectors, no expert) saves nothing.
// - A replacement's approver must be an active, non-analyst user of the bureau's lead unit, the task's
//   owner unit or its executing unit (rule 16: 牵头单位或实施单位).
// - Rule 16 ("from other qualified inspectors"): the approver may name the replacement instead of taking the
//   next in the ranking. The domain checks the named one as it checks a drawn one (the same pool of the task's
//   qualified, drawable, serving inspectors, no conflict, not in the team, within maxLoad, may lead when the
//   leader leaves); the newcomer is stored with rank null, as directly assigned members are, and the audit
//   event says mode DIRECT instead of DRAWN.
import type { Prisma } from '@ssj/db/client';
import { ReplacementReason, ReplacementRequestStatus, TeamMode, TeamRole } from '@ssj/db/client';
import {
  assignTeamDirectly as domainAssignTeamDirectly,
  checkExpertAssignment,
  checkReplacementRequest,
  decideReplacementRequest,
  mayDecideReplacementRequest,
  memberTransition,
  replacementRequestable,
  statesAllowing,
  TASK_LIFECYCLE,
  taskTransition,
  teamsToConfirm,
  teamsToForm,
  teamStateOf,
  type TeamState,
  teamTransition,
  teamWork,
  matchingDirectoryCheck,
  matchTeams as domainMatchTeams,
  matchTeamsJointly as domainMatchTeamsJointly,
  mayAssignTeamDirectly,
  replaceTeamMember as domainReplaceTeamMember,
  REPLACEMENT_REASON,
  REPLACEMENT_REQUEST_STATUS,
  TEAM_MODE,
  TEAM_ROLE,
  teamLoads,
  type ApproverCandidate,
  type ConflictOfInterest,
  type InspectorCandidate,
  type MatchingResult,
  type MatchingTarget,
  type MemberReplacement,
  type Team as DomainTeam,
  validateTeam,
  maxLoadFor,
  DISPATCHED_DRAWS,
} from '@ssj/domain';
import { labelled } from './enums.ts';
import { builder } from '../builder.ts';
import { audit } from '../audit.ts';
import type { Context } from '../context.ts';
import { allowed, notFound, userError } from '../errors.ts';
import { assertUnitWrite, requireFields } from '../validation.ts';
import { chinaDay, clock } from '../clock.ts';
import { lockRow } from '../locking.ts';
import { statusWhere } from '../statusWhere.ts';
import { latestConfirmation } from '../drawInputs.ts';
import { newId } from '../importing/bulk.ts';

type Tx = Prisma.TransactionClient;

export const TeamModeEnum = labelled('TeamMode', '检查组产生方式 / How a team was formed', TeamMode, TEAM_MODE);

export const TeamRoleEnum = labelled('TeamRole', '检查组成员角色 / Role in a team', TeamRole, TEAM_ROLE);

export const ReplacementReasonEnum = labelled(
  'ReplacementReason',
  '更换执法检查人员的理由（规则16） / Why a member was replaced (rule 16)',
  ReplacementReason,
  REPLACEMENT_REASON,
);

export const TeamRef = builder.prismaObject('Team', {
  description: '检查组（每个检查对象≥2名执法检查人员，1名组长） / The inspection team of one visit: ≥2 inspectors, exactly one leader (rule 15)',
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    visitId: t.exposeID('visitId', { description: '检查 / Visit' }),
    visit: t.relation('visit', { description: '检查 / The visit this team carries out' }),
    drawId: t.exposeID('drawId', { nullable: true, description: '随机匹配所用的摇号（种子） / The draw whose seed ranked the inspectors' }),
    mode: t.expose('mode', { type: TeamModeEnum, description: '产生方式 / How the team was formed' }),
    jointUnitId: t.exposeID('jointUnitId', { nullable: true, description: '联合匹配的相邻单位 / The neighbouring unit of a joint matching' }),
    jointUnit: t.relation('jointUnit', { nullable: true, description: '联合匹配的相邻单位 / Joint unit' }),
    confirmedAt: t.expose('confirmedAt', { type: 'DateTime', nullable: true, description: '确认时间 / Confirmed at' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '组建时间 / Formed at' }),
    members: t.relation('members', {
      description: '成员（含已被更换的，标记为非在岗） / Members, including replaced ones (inactive) (rule 16)',
      query: { orderBy: [{ createdAt: 'asc' }, { rank: 'asc' }, { id: 'asc' }] },
    }),
    replacementRequests: t.relation('replacementRequests', {
      description: '更换及回避申请（含已处理的） / Replacement and recusal requests, decided ones included (rule 16)',
      query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    }),
  }),
});

export const TeamMemberRef = builder.prismaObject('TeamMember', {
  description: '检查组成员；被更换的成员保留理由和批准人 / A team member; a replaced one stays with reason and approver (rule 16)',
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    teamId: t.exposeID('teamId', { description: '检查组 / Team' }),
    inspectorId: t.exposeID('inspectorId', { nullable: true, description: '执法检查人员 / Inspector' }),
    inspector: t.relation('inspector', { nullable: true, description: '执法检查人员 / Inspector' }),
    expertId: t.exposeID('expertId', { nullable: true, description: '专家 / Expert' }),
    expert: t.relation('expert', { nullable: true, description: '专家 / Expert' }),
    role: t.expose('role', { type: TeamRoleEnum, description: '角色 / Role' }),
    rank: t.exposeInt('rank', {
      nullable: true,
      description: '在随机排序中的位次（直接委派或指定替换的为空） / Position in the ranking; null when assigned or named directly',
    }),
    active: t.exposeBoolean('active', { description: '是否在岗（被更换后为否） / Still in the team (false once replaced)' }),
    replacedAt: t.expose('replacedAt', { type: 'DateTime', nullable: true, description: '被更换时间 / Replaced at' }),
    replacementReason: t.expose('replacementReason', { type: ReplacementReasonEnum, nullable: true, description: '更换理由 / Why replaced' }),
    replacementNote: t.exposeString('replacementNote', { nullable: true, description: '更换说明 / Replacement note' }),
    approvedById: t.exposeID('approvedById', { nullable: true, description: '批准更换的用户 / The user who approved the replacement' }),
    replacesId: t.exposeID('replacesId', { nullable: true, description: '递补的是哪位成员 / The member this one replaced' }),
    assignmentReason: t.exposeString('assignmentReason', { nullable: true, description: '直接委派专家的理由 / Why an expert was assigned directly (G19)' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '加入时间 / Joined at' }),
  }),
});

export const ReplacementRequestStatusEnum = labelled(
  'ReplacementRequestStatus',
  '更换/回避申请状态 / Status of a replacement request',
  ReplacementRequestStatus,
  REPLACEMENT_REQUEST_STATUS,
);

export const ReplacementRequestRef = builder.prismaObject('ReplacementRequest', {
  description:
    '更换或回避申请：由指定的批准人批准或驳回，批准后检查组才更换 / A request to replace a member or for a recusal, decided by the named approver (rule 16)',
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    taskId: t.exposeID('taskId', { description: '抽查任务 / Task' }),
    task: t.relation('task', { description: '抽查任务 / Task' }),
    teamId: t.exposeID('teamId', { description: '检查组 / Team' }),
    team: t.relation('team', { description: '检查组 / Team' }),
    memberId: t.exposeID('memberId', { description: '被更换（回避）的成员 / The member who would leave' }),
    member: t.relation('member', { description: '被更换（回避）的成员 / The member who would leave' }),
    reason: t.expose('reason', { type: ReplacementReasonEnum, description: '理由 / Reason' }),
    note: t.exposeString('note', { description: '说明 / Note' }),
    proposedInspectorId: t.exposeID('proposedInspectorId', {
      nullable: true,
      description: '建议的替换人员（为空则由排序中的下一位递补） / Proposed replacement; null = next in the ranking',
    }),
    proposedInspector: t.relation('proposedInspector', { nullable: true, description: '建议的替换人员 / Proposed replacement' }),
    requestedById: t.exposeID('requestedById', { description: '申请人 / Requester' }),
    requestedBy: t.relation('requestedBy', { description: '申请人 / Requester' }),
    approverId: t.exposeID('approverId', { description: '指定的批准人 / Named approver' }),
    approver: t.relation('approver', { description: '指定的批准人 / Named approver' }),
    status: t.expose('status', { type: ReplacementRequestStatusEnum, description: '状态 / Status' }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true, description: '批准或驳回时间 / Decided at' }),
    decisionNote: t.exposeString('decisionNote', { nullable: true, description: '批准意见或驳回理由 / Comment or reason of refusal' }),
    newMemberId: t.exposeID('newMemberId', { nullable: true, description: '批准后递补的成员 / The member who stepped in' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '申请时间 / Requested at' }),
    canDecide: t.boolean({
      description: '当前用户能否批准或驳回（仅指定的批准人，且不是申请人） / Whether the signed-in user may decide it',
      select: { status: true, approverId: true, requestedById: true },
      resolve: (r, _a, ctx) => !!ctx.user && mayDecideReplacementRequest(r, ctx.user.id),
    }),
  }),
});

// ——— inputs for the domain ———————————————————————————————————————————————————————————

/** Rule 5: the qualified, drawable, non-retired inspectors of these units. */
async function inspectorPool(tx: Tx, unitIds: string[]): Promise<InspectorCandidate[]> {
  const rows = await tx.inspector.findMany({
    where: { unitId: { in: unitIds }, qualified: true, drawable: true, retiredAt: null },
    select: { id: true, unitId: true, qualified: true, canLead: true },
    orderBy: { id: 'asc' },
  });
  return rows.map((r) => ({ id: r.id, unitId: r.unitId, qualified: r.qualified, mayLead: r.canLead }));
}

async function conflictsFor(tx: Tx, targetIds: string[]): Promise<ConflictOfInterest[]> {
  const rows = await tx.conflictOfInterest.findMany({ where: { targetId: { in: targetIds } }, select: { inspectorId: true, targetId: true } });
  return rows;
}

const teamSelect = {
  id: true,
  visitId: true,
  mode: true,
  jointUnitId: true,
  drawId: true,
  confirmedAt: true,
  visit: { select: { targetId: true } },
  members: {
    select: {
      id: true,
      inspectorId: true,
      expertId: true,
      role: true,
      rank: true,
      active: true,
      replacementReason: true,
      approvedById: true,
      replacedAt: true,
      inspector: { select: { unitId: true, qualified: true, canLead: true } },
    },
    orderBy: { createdAt: 'asc' as const },
  },
} satisfies Prisma.TeamSelect;
type StoredTeam = Prisma.TeamGetPayload<{ select: typeof teamSelect }>;

/** A stored team as the domain's Team: active inspectors (leader first), replaced ones as history. */
function toDomainTeam(team: StoredTeam): DomainTeam {
  const inspectors = team.members.filter((m) => m.inspectorId && m.inspector);
  const active = inspectors.filter((m) => m.active).sort((a, b) => Number(b.role === 'LEADER') - Number(a.role === 'LEADER'));
  return {
    targetId: team.visit.targetId,
    mode: team.mode,
    jointUnitId: team.jointUnitId,
    members: active.map((m) => ({
      inspectorId: m.inspectorId!,
      unitId: m.inspector!.unitId,
      qualified: m.inspector!.qualified,
      mayLead: m.inspector!.canLead,
      role: m.role === 'LEADER' ? 'LEADER' : 'MEMBER',
      rank: m.rank,
    })),
    experts: team.members.filter((m) => m.expertId && m.active).map((m) => ({ expertId: m.expertId!, field: null, mode: 'DRAWN' as const, rank: m.rank })),
    history: inspectors
      .filter((m) => !m.active)
      .map(
        (m): MemberReplacement => ({
          outInspectorId: m.inspectorId!,
          inInspectorId: '',
          reason: m.replacementReason ?? 'POST_CHANGE',
          approvedBy: m.approvedById ?? '',
          approvedOn: chinaDay(m.replacedAt ?? clock.now()),
          inRank: null,
          role: m.role === 'LEADER' ? 'LEADER' : 'MEMBER',
        }),
      ),
  };
}

const taskForTeamsSelect = {
  id: true,
  status: true,
  teamSize: true,
  ownerUnitId: true,
  executingUnitId: true,
  executingUnit: { select: { id: true, code: true, neighbourCodes: true } },
  checkItems: { select: { checkItem: { select: { id: true, needsExpert: true, expertField: true } } } },
  targets: { select: { targetId: true, visitId: true }, orderBy: { targetId: 'asc' as const } },
  draws: {
    where: { kind: 'TARGETS' as const, ...statusWhere<Prisma.DrawWhereInput>(DISPATCHED_DRAWS) },
    select: { id: true, seed: true },
    orderBy: { sequence: 'desc' as const },
    take: 1,
  },
} satisfies Prisma.TaskSelect;
type TaskForTeams = Prisma.TaskGetPayload<{ select: typeof taskForTeamsSelect }>;

async function loadDispatchedTask(
  tx: Tx,
  ctx: Context,
  taskId: string,
  options: { skipUnitCheck?: boolean } = {},
): Promise<TaskForTeams & { seed: string; drawId: string }> {
  await lockRow(tx, 'Task', taskId);
  const task = await tx.task.findUnique({ where: { id: taskId }, select: taskForTeamsSelect });
  if (!task) throw notFound('抽查任务');
  if (!options.skipUnitCheck) assertUnitWrite(ctx.user, task.executingUnitId);
  const draw = task.draws[0];
  allowed(teamWork({ status: task.status, hasLockedDraw: !!draw }), { status: task.status });
  return { ...task, seed: draw!.seed, drawId: draw!.id };
}

/** The task's visits (one per dispatched target) and the teams they already have. */
async function visitsAndTeams(tx: Tx, task: TaskForTeams) {
  const visitIds = [...new Set(task.targets.map((t) => t.visitId).filter((v): v is string => v !== null))];
  const teams = await tx.team.findMany({ where: { visitId: { in: visitIds } }, select: teamSelect });
  return { visitIds, teams };
}

function toGraphqlRefusal(r: Exclude<MatchingResult, { ok: true }>): never {
  if (r.code === 'TEAM.TOO_FEW_INSPECTORS') {
    throw userError(r.code, `还差 ${r.shortBy} 名`, { shortBy: r.shortBy, allows: r.allows, shortages: r.shortages });
  }
  if (r.code === 'TEAM.NO_EXPERT_AVAILABLE') throw userError(r.code, undefined, { allows: r.allows, missing: r.missing });
  throw userError(r.code, r.problems.join('；'), { problems: r.problems });
}

/**
 * Rule 15: what matching the task's visits without a team would give now (DRAWN, or JOINT with `jointUnitId`),
 * without storing anything — used by matchTeams and to decide whether direct assignment is allowed.
 */
async function dryMatch(tx: Tx, task: TaskForTeams & { seed: string }, jointUnitId: string | null) {
  const { visitIds, teams: existing } = await visitsAndTeams(tx, task);
  const served = new Set(existing.map((t) => t.visitId));
  const visits = task.targets.filter((t) => t.visitId);
  const states: TeamState[] = visits.map((t) => (served.has(t.visitId!) ? 'MATCHED' : 'NONE'));
  const open = visits.filter((_t, i) => teamTransition(states[i]!, 'MATCH').ok);
  const pool = await inspectorPool(tx, jointUnitId ? [task.executingUnitId, jointUnitId] : [task.executingUnitId]);
  const targetIds = open.map((t) => t.targetId);
  const conflicts = await conflictsFor(tx, targetIds);
  const expertItems = task.checkItems
    .filter((c) => c.checkItem.needsExpert)
    .map((c) => ({ id: c.checkItem.id, needsExpert: true, expertField: c.checkItem.expertField }));
  const experts =
    expertItems.length > 0
      ? (await tx.expert.findMany({ where: { retiredAt: null }, select: { id: true, field: true }, orderBy: { id: 'asc' } })).map((e) => ({
          id: e.id,
          fields: [e.field],
        }))
      : [];
  const targets: MatchingTarget[] = targetIds.map((targetId) => ({ targetId, checkItems: expertItems }));
  const maxLoad = maxLoadFor(visitIds.length, task.teamSize, pool.length);
  const input = {
    seed: task.seed,
    targets,
    inspectors: pool,
    experts,
    conflicts,
    teamSize: task.teamSize,
    maxLoad,
    currentLoad: teamLoads(existing.map(toDomainTeam)),
  };
  const result = jointUnitId ? domainMatchTeamsJointly({ ...input, ownUnitId: task.executingUnitId, jointUnitId }) : domainMatchTeams(input);
  return { open, states, pool, maxLoad, result };
}

/** Rule 15 (G19): may the signed-in user assign a team of this task directly, and on what basis. */
async function directAssignmentVerdict(tx: Tx, ctx: Context, task: TaskForTeams & { seed: string }, reason: string | null) {
  const { result } = await dryMatch(tx, task, null);
  const unit = await tx.unit.findUnique({ where: { id: ctx.user!.unitId }, select: { kind: true } });
  return { matching: result, verdict: mayAssignTeamDirectly({ matching: result, leadUnitApproved: unit?.kind === 'LEAD', reason }) };
}

/** Rules 15 (G19): draw teams for the task's visits without one, DRAWN or JOINT with a neighbour's inspectors. */
async function matchAndStore(ctx: Context, taskId: string, jointUnitId: string | null) {
  return ctx.prisma.$transaction(
    async (tx) => {
      const task = await loadDispatchedTask(tx, ctx, taskId);
      let joint: { id: string; code: string } | null = null;
      if (jointUnitId) {
        joint = await tx.unit.findUnique({ where: { id: jointUnitId }, select: { id: true, code: true } });
        if (!joint) throw notFound('联合匹配单位');
        if (joint.id === task.executingUnitId || !task.executingUnit.neighbourCodes.includes(joint.code)) {
          throw userError('TEAM.JOINT_UNIT_NOT_NEIGHBOUR', joint.code, { jointUnitId: joint.id, neighbourCodes: task.executingUnit.neighbourCodes });
        }
      }
      // Rule 4 (G14): a delegated task's executing unit confirms its inspector directory before its teams are drawn.
      const confirmation = await latestConfirmation(tx, task.executingUnitId, clock.now());
      const directories = matchingDirectoryCheck({
        ownerUnitId: task.ownerUnitId,
        executingUnitId: task.executingUnitId,
        executingUnitConfirmedFresh: confirmation.fresh,
      });
      if (!directories.ok)
        throw userError(directories.code, undefined, { unitId: task.executingUnitId, lastConfirmedAt: confirmation.confirmation?.confirmedAt ?? null });
      const { open, states, pool, maxLoad, result } = await dryMatch(tx, task, joint?.id ?? null);
      allowed(teamsToForm(states), { teamCount: task.targets.length });
      if (!result.ok) toGraphqlRefusal(result);

      const visitOf = new Map(open.map((t) => [t.targetId, t.visitId!]));
      // Two statements for all the teams (not three per team): the ids are made here so the members can name theirs.
      const ids = result.teams.map(() => newId());
      await tx.team.createMany({
        data: result.teams.map((team, i) => ({
          id: ids[i]!,
          visitId: visitOf.get(team.targetId)!,
          drawId: task.drawId,
          mode: team.mode,
          jointUnitId: team.jointUnitId,
        })),
      });
      await tx.teamMember.createMany({
        data: result.teams.flatMap((team, i) => [
          ...team.members.map((m) => ({ teamId: ids[i]!, inspectorId: m.inspectorId, role: m.role, rank: m.rank })),
          ...team.experts.map((e) => ({ teamId: ids[i]!, expertId: e.expertId, role: 'EXPERT' as const, rank: e.rank })),
        ]),
      });
      await audit(tx, ctx, {
        action: joint ? 'matchTeamsJointly' : 'matchTeams',
        entity: 'Task',
        entityId: task.id,
        unitId: task.executingUnitId,
        after: {
          drawId: task.drawId,
          maxLoad,
          teamSize: task.teamSize,
          poolSize: pool.length,
          jointUnitId: joint?.id ?? null,
          delegated: directories.delegated,
          directoryConfirmationId: directories.delegated ? (confirmation.confirmation?.id ?? null) : null,
          teams: result.teams.map((t, i) => ({
            teamId: ids[i],
            targetId: t.targetId,
            members: t.members.map((m) => [m.inspectorId, m.role, m.rank]),
            experts: t.experts.map((e) => e.expertId),
          })),
        },
      });
      return ids;
    },
    { maxWait: 60_000, timeout: 120_000 },
  );
}

/** The user as rule 16's approver check sees them. */
async function approverCandidate(tx: Tx, userId: string): Promise<ApproverCandidate | null> {
  const u = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, active: true, role: true, unitId: true, isPrincipal: true, unit: { select: { kind: true } } },
  });
  return u ? { id: u.id, active: u.active, role: u.role, unitId: u.unitId, unitIsLead: u.unit.kind === 'LEAD', isPrincipal: u.isPrincipal } : null;
}

/** The dispatched task a team serves: the one of its draw, else the visit's first dispatched task. */
async function taskOfTeam(tx: Tx, team: { drawId: string | null; visitId: string }): Promise<string> {
  const drawTask = team.drawId ? (await tx.draw.findUniqueOrThrow({ where: { id: team.drawId }, select: { taskId: true } })).taskId : null;
  const candidates = await tx.task.findMany({
    where: {
      ...(drawTask ? { id: drawTask } : { targets: { some: { visitId: team.visitId } } }),
      status: { in: statesAllowing(TASK_LIFECYCLE, 'WORK_ON_TEAMS') },
    },
    select: { id: true },
    orderBy: { createdAt: 'asc' },
  });
  if (candidates.length === 0) throw userError('TEAM.TASK_NOT_DISPATCHED');
  return candidates[0]!.id;
}

/**
 * Rule 16: asks the domain who replaces `inspectorId` in `team` (the named inspector or the next in the ranking)
 * with the task's current pool, conflicts and load. Throws the domain's refusal.
 */
async function planReplacement(
  tx: Tx,
  task: TaskForTeams & { seed: string },
  team: StoredTeam,
  o: {
    inspectorId: string;
    reason: ReplacementReason;
    approverId: string;
    namedInspectorId: string | null;
    namedName: string | null;
    extraConflict?: ConflictOfInterest | null;
  },
) {
  const { visitIds, teams } = await visitsAndTeams(tx, task);
  const pool = await inspectorPool(tx, team.jointUnitId ? [task.executingUnitId, team.jointUnitId] : [task.executingUnitId]);
  const conflicts = await conflictsFor(tx, [team.visit.targetId]);
  if (o.extraConflict) conflicts.push(o.extraConflict);
  const result = domainReplaceTeamMember({
    team: toDomainTeam(team),
    inspectorId: o.inspectorId,
    reason: o.reason,
    approvedBy: o.approverId,
    approvedOn: clock.today(),
    seed: task.seed,
    inspectors: pool,
    conflicts,
    load: teamLoads(teams.map(toDomainTeam)),
    maxLoad: maxLoadFor(visitIds.length, task.teamSize, pool.length),
    directInspectorId: o.namedInspectorId,
  });
  if (!result.ok) throw userError(result.code, o.namedName && 'inspectorId' in result ? o.namedName : undefined, { ...result });
  return result;
}

/**
 * Rule 16 (G21): a request to replace an active inspector of a team (or their recusal). Nothing in the team
 * changes: the named approver decides. The proposal is checked now, so an impossible one is refused at once.
 */
async function requestReplacement(
  ctx: Context,
  o: { memberId: string; reason: ReplacementReason; note: string; approverId: string; proposedInspectorId: string | null },
) {
  return ctx.prisma.$transaction(
    async (tx) => {
      const member = await tx.teamMember.findUnique({
        where: { id: o.memberId },
        select: { id: true, teamId: true, inspectorId: true, active: true, role: true },
      });
      if (!member) throw notFound('检查组成员');
      if (!member.inspectorId) throw userError('TEAM.NOT_AN_INSPECTOR');
      const stored = await tx.team.findUniqueOrThrow({ where: { id: member.teamId }, select: { drawId: true, visitId: true } });
      const task = await loadDispatchedTask(tx, ctx, await taskOfTeam(tx, stored));
      // Read again under the task's lock: a parallel approval may have retired the member meanwhile.
      const team = await tx.team.findUniqueOrThrow({ where: { id: member.teamId }, select: teamSelect });
      const pendingRequests = await tx.replacementRequest.count({ where: { memberId: member.id, status: 'PENDING' } });
      allowed(replacementRequestable({ active: team.members.find((m) => m.id === member.id)?.active ?? false, pendingRequests }));
      const approver = await approverCandidate(tx, o.approverId);
      if (!approver) throw notFound('批准人');
      const check = checkReplacementRequest({ requestedById: ctx.user!.id, approver, task });
      if (!check.ok) throw userError(check.code, undefined, { approverId: o.approverId });
      const named = o.proposedInspectorId ? await tx.inspector.findUnique({ where: { id: o.proposedInspectorId }, select: { id: true, name: true } }) : null;
      if (o.proposedInspectorId && !named) throw notFound('建议的替换人员');
      // A recusing member is already treated as conflicted, so the dry run does not pick them back.
      await planReplacement(tx, task, team, {
        inspectorId: member.inspectorId,
        reason: o.reason,
        approverId: o.approverId,
        namedInspectorId: named?.id ?? null,
        namedName: named?.name ?? null,
      });
      const created = await tx.replacementRequest.create({
        data: {
          taskId: task.id,
          teamId: team.id,
          memberId: member.id,
          reason: o.reason,
          note: o.note,
          proposedInspectorId: named?.id ?? null,
          requestedById: ctx.user!.id,
          approverId: o.approverId,
          createdAt: clock.now(),
        },
        select: { id: true },
      });
      await audit(tx, ctx, {
        action: o.reason === 'RECUSAL' ? 'requestRecusal' : 'requestMemberReplacement',
        entity: 'ReplacementRequest',
        entityId: created.id,
        unitId: task.executingUnitId,
        after: {
          taskId: task.id,
          teamId: team.id,
          memberId: member.id,
          inspectorId: member.inspectorId,
          reason: o.reason,
          note: o.note,
          proposedInspectorId: named?.id ?? null,
          approverId: o.approverId,
          status: 'PENDING',
        },
      });
      return created.id;
    },
    { maxWait: 60_000, timeout: 120_000 },
  );
}

/**
 * Rule 16: the named approver approves (the team changes now: the member leaves with reason and approver, the
 * proposed inspector or the next in the ranking steps in; a recusal records the conflict of interest) or refuses
 * (with a reason; the team stays). The request row is locked first, so parallel decisions have one effect.
 */
async function decideRequest(ctx: Context, requestId: string, decision: 'APPROVE' | 'REFUSE', note: string | null) {
  return ctx.prisma.$transaction(
    async (tx) => {
      await lockRow(tx, 'ReplacementRequest', requestId);
      const request = await tx.replacementRequest.findUnique({
        where: { id: requestId },
        select: {
          id: true,
          taskId: true,
          teamId: true,
          memberId: true,
          reason: true,
          note: true,
          proposedInspectorId: true,
          requestedById: true,
          approverId: true,
          status: true,
          proposedInspector: { select: { name: true } },
        },
      });
      if (!request) throw notFound('更换申请');
      const actor = await approverCandidate(tx, ctx.user!.id);
      const task0 = await tx.task.findUniqueOrThrow({ where: { id: request.taskId }, select: { executingUnitId: true } });
      const verdict = decideReplacementRequest({ request, actor: actor!, task: task0, decision, note });
      if (!verdict.ok) throw userError(verdict.code, undefined, { requestId, status: request.status });
      const decidedAt = clock.now();

      if (verdict.status === 'REFUSED') {
        await tx.replacementRequest.update({ where: { id: request.id }, data: { status: 'REFUSED', decidedAt, decisionNote: note } });
        await audit(tx, ctx, {
          action: 'refuseReplacementRequest',
          entity: 'ReplacementRequest',
          entityId: request.id,
          unitId: task0.executingUnitId,
          before: { status: 'PENDING' },
          after: { status: 'REFUSED', decisionNote: note, teamId: request.teamId, memberId: request.memberId },
        });
        return request.teamId;
      }

      // The approver acts on the executing unit's task (rule 16), so the unit-write check is not theirs to pass.
      const task = await loadDispatchedTask(tx, ctx, request.taskId, { skipUnitCheck: true });
      const team = await tx.team.findUniqueOrThrow({ where: { id: request.teamId }, select: teamSelect });
      const member = team.members.find((m) => m.id === request.memberId)!;
      allowed(memberTransition(member, 'REPLACE'));
      const targetId = team.visit.targetId;
      const recusal = request.reason === 'RECUSAL';
      const result = await planReplacement(tx, task, team, {
        inspectorId: member.inspectorId!,
        reason: request.reason,
        approverId: ctx.user!.id,
        namedInspectorId: request.proposedInspectorId,
        namedName: request.proposedInspector?.name ?? null,
      });
      if (recusal) {
        // Rule 16: the recusing inspector's interest is registered, so no later matching draws them for this target.
        await tx.conflictOfInterest.upsert({
          where: { inspectorId_targetId: { inspectorId: member.inspectorId!, targetId } },
          create: { inspectorId: member.inspectorId!, targetId, reason: request.note, declaredById: request.requestedById },
          update: {},
        });
      }
      await tx.teamMember.update({
        where: { id: member.id },
        data: { active: false, replacedAt: decidedAt, replacementReason: request.reason, replacementNote: request.note, approvedById: ctx.user!.id },
      });
      const r = result.replacement;
      const newcomer = await tx.teamMember.create({
        data: { teamId: team.id, inspectorId: r.inInspectorId, role: r.role, rank: r.inRank, replacesId: member.id },
        select: { id: true },
      });
      await tx.replacementRequest.update({ where: { id: request.id }, data: { status: 'APPROVED', decidedAt, decisionNote: note, newMemberId: newcomer.id } });
      await audit(tx, ctx, {
        action: 'approveReplacementRequest',
        entity: 'ReplacementRequest',
        entityId: request.id,
        unitId: task.executingUnitId,
        before: { status: 'PENDING', memberId: member.id, inspectorId: member.inspectorId, role: member.role },
        after: {
          status: 'APPROVED',
          teamId: team.id,
          memberId: newcomer.id,
          inspectorId: r.inInspectorId,
          role: r.role,
          rank: r.inRank,
          mode: request.proposedInspectorId ? 'DIRECT' : 'DRAWN',
          reason: request.reason,
          note: request.note,
          requestedById: request.requestedById,
          approvedById: ctx.user!.id,
          conflictRecorded: recusal,
        },
      });
      return team.id;
    },
    { maxWait: 60_000, timeout: 120_000 },
  );
}

type DirectAssignmentOutlook = { allowed: boolean; basis: string | null; matching: string; shortBy: number; openVisits: number };
const DirectAssignmentOutlookRef = builder.objectRef<DirectAssignmentOutlook>('DirectAssignmentOutlook').implement({
  description: "能否直接委派检查组（规则15，G19） / Whether a task's teams may be assigned directly (rule 15, G19)",
  fields: (t) => ({
    allowed: t.exposeBoolean('allowed', { description: '当前用户能否直接委派 / Whether the signed-in user may assign directly now' }),
    basis: t.exposeString('basis', {
      nullable: true,
      description:
        '依据：TOO_FEW_INSPECTORS（随机匹配人员不足）或 LEAD_UNIT_APPROVED（牵头科室同意，须说明理由） / TOO_FEW_INSPECTORS, or LEAD_UNIT_APPROVED (a lead-unit user, with a reason)',
    }),
    matching: t.exposeString('matching', { description: '随机匹配试算结果：ENOUGH 或拒绝代码 / Dry-run matching: ENOUGH or the refusal code' }),
    shortBy: t.exposeInt('shortBy', { description: '还差的执法检查人员数 / Inspectors missing' }),
    openVisits: t.exposeInt('openVisits', { description: '尚无检查组的检查对象数 / Visits without a team' }),
  }),
});

builder.queryFields((t) => ({
  directAssignmentOutlook: t.field({
    type: DirectAssignmentOutlookRef,
    description:
      '试算随机匹配，判断能否直接委派检查组（人员不足时，或牵头科室人员说明理由） / Dry-runs matching to tell whether direct assignment is allowed (rule 15, G19)',
    authScopes: { writer: true },
    args: { taskId: t.arg.id({ required: true, description: '抽查任务 / Task' }) },
    resolve: (_r, args, ctx) =>
      ctx.prisma.$transaction(
        async (tx) => {
          const task = await loadDispatchedTask(tx, ctx, String(args.taskId));
          const { open } = await dryMatch(tx, task, null);
          // The reason is asked for in the dialog; here "with a reason" is assumed for a lead-unit user.
          const { matching, verdict } = await directAssignmentVerdict(tx, ctx, task, 'x');
          return {
            allowed: open.length > 0 && verdict.ok,
            basis: verdict.ok ? verdict.basis : null,
            matching: matching.ok ? 'ENOUGH' : matching.code,
            shortBy: !matching.ok && matching.code === 'TEAM.TOO_FEW_INSPECTORS' ? matching.shortBy : 0,
            openVisits: open.length,
          };
        },
        { maxWait: 60_000, timeout: 120_000 },
      ),
  }),
  teamsOfTask: t.prismaField({
    type: ['Team'],
    description: "抽查任务各检查对象的检查组 / The teams of a task's visits",
    authScopes: { signedIn: true },
    args: { taskId: t.arg.id({ required: true, description: '抽查任务 / Task' }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.team.findMany({
        ...query,
        where: { visit: { taskTargets: { some: { taskId: String(args.taskId) } } } },
        orderBy: [{ visit: { targetId: 'asc' } }, { createdAt: 'asc' }],
      }),
  }),
}));

builder.mutationFields((t) => ({
  matchTeams: t.prismaField({
    type: ['Team'],
    description:
      "为已下发任务的检查对象随机匹配执法检查人员（以摇号种子排序） / Draw the inspection teams of a dispatched task with the draw's seed (rules 5, 15)",
    authScopes: { writer: true },
    args: { taskId: t.arg.id({ required: false, description: '抽查任务 / Task' }) },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { taskId: '抽查任务' });
      const ids = await matchAndStore(ctx, String(args.taskId), null);
      return ctx.prisma.team.findMany({ ...query, where: { id: { in: ids } }, orderBy: { visit: { targetId: 'asc' } } });
    },
  }),
  matchTeamsJointly: t.prismaField({
    type: ['Team'],
    description: "执法检查人员不足时与相邻单位联合随机匹配 / Draw teams jointly with a neighbouring unit's inspectors (rule 15, G19)",
    authScopes: { writer: true },
    args: {
      taskId: t.arg.id({ required: false, description: '抽查任务 / Task' }),
      jointUnitId: t.arg.id({ required: false, description: '相邻单位 / Neighbouring unit' }),
    },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { taskId: '抽查任务', jointUnitId: '相邻单位' });
      const ids = await matchAndStore(ctx, String(args.taskId), String(args.jointUnitId));
      return ctx.prisma.team.findMany({ ...query, where: { id: { in: ids } }, orderBy: { visit: { targetId: 'asc' } } });
    },
  }),
  assignTeamDirectly: t.prismaField({
    type: 'Team',
    description: "直接委派检查组（记录为直接委派） / Assign a visit's team directly, recorded as such (rule 15, G19)",
    authScopes: { writer: true },
    args: {
      visitId: t.arg.id({ required: false, description: '检查 / Visit' }),
      inspectorIds: t.arg.idList({ required: false, description: '执法检查人员 / Inspectors' }),
      leaderId: t.arg.id({ required: false, description: '组长 / Leader' }),
      reason: t.arg.string({ required: false, description: '直接委派的理由 / Why the team is assigned directly' }),
    },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { visitId: '检查', inspectorIds: '执法检查人员', leaderId: '组长', reason: '直接委派的理由' });
      const visitId = String(args.visitId);
      const inspectorIds = args.inspectorIds!.map(String);
      const leaderId = String(args.leaderId);
      const teamId = await ctx.prisma.$transaction(async (tx) => {
        const visit = await tx.visit.findUnique({
          where: { id: visitId },
          select: {
            id: true,
            targetId: true,
            teams: { select: { id: true } },
            taskTargets: { select: { task: { select: { id: true, status: true, executingUnitId: true } } } },
          },
        });
        if (!visit) throw notFound('检查');
        const tasks = visit.taskTargets.map((tt) => tt.task).filter((tk) => taskTransition(tk.status, 'WORK_ON_TEAMS').ok);
        if (tasks.length === 0) throw userError('TEAM.TASK_NOT_DISPATCHED');
        const task = tasks.find((tk) => ctx.user?.role === 'ADMIN' || tk.executingUnitId === ctx.user?.unitId) ?? tasks[0]!;
        assertUnitWrite(ctx.user, task.executingUnitId);
        // Lock the task, then count the visit's teams again: a parallel assignment may have committed meanwhile.
        const locked = await loadDispatchedTask(tx, ctx, task.id);
        const teamCount = await tx.team.count({ where: { visitId } });
        allowed(teamTransition(teamCount > 0 ? 'MATCHED' : 'NONE', 'ASSIGN_DIRECTLY'), { teamCount });
        // Rule 15 (G19): only when matching reports too few inspectors, or with a reason the lead unit approves.
        const { matching, verdict } = await directAssignmentVerdict(tx, ctx, locked, args.reason ?? null);
        if (!verdict.ok) throw userError(verdict.code, undefined, { matching: matching.ok ? 'ENOUGH' : matching.code });
        const found = await tx.inspector.findMany({
          where: { id: { in: inspectorIds }, retiredAt: null },
          select: { id: true, unitId: true, qualified: true, canLead: true },
        });
        const byId = new Map(found.map((i) => [i.id, i]));
        const missing = inspectorIds.filter((id) => !byId.has(id));
        if (missing.length > 0) throw notFound(`执法检查人员 ${missing.join('、')}`);
        const result = domainAssignTeamDirectly({
          targetId: visit.targetId,
          members: inspectorIds.map((id) => {
            const i = byId.get(id)!;
            return { inspector: { id: i.id, unitId: i.unitId, qualified: i.qualified, mayLead: i.canLead }, leader: id === leaderId };
          }),
          conflicts: await conflictsFor(tx, [visit.targetId]),
        });
        if (!result.ok) throw userError(result.code, undefined, { problems: result.problems });
        const created = await tx.team.create({
          data: {
            visitId,
            mode: 'DIRECT',
            members: { create: result.team.members.map((m) => ({ inspectorId: m.inspectorId, role: m.role, rank: m.rank })) },
          },
          select: { id: true },
        });
        await audit(tx, ctx, {
          action: 'assignTeamDirectly',
          entity: 'Team',
          entityId: created.id,
          unitId: task.executingUnitId,
          after: {
            visitId,
            taskId: task.id,
            reason: args.reason,
            basis: verdict.basis,
            shortBy: !matching.ok && matching.code === 'TEAM.TOO_FEW_INSPECTORS' ? matching.shortBy : 0,
            members: result.team.members.map((m) => [m.inspectorId, m.role]),
          },
        });
        return created.id;
      });
      return ctx.prisma.team.findUniqueOrThrow({ ...query, where: { id: teamId } });
    },
  }),
  requestMemberReplacement: t.prismaField({
    type: 'ReplacementRequest',
    description:
      "申请更换检查组成员（岗位变动、工作冲突、身体原因），由指定的批准人（牵头科室人员或执行单位负责人，不能是申请人本人）批准后才更换；可建议替换人员，不填则由随机排序中的下一位递补 / Ask for a member's replacement; the named approver (lead unit or the executing unit's principal, never the requester) decides, and only then does the team change (rule 16)",
    authScopes: { writer: true },
    args: {
      memberId: t.arg.id({ required: false, description: '被更换的成员 / The member who leaves' }),
      reason: t.arg({ type: ReplacementReasonEnum, required: false, description: '更换理由 / Reason' }),
      note: t.arg.string({ required: false, description: '说明 / Note' }),
      approverId: t.arg.id({
        required: false,
        description: "批准人（牵头科室人员或执行单位负责人） / Approver: a lead-unit user or the executing unit's principal",
      }),
      proposedInspectorId: t.arg.id({
        required: false,
        description:
          '建议的替换人员（可选；不填则由随机排序中的下一位递补），记录为直接指定 / Proposed replacement (default: the next in the ranking), recorded as named directly',
      }),
    },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { memberId: '检查组成员', reason: '更换理由', note: '说明', approverId: '批准人' });
      if (args.reason === 'RECUSAL') throw userError('VALIDATION.INVALID', '回避请使用回避申请');
      const id = await requestReplacement(ctx, {
        memberId: String(args.memberId),
        reason: args.reason!,
        note: args.note!,
        approverId: String(args.approverId),
        proposedInspectorId: args.proposedInspectorId ? String(args.proposedInspectorId) : null,
      });
      return ctx.prisma.replacementRequest.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  requestRecusal: t.prismaField({
    type: 'ReplacementRequest',
    description:
      "申请回避：成员与检查对象有利害关系，经指定的批准人批准后登记利害关系并更换 / Ask for a member's recusal; on approval the conflict is registered and the member replaced (rule 16, G21)",
    authScopes: { writer: true },
    args: {
      memberId: t.arg.id({ required: false, description: '回避的成员 / The recusing member' }),
      note: t.arg.string({ required: false, description: '利害关系说明 / The interest declared' }),
      approverId: t.arg.id({ required: false, description: '批准人 / Approver' }),
      proposedInspectorId: t.arg.id({ required: false, description: '建议的替换人员（可选） / Proposed replacement (optional)' }),
    },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { memberId: '检查组成员', note: '利害关系说明', approverId: '批准人' });
      const id = await requestReplacement(ctx, {
        memberId: String(args.memberId),
        reason: 'RECUSAL',
        note: args.note!,
        approverId: String(args.approverId),
        proposedInspectorId: args.proposedInspectorId ? String(args.proposedInspectorId) : null,
      });
      return ctx.prisma.replacementRequest.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  approveReplacementRequest: t.prismaField({
    type: 'ReplacementRequest',
    description: '批准更换或回避申请（仅限指定的批准人，且不能是申请人）；批准后检查组随即更换 / The named approver approves; the team changes now (rule 16)',
    authScopes: { signedIn: true },
    args: {
      requestId: t.arg.id({ required: false, description: '申请 / Request' }),
      note: t.arg.string({ required: false, description: '批准意见 / Comment' }),
    },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { requestId: '更换申请' });
      await decideRequest(ctx, String(args.requestId), 'APPROVE', args.note ?? null);
      return ctx.prisma.replacementRequest.findUniqueOrThrow({ ...query, where: { id: String(args.requestId) } });
    },
  }),
  refuseReplacementRequest: t.prismaField({
    type: 'ReplacementRequest',
    description: '驳回更换或回避申请（须说明理由；检查组不变） / The named approver refuses, with a reason; the team stays (rule 16)',
    authScopes: { signedIn: true },
    args: {
      requestId: t.arg.id({ required: false, description: '申请 / Request' }),
      note: t.arg.string({ required: false, description: '驳回理由 / Why refused' }),
    },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { requestId: '更换申请' });
      await decideRequest(ctx, String(args.requestId), 'REFUSE', args.note ?? null);
      return ctx.prisma.replacementRequest.findUniqueOrThrow({ ...query, where: { id: String(args.requestId) } });
    },
  }),
  assignExpertDirectly: t.prismaField({
    type: 'Team',
    description:
      '直接委派专家参加检查组（仅限任务中需要专家参与的检查事项，专家领域须与事项要求相符，须说明理由） / Assign an expert to a team directly, for a check item that needs one, in its field, with a reason (G9, G19)',
    authScopes: { writer: true },
    args: {
      teamId: t.arg.id({ required: false, description: '检查组 / Team' }),
      expertId: t.arg.id({ required: false, description: '专家 / Expert' }),
      checkItemId: t.arg.id({ required: false, description: '需要专家参与的检查事项 / The check item that needs the expert' }),
      reason: t.arg.string({ required: false, description: '直接委派的理由 / Why assigned directly' }),
    },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { teamId: '检查组', expertId: '专家', checkItemId: '检查事项', reason: '直接委派的理由' });
      const teamId = String(args.teamId);
      await ctx.prisma.$transaction(
        async (tx) => {
          const stored = await tx.team.findUnique({ where: { id: teamId }, select: { drawId: true, visitId: true } });
          if (!stored) throw notFound('检查组');
          const task = await loadDispatchedTask(tx, ctx, await taskOfTeam(tx, stored));
          const team = await tx.team.findUniqueOrThrow({ where: { id: teamId }, select: teamSelect });
          const expert = await tx.expert.findUnique({ where: { id: String(args.expertId) }, select: { id: true, field: true, retiredAt: true } });
          if (!expert || expert.retiredAt) throw notFound('专家');
          const item = await tx.checkItem.findUnique({ where: { id: String(args.checkItemId) }, select: { id: true, needsExpert: true, expertField: true } });
          if (!item) throw notFound('检查事项');
          const verdict = checkExpertAssignment({
            item: { ...item, inTask: task.checkItems.some((c) => c.checkItem.id === item.id) },
            expert: { id: expert.id, fields: [expert.field] },
            team: toDomainTeam(team),
            reason: args.reason,
          });
          if (!verdict.ok) throw userError(verdict.code, undefined, { expertField: item.expertField, expertFieldOfExpert: expert.field });
          const created = await tx.teamMember.create({
            data: { teamId, expertId: expert.id, role: 'EXPERT', rank: null, assignmentReason: args.reason!.trim() },
            select: { id: true },
          });
          await audit(tx, ctx, {
            action: 'assignExpertDirectly',
            entity: 'Team',
            entityId: teamId,
            unitId: task.executingUnitId,
            after: { memberId: created.id, expertId: expert.id, checkItemId: item.id, field: verdict.field, mode: 'DIRECT', reason: args.reason },
          });
        },
        { maxWait: 60_000, timeout: 120_000 },
      );
      return ctx.prisma.team.findUniqueOrThrow({ ...query, where: { id: teamId } });
    },
  }),
  confirmTeams: t.prismaField({
    type: ['Team'],
    description:
      "确认检查组：每个检查对象均已组建检查组后，由任务执行单位确认 / The executing unit confirms the task's teams once every visit has a valid one (rule 15)",
    authScopes: { writer: true },
    args: { taskId: t.arg.id({ required: false, description: '抽查任务 / Task' }) },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { taskId: '抽查任务' });
      const ids = await ctx.prisma.$transaction(async (tx) => {
        const task = await loadDispatchedTask(tx, ctx, String(args.taskId));
        const { teams } = await visitsAndTeams(tx, task);
        const served = new Set(teams.map((t) => t.visitId));
        const byVisit = new Map(teams.map((t) => [t.visitId, t]));
        const visits = task.targets.filter((t) => t.visitId);
        const confirmation = teamsToConfirm(visits.map((t) => teamStateOf(byVisit.get(t.visitId!))));
        const without = visits.filter((t) => !served.has(t.visitId!));
        if (!confirmation.ok && confirmation.code === 'TEAM.VISITS_WITHOUT_TEAM') {
          throw userError(confirmation.code, `还有 ${without.length} 个检查对象没有检查组`, {
            visitsWithoutTeam: without.length,
            targetIds: without.map((t) => t.targetId),
          });
        }
        // Rules 5, 15, 16: every team as it stands now (after replacements) still has ≥2 qualified members,
        // one leader and nobody with a conflict of interest in its target.
        const conflicts = await conflictsFor(
          tx,
          teams.map((t) => t.visit.targetId),
        );
        for (const team of teams) {
          const v = validateTeam(toDomainTeam(team), { conflicts });
          if (!v.ok) throw userError(v.code, undefined, { teamId: team.id, targetId: team.visit.targetId, problems: v.problems });
        }
        allowed(confirmation, { teamCount: teams.length });
        const open = teams.filter((t) => teamTransition(teamStateOf(t), 'CONFIRM').ok);
        const confirmedAt = clock.now();
        await tx.team.updateMany({ where: { id: { in: open.map((t) => t.id) } }, data: { confirmedAt } });
        await audit(tx, ctx, {
          action: 'confirmTeams',
          entity: 'Task',
          entityId: task.id,
          unitId: task.executingUnitId,
          after: {
            confirmedAt,
            teams: open.map((t) => ({
              teamId: t.id,
              targetId: t.visit.targetId,
              mode: t.mode,
              members: t.members.filter((m) => m.active).map((m) => [m.inspectorId ?? m.expertId, m.role]),
            })),
          },
        });
        return teams.map((t) => t.id);
      });
      return ctx.prisma.team.findMany({ ...query, where: { id: { in: ids } }, orderBy: [{ visit: { targetId: 'asc' } }, { createdAt: 'asc' }] });
    },
  }),
}));
