import { describe, expect, it } from 'vitest';
import {
  confirmTransition,
  confirmationState,
  onSiteProblems,
  onSiteRequirements,
  teamMemberFor,
  type OnSiteEntry,
  type OnSiteRecordData,
  type TeamMemberRef,
} from './onSite.ts';

const record: OnSiteRecordData = {
  certificates: [
    { inspectorId: 'i1', certificateNumber: 'ZF-1' },
    { inspectorId: 'i2', certificateNumber: 'ZF-2' },
  ],
  noticeServedOn: '2026-10-12',
  noticeServedTo: '张三（矿长）',
  pointFindings: [
    { pointKey: 'a', verdict: 'COMPLIANT' },
    { pointKey: 'b', verdict: 'NOT_APPLICABLE' },
  ],
  representativeName: '张三',
  signature: 'SIGNED',
  refusalNote: null,
  witnessName: null,
  videoRecorded: true,
  videoNote: null,
  samples: [],
};
const complete: OnSiteEntry = {
  method: 'ON_SITE',
  outcome: 'NO_PROBLEM',
  inspectedOn: '2026-10-12',
  preCheck: { sources: ['REGISTRATION', 'LICENCE'], findings: '许可证在有效期内', checkedOn: '2026-10-10' },
  record,
  formPointKeys: ['a', 'b'],
  teamInspectorIds: ['i1', 'i2'],
};
const codes = (e: OnSiteEntry) => onSiteProblems(e).map((p) => `${p.code}:${p.field}`);

describe('what rule 19 (G26, G32) requires, by method and outcome', () => {
  it('a complete on-site record has no problem', () => {
    expect(onSiteProblems(complete)).toEqual([]);
  });

  it('binds on-site and sample-testing checks only', () => {
    for (const m of ['WRITTEN', 'ONLINE_MONITORING', 'THIRD_PARTY', null]) {
      expect(onSiteProblems({ ...complete, method: m, preCheck: null, record: null })).toEqual([]);
    }
    expect(onSiteRequirements('SAMPLE_TESTING', 'NO_PROBLEM')).toMatchObject({ preCheck: true, samples: true, certificates: 2 });
  });

  it('asks for everything when nothing was recorded on site', () => {
    expect(codes({ ...complete, preCheck: null, record: null })).toEqual([
      'ONSITE.INCOMPLETE:preCheck',
      'ONSITE.TOO_FEW_CERTIFICATES:certificates',
      'ONSITE.INCOMPLETE:notice',
      'ONSITE.INCOMPLETE:pointFindings',
      'ONSITE.INCOMPLETE:representative',
      'ONSITE.INCOMPLETE:video',
    ]);
  });

  it('needs two certificates of team inspectors, not one twice or an outsider', () => {
    const one = { ...record, certificates: [record.certificates[0]!] };
    expect(codes({ ...complete, record: one })).toEqual(['ONSITE.TOO_FEW_CERTIFICATES:certificates']);
    const twice = { ...record, certificates: [record.certificates[0]!, record.certificates[0]!] };
    expect(codes({ ...complete, record: twice })).toEqual(['ONSITE.TOO_FEW_CERTIFICATES:certificates']);
    const outsider = { ...record, certificates: [...record.certificates, { inspectorId: 'x', certificateNumber: 'ZF-9' }] };
    expect(codes({ ...complete, record: outsider })).toEqual(['ONSITE.CERTIFICATE_NOT_ON_TEAM:certificates']);
    const noNumber = { ...record, certificates: [record.certificates[0]!, { inspectorId: 'i2', certificateNumber: ' ' }] };
    expect(codes({ ...complete, record: noNumber })).toEqual(['ONSITE.TOO_FEW_CERTIFICATES:certificates']);
  });

  it('a refusal to sign needs its explanation and a witness', () => {
    const refused = { ...record, signature: 'REFUSED' as const };
    expect(codes({ ...complete, record: refused })).toEqual(['ONSITE.INCOMPLETE:refusalNote', 'ONSITE.WITNESS_REQUIRED:witnessName']);
    expect(codes({ ...complete, record: { ...refused, refusalNote: '拒绝签字', witnessName: '  ' } })).toEqual(['ONSITE.WITNESS_REQUIRED:witnessName']);
    expect(codes({ ...complete, record: { ...refused, refusalNote: '拒绝签字', witnessName: '李四（村委会主任）' } })).toEqual([]);
    expect(codes({ ...complete, record: { ...record, representativeName: null } })).toEqual(['ONSITE.INCOMPLETE:representative']);
  });

  it('without video the reason is required', () => {
    expect(codes({ ...complete, record: { ...record, videoRecorded: false } })).toEqual(['ONSITE.INCOMPLETE:videoNote']);
    expect(codes({ ...complete, record: { ...record, videoRecorded: false, videoNote: '执法记录仪故障，已拍照' } })).toEqual([]);
  });

  it('every check point of the form gets a verdict, consistent with the outcome', () => {
    const partial = {
      ...record,
      pointFindings: [
        { pointKey: 'a', verdict: 'COMPLIANT' as const },
        { pointKey: 'b', verdict: null },
      ],
    };
    expect(onSiteProblems({ ...complete, record: partial })).toEqual([{ code: 'ONSITE.INCOMPLETE', field: 'pointFindings', missingPointKeys: ['b'] }]);
    const bad = {
      ...record,
      pointFindings: [
        { pointKey: 'a', verdict: 'NON_COMPLIANT' as const },
        { pointKey: 'b', verdict: 'COMPLIANT' as const },
      ],
    };
    expect(codes({ ...complete, record: bad })).toEqual(['ONSITE.POINTS_CONTRADICT_OUTCOME:pointFindings']);
    expect(codes({ ...complete, outcome: 'CORRECTED_ON_ORDER', record: bad })).toEqual([]);
    expect(codes({ ...complete, outcome: 'FOLLOW_UP_PENDING' })).toEqual(['ONSITE.POINTS_CONTRADICT_OUTCOME:pointFindings']);
  });

  it('dates: the pre-check and the notice on or before the inspection day', () => {
    expect(codes({ ...complete, preCheck: { ...complete.preCheck!, checkedOn: '2026-10-12' } })).toEqual([]);
    expect(codes({ ...complete, preCheck: { ...complete.preCheck!, checkedOn: '2026-10-13' } })).toEqual(['ONSITE.PRE_CHECK_AFTER_VISIT:preCheck']);
    expect(codes({ ...complete, record: { ...record, noticeServedOn: '2026-10-13' } })).toEqual(['ONSITE.NOTICE_AFTER_VISIT:notice']);
    expect(codes({ ...complete, preCheck: { ...complete.preCheck!, sources: [] } })).toEqual(['ONSITE.INCOMPLETE:preCheck']);
  });

  it('unreachable: nobody to serve, show or sign; pre-check and video still', () => {
    expect(onSiteRequirements('ON_SITE', 'UNREACHABLE')).toEqual({
      preCheck: true,
      certificates: 0,
      notice: false,
      pointFindings: false,
      signature: false,
      video: true,
      samples: false,
    });
    expect(codes({ ...complete, outcome: 'UNREACHABLE', record: { ...record, certificates: [], signature: null, noticeServedOn: null } })).toEqual([]);
  });

  it('refusal to cooperate: no points to judge, but the notice, the signature or refusal and the video', () => {
    const need = onSiteRequirements('ON_SITE', 'SERIOUS_REFUSAL');
    expect(need).toMatchObject({ pointFindings: false, notice: true, signature: true, certificates: 2 });
    expect(codes({ ...complete, outcome: 'SERIOUS_REFUSAL', record: { ...record, pointFindings: [] } })).toEqual([]);
  });

  it('sample testing needs the samples taken (G32)', () => {
    expect(codes({ ...complete, method: 'SAMPLE_TESTING' })).toEqual(['ONSITE.INCOMPLETE:samples']);
    const samples = [{ what: '矿石样品', quantity: 2, keptAt: '局证物室' }];
    expect(codes({ ...complete, method: 'SAMPLE_TESTING', record: { ...record, samples } })).toEqual([]);
    expect(onSiteRequirements('SAMPLE_TESTING', 'NO_RELEVANT_ACTIVITY').samples).toBe(false);
  });
});

