// The demo's year of work (packages/db/src/seed/workflow.ts): every state a user should see is there, and the
// data keeps the rules the API keeps — receipts verify, the yearly cap holds, violations are handed over, due
// dates are the 20th working day after completion — and two fresh databases hold the same demo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import bcrypt from 'bcryptjs';
import { createTestDatabase } from '@ssj/db/testing';
import { loadDemoData } from '@ssj/db/seed';
import { deadlineStatus, feedbackDueDate, resultDueDate, reviewDueDate, verifyDraw, type DrawReceipt } from '@ssj/domain';
import { loadDrawCandidates } from '../src/drawCandidates.ts';
import { loadHolidayCalendar } from '../src/holidayCalendar.ts';
import { createTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
const DEMO_TODAY = '2026-11-02';
const iso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);
const beijingDay = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the demo workflow', () => {
  it('has tasks, results, follow-ups, reviews and corrections in every state', async () => {
    const statuses = async (rows: Promise<{ status: string }[]>) => new Set((await rows).map((r) => r.status));
    expect(await statuses(t.prisma.task.findMany({ select: { status: true } }))).toEqual(
      new Set(['DRAFT', 'READY', 'DRAWN', 'DISPATCHED', 'COMPLETED', 'CANCELLED']),
    );
    expect(await statuses(t.prisma.result.findMany({ select: { status: true } }))).toEqual(
      new Set(['NOT_ENTERED', 'PENDING_REVIEW', 'RETURNED', 'APPROVED', 'PUBLISHED']),
    );
    expect(await statuses(t.prisma.followUp.findMany({ select: { status: true } }))).toEqual(
      new Set(['HANDED_OVER', 'ACCEPTED', 'CASE_FILED', 'RECTIFIED', 'SENT_TO_JUDICIAL', 'CLOSED']),
    );
    expect(await statuses(t.prisma.taskTarget.findMany({ select: { status: true } }))).toEqual(
      new Set(['PENDING', 'INSPECTED', 'CLOSED_UNREACHABLE', 'CLOSED_DEREGISTERED', 'TRANSFERRED']),
    );
    expect(await statuses(t.prisma.review.findMany({ select: { status: true } }))).toEqual(new Set(['RECEIVED', 'DECIDED', 'FED_BACK']));
    expect(await statuses(t.prisma.draw.findMany({ select: { status: true } }))).toEqual(new Set(['DRAWN', 'LOCKED', 'SUPERSEDED']));
    expect(await statuses(t.prisma.plan.findMany({ select: { status: true } }))).toEqual(new Set(['DRAFT', 'FILED']));
  });

  it('has one check form per checklist item, with 3–6 check points each', async () => {
    const items = await t.prisma.checkItem.findMany({ select: { id: true, code: true, forms: { select: { code: true, fields: true } } } });
    expect(items).toHaveLength(12);
    for (const i of items) {
      expect(i.forms).toHaveLength(1);
      expect(i.forms[0]!.code).toBe(`BD-${i.code}`);
      const fields = i.forms[0]!.fields as { key: string; label: string; basis: string }[];
      expect(fields.length).toBeGreaterThanOrEqual(3);
      expect(fields.length).toBeLessThanOrEqual(6);
      for (const f of fields) expect(f.key && f.label && f.basis).toBeTruthy();
    }
  });

  it('files 2025 for every unit with a remit, and 2026 for most; 矿产资源管理科 has no 2026 plan yet', async () => {
    const plans = await t.prisma.plan.findMany({ include: { unit: { select: { code: true } }, items: true, adjustments: true } });
    const remitUnits = new Set(
      (await t.prisma.checkItem.findMany({ select: { remitUnits: { select: { code: true } } } })).flatMap((i) => i.remitUnits.map((u) => u.code)),
    );
    const of = (year: number) => plans.filter((p) => p.year === year);
    expect(new Set(of(2025).map((p) => p.unit.code))).toEqual(remitUnits);
    expect(of(2025).every((p) => p.status === 'FILED')).toBe(true);
    expect(of(2026).some((p) => p.unit.code === 'KGK')).toBe(false);
    expect(of(2026).filter((p) => p.status === 'FILED').length).toBeGreaterThanOrEqual(4);
    const draft = of(2026).filter((p) => p.status === 'DRAFT');
    expect(draft.length).toBeGreaterThanOrEqual(1);
    // Rule 6: a filed plan covers its unit's whole remit; the draft still misses an item.
    const remit = await t.prisma.checkItem.findMany({ select: { id: true, remitUnits: { select: { id: true } } } });
    for (const p of plans) {
      const missing = remit.filter((i) => i.remitUnits.some((u) => u.id === p.unitId) && !p.items.some((l) => !l.temporary && l.checkItemId === i.id));
      if (p.status === 'FILED') expect(missing).toEqual([]);
      else expect(missing.length).toBeGreaterThan(0);
      expect(p.adjustments.length).toBe(p.version);
    }
    const adjusted = plans.find((p) => p.version === 3)!;
    expect(adjusted.items.some((l) => l.temporary)).toBe(true);
    expect(adjusted.adjustments.map((a) => (a.snapshot as { kind: string }).kind).sort()).toEqual(['ADJUSTMENT', 'INITIAL', 'TEMPORARY_CHECK']);
  });

  it('has delegated, campaign-ordered, temporary, non-public and merged tasks', async () => {
    const tasks = await t.prisma.task.findMany({ include: { ownerUnit: { select: { kind: true } }, executingUnit: { select: { kind: true } } } });
    expect(tasks.some((x) => x.ownerUnitId !== x.executingUnitId && x.executingUnit.kind === 'STATION')).toBe(true);
    // Rules 6, 11: a land station sets up a task from its own filed plan.
    expect(tasks.some((x) => x.ownerUnit.kind === 'STATION' && x.ownerUnitId === x.executingUnitId)).toBe(true);
    expect(new Set(tasks.map((x) => x.executingUnit.kind))).toEqual(new Set(['SECTION', 'STATION']));
    expect(tasks.some((x) => x.campaignOrdered && x.campaignBasis)).toBe(true);
    expect(tasks.some((x) => x.temporary && x.planItemId)).toBe(true);
    expect(tasks.some((x) => !x.isPublic)).toBe(true);
    // Rule 14: a visit shared by tasks of different plans whose windows overlap, its window their common days.
    const merged = await t.prisma.visit.findMany({ where: { merged: true }, include: { taskTargets: { include: { task: true } } } });
    expect(merged.length).toBeGreaterThan(0);
    for (const v of merged) {
      expect(new Set(v.taskTargets.map((tt) => tt.task.planId)).size).toBe(v.taskTargets.length);
      expect(v.taskTargets.length).toBeGreaterThanOrEqual(2);
      for (const tt of v.taskTargets) {
        expect(v.windowFrom >= tt.task.windowFrom && v.windowTo <= tt.task.windowTo).toBe(true);
        expect(tt.targetId).toBe(v.targetId);
      }
    }
    // READY keeps its secret for the coming draw; nothing else does.
    for (const x of tasks) {
      expect(!!x.serverSecret).toBe(x.status === 'READY');
      expect(!!x.seedCommitment).toBe(!['DRAFT', 'CANCELLED'].includes(x.status));
    }
  });
});

