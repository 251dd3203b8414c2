// The demo's on-site procedure (rule 19; G26, G32), played after the rest of the workflow so every earlier record —
// its id, its random draw — stays as it was: no random numbers are drawn here, and ids are taken last.
// - Every qualified inspector gets an account (no password) linked to him (User.inspectorId); the demo's
//   kuangguan / kuangguan2 and wenshao / wenshaosz are linked to the two inspectors of a team with a result still
//   to enter, so signing in as them shows the entry page as a team member sees it.
// - Every submitted result of an inspection is entered and submitted by an inspector of its team (not by the
//   reviewer who approved it), with the pre-check, the on-site record its method and outcome require
//   (packages/domain/src/onSite.ts) and every team inspector's confirmation, each audited.
import { addCalendarDays, onSiteProblems, type PreCheckSource, type ResultOutcome } from '@ssj/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { DemoInspector } from './demo.ts';
import { FORMS } from './forms.ts';
import { WITNESSES } from './scenario.ts';

type UserRef = { id: string; username: string; name: string; unitCode: string };
type Json = Prisma.InputJsonValue;
type ResultRow = Prisma.ResultCreateManyInput & { id: string };
type MemberRow = Prisma.TeamMemberCreateManyInput & { id: string };

export interface OnSiteInput {
  nextId: () => string;
  now: Date;
  unusablePasswordHash: string;
  results: Iterable<ResultRow>;
  taskTargets: readonly (Prisma.TaskTargetCreateManyInput & { id: string })[];
  tasks: readonly { row: { id: string; status?: string | undefined; executingUnitId: string } }[];
  teams: readonly { row: { visitId: string }; members: MemberRow[] }[];
  inspectors: readonly (DemoInspector & { id: string; unitId: string })[];
  targets: ReadonlyMap<string, { name: string; legalRepresentative: string }>;
  forms: ReadonlyMap<string, string>;
  unitIds: (code: string) => string;
  user: (username: string) => UserRef | undefined;
  /** Pushes an audit event (the workflow's record()). */
  record: (at: Date, actor: UserRef, action: string, entityId: string, unitId: string, after: unknown) => void;
}

export interface OnSiteOutput {
  users: Prisma.UserCreateManyInput[];
  /** Existing accounts (created before the workflow) to link to an inspector. */
  links: { userId: string; inspectorId: string }[];
  preChecks: Prisma.PreCheckCreateManyInput[];
  records: Prisma.OnSiteRecordCreateManyInput[];
  confirmations: Prisma.ResultConfirmationCreateManyInput[];
  /** Who of the team entered and submitted each result (the workflow's entry and submission events name them). */
  submitters: Map<string, UserRef>;
}

const bj = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);
const minutes = (d: Date, m: number) => new Date(d.getTime() + m * 60_000);
const iso = (d: Date | string) => (typeof d === 'string' ? d : d.toISOString()).slice(0, 10);
const JUDGED: readonly string[] = ['NO_PROBLEM', 'CORRECTED_ON_ORDER', 'FOLLOW_UP_PENDING', 'FALSIFICATION'];
const PROBLEM: readonly string[] = ['CORRECTED_ON_ORDER', 'FOLLOW_UP_PENDING', 'FALSIFICATION'];

