// The printable documents: each is rendered from the demo's data, its text extracted with pdftotext (poppler-utils)
// and checked for the Chinese content and key figures; the dossier ZIP holds the evidence files with their SHA-256;
// refusals are typed. PDF_SHOTS=<dir> also writes each document and its pages as PNG (pdftoppm) to look at.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzip } from './unzip.ts';
import { createTestApp, type TestApp } from './helpers.ts';
import { PDF_SHOTS } from './testEnv.ts';

let t: TestApp;
let wenshao: string;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-documents-'));
const shots = PDF_SHOTS;

beforeAll(async () => {
  t = await createTestApp();
  wenshao = await t.login('wenshao');
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function get(pathname: string, token?: string) {
  const res = await t.app.fetch(new Request(`http://test${pathname}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }));
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, body, type: res.headers.get('content-type') ?? '', disposition: res.headers.get('content-disposition') ?? '' };
}

/** The PDF's text, as pdftotext reads it (-layout off: words in reading order); with PDF_SHOTS, its pages as PNG. */
function textOf(pdf: Buffer, name: string): string {
  const file = path.join(tmp, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  if (shots) {
    fs.mkdirSync(shots, { recursive: true });
    fs.copyFileSync(file, path.join(shots, `${name}.pdf`));
    execFileSync('pdftoppm', ['-r', '60', '-png', file, path.join(shots, name)]);
  }
  // Table cells wrap; joining the lines lets a long value (a hash) be found whole.
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}
const flat = (s: string) => s.replace(/\s+/g, '');

async function pdfText(pathname: string, name: string, token?: string) {
  const res = await get(pathname, token);
  expect(res.status, res.body.toString()).toBe(200);
  expect(res.type).toBe('application/pdf');
  expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');
  return { ...res, text: textOf(res.body, name) };
}

/** A published result with evidence, of a public announced task: every document has something to show. */
async function publishedWithEvidence() {
  const r = await t.prisma.result.findFirstOrThrow({
    where: { status: 'PUBLISHED', evidence: { some: {} }, taskTarget: { task: { isPublic: true, announcedAt: { not: null } } } },
    orderBy: { id: 'asc' },
    select: {
      id: true,
      outcome: true,
      findings: true,
      taskTarget: {
        select: { id: true, taskId: true, targetId: true, task: { select: { code: true, name: true } }, target: { select: { name: true, creditCode: true } } },
      },
    },
  });
  return r;
}

describe('documents of a visit', () => {
  it('prints the inspection notice with the target, the check items and the team', async () => {
    const r = await publishedWithEvidence();
    const tt = await t.prisma.taskTarget.findUniqueOrThrow({
      where: { id: r.taskTarget.id },
      select: {
        visit: {
          select: { teams: { select: { members: { where: { active: true }, select: { inspector: { select: { name: true, certificateNumber: true } } } } } } },
        },
      },
    });
    const { text, disposition } = await pdfText(`/documents/task-targets/${r.taskTarget.id}/notice.pdf`, 'notice', wenshao);
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(`检查告知书-${r.taskTarget.target.name}`)}`);
    const f = flat(text);
    expect(f).toContain('检查告知书');
    expect(f).toContain(flat(r.taskTarget.target.name));
    expect(f).toContain(r.taskTarget.target.creditCode);
    expect(f).toContain(r.taskTarget.task.code);
    const names = tt.visit!.teams.flatMap((x) => x.members.map((m) => m.inspector?.name)).filter(Boolean) as string[];
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const n of names) expect(f).toContain(n);
    expect(f).toContain('受送达人');
    // The signature boxes share their page with the last notice and the issuer: they never stand alone on a page.
    const signaturePage = text.split('\f').find((page) => page.includes('受送达人'));
    expect(flat(signaturePage ?? '')).toContain('无正当理由拒绝');
  });

  it('prints the blank on-site record with every check point of the form, and the filled one with the findings', async () => {
    const r = await publishedWithEvidence();
    const form = await t.prisma.form.findFirstOrThrow({
      where: { checkItem: { tasks: { some: { taskId: r.taskTarget.taskId } } }, retiredAt: null },
      select: { fields: true },
    });
    const points = (form.fields as { label: string }[]).map((p) => p.label);
    const blank = await pdfText(`/documents/task-targets/${r.taskTarget.id}/record.pdf?blank=1`, 'record-blank', wenshao);
    const b = flat(blank.text);
    expect(b).toContain('现场检查记录表');
    expect(b).toContain('空白');
    // A long check point wraps within its cell: its first words are on one line.
    for (const p of points) expect(b).toContain(flat(p).slice(0, 12));
    expect(b).toContain('被检查对象负责人');
    expect(blank.disposition).toContain(encodeURIComponent('现场检查记录表（空白）'));

    const filled = await pdfText(`/documents/task-targets/${r.taskTarget.id}/record.pdf`, 'record-filled', wenshao);
    const f = flat(filled.text);
    expect(f).not.toContain('（空白');
    const { RESULT_OUTCOME } = await import('@ssj/domain');
    expect(f).toContain(RESULT_OUTCOME.zh[r.outcome as keyof typeof RESULT_OUTCOME.zh]);
    for (const x of (r.findings as { finding: string | null }[]).filter((x) => x.finding)) expect(f).toContain(flat(x.finding!).slice(0, 20));
    // Rule 19: the procedure as recorded — certificates with their numbers, the notice, the signature — and who of
    // the team confirmed in the system; blank, the same lines to fill in by hand.
    expect(b).toContain('检查程序');
    expect(b).toContain('□已全程录像');
    const rec = await t.prisma.onSiteRecord.findUniqueOrThrow({ where: { resultId: r.id }, select: { certificates: true, noticeServedTo: true } });
    expect(f).toContain('检查程序');
    for (const c of rec.certificates as { certificateNumber: string }[]) expect(f).toContain(flat(c.certificateNumber));
    expect(f).toContain(flat(rec.noticeServedTo ?? '').slice(0, 10));
    expect(f).toContain('系统内签字确认');
  });
});