describe('draws (rules 2, 9, 13, 17)', () => {
  it('verifies every stored receipt with the domain and through the API, and stores what the receipt says', async () => {
    const draws = await t.prisma.draw.findMany({ include: { drawn: true, task: { select: { isPublic: true } } } });
    expect(draws.length).toBeGreaterThan(10);
    const admin = await t.login('admin');
    for (const d of draws) {
      const receipt = d.receipt as unknown as DrawReceipt;
      expect(verifyDraw(receipt, await loadDrawCandidates(t.prisma, d.id), { commitment: d.seedCommitment, candidateListHash: d.candidateListHash })).toEqual({
        ok: true,
        diff: [],
      });
      expect(receipt.seed).toBe(d.seed);
      expect(receipt.parameters.caps.generalRatioCap).toBe(0.05);
      expect(d.drawn.map((x) => x.targetId).sort()).toEqual(receipt.result.map((r) => r.targetId).sort());
      // Anonymous callers verify a public task's locked or superseded draws; the rest needs sign-in.
      const published = d.task.isPublic && (d.status === 'LOCKED' || d.status === 'SUPERSEDED');
      const r = await t.gql('query($id: ID!) { verifyDraw(drawId: $id) { ok diff } }', { id: d.id }, published ? undefined : admin);
      expect(r.data?.verifyDraw).toEqual({ ok: true, diff: [] });
    }
  });

  it('keeps a superseded first draw with its reason beside the re-draw', async () => {
    const superseded = await t.prisma.draw.findMany({ where: { status: 'SUPERSEDED' } });
    expect(superseded.length).toBeGreaterThan(0);
    for (const s of superseded) {
      expect(s.supersededReason).toBeTruthy();
      const next = await t.prisma.draw.findUniqueOrThrow({ where: { taskId_kind_sequence: { taskId: s.taskId, kind: 'TARGETS', sequence: s.sequence + 1 } } });
      expect(next.reason).toBe(s.supersededReason);
      expect(next.seedCommitment).not.toBe(s.seedCommitment);
    }
  });

  it('gives no target more than 2 locked draws in a year, and dispatches exactly what was locked', async () => {
    const locked = await t.prisma.draw.findMany({ where: { status: 'LOCKED' }, include: { drawn: true, task: { include: { targets: true } } } });
    const perYear = new Map<string, number>();
    for (const d of locked) {
      const year = beijingDay(d.drawnAt).slice(0, 4);
      for (const x of d.drawn) perYear.set(`${year}:${x.targetId}`, (perYear.get(`${year}:${x.targetId}`) ?? 0) + 1);
      expect(d.task.targets.map((x) => x.targetId).sort()).toEqual(d.drawn.map((x) => x.targetId).sort());
      expect(['DISPATCHED', 'COMPLETED']).toContain(d.task.status);
    }
    expect(Math.max(...perYear.values())).toBeLessThanOrEqual(2);
  });
});

