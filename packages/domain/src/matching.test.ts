import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sha256HexOfText } from './hashing.ts';
import {
  assignExpertDirectly,
  assignTeamDirectly,
  inspectorRanking,
  matchTeams,
  matchTeamsJointly,
  replaceTeamMember,
  teamLoads,
  validateTeam,
  type InspectorCandidate,
  type MatchingTarget,
  type Team,
  type TeamMember,
} from './matching.ts';

const SEED = sha256HexOfText('matching seed');

function inspectors(n: number, unitId = 'U1', over: Partial<InspectorCandidate> = {}): InspectorCandidate[] {
  return Array.from({ length: n }, (_, i) => ({ id: `${unitId}-I${i + 1}`, unitId, qualified: true, ...over }));
}
function targets(n: number, checkItems: MatchingTarget['checkItems'] = [{ id: 'CI-1' }]): MatchingTarget[] {
  return Array.from({ length: n }, (_, i) => ({ targetId: `T${i + 1}`, checkItems }));
}
function m(inspectorId: string, role: TeamMember['role'] = 'MEMBER', qualified = true): TeamMember {
  return { inspectorId, unitId: 'U1', qualified, mayLead: true, role, rank: null };
}
function ok<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error(`unexpected refusal: ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
}

describe('validateTeam (rules 5, 15)', () => {
  it('refuses a team of one', () => {
    expect(validateTeam({ targetId: 'T1', members: [m('a', 'LEADER')] })).toMatchObject({ ok: false, code: 'TEAM.TOO_SMALL' });
    // The same inspector twice is still one person.
    expect(validateTeam({ targetId: 'T1', members: [m('a', 'LEADER'), m('a')] })).toMatchObject({ ok: false, code: 'TEAM.TOO_SMALL' });
  });

  it('refuses a team without a leader, or with two', () => {
    expect(validateTeam({ targetId: 'T1', members: [m('a'), m('b')] })).toMatchObject({ ok: false, code: 'TEAM.NO_LEADER' });
    expect(validateTeam({ targetId: 'T1', members: [m('a', 'LEADER'), m('b', 'LEADER')] })).toMatchObject({
      ok: false,
      code: 'TEAM.MULTIPLE_LEADERS',
    });
  });

  it('refuses an unqualified member and a conflicted one', () => {
    expect(validateTeam({ targetId: 'T1', members: [m('a', 'LEADER'), m('b', 'MEMBER', false)] })).toEqual({
      ok: false,
      code: 'TEAM.UNQUALIFIED',
      problems: [{ code: 'TEAM.UNQUALIFIED', inspectorId: 'b' }],
    });
    const conflicts = [{ inspectorId: 'b', targetId: 'T1' }];
    expect(validateTeam({ targetId: 'T1', members: [m('a', 'LEADER'), m('b')] }, { conflicts })).toMatchObject({
      ok: false,
      code: 'TEAM.CONFLICT_OF_INTEREST',
    });
  });

  it('accepts two qualified inspectors with one leader', () => {
    expect(validateTeam({ targetId: 'T1', members: [m('a', 'LEADER'), m('b')] })).toEqual({ ok: true });
  });
});

describe('matchTeams (rules 5, 15)', () => {
  it('gives every target a valid team of two with the best-ranked leader', () => {
    const pool = inspectors(6);
    const r = ok(matchTeams({ seed: SEED, targets: targets(3), inspectors: pool, maxLoad: 1 }));
    expect(r.teams).toHaveLength(3);
    for (const t of r.teams) {
      expect(validateTeam(t)).toEqual({ ok: true });
      expect(t.mode).toBe('DRAWN');
      expect(t.members[0]!.role).toBe('LEADER');
    }
    // T1 is matched first (id order) with nobody loaded yet: its team is the top 2 of its ranking.
    const ranking = inspectorRanking(SEED, 'T1', pool).map((x) => x.inspector.id);
    expect(r.teams[0]!.members.map((x) => x.inspectorId)).toEqual(ranking.slice(0, 2));
  });

  it('makes the leader the best-ranked inspector who may lead', () => {
    const pool = inspectors(4).map((i, n) => ({ ...i, mayLead: n === 3 }));
    const r = ok(matchTeams({ seed: SEED, targets: targets(1), inspectors: pool, maxLoad: 5 }));
    expect(r.teams[0]!.members[0]).toMatchObject({ inspectorId: 'U1-I4', role: 'LEADER' });
    expect(r.teams[0]!.members.filter((x) => x.role === 'LEADER')).toHaveLength(1);
  });

  it('keeps leaders for leader places: one who may lead is a plain member only when nobody else is available', () => {
    // 2 of 8 may lead; 8 targets, maxLoad 4: 8 leader places need both leaders at full load, so a leader
    // used up as a plain member would leave a target without one.
    const pool = inspectors(8).map((i, n) => ({ ...i, mayLead: n < 2 }));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (i) => {
        const r = ok(matchTeams({ seed: sha256HexOfText(`leaders ${i}`), targets: targets(8), inspectors: pool, maxLoad: 4 }));
        for (const t of r.teams) {
          expect(t.members.filter((x) => x.role === 'LEADER')).toHaveLength(1);
          expect(t.members.filter((x) => x.role === 'MEMBER').every((x) => !x.mayLead)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
    // With no one else left, a second leader-capable inspector does serve as a member.
    const leadersOnly = inspectors(2).map((i) => ({ ...i, mayLead: true }));
    const r = ok(matchTeams({ seed: SEED, targets: targets(1), inspectors: leadersOnly, maxLoad: 1 }));
    expect(r.teams[0]!.members.map((x) => x.role).sort()).toEqual(['LEADER', 'MEMBER']);
  });

  it('never draws an unqualified inspector (rule 5)', () => {
    const pool = [...inspectors(2), ...inspectors(5, 'U1x', { qualified: false })];
    const r = ok(matchTeams({ seed: SEED, targets: targets(1), inspectors: pool, maxLoad: 5 }));
    expect(r.teams[0]!.members.map((x) => x.inspectorId).sort()).toEqual(['U1-I1', 'U1-I2']);
  });

  it('never draws an inspector with a conflict of interest in the target, whatever the seed', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        const seed = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
        const conflicts = [
          { inspectorId: 'U1-I1', targetId: 'T1' },
          { inspectorId: 'U1-I2', targetId: 'T1' },
          { inspectorId: 'U1-I3', targetId: 'T2' },
        ];
        const r = ok(matchTeams({ seed, targets: targets(3), inspectors: inspectors(8), conflicts, maxLoad: 3 }));
        for (const t of r.teams) {
          for (const x of t.members) expect(conflicts).not.toContainEqual({ inspectorId: x.inspectorId, targetId: t.targetId });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every inspector within maxLoad', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 3 }), (i, maxLoad) => {
        const seed = sha256HexOfText(`load ${i}`);
        const r = matchTeams({ seed, targets: targets(6), inspectors: inspectors(7), maxLoad, currentLoad: { 'U1-I1': 1 } });
        // 6 targets × 2 = 12 seats; 7 inspectors × maxLoad − 1 preloaded seat.
        expect(r.ok).toBe(7 * maxLoad - 1 >= 12);
        const teams = r.ok || r.code === 'TEAM.TOO_FEW_INSPECTORS' ? r.teams : [];
        const load = teamLoads(teams);
        load['U1-I1'] = (load['U1-I1'] ?? 0) + 1;
        for (const n of Object.values(load)) expect(n).toBeLessThanOrEqual(maxLoad);
      }),
      { numRuns: 100 },
    );
  });

  it('reports too few inspectors with the shortfall and the allowed fallbacks', () => {
    const r = matchTeams({ seed: SEED, targets: targets(2), inspectors: [...inspectors(1), ...inspectors(3, 'X', { qualified: false })], maxLoad: 5 });
    expect(r).toEqual({
      ok: false,
      code: 'TEAM.TOO_FEW_INSPECTORS',
      shortBy: 2,
      shortages: [
        { targetId: 'T1', shortBy: 1, noLeader: false },
        { targetId: 'T2', shortBy: 1, noLeader: false },
      ],
      allows: ['DIRECT_ASSIGNMENT', 'JOINT_MATCHING'],
      teams: [],
    });
  });

  it('refuses a configured team size below 2', () => {
    expect(matchTeams({ seed: SEED, targets: targets(1), inspectors: inspectors(3), maxLoad: 1, teamSize: 1 })).toMatchObject({
      ok: false,
      code: 'TEAM.INVALID_PARAMETERS',
    });
  });

  it('honours a larger team size', () => {
    const r = ok(matchTeams({ seed: SEED, targets: targets(2), inspectors: inspectors(6), maxLoad: 1, teamSize: 3 }));
    expect(r.teams.map((t) => t.members.length)).toEqual([3, 3]);
  });

  it('does not depend on the order of targets and inspectors', () => {
    const a = matchTeams({ seed: SEED, targets: targets(4), inspectors: inspectors(9), maxLoad: 1 });
    const b = matchTeams({ seed: SEED, targets: targets(4).reverse(), inspectors: inspectors(9).reverse(), maxLoad: 1 });
    expect(b).toEqual(a);
  });

  it('adds an expert where a check item needs one, matching the field', () => {
    const items = [{ id: 'CI-1' }, { id: 'CI-2', needsExpert: true, expertField: '测绘' }];
    const experts = [
      { id: 'E1', fields: ['地质'] },
      { id: 'E2', fields: ['测绘', '地质'] },
    ];
    const r = ok(matchTeams({ seed: SEED, targets: targets(1, items), inspectors: inspectors(2), experts, maxLoad: 1 }));
    expect(r.teams[0]!.experts).toEqual([{ expertId: 'E2', field: '测绘', mode: 'DRAWN', rank: 1 }]);
    const none = matchTeams({ seed: SEED, targets: targets(1, items), inspectors: inspectors(2), experts: [experts[0]!], maxLoad: 1 });
    expect(none).toMatchObject({ ok: false, code: 'TEAM.NO_EXPERT_AVAILABLE', missing: [{ targetId: 'T1', field: '测绘' }] });
    if (!none.ok && none.code === 'TEAM.NO_EXPERT_AVAILABLE') {
      expect(assignExpertDirectly(none.teams[0]!, 'E9', '测绘').experts).toEqual([{ expertId: 'E9', field: '测绘', mode: 'DIRECT', rank: null }]);
    }
  });
});

describe('fallbacks (rule 15, G19)', () => {
  it('matches jointly with a neighbouring unit and records it', () => {
    const pool = [...inspectors(1, 'U1'), ...inspectors(3, 'U2'), ...inspectors(5, 'U3')];
    expect(matchTeams({ seed: SEED, targets: targets(1), inspectors: inspectors(1, 'U1'), maxLoad: 1 }).ok).toBe(false);
    const r = ok(matchTeamsJointly({ seed: SEED, targets: targets(2), inspectors: pool, maxLoad: 1, ownUnitId: 'U1', jointUnitId: 'U2' }));
    for (const t of r.teams) {
      expect(t).toMatchObject({ mode: 'JOINT', jointUnitId: 'U2' });
      expect(t.members.every((x) => x.unitId === 'U1' || x.unitId === 'U2')).toBe(true);
    }
  });

  it('assigns a team directly, recorded as DIRECT and checked by the same rules', () => {
    const [a, b] = inspectors(2);
    const r = assignTeamDirectly({
      targetId: 'T1',
      members: [
        { inspector: b!, leader: false },
        { inspector: a!, leader: true },
      ],
    });
    expect(r).toMatchObject({ ok: true, team: { mode: 'DIRECT', members: [{ inspectorId: a!.id, role: 'LEADER', rank: null }, { inspectorId: b!.id }] } });
    expect(assignTeamDirectly({ targetId: 'T1', members: [{ inspector: a!, leader: true }] })).toMatchObject({ ok: false, code: 'TEAM.TOO_SMALL' });
  });
});

describe('replaceTeamMember (rule 16)', () => {
  const pool = inspectors(6);
  const team = (): Team => ok(matchTeams({ seed: SEED, targets: targets(1), inspectors: pool, maxLoad: 1 })).teams[0]!;
  const ranking = inspectorRanking(SEED, 'T1', pool);
  const base = { seed: SEED, inspectors: pool, maxLoad: 1, approvedBy: 'user-lead-7', approvedOn: '2026-05-08' } as const;

  it('takes the next in the ranking and keeps the history', () => {
    const t = team();
    const leaving = t.members[1]!.inspectorId;
    const r = ok(replaceTeamMember({ ...base, team: t, inspectorId: leaving, reason: 'HEALTH' }));
    expect(r.replacement).toEqual({
      outInspectorId: leaving,
      inInspectorId: ranking[2]!.inspector.id,
      reason: 'HEALTH',
      approvedBy: 'user-lead-7',
      approvedOn: '2026-05-08',
      inRank: 3,
      role: 'MEMBER',
    });
    expect(r.team.members.map((x) => x.inspectorId)).toEqual([ranking[0]!.inspector.id, ranking[2]!.inspector.id]);
    expect(r.team.history).toHaveLength(1);

    // A second replacement continues further down the ranking; who left never comes back.
    const r2 = ok(replaceTeamMember({ ...base, team: r.team, inspectorId: ranking[2]!.inspector.id, reason: 'WORK_CONFLICT' }));
    expect(r2.replacement.inInspectorId).toBe(ranking[3]!.inspector.id);
    expect(r2.team.history.map((h) => h.outInspectorId)).toEqual([leaving, ranking[2]!.inspector.id]);
  });

  it('skips conflicted and fully loaded inspectors', () => {
    const t = team();
    const conflicts = [{ inspectorId: ranking[2]!.inspector.id, targetId: 'T1' }];
    const load = { [ranking[3]!.inspector.id]: 1 };
    const r = ok(replaceTeamMember({ ...base, team: t, inspectorId: t.members[1]!.inspectorId, reason: 'RECUSAL', conflicts, load }));
    expect(r.replacement.inInspectorId).toBe(ranking[4]!.inspector.id);
  });

  it('replaces a leaving leader by the next inspector who may lead, as leader', () => {
    const limited = pool.map((i) => (i.id === ranking[2]!.inspector.id ? { ...i, mayLead: false } : i));
    const t = team();
    const r = ok(replaceTeamMember({ ...base, inspectors: limited, team: t, inspectorId: t.members[0]!.inspectorId, reason: 'POST_CHANGE' }));
    expect(r.team.members[0]).toMatchObject({ inspectorId: ranking[3]!.inspector.id, role: 'LEADER' });
    expect(validateTeam(r.team)).toEqual({ ok: true });
  });

  it('refuses without an approver, for a non-member, and when nobody is left', () => {
    const t = team();
    expect(replaceTeamMember({ ...base, approvedBy: ' ', team: t, inspectorId: t.members[1]!.inspectorId, reason: 'HEALTH' })).toMatchObject({
      ok: false,
      code: 'TEAM.REPLACEMENT_NOT_APPROVED',
    });
    expect(replaceTeamMember({ ...base, team: t, inspectorId: 'nobody', reason: 'HEALTH' })).toMatchObject({ ok: false, code: 'TEAM.NOT_A_MEMBER' });
    const small = ok(matchTeams({ seed: SEED, targets: targets(1), inspectors: inspectors(2), maxLoad: 1 })).teams[0]!;
    expect(replaceTeamMember({ ...base, inspectors: inspectors(2), team: small, inspectorId: small.members[1]!.inspectorId, reason: 'HEALTH' })).toEqual({
      ok: false,
      code: 'TEAM.NO_REPLACEMENT_AVAILABLE',
      allows: ['DIRECT_ASSIGNMENT'],
    });
  });

  it('accepts a directly chosen replacement only if qualified and not conflicted', () => {
    const t = team();
    const outsider = ranking[5]!.inspector.id;
    const r = ok(replaceTeamMember({ ...base, team: t, inspectorId: t.members[1]!.inspectorId, reason: 'HEALTH', directInspectorId: outsider }));
    expect(r.replacement).toMatchObject({ inInspectorId: outsider, inRank: null });
    const unq = [...pool, { id: 'X', unitId: 'U1', qualified: false }];
    expect(
      replaceTeamMember({ ...base, inspectors: unq, team: t, inspectorId: t.members[1]!.inspectorId, reason: 'HEALTH', directInspectorId: 'X' }),
    ).toMatchObject({ ok: false, code: 'TEAM.UNQUALIFIED' });
  });

  it('refuses a named replacement outside the pool, conflicted, already in the team, at the load limit or unable to lead', () => {
    const t = team();
    const leader = t.members[0]!.inspectorId;
    const member = t.members[1]!.inspectorId;
    const named = ranking.map((r) => r.inspector.id).find((id) => !t.members.some((x) => x.inspectorId === id))!;
    const replace = (over: Partial<Parameters<typeof replaceTeamMember>[0]>) =>
      replaceTeamMember({ ...base, team: t, inspectorId: member, reason: 'WORK_CONFLICT', directInspectorId: named, ...over });
    expect(replace({ directInspectorId: 'U9-I1' })).toEqual({ ok: false, code: 'TEAM.REPLACEMENT_NOT_IN_POOL', inspectorId: 'U9-I1' });
    expect(replace({ conflicts: [{ inspectorId: named, targetId: 'T1' }] })).toMatchObject({
      ok: false,
      code: 'TEAM.CONFLICT_OF_INTEREST',
      inspectorId: named,
    });
    expect(replace({ directInspectorId: leader })).toMatchObject({ ok: false, code: 'TEAM.DUPLICATE_MEMBER', inspectorId: leader });
    expect(replace({ load: { [named]: 1 } })).toMatchObject({ ok: false, code: 'TEAM.REPLACEMENT_LOAD_LIMIT', inspectorId: named });
    // A leaving leader needs a newcomer who may lead; a plain member's place does not.
    const noLead = pool.map((i) => (i.id === named ? { ...i, mayLead: false } : i));
    expect(replace({ inspectors: noLead, inspectorId: leader })).toMatchObject({ ok: false, code: 'TEAM.REPLACEMENT_CANNOT_LEAD', inspectorId: named });
    const asMember = ok(replace({ inspectors: noLead }));
    expect(asMember.replacement).toMatchObject({ inInspectorId: named, inRank: null, role: 'MEMBER' });
    const asLeader = ok(replace({ inspectorId: leader }));
    expect(asLeader.team.members[0]).toMatchObject({ inspectorId: named, role: 'LEADER', rank: null });
    expect(validateTeam(asLeader.team)).toEqual({ ok: true });
  });
});