describe('documents of a task and a plan', () => {
  it('prints the announcement with the drawn targets, the draw hashes and a QR code to the verification page', async () => {
    const r = await publishedWithEvidence();
    const draw = await t.prisma.draw.findFirstOrThrow({
      where: { taskId: r.taskTarget.taskId, kind: 'TARGETS', status: 'LOCKED' },
      select: { candidateListHash: true, seed: true, seedCommitment: true },
    });
    // Public: no sign-in needed for a public, announced task.
    const { text, body } = await pdfText(`/documents/tasks/${r.taskTarget.taskId}/announcement.pdf`, 'announcement');
    const f = flat(text);
    expect(f).toContain('抽查公告');
    expect(f).toContain(draw.candidateListHash);
    expect(f).toContain(draw.seed);
    expect(f).toContain(draw.seedCommitment);
    expect(f).toContain(r.taskTarget.target.creditCode);
    expect(f).toContain(`http://test/public/tasks/${r.taskTarget.taskId}`);
    // The QR code is an embedded image.
    expect(body.includes(Buffer.from('/Subtype /Image'))).toBe(true);
  });

  it('prints the result publication notice with the published results', async () => {
    const r = await publishedWithEvidence();
    const published = await t.prisma.result.count({ where: { status: 'PUBLISHED', taskTarget: { taskId: r.taskTarget.taskId } } });
    const { text } = await pdfText(`/documents/tasks/${r.taskTarget.taskId}/results.pdf`, 'results');
    const f = flat(text);
    expect(f).toContain('抽查结果公示');
    expect(f).toContain(`检查结果（${published}户）`);
    expect(f).toContain(r.taskTarget.target.creditCode);
  });

  it('prints a filed plan with every line, also signed out', async () => {
    const plan = await t.prisma.plan.findFirstOrThrow({
      where: { status: 'FILED' },
      orderBy: { id: 'asc' },
      select: { id: true, title: true, year: true, items: { select: { scope: true, checkItem: { select: { code: true } } } } },
    });
    const { text, disposition } = await pdfText(`/documents/plans/${plan.id}/plan.pdf`, 'plan');
    expect(disposition).toContain(encodeURIComponent(`${plan.year}年度抽查工作计划`));
    const f = flat(text);
    expect(f).toContain(flat(plan.title));
    expect(f).toContain(`计划事项（${plan.items.length}项）`);
    for (const i of plan.items) expect(f).toContain(i.checkItem.code);
  });
});