describe('teams (rules 5, 15, 16)', () => {
  it('gives every visit of a dispatched or completed task one team of ≥2 qualified inspectors with one leader', async () => {
    const tasks = await t.prisma.task.findMany({
      where: { status: { in: ['DISPATCHED', 'COMPLETED'] } },
      include: { targets: { include: { visit: { include: { teams: { include: { members: { include: { inspector: true } } } } } } } } },
    });
    let replaced = 0;
    for (const task of tasks) {
      for (const tt of task.targets) {
        expect(tt.visit!.teams).toHaveLength(1);
        const team = tt.visit!.teams[0]!;
        const active = team.members.filter((m) => m.active && m.inspectorId);
        expect(active.length).toBeGreaterThanOrEqual(2);
        expect(active.filter((m) => m.role === 'LEADER')).toHaveLength(1);
        for (const m of active) expect(m.inspector!.qualified).toBe(true);
        if (task.status === 'COMPLETED') expect(team.confirmedAt).not.toBeNull();
        if (team.confirmedAt) expect(team.confirmedAt > team.createdAt).toBe(true);
        for (const m of team.members.filter((x) => !x.active)) {
          replaced++;
          expect(m.replacementReason && m.approvedById && m.replacedAt).toBeTruthy();
          expect(team.members.some((x) => x.replacesId === m.id && x.active)).toBe(true);
        }
      }
    }
    expect(replaced).toBeGreaterThan(0);
  });
});