const team: TeamMemberRef[] = [
  { id: 'm1', inspectorId: 'i1', role: 'LEADER', active: true },
  { id: 'm2', inspectorId: 'i2', role: 'MEMBER', active: true },
  { id: 'm3', inspectorId: null, role: 'EXPERT', active: true },
  { id: 'm4', inspectorId: 'i4', role: 'MEMBER', active: false },
];

describe("the team's confirmation (G26.3, G32)", () => {
  it('only an active inspector of the team enters and confirms', () => {
    expect(teamMemberFor(team, 'i2')).toMatchObject({ ok: true, member: { id: 'm2' } });
    expect(teamMemberFor(team, 'i4')).toEqual({ ok: false, code: 'RESULT.NOT_ON_TEAM' });
    expect(teamMemberFor(team, null)).toEqual({ ok: false, code: 'RESULT.NOT_ON_TEAM' });
    expect(teamMemberFor(null, 'i1')).toEqual({ ok: false, code: 'RESULT.NO_TEAM' });
    expect(teamMemberFor([team[2]!], 'i1')).toEqual({ ok: false, code: 'RESULT.NO_TEAM' });
  });

  it('complete when every active inspector confirmed the current version; experts and replaced members do not sign', () => {
    const one = confirmationState(team, [{ teamMemberId: 'm1', withdrawnAt: null }]);
    expect(one.complete).toBe(false);
    expect(one.missing.map((m) => m.id)).toEqual(['m2']);
    const withdrawn = confirmationState(team, [
      { teamMemberId: 'm1', withdrawnAt: null },
      { teamMemberId: 'm2', withdrawnAt: '2026-10-12T10:00:00Z' },
    ]);
    expect(withdrawn.complete).toBe(false);
    const both = confirmationState(team, [
      { teamMemberId: 'm1', withdrawnAt: null },
      { teamMemberId: 'm2', withdrawnAt: null },
    ]);
    expect(both.complete).toBe(true);
    expect(confirmationState([], []).complete).toBe(false);
  });

  it('confirms once, while editable and complete', () => {
    const base = { status: 'NOT_ENTERED' as const, memberId: 'm1', confirmations: [], problemsLeft: 0 };
    expect(confirmTransition(base)).toEqual({ ok: true });
    expect(confirmTransition({ ...base, status: 'RETURNED' })).toEqual({ ok: true });
    expect(confirmTransition({ ...base, status: 'PENDING_REVIEW' })).toMatchObject({ code: 'RESULT.WRONG_STATE' });
    expect(confirmTransition({ ...base, problemsLeft: 1 })).toMatchObject({ code: 'RESULT.NOT_READY_TO_CONFIRM' });
    expect(confirmTransition({ ...base, confirmations: [{ teamMemberId: 'm1', withdrawnAt: null }] })).toMatchObject({ code: 'RESULT.ALREADY_CONFIRMED' });
    expect(confirmTransition({ ...base, confirmations: [{ teamMemberId: 'm1', withdrawnAt: new Date() }] })).toEqual({ ok: true });
  });
});
