// Inspector matching — rules 5, 15, 16 (G19–G22, P4). The second "random" of 双随机: every drawn
// target gets a team of at least two qualified inspectors with exactly one leader, drawn with the
// same verifiable HMAC ranking as the targets (key = the draw's seed), so the teams can be re-derived
// from the receipt and the inspector directory just like the target list.

import { rankingHmac } from './drawing.ts';
import { isIsoDate } from './dates.ts';
import { isHex32 } from './hashing.ts';
import { REPLACEMENT_REASON } from './labels.ts';

export interface InspectorCandidate {
  id: string;
  unitId: string;
  /** Rule 5 (G20): holds an enforcement qualification (执法资格); only these may be drawn. */
  qualified: boolean;
  /** May act as team leader (组长); default true. */
  mayLead?: boolean | null;
}

export interface ExpertCandidate {
  id: string;
  /** Specialities, matched against a check item's expertField. */
  fields: readonly string[];
}

/** Rule 16 (G21): an inspector (or expert) with an interest in the target must recuse. */
export interface ConflictOfInterest {
  inspectorId: string;
  targetId: string;
}

export interface MatchingCheckItem {
  id: string;
  /** G19: the item needs a specialist from the expert library. */
  needsExpert?: boolean | null;
  /** Required speciality; null = any expert. */
  expertField?: string | null;
}

export interface MatchingTarget {
  targetId: string;
  checkItems: readonly MatchingCheckItem[];
}

export type TeamMode = 'DRAWN' | 'DIRECT' | 'JOINT';
export type TeamRole = 'LEADER' | 'MEMBER';

export interface TeamMember {
  inspectorId: string;
  unitId: string;
  /** Snapshot of the qualification when the member joined, so validateTeam needs no directory. */
  qualified: boolean;
  mayLead: boolean;
  role: TeamRole;
  /** Position in the target's inspector ranking (1 = best); null when assigned directly. */
  rank: number | null;
}

export interface TeamExpert {
  expertId: string;
  field: string | null;
  mode: 'DRAWN' | 'DIRECT';
  rank: number | null;
}

/** Why a member is replaced (rule 16): the values of the one list with their labels (labels.ts). */
export const REPLACEMENT_REASONS = REPLACEMENT_REASON.values;
export type ReplacementReason = (typeof REPLACEMENT_REASONS)[number];

export interface MemberReplacement {
  outInspectorId: string;
  inInspectorId: string;
  reason: ReplacementReason;
  /** Rule 16: who approved (a user of the lead unit or the executing unit). */
  approvedBy: string;
  approvedOn: string;
  /** The newcomer's rank, or null when picked directly. */
  inRank: number | null;
  role: TeamRole;
}

export interface Team {
  targetId: string;
  /** Rule 15 (G19): how the team was formed; DIRECT and JOINT are recorded as such. */
  mode: TeamMode;
  /** For JOINT: the neighbouring unit whose inspectors took part. */
  jointUnitId: string | null;
  /** Leader first. */
  members: TeamMember[];
  experts: TeamExpert[];
  /** Rule 16: every replacement with its reason and approver; never rewritten. */
  history: MemberReplacement[];
}

export const MIN_TEAM_SIZE = 2;
export const TEAM_ALLOWS = ['DIRECT_ASSIGNMENT', 'JOINT_MATCHING'] as const;
export type TeamFallback = (typeof TEAM_ALLOWS)[number];

export interface MatchingInput {
  /** The draw's seed (receipt.seed). */
  seed: string;
  targets: readonly MatchingTarget[];
  inspectors: readonly InspectorCandidate[];
  experts?: readonly ExpertCandidate[] | null;
  conflicts?: readonly ConflictOfInterest[] | null;
  /** Inspectors per target; default and minimum 2 (G19, G26.2). */
  teamSize?: number | null;
  /** Most targets one inspector may take in this task (a setting). */
  maxLoad: number;
  /** Targets already held by each inspector in this task (e.g. teams matched earlier). */
  currentLoad?: Readonly<Record<string, number>> | null;
}