describe('results (rules 18–24)', () => {
  it('dates every result of a completed task 20 working days after completion, and no other', async () => {
    const calendar = await loadHolidayCalendar(t.prisma);
    const results = await t.prisma.result.findMany({ include: { taskTarget: { include: { task: true } } } });
    for (const r of results) {
      const task = r.taskTarget.task;
      expect(iso(r.dueOn)).toBe(task.status === 'COMPLETED' ? resultDueDate(iso(task.completedOn)!, calendar) : null);
    }
    // One result per target of every locked list.
    expect(results.length).toBe(await t.prisma.taskTarget.count());
  });

  it('keeps the status flow, outcome and follow-up action consistent', async () => {
    const results = await t.prisma.result.findMany({ include: { taskTarget: { include: { task: { include: { checkItems: true } } } } } });
    const forms = new Map((await t.prisma.form.findMany()).map((f) => [f.id, f.checkItemId]));
    for (const r of results) {
      const tt = r.taskTarget;
      const entered = r.status !== 'NOT_ENTERED';
      expect(!!r.enteredById && !!r.submittedAt).toBe(entered);
      expect(!!r.approvedAt && !!r.approvedById).toBe(r.status === 'APPROVED' || r.status === 'PUBLISHED');
      expect(!!r.publishedAt).toBe(r.status === 'PUBLISHED');
      expect(!!r.returnReason).toBe(r.status === 'RETURNED');
      if (r.submittedAt && r.approvedAt) expect(r.submittedAt < r.approvedAt).toBe(true);
      if (r.approvedAt && r.publishedAt) expect(r.approvedAt < r.publishedAt).toBe(true);
      for (const at of [r.submittedAt, r.approvedAt, r.publishedAt]) if (at) expect(beijingDay(at) <= DEMO_TODAY).toBe(true);
      // The form is one of the task's check items'.
      expect(tt.task.checkItems.map((c) => c.checkItemId)).toContain(forms.get(r.formId!));
      if (['NO_PROBLEM', 'NO_RELEVANT_ACTIVITY', 'UNREACHABLE'].includes(r.outcome ?? '')) expect(r.followUpAction).toBe('NONE');
      if (['FOLLOW_UP_PENDING', 'SERIOUS_REFUSAL', 'FALSIFICATION'].includes(r.outcome ?? '')) expect(r.followUpAction).not.toBe('NONE');
      // Rule 23: closed targets count as completed, with their reason.
      if (tt.status === 'CLOSED_UNREACHABLE') expect([r.outcome, !!tt.closedReason]).toEqual(['UNREACHABLE', true]);
      if (tt.status === 'CLOSED_DEREGISTERED') expect([r.outcome, !!tt.closedReason]).toEqual([null, true]);
      if (tt.status === 'INSPECTED') {
        expect(entered).toBe(true);
        expect(r.method && r.inspectedOn && r.outcome).toBeTruthy();
        const findings = r.findings as { checkItemId: string; compliant: boolean; finding: string }[];
        expect(findings.map((f) => f.checkItemId).sort()).toEqual(tt.task.checkItems.map((c) => c.checkItemId).sort());
        for (const f of findings) expect(typeof f.compliant === 'boolean' && f.finding.length > 0).toBe(true);
      }
      if (tt.status === 'PENDING') expect(r.status).toBe('NOT_ENTERED');
    }
  });

  it('moves a transferred target to the unit of its new location', async () => {
    const moved = await t.prisma.taskTarget.findMany({ where: { status: 'TRANSFERRED' }, include: { target: true } });
    expect(moved.length).toBeGreaterThan(0);
    for (const m of moved) {
      expect(m.transferredToUnitId).toBeTruthy();
      expect(m.target.unitId).toBe(m.transferredToUnitId);
    }
  });

  it('spreads timely entry: on time (one on the due day), late, missing past due and still counting down', async () => {
    const results = await t.prisma.result.findMany({ where: { dueOn: { not: null } }, include: { taskTarget: true } });
    const states = new Map<string, number>();
    let onDueDay = 0;
    for (const r of results.filter((x) => x.taskTarget.status !== 'TRANSFERRED')) {
      const s = deadlineStatus(iso(r.dueOn)!, DEMO_TODAY, r.publishedAt ? beijingDay(r.publishedAt) : null).state;
      states.set(s, (states.get(s) ?? 0) + 1);
      if (r.publishedAt && beijingDay(r.publishedAt) === iso(r.dueOn)) onDueDay++;
    }
    expect([...states.keys()].sort()).toEqual(['LATE', 'ON_TIME', 'OVERDUE', 'PENDING']);
    expect(onDueDay).toBeGreaterThan(0);
    expect(states.get('ON_TIME')!).toBeGreaterThan(states.get('LATE')!);
  });

  it('hands every approved or published violation over, the follow-up dated and in a valid state', async () => {
    const violations = await t.prisma.result.findMany({
      where: { status: { in: ['APPROVED', 'PUBLISHED'] }, followUpAction: { not: 'NONE' } },
      include: { followUp: true, taskTarget: { include: { target: true } } },
    });
    expect(violations.length).toBeGreaterThanOrEqual(6);
    for (const v of violations) {
      const f = v.followUp!;
      expect(f).toBeTruthy();
      expect(f.handedToUnitId).toBe(v.followUpUnitId ?? v.taskTarget.target.unitId);
      expect(f.handedOverAt).toEqual(v.approvedAt);
      expect(f.handedOverById).toBeTruthy();
      const steps = { ACCEPTED: f.acceptedAt, CASE_FILED: f.caseFiledAt, RECTIFIED: f.rectifiedAt, SENT_TO_JUDICIAL: f.sentToJudicialAt, CLOSED: f.closedAt };
      if (f.status !== 'HANDED_OVER') expect(f.acceptedAt! > f.handedOverAt).toBe(true);
      if (f.status !== 'HANDED_OVER' && f.status !== 'ACCEPTED') expect(steps[f.status]).toBeTruthy();
      if (f.caseFiledAt) expect(f.caseNumber).toBeTruthy();
      for (const at of Object.values(steps)) if (at) expect(beijingDay(at) <= DEMO_TODAY).toBe(true);
    }
    expect(await t.prisma.followUp.count()).toBe(violations.length);
  });

  it('keeps evidence with its hash and size', async () => {
    const evidence = await t.prisma.evidence.findMany();
    expect(evidence.length).toBeGreaterThan(0);
    const { createHash } = await import('node:crypto');
    for (const e of evidence) {
      expect(e.size).toBe(e.data.length);
      expect(e.sha256).toBe(createHash('sha256').update(e.data).digest('hex'));
      expect(['image/png', 'application/pdf']).toContain(e.mimeType);
    }
    expect(new Set(evidence.map((e) => e.mimeType))).toEqual(new Set(['image/png', 'application/pdf']));
  });
});