export function playOnSiteProcedure(w: OnSiteInput): OnSiteOutput {
  const out: OnSiteOutput = { users: [], links: [], preChecks: [], records: [], confirmations: [], submitters: new Map() };
  const teamOfVisit = new Map<string, MemberRow[]>();
  for (const t of w.teams) if (!teamOfVisit.has(t.row.visitId)) teamOfVisit.set(t.row.visitId, t.members);
  const signing = (members: MemberRow[]) => members.filter((m) => m.active !== false && m.inspectorId && m.role !== 'EXPERT');
  const tts = new Map(w.taskTargets.map((tt) => [tt.id, tt]));
  const tasks = new Map(w.tasks.map((t) => [t.row.id, t.row]));
  const inspectors = new Map(w.inspectors.map((i) => [i.id, i]));
  const formFields = new Map(FORMS.map((f) => [w.forms.get(f.checkItemCode), f.fields]));
  const results = [...w.results];

  // ── accounts: the demo's sign-in users on a team with a result to enter, then one account per other inspector ──
  const account = new Map<string, UserRef>();
  const linkPair = (unitCode: string, first: string, second: string) => {
    const unitId = w.unitIds(unitCode);
    const inUnit = new Set(w.inspectors.filter((i) => i.unitId === unitId).map((i) => i.id));
    const link = (members: MemberRow[]) => {
      [first, second].forEach((username, i) => {
        const u = w.user(username);
        if (!u) return;
        account.set(members[i]!.inspectorId!, u);
        out.links.push({ userId: u.id, inspectorId: members[i]!.inspectorId! });
      });
    };
    const free = (members: MemberRow[]) => members.length >= 2 && members.every((m) => inUnit.has(m.inspectorId!) && !account.has(m.inspectorId!));
    // A team with a result still to enter in a running task of the unit; else any team of the unit's inspectors.
    for (const r of results) {
      if ((r.status ?? 'NOT_ENTERED') !== 'NOT_ENTERED') continue;
      const tt = tts.get(r.taskTargetId)!;
      const task = tasks.get(tt.taskId)!;
      if (task.status !== 'DISPATCHED' || !tt.visitId) continue;
      const members = signing(teamOfVisit.get(tt.visitId) ?? []);
      if (free(members)) return link(members);
    }
    for (const t of w.teams) {
      const members = signing(t.members);
      if (free(members)) return link(members);
    }
  };
  linkPair('KGK', 'kuangguan', 'kuangguan2');
  linkPair('GTS01', 'wenshao', 'wenshaosz');
  w.inspectors.forEach((i, n) => {
    if (!i.qualified || account.has(i.id)) return;
    const id = w.nextId();
    const username = `zf${String(n + 1).padStart(3, '0')}`;
    out.users.push({
      id,
      username,
      passwordHash: w.unusablePasswordHash,
      name: i.name,
      role: 'UNIT_STAFF',
      unitId: i.unitId,
      isPrincipal: false,
      phone: i.phone,
      inspectorId: i.id,
      createdAt: bj('2025-01-06', '09:00'),
      updatedAt: bj('2025-01-06', '09:00'),
    });
    account.set(i.id, { id, username, name: i.name, unitCode: i.unitCode });
  });

  // ── every submitted inspection: entered by a team inspector, procedure recorded, confirmed by the team ──
  results.forEach((r, n) => {
    if (r.status === 'NOT_ENTERED' || !r.submittedAt) return;
    const tt = tts.get(r.taskTargetId)!;
    if (tt.status === 'CLOSED_UNREACHABLE' || tt.status === 'CLOSED_DEREGISTERED' || !tt.visitId) return;
    const members = signing(teamOfVisit.get(tt.visitId) ?? []);
    if (members.length === 0) return;
    const submittedAt = new Date(r.submittedAt);
    const unitId = tt.transferredToUnitId ?? tasks.get(tt.taskId)!.executingUnitId;
    const accounts = members.map((m) => account.get(m.inspectorId!)!);
    const submitter = accounts.find((a) => a.id !== r.approvedById) ?? accounts[0]!;
    r.enteredById = submitter.id;
    out.submitters.set(r.id, submitter);
    const inspectedOn = r.inspectedOn ? iso(r.inspectedOn as Date) : null;
    const method = r.method ?? null;
    const outcome = (r.outcome ?? null) as ResultOutcome | null;
    const target = w.targets.get(tt.targetId)!;
    if (inspectedOn && (method === 'ON_SITE' || method === 'SAMPLE_TESTING')) {
      const checkedOn = addCalendarDays(inspectedOn, -(1 + (n % 3)));
      const sources: PreCheckSource[] = ['REGISTRATION', 'LICENCE', 'PREVIOUS_RESULTS', ...(n % 4 === 0 ? (['COMPLAINTS'] as const) : [])];
      const preCheck = {
        id: w.nextId(),
        taskTargetId: tt.id,
        sources: [...sources],
        findings:
          n % 4 === 0
            ? '登记信息与名录库一致，许可证照在有效期内；以往抽查未发现问题；近一年有 1 条投诉记录，列为本次检查重点。'
            : '登记信息与名录库一致，许可证照在有效期内，以往抽查未发现问题，无投诉举报记录。',
        checkedOn: new Date(`${checkedOn}T00:00:00.000Z`),
        checkedById: submitter.id,
        createdAt: bj(checkedOn, '10:00'),
        updatedAt: bj(checkedOn, '10:00'),
      };
      out.preChecks.push(preCheck);
      w.record(preCheck.createdAt, submitter, 'recordPreCheck', r.id, unitId, { sources: preCheck.sources, checkedOn });

      const fields = formFields.get(r.formId ?? '') ?? [];
      const judged = outcome !== null && JUDGED.includes(outcome);
      const pointFindings = fields.map((f, i) => ({
        pointKey: f.key,
        label: f.label,
        verdict: !judged ? 'NOT_APPLICABLE' : i === 0 && PROBLEM.includes(outcome!) ? 'NON_COMPLIANT' : 'COMPLIANT',
        note: !judged ? null : i === 0 && PROBLEM.includes(outcome!) ? '现场发现不符合要求，已记录并拍照。' : null,
      }));
      const refused = outcome === 'SERIOUS_REFUSAL';
      const met = outcome !== 'UNREACHABLE';
      const record = {
        id: w.nextId(),
        resultId: r.id,
        certificates: (met
          ? members.map((m) => {
              const i = inspectors.get(m.inspectorId!)!;
              return { inspectorId: i.id, name: i.name, certificateNumber: i.certificateNumber ?? '' };
            })
          : []) as Json,
        noticeServedAt: met ? bj(inspectedOn, '09:30') : null,
        noticeServedTo: met ? `${target.legalRepresentative}（法定代表人）` : null,
        pointFindings: pointFindings as Json,
        recordText: r.remarks ?? null,
        representativeName: met ? target.legalRepresentative : null,
        signature: met ? (refused ? ('REFUSED' as const) : ('SIGNED' as const)) : null,
        refusalNote: refused ? '当事人拒绝在检查记录上签字，检查人员已在记录中说明情况。' : null,
        witnessName: refused ? WITNESSES[n % WITNESSES.length]! : null,
        videoRecorded: true,
        videoNote: null,
        samples: (method === 'SAMPLE_TESTING' && judged ? [{ what: '现场取样（岩土/矿石样品）', quantity: 2, keptAt: '局证物保管室' }] : []) as Json,
        updatedById: submitter.id,
        createdAt: minutes(submittedAt, -35),
        updatedAt: minutes(submittedAt, -35),
      };
      const problems = onSiteProblems({
        method,
        outcome,
        inspectedOn,
        preCheck: { sources: [...sources], findings: preCheck.findings, checkedOn },
        record: {
          certificates: record.certificates as { inspectorId: string; certificateNumber: string }[],
          noticeServedOn: met ? inspectedOn : null,
          noticeServedTo: record.noticeServedTo,
          pointFindings: pointFindings as { pointKey: string; verdict: 'COMPLIANT' }[],
          representativeName: record.representativeName,
          signature: record.signature,
          refusalNote: record.refusalNote,
          witnessName: record.witnessName,
          videoRecorded: true,
          videoNote: null,
          samples: record.samples as { what: string; quantity: number; keptAt: string }[],
        },
        formPointKeys: fields.map((f) => f.key),
        teamInspectorIds: members.map((m) => m.inspectorId!),
      });
      if (problems.length > 0) throw new Error(`demo on-site record of result ${r.id} breaks rule 19: ${JSON.stringify(problems)}`);
      out.records.push(record);
      w.record(record.createdAt, submitter, 'recordOnSite', r.id, unitId, { signature: record.signature, videoRecorded: true });
    }
    members.forEach((m, i) => {
      const confirmedAt = minutes(submittedAt, -15 + i * 5);
      const by = accounts[i]!;
      out.confirmations.push({ id: w.nextId(), resultId: r.id, teamMemberId: m.id, userId: by.id, confirmedAt });
      w.record(confirmedAt, by, 'confirmResult', r.id, unitId, { teamMemberId: m.id, inspector: by.name, confirmedAt });
    });
  });
  return out;
}