export interface InspectorShortage {
  targetId: string;
  /** How many more available inspectors this target would need. */
  shortBy: number;
  /** True when nobody available may lead. */
  noLeader: boolean;
}

export type MatchingResult =
  | { ok: true; teams: Team[] }
  | {
      ok: false;
      code: 'TEAM.TOO_FEW_INSPECTORS';
      /** Total missing inspectors over all short targets. */
      shortBy: number;
      shortages: InspectorShortage[];
      /** G19: what the unit may do instead. */
      allows: TeamFallback[];
      /** The teams that could be formed. */
      teams: Team[];
    }
  | {
      ok: false;
      code: 'TEAM.NO_EXPERT_AVAILABLE';
      missing: { targetId: string; field: string | null }[];
      allows: ['DIRECT_ASSIGNMENT'];
      teams: Team[];
    }
  | { ok: false; code: 'TEAM.INVALID_PARAMETERS'; problems: string[] };

function conflictKey(personId: string, targetId: string): string {
  return `${personId}\u0000${targetId}`;
}

function byString<T>(key: (t: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
}

/**
 * The inspector ranking for one target: qualified, non-conflicted inspectors ordered by
 * HMAC-SHA256(seed, `team:${targetId}:${inspectorId}`) ascending (ties by id). Load is not applied
 * here, so ranks stay stable while teams are formed and replaced.
 */
export function inspectorRanking(
  seed: string,
  targetId: string,
  inspectors: readonly InspectorCandidate[],
  conflicts: readonly ConflictOfInterest[] = [],
): { inspector: InspectorCandidate; rank: number; hmac: string }[] {
  const conflicted = new Set(conflicts.map((c) => conflictKey(c.inspectorId, c.targetId)));
  return inspectors
    .filter((i) => i.qualified === true && !conflicted.has(conflictKey(i.id, targetId)))
    .map((inspector) => ({ inspector, hmac: rankingHmac(seed, `team:${targetId}:${inspector.id}`) }))
    .sort((a, b) => (a.hmac < b.hmac ? -1 : a.hmac > b.hmac ? 1 : a.inspector.id < b.inspector.id ? -1 : 1))
    .map((r, i) => ({ ...r, rank: i + 1 }));
}

function member(i: InspectorCandidate, role: TeamRole, rank: number | null): TeamMember {
  return { inspectorId: i.id, unitId: i.unitId, qualified: i.qualified, mayLead: i.mayLead !== false, role, rank };
}

function parameterProblems(input: MatchingInput): string[] {
  const p: string[] = [];
  if (!isHex32(input.seed)) p.push('随机种子应为64位小写十六进制');
  const teamSize = input.teamSize ?? MIN_TEAM_SIZE;
  if (!Number.isInteger(teamSize) || teamSize < MIN_TEAM_SIZE) p.push('每组执法检查人员不得少于2名');
  if (!Number.isInteger(input.maxLoad) || input.maxLoad < 1) p.push('每名执法检查人员承担检查对象数量上限应为正整数');
  const ids = input.inspectors.map((i) => i.id);
  if (new Set(ids).size !== ids.length) p.push('执法检查人员名录中有重复人员');
  const targets = input.targets.map((t) => t.targetId);
  if (new Set(targets).size !== targets.length) p.push('检查对象重复');
  return p;
}

function match(input: MatchingInput, mode: 'DRAWN' | 'JOINT', jointUnitId: string | null): MatchingResult {
  const problems = parameterProblems(input);
  if (problems.length > 0) return { ok: false, code: 'TEAM.INVALID_PARAMETERS', problems };
  const teamSize = input.teamSize ?? MIN_TEAM_SIZE;
  const conflicts = input.conflicts ?? [];
  const conflicted = new Set(conflicts.map((c) => conflictKey(c.inspectorId, c.targetId)));
  const load = new Map<string, number>(Object.entries(input.currentLoad ?? {}));
  const teams: Team[] = [];
  const shortages: InspectorShortage[] = [];
  const missingExperts: { targetId: string; field: string | null }[] = [];

  // Targets in id order, so the result does not depend on the order the caller listed them in.
  // Greedy: a target takes its best-ranked available inspectors; an inspector at maxLoad is skipped.
  for (const target of [...input.targets].sort(byString((t) => t.targetId))) {
    const ranking = inspectorRanking(input.seed, target.targetId, input.inspectors, conflicts);
    const available = ranking.filter((r) => (load.get(r.inspector.id) ?? 0) < input.maxLoad);
    // Rule 15: exactly one leader — the best-ranked available inspector who may lead.
    const leader = available.find((r) => r.inspector.mayLead !== false);
    // Members in ranking order, but those who may lead only once no one else is available: a unit's few
    // leaders are kept for the leader places of later targets instead of being used up as plain members.
    const rest = available.filter((r) => r !== leader);
    const others = [...rest.filter((r) => r.inspector.mayLead === false), ...rest.filter((r) => r.inspector.mayLead !== false)].slice(0, teamSize - 1);
    const got = (leader ? 1 : 0) + others.length;
    if (!leader || got < teamSize) {
      shortages.push({ targetId: target.targetId, shortBy: Math.max(teamSize - got, leader ? 0 : 1), noLeader: !leader });
      continue;
    }
    const chosen = [leader, ...others];
    for (const c of chosen) load.set(c.inspector.id, (load.get(c.inspector.id) ?? 0) + 1);

    // G19: experts where a check item needs one — one per distinct required field.
    const experts: TeamExpert[] = [];
    const fields = [...new Set(target.checkItems.filter((ci) => ci.needsExpert).map((ci) => ci.expertField ?? null))].sort((a, b) =>
      a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1,
    );
    for (const field of fields) {
      const ranked = (input.experts ?? [])
        .filter((e) => !conflicted.has(conflictKey(e.id, target.targetId)))
        .filter((e) => field === null || e.fields.includes(field))
        .filter((e) => !experts.some((x) => x.expertId === e.id))
        .map((e) => ({ e, hmac: rankingHmac(input.seed, `expert:${target.targetId}:${e.id}`) }))
        .sort((a, b) => (a.hmac < b.hmac ? -1 : a.hmac > b.hmac ? 1 : 0));
      const best = ranked[0];
      if (best) experts.push({ expertId: best.e.id, field, mode: 'DRAWN', rank: 1 });
      else missingExperts.push({ targetId: target.targetId, field });
    }

    teams.push({
      targetId: target.targetId,
      mode,
      jointUnitId,
      members: chosen.map((c, i) => member(c.inspector, i === 0 ? 'LEADER' : 'MEMBER', c.rank)),
      experts,
      history: [],
    });
  }

  if (shortages.length > 0) {
    return {
      ok: false,
      code: 'TEAM.TOO_FEW_INSPECTORS',
      shortBy: shortages.reduce((a, s) => a + s.shortBy, 0),
      shortages,
      allows: [...TEAM_ALLOWS],
      teams,
    };
  }
  if (missingExperts.length > 0) {
    return { ok: false, code: 'TEAM.NO_EXPERT_AVAILABLE', missing: missingExperts, allows: ['DIRECT_ASSIGNMENT'], teams };
  }
  return { ok: true, teams };
}

/** Rules 5, 15: draws a team for every target from the unit's qualified inspectors. */
export function matchTeams(input: MatchingInput): MatchingResult {
  return match(input, 'DRAWN', null);
}

/**
 * Rule 15 (G19): joint random matching with a neighbouring area's inspectors when the unit has too
 * few. The pool is the inspectors of `ownUnitId` and `jointUnitId` (others in the input are ignored);
 * teams are recorded with mode JOINT and the neighbour's unit id.
 */
export function matchTeamsJointly(input: MatchingInput & { ownUnitId: string; jointUnitId: string }): MatchingResult {
  if (!input.jointUnitId || input.jointUnitId === input.ownUnitId) {
    return { ok: false, code: 'TEAM.INVALID_PARAMETERS', problems: ['联合匹配须指定另一个相邻单位'] };
  }
  const units = new Set([input.ownUnitId, input.jointUnitId]);
  return match({ ...input, inspectors: input.inspectors.filter((i) => units.has(i.unitId)) }, 'JOINT', input.jointUnitId);
}

// ——— validation ————————————————————————————————————————————————————————————————————

export type TeamProblemCode =
  | 'TEAM.TOO_SMALL'
  | 'TEAM.NO_LEADER'
  | 'TEAM.MULTIPLE_LEADERS'
  | 'TEAM.DUPLICATE_MEMBER'
  | 'TEAM.UNQUALIFIED'
  | 'TEAM.CONFLICT_OF_INTEREST';

export interface TeamProblem {
  code: TeamProblemCode;
  inspectorId?: string;
}

export type TeamValidation = { ok: true } | { ok: false; code: TeamProblemCode; problems: TeamProblem[] };

/**
 * Rules 5, 15, 16: at least two distinct members, exactly one leader, all qualified, nobody with a
 * conflict of interest in the target. `code` is the first problem; `problems` lists them all.
 */
export function validateTeam(
  team: Pick<Team, 'targetId' | 'members'>,
  options: { minSize?: number; conflicts?: readonly ConflictOfInterest[] } = {},
): TeamValidation {
  const problems: TeamProblem[] = [];
  const ids = team.members.map((m) => m.inspectorId);
  const distinct = new Set(ids);
  if (distinct.size < Math.max(MIN_TEAM_SIZE, options.minSize ?? MIN_TEAM_SIZE)) problems.push({ code: 'TEAM.TOO_SMALL' });
  const leaders = team.members.filter((m) => m.role === 'LEADER');
  if (leaders.length === 0) problems.push({ code: 'TEAM.NO_LEADER' });
  if (leaders.length > 1) problems.push({ code: 'TEAM.MULTIPLE_LEADERS' });
  for (const id of distinct) {
    if (ids.indexOf(id) !== ids.lastIndexOf(id)) problems.push({ code: 'TEAM.DUPLICATE_MEMBER', inspectorId: id });
  }
  for (const m of team.members) if (m.qualified !== true) problems.push({ code: 'TEAM.UNQUALIFIED', inspectorId: m.inspectorId });
  const conflicted = new Set((options.conflicts ?? []).map((c) => conflictKey(c.inspectorId, c.targetId)));
  for (const m of team.members) {
    if (conflicted.has(conflictKey(m.inspectorId, team.targetId))) {
      problems.push({ code: 'TEAM.CONFLICT_OF_INTEREST', inspectorId: m.inspectorId });
    }
  }
  const first = problems[0];
  return first ? { ok: false, code: first.code, problems } : { ok: true };
}

/**
 * Rule 15 (G19): direct assignment (直接委派) where random matching is not possible; recorded as
 * mode DIRECT. The same team rules apply.
 */
export function assignTeamDirectly(input: {
  targetId: string;
  members: readonly { inspector: InspectorCandidate; leader: boolean }[];
  experts?: readonly { expertId: string; field?: string | null }[];
  conflicts?: readonly ConflictOfInterest[];
}): { ok: true; team: Team } | Extract<TeamValidation, { ok: false }> {
  const team: Team = {
    targetId: input.targetId,
    mode: 'DIRECT',
    jointUnitId: null,
    members: [...input.members].sort((a, b) => Number(b.leader) - Number(a.leader)).map((m) => member(m.inspector, m.leader ? 'LEADER' : 'MEMBER', null)),
    experts: (input.experts ?? []).map((e) => ({ expertId: e.expertId, field: e.field ?? null, mode: 'DIRECT' as const, rank: null })),
    history: [],
  };
  const v = validateTeam(team, { conflicts: input.conflicts ?? [] });
  return v.ok ? { ok: true, team } : v;
}

/** G19: an expert assigned directly to an existing team (e.g. after TEAM.NO_EXPERT_AVAILABLE). */
export function assignExpertDirectly(team: Team, expertId: string, field: string | null = null): Team {
  return { ...team, experts: [...team.experts, { expertId, field, mode: 'DIRECT', rank: null }] };
}

/** Targets held by each inspector across a task's teams (the load that maxLoad limits). */
export function teamLoads(teams: readonly Team[]): Record<string, number> {
  const load: Record<string, number> = {};
  for (const t of teams) for (const m of t.members) load[m.inspectorId] = (load[m.inspectorId] ?? 0) + 1;
  return load;
}

// ——— replacement ———————————————————————————————————————————————————————————————————

export interface ReplaceMemberInput {
  team: Team;
  /** The member who leaves. */
  inspectorId: string;
  reason: ReplacementReason;
  approvedBy: string;
  approvedOn: string;
  /** The draw's seed, to continue the target's ranking. */
  seed: string;
  /** The pool (for a JOINT team: both units' inspectors). */
  inspectors: readonly InspectorCandidate[];
  conflicts?: readonly ConflictOfInterest[] | null;
  /** Current load across the task (teamLoads(allTeams)); the newcomer must stay within maxLoad. */
  load?: Readonly<Record<string, number>> | null;
  maxLoad: number;
  /**
   * Rule 16: the approver names the replacement instead of taking the next in the ranking (recorded with
   * inRank null, like a directly assigned member). The same conditions hold: in the pool, qualified, not
   * conflicted, not in the team, below maxLoad, and able to lead when a leader leaves.
   */
  directInspectorId?: string | null;
}

export type ReplaceTeamMemberResult =
  | { ok: true; team: Team; replacement: MemberReplacement }
  | { ok: false; code: 'TEAM.NOT_A_MEMBER'; inspectorId: string }
  | { ok: false; code: 'TEAM.REPLACEMENT_NOT_APPROVED'; problems: string[] }
  | { ok: false; code: 'TEAM.NO_REPLACEMENT_AVAILABLE'; allows: ['DIRECT_ASSIGNMENT'] }
  | {
      ok: false;
      code:
        | 'TEAM.REPLACEMENT_NOT_IN_POOL'
        | 'TEAM.UNQUALIFIED'
        | 'TEAM.CONFLICT_OF_INTEREST'
        | 'TEAM.DUPLICATE_MEMBER'
        | 'TEAM.REPLACEMENT_CANNOT_LEAD'
        | 'TEAM.REPLACEMENT_LOAD_LIMIT';
      inspectorId: string;
    };

/**
 * Rule 16 (P4, G21): drawn inspectors are replaced only for a post change, a work conflict, health, or
 * recusal (conflict of interest), with an approver; the replacement is the next inspector in the
 * target's ranking who is qualified, not conflicted, not in the team, has not left this team before
 * and is below maxLoad. A leaving leader is replaced by the next such inspector who may lead, who
 * takes over as leader. With `directInspectorId` the approver names the replacement instead (rule 16: "from
 * other qualified inspectors"); it must meet the same conditions, except that someone who left this team
 * earlier may be named back. The history keeps every replacement; nothing is overwritten.
 */
export function replaceTeamMember(input: ReplaceMemberInput): ReplaceTeamMemberResult {
  const { team } = input;
  const leaving = team.members.find((m) => m.inspectorId === input.inspectorId);
  if (!leaving) return { ok: false, code: 'TEAM.NOT_A_MEMBER', inspectorId: input.inspectorId };
  const problems: string[] = [];
  if (!REPLACEMENT_REASONS.includes(input.reason)) problems.push('更换理由应为岗位调整、工作冲突、身体健康状况或回避');
  if (typeof input.approvedBy !== 'string' || input.approvedBy.trim() === '') problems.push('缺少批准人');
  if (!isIsoDate(input.approvedOn)) problems.push('批准日期格式错误');
  if (problems.length > 0) return { ok: false, code: 'TEAM.REPLACEMENT_NOT_APPROVED', problems };

  const conflicts = input.conflicts ?? [];
  const load = input.load ?? teamLoads([team]);
  const inTeam = new Set(team.members.map((m) => m.inspectorId));
  const leftBefore = new Set([...team.history.map((h) => h.outInspectorId), leaving.inspectorId]);
  const needsLeader = leaving.role === 'LEADER';

  let newcomer: InspectorCandidate | undefined;
  let inRank: number | null = null;
  if (input.directInspectorId) {
    newcomer = input.inspectors.find((i) => i.id === input.directInspectorId);
    const id = input.directInspectorId;
    if (!newcomer) return { ok: false, code: 'TEAM.REPLACEMENT_NOT_IN_POOL', inspectorId: id };
    if (newcomer.qualified !== true) return { ok: false, code: 'TEAM.UNQUALIFIED', inspectorId: id };
    if (conflicts.some((c) => c.inspectorId === id && c.targetId === team.targetId)) {
      return { ok: false, code: 'TEAM.CONFLICT_OF_INTEREST', inspectorId: id };
    }
    if (inTeam.has(id)) return { ok: false, code: 'TEAM.DUPLICATE_MEMBER', inspectorId: id };
    // Rule 15: the team keeps exactly one leader, and the newcomer takes the leaver's role.
    if (needsLeader && newcomer.mayLead === false) return { ok: false, code: 'TEAM.REPLACEMENT_CANNOT_LEAD', inspectorId: id };
    if ((load[id] ?? 0) >= input.maxLoad) return { ok: false, code: 'TEAM.REPLACEMENT_LOAD_LIMIT', inspectorId: id };
  } else {
    const next = inspectorRanking(input.seed, team.targetId, input.inspectors, conflicts).find(
      (r) =>
        !inTeam.has(r.inspector.id) &&
        !leftBefore.has(r.inspector.id) &&
        (load[r.inspector.id] ?? 0) < input.maxLoad &&
        (!needsLeader || r.inspector.mayLead !== false),
    );
    if (!next) return { ok: false, code: 'TEAM.NO_REPLACEMENT_AVAILABLE', allows: ['DIRECT_ASSIGNMENT'] };
    newcomer = next.inspector;
    inRank = next.rank;
  }

  const joining = member(newcomer, leaving.role, inRank);
  const replacement: MemberReplacement = {
    outInspectorId: leaving.inspectorId,
    inInspectorId: joining.inspectorId,
    reason: input.reason,
    approvedBy: input.approvedBy,
    approvedOn: input.approvedOn,
    inRank,
    role: leaving.role,
  };
  return {
    ok: true,
    replacement,
    team: {
      ...team,
      members: team.members.map((m) => (m.inspectorId === leaving.inspectorId ? joining : m)),
      history: [...team.history, replacement],
    },
  };
}

// ——— replacement requests (rule 16) ———————————————————————————————————————————————————

/** A user as rule 16 sees an approver. */
export interface ApproverCandidate {
  id: string;
  active: boolean;
  /** ANALYST users read only and never approve. */
  role: string;
  unitId: string;
  /** The user's unit is the lead unit (牵头科室). */
  unitIsLead: boolean;
  /** The unit's principal (负责人). */
  isPrincipal: boolean;
}

/**
 * Rule 16 (G21: 牵头科室或任务执行单位同意): a replacement or recusal is approved by an active user of the lead unit,
 * or by the principal of the task's executing unit — never by the one who asked for it.
 */
export function mayApproveReplacement(approver: ApproverCandidate, task: { executingUnitId: string }): boolean {
  if (!approver.active || approver.role === 'ANALYST') return false;
  return approver.unitIsLead || (approver.isPrincipal && approver.unitId === task.executingUnitId);
}

/** Rule 16: a request names its approver, who must be allowed and must not be the requester. */
export function checkReplacementRequest(input: {
  requestedById: string;
  approver: ApproverCandidate;
  task: { executingUnitId: string };
}): { ok: true } | { ok: false; code: 'TEAM.SELF_APPROVAL' | 'TEAM.APPROVER_NOT_ALLOWED' } {
  if (input.approver.id === input.requestedById) return { ok: false, code: 'TEAM.SELF_APPROVAL' };
  if (!mayApproveReplacement(input.approver, input.task)) return { ok: false, code: 'TEAM.APPROVER_NOT_ALLOWED' };
  return { ok: true };
}

// ——— when direct assignment is allowed (rule 15) ————————————————————————————————————————

/**
 * Rule 15 (G19: 执法检查人员有限，不能满足本区域随机抽查基本条件的，可以采取直接委派方式): a team is assigned directly
 * only when random matching of the task's open visits reports too few inspectors, or — with a reason — when the
 * lead unit approves it (the assignment is made by a lead-unit user). `matching` is the dry run of matchTeams
 * over the visits still without a team.
 */
export function mayAssignTeamDirectly(input: {
  matching: MatchingResult;
  leadUnitApproved: boolean;
  reason: string | null | undefined;
}): { ok: true; basis: 'TOO_FEW_INSPECTORS' | 'LEAD_UNIT_APPROVED' } | { ok: false; code: 'TEAM.DIRECT_ASSIGNMENT_NOT_NEEDED' } {
  if (!input.matching.ok && input.matching.code === 'TEAM.TOO_FEW_INSPECTORS') return { ok: true, basis: 'TOO_FEW_INSPECTORS' };
  if (input.leadUnitApproved && (input.reason ?? '').trim() !== '') return { ok: true, basis: 'LEAD_UNIT_APPROVED' };
  return { ok: false, code: 'TEAM.DIRECT_ASSIGNMENT_NOT_NEEDED' };
}

/** G19: an expert fits a check item when the item names no field or the expert has it. */
export function expertFitsCheckItem(expert: ExpertCandidate, item: Pick<MatchingCheckItem, 'expertField'>): boolean {
  return !item.expertField || expert.fields.includes(item.expertField);
}

/**
 * G19 (某些检查事项需要专家参与的，可…直接委派): an expert is assigned directly to a team only for a check item of the
 * task that needs one, with the field the item asks for, once per team, and with a reason.
 */
export function checkExpertAssignment(input: {
  item: (MatchingCheckItem & { inTask: boolean }) | null;
  expert: ExpertCandidate;
  team: Pick<Team, 'experts'>;
  reason: string | null | undefined;
}):
  | { ok: true; field: string | null }
  | { ok: false; code: 'TEAM.EXPERT_NOT_NEEDED' | 'TEAM.EXPERT_FIELD_MISMATCH' | 'TEAM.DUPLICATE_MEMBER' | 'TEAM.EXPERT_REASON_REQUIRED' } {
  if (!input.item?.inTask || !input.item.needsExpert) return { ok: false, code: 'TEAM.EXPERT_NOT_NEEDED' };
  if (!expertFitsCheckItem(input.expert, input.item)) return { ok: false, code: 'TEAM.EXPERT_FIELD_MISMATCH' };
  if (input.team.experts.some((e) => e.expertId === input.expert.id)) return { ok: false, code: 'TEAM.DUPLICATE_MEMBER' };
  if (!(input.reason ?? '').trim()) return { ok: false, code: 'TEAM.EXPERT_REASON_REQUIRED' };
  return { ok: true, field: input.item.expertField ?? null };
}

// ——— delegated tasks (rules 4, 11) ———————————————————————————————————————————————————

/**
 * Rule 4 with G14: the draw confirmed the owner unit's directories, but a delegated task's teams are drawn from
 * the executing unit's inspectors — so that unit confirms its inspector directory (recently, as for a draw)
 * before its teams are matched. A task the owner executes itself needs nothing more.
 */
export function matchingDirectoryCheck(input: {
  ownerUnitId: string;
  executingUnitId: string;
  /** The executing unit has a confirmation recent enough (the draw's 24-hour window). */
  executingUnitConfirmedFresh: boolean;
}): { ok: true; delegated: boolean } | { ok: false; code: 'TEAM.DIRECTORY_NOT_CONFIRMED' } {
  const delegated = input.ownerUnitId !== input.executingUnitId;
  if (delegated && !input.executingUnitConfirmedFresh) return { ok: false, code: 'TEAM.DIRECTORY_NOT_CONFIRMED' };
  return { ok: true, delegated };
}

/**
 * Rule 15: the most visits one inspector may take in a task — an even share of the task's team places
 * (visits × team size over the pool) plus one, so the load spreads over the pool. The API's matching and
 * the demo's use this one rule.
 */
export function maxLoadFor(visits: number, teamSize: number, poolSize: number): number {
  return Math.ceil((Math.max(visits, 1) * teamSize) / Math.max(poolSize, 1)) + 1;
}