describe('objections and corrections (rules 21, 22)', () => {
  it('dates reviews by the working-day rules, with one overdue and still unanswered', async () => {
    const reviews = await t.prisma.review.findMany({ include: { result: true } });
    for (const r of reviews) {
      expect(r.result.status).toBe('PUBLISHED');
      expect(iso(r.reviewDueOn)).toBe(reviewDueDate(iso(r.receivedOn)!));
      if (r.decidedOn) expect(iso(r.feedbackDueOn)).toBe(feedbackDueDate(iso(r.decidedOn)!));
      expect(!!r.decision).toBe(r.status !== 'RECEIVED');
      expect(!!r.fedBackOn).toBe(r.status === 'FED_BACK');
    }
    expect(reviews.some((r) => r.status === 'RECEIVED' && iso(r.reviewDueOn)! < DEMO_TODAY)).toBe(true);
    expect(reviews.some((r) => r.status === 'RECEIVED' && iso(r.reviewDueOn)! >= DEMO_TODAY)).toBe(true);
  });

  it("has signed corrections by the executing unit's principal, one awaiting signature, one refused, one from a review", async () => {
    const corrections = await t.prisma.correction.findMany({ include: { review: true, result: { include: { taskTarget: { include: { task: true } } } } } });
    const users = new Map((await t.prisma.user.findMany()).map((u) => [u.id, u]));
    const signed = corrections.filter((c) => c.signedAt);
    expect(signed.length).toBeGreaterThanOrEqual(2);
    for (const c of signed) {
      const signer = users.get(c.signedById!)!;
      expect(signer.isPrincipal).toBe(true);
      expect(signer.unitId).toBe(c.result.taskTarget.task.executingUnitId);
      expect(c.publishedAt).not.toBeNull();
      expect(c.result.status).toBe('PUBLISHED');
    }
    expect(corrections.some((c) => !c.signedAt && !c.refusedAt)).toBe(true);
    expect(corrections.some((c) => c.refusedAt && c.refusalReason && users.get(c.refusedById!)?.isPrincipal)).toBe(true);
    expect(corrections.some((c) => c.signedAt && c.review?.decision === 'CORRECTED')).toBe(true);
  });

  it('refuses changing a published result or a signed correction, as for any other', async () => {
    const published = await t.prisma.result.findFirstOrThrow({ where: { status: 'PUBLISHED' } });
    await expect(t.prisma.result.update({ where: { id: published.id }, data: { remarks: 'x' } })).rejects.toThrow();
    const signed = await t.prisma.correction.findFirstOrThrow({ where: { signedAt: { not: null } } });
    await expect(t.prisma.correction.update({ where: { id: signed.id }, data: { reason: 'x' } })).rejects.toThrow();
  });
});