describe('the target dossier (一对象一档案)', () => {
  it('lists every draw, result and evidence file with its SHA-256, as PDF, JSON and ZIP', async () => {
    const r = await publishedWithEvidence();
    const targetId = r.taskTarget.targetId;
    const evidence = await t.prisma.evidence.findMany({ where: { result: { taskTarget: { targetId } } }, select: { sha256: true, filename: true } });
    const drawn = await t.prisma.drawnTarget.count({ where: { targetId, draw: { kind: 'TARGETS' } } });
    expect(evidence.length).toBeGreaterThan(0);

    const { text } = await pdfText(`/documents/targets/${targetId}/dossier.pdf`, 'dossier', wenshao);
    const f = flat(text);
    expect(f).toContain('一对象一档案');
    expect(f).toContain(`被抽中记录（${drawn}次）`);
    expect(f).toContain(`证据材料（${evidence.length}份）`);
    for (const e of evidence) expect(f).toContain(e.sha256);

    const json = await get(`/documents/targets/${targetId}/dossier.json`, wenshao);
    const history = JSON.parse(json.body.toString()) as { drawnIn: unknown[]; tasks: unknown[]; evidence: { sha256: string }[] };
    expect(history.drawnIn).toHaveLength(drawn);
    expect(history.evidence.map((e) => e.sha256).sort()).toEqual(evidence.map((e) => e.sha256).sort());

    const zip = await get(`/documents/targets/${targetId}/dossier.zip`, wenshao);
    expect(zip.status).toBe(200);
    expect(zip.type).toBe('application/zip');
    expect(zip.disposition).toContain(encodeURIComponent('检查对象档案'));
    const files = await unzip(zip.body);
    const evidenceFiles = [...files].filter(([n]) => n.startsWith('evidence/'));
    expect(evidenceFiles).toHaveLength(evidence.length);
    const sums = files.get('SHA256SUMS')!.toString().trim().split('\n');
    expect(sums).toHaveLength(evidence.length);
    for (const [name, data] of evidenceFiles) {
      const sha = createHash('sha256').update(data).digest('hex');
      expect(evidence.map((e) => e.sha256)).toContain(sha);
      expect(sums).toContain(`${sha}  ${name}`);
    }
    expect([...files.keys()].some((n) => n.endsWith('.pdf') && !n.startsWith('evidence/'))).toBe(true);
  });
});

describe('refusals', () => {
  it('needs a sign-in for internal documents, and says what is missing otherwise', async () => {
    const r = await publishedWithEvidence();
    const code = async (p: string, token?: string) => {
      const res = await get(p, token);
      return { status: res.status, code: JSON.parse(res.body.toString()).errors?.[0]?.extensions?.code };
    };
    expect(await code(`/documents/task-targets/${r.taskTarget.id}/notice.pdf`)).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await code(`/documents/targets/${r.taskTarget.targetId}/dossier.zip`)).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await code('/documents/targets/nope/dossier.pdf', wenshao)).toEqual({ status: 404, code: 'NOT_FOUND' });
    expect(await code(`/documents/targets/${r.taskTarget.targetId}/other.pdf`, wenshao)).toEqual({ status: 404, code: 'NOT_FOUND' });
    expect(await code('/documents/tasks/%E0%A4%A/announcement.pdf', wenshao)).toEqual({ status: 404, code: 'NOT_FOUND' });
    const draft = await t.prisma.task.findFirstOrThrow({ where: { announcedAt: null }, select: { id: true } });
    expect(await code(`/documents/tasks/${draft.id}/announcement.pdf`, wenshao)).toEqual({ status: 409, code: 'DOCUMENT.NOT_AVAILABLE' });
    expect(await code(`/documents/tasks/${draft.id}/announcement.pdf`)).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    // A task withheld from publication (rule 26): no public announcement, and no publication notice for anyone.
    const withheld = await t.prisma.task.findFirstOrThrow({ where: { isPublic: false, announcedAt: { not: null } }, select: { id: true } });
    expect(await code(`/documents/tasks/${withheld.id}/announcement.pdf`)).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await code(`/documents/tasks/${withheld.id}/results.pdf`, wenshao)).toEqual({ status: 409, code: 'DOCUMENT.NOT_AVAILABLE' });
    const plan = await t.prisma.plan.findFirst({ where: { status: 'DRAFT' }, select: { id: true } });
    if (plan) expect(await code(`/documents/plans/${plan.id}/plan.pdf`)).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    const post = await t.app.fetch(new Request(`http://test/documents/plans/x/plan.pdf`, { method: 'POST', headers: { authorization: `Bearer ${wenshao}` } }));
    expect(post.status).toBe(404);
  });
});