describe('the audit trail', () => {
  it("records the main steps with a demo user as actor, none after the demo's now", async () => {
    // The demo's own events: those written before loadDemoData's closing event (tests sign in later).
    const end = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'loadDemoData' } });
    const events = await t.prisma.auditEvent.findMany({ where: { id: { lt: end.id } }, select: { action: true, actorName: true, at: true } });
    const actions = new Set(events.map((e) => e.action));
    for (const a of [
      'createPlan',
      'filePlan',
      'adjustPlan',
      'addTemporaryCheck',
      'createTask',
      'announceDraw',
      'confirmDirectories',
      'drawTargets',
      'redrawTargets',
      'lockDraw',
      'matchTeams',
      'confirmTeams',
      'requestMemberReplacement',
      'approveReplacementRequest',
      'completeTask',
      'updateResult',
      'submitResult',
      'closeTaskTarget',
      'requestTransfer',
      'approveTransfer',
      'addEvidence',
      'returnResult',
      'approveResult',
      'publishResult',
      'handOverFollowUp',
      'advanceFollowUp',
      'raiseObjection',
      'decideReview',
      'recordReviewFeedback',
      'proposeCorrection',
      'signCorrection',
      'refuseCorrection',
      'cancelTask',
    ]) {
      expect(actions, a).toContain(a);
    }
    for (const e of events) {
      expect(e.actorName).toMatch(/（[a-z0-9]+）$/);
      expect(beijingDay(e.at) <= DEMO_TODAY).toBe(true);
    }
  });
});

describe('determinism', () => {
  it('loads the same draws, teams and results into a second fresh database', async () => {
    const other = await createTestDatabase();
    try {
      await loadDemoData(other.prisma);
      const fingerprint = async (p: typeof t.prisma) => ({
        draws: await p.draw.findMany({
          orderBy: { id: 'asc' },
          select: { id: true, seed: true, drawn: { select: { targetId: true }, orderBy: { targetId: 'asc' } } },
        }),
        members: await p.teamMember.findMany({ orderBy: { id: 'asc' }, select: { id: true, inspectorId: true, role: true } }),
        results: await p.result.findMany({ orderBy: { id: 'asc' }, select: { id: true, status: true, outcome: true, publishedAt: true } }),
      });
      expect(await fingerprint(other.prisma)).toEqual(await fingerprint(t.prisma));
      // The passwords: at bcrypt's production cost (10) as a server loads the demo, at its least (4) in the tests'
      // copies (TEST_PASSWORD_ROUNDS, @ssj/db/testing), which sign in 64 times cheaper.
      const rounds = async (p: typeof t.prisma) =>
        (await p.user.findMany({ where: { username: { in: ['admin', 'analyst'] } }, select: { passwordHash: true } })).map((u) =>
          bcrypt.getRounds(u.passwordHash),
        );
      expect(await rounds(other.prisma)).toEqual([10, 10]);
      expect(await rounds(t.prisma)).toEqual([4, 4]);
    } finally {
      await other.close();
    }
    // The one demo load left in the suite (every file starts from a copy of one built per run, which this checks
    // against a fresh load): ~3.5 s of CPU (bcrypt at 10 included), more wall on a busy machine.
  }, 180_000);
});
