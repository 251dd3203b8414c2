// Rule 17, "anyone can verify a draw offline": a published draw's announcement (the commitment and hashes
// published before the draw), its frozen candidate list and its receipt are downloadable without signing in —
// as GraphQL fields and as /public/draws/<id>/{announcement,candidates,receipt}.json — and the domain's
// step-by-step verifier holds the receipt to the announcement, so a receipt re-made with another secret fails.
// Unlocked draws are not published: anonymous verifyDraw, receipt, list and files refuse them (DRAW.NOT_PUBLISHED).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawTargets, makeCommitment, readDrawAnnouncement, verifyDraw, verifyDrawSteps, type DrawCandidateInput, type DrawReceipt } from '@ssj/domain';
import { loadDrawCandidates } from '../src/drawCandidates.ts';
import { codeOf, createTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
let locked: {
  id: string;
  seedCommitment: string;
  candidateListHash: string;
  candidateCount: number;
  receipt: DrawReceipt;
  candidates: DrawCandidateInput[];
  task: { code: string };
};
let unlockedId: string;
let hiddenId: string;

const file = (id: string, kind: string, headers: Record<string, string> = {}) =>
  t.app.fetch(new Request(`http://test/public/draws/${encodeURIComponent(id)}/${kind}.json`, { headers }));

beforeAll(async () => {
  t = await createTestApp();
  const d = await t.prisma.draw.findFirstOrThrow({
    where: { status: 'LOCKED', kind: 'TARGETS', task: { isPublic: true } },
    orderBy: { drawnAt: 'asc' },
    select: {
      id: true,
      seedCommitment: true,
      candidateListHash: true,
      candidateCount: true,
      receipt: true,
      task: { select: { code: true } },
    },
  });
  locked = { ...d, candidates: await loadDrawCandidates(t.prisma, d.id) } as unknown as typeof locked;
  // An unlocked draw of a public task and a draw of a withheld task: demo draws set to those states.
  const others = await t.prisma.draw.findMany({
    where: { status: 'LOCKED', kind: 'TARGETS', id: { not: d.id } },
    select: { id: true, taskId: true },
    take: 2,
    orderBy: { drawnAt: 'desc' },
  });
  unlockedId = others[0]!.id;
  await t.prisma.draw.update({ where: { id: unlockedId }, data: { status: 'DRAWN' } });
  await t.prisma.task.update({ where: { id: others[0]!.taskId }, data: { isPublic: true } });
  hiddenId = others[1]!.id;
  await t.prisma.task.update({ where: { id: others[1]!.taskId }, data: { isPublic: false } });
}, 300_000);

afterAll(async () => {
  await t?.close();
});

describe('a published draw, signed out', () => {
  it('serves the announcement, the frozen list and the receipt as GraphQL fields', async () => {
    const r = await t.gql(
      'query($id: ID!) { publicDraw(id: $id) { announcement candidates receipt } drawAnnouncement(drawId: $id) drawCandidates(drawId: $id) }',
      { id: locked.id },
    );
    expect(r.errors).toBeUndefined();
    const a = r.data!.publicDraw.announcement;
    expect(a).toEqual({
      format: 'ssj-draw-announcement/1',
      drawId: locked.id,
      taskCode: locked.task.code,
      sequence: expect.any(Number),
      commitment: locked.seedCommitment,
      candidateListHash: locked.candidateListHash,
      candidateCount: locked.candidateCount,
      parametersHash: locked.receipt.parametersHash,
    });
    expect(r.data!.drawAnnouncement).toEqual(a);
    expect(r.data!.publicDraw.candidates).toEqual(locked.candidates);
    expect(r.data!.drawCandidates).toEqual(locked.candidates);
    // Everything a verifier needs, in the browser or offline.
    const read = readDrawAnnouncement(a);
    expect(read.ok).toBe(true);
    expect(verifyDrawSteps(r.data!.publicDraw.receipt, r.data!.publicDraw.candidates, read.ok ? read.published : {}).ok).toBe(true);
  });

  it('publishes only the drawing fields of each candidate: no names, credit codes or personal data', async () => {
    const keys = new Set(locked.candidates.flatMap((c) => Object.keys(c)));
    expect([...keys].sort()).toEqual([
      'area',
      'creditStatus',
      'drawsThisYear',
      'exemptions',
      'id',
      'industry',
      'libraryId',
      'objectType',
      'registrationStatus',
      'riskLevel',
      'scale',
    ]);
    const text = JSON.stringify(await (await file(locked.id, 'candidates')).json());
    const names = await t.prisma.target.findMany({ where: { id: { in: locked.candidates.map((c) => c.id) } }, select: { name: true, creditCode: true } });
    expect(names.length).toBe(locked.candidates.length);
    for (const n of names) {
      expect(text).not.toContain(n.name);
      expect(text).not.toContain(n.creditCode);
    }
  });

  it('serves the three files at /public/draws/<id>/…json, and they verify with the domain code', async () => {
    const [a, c, r] = await Promise.all(['announcement', 'candidates', 'receipt'].map((k) => file(locked.id, k)));
    for (const res of [a!, c!, r!]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/json');
    }
    const announcement = await a!.json();
    const candidates = await c!.json();
    const receipt = await r!.json();
    expect(receipt).toEqual(locked.receipt);
    const read = readDrawAnnouncement(announcement);
    if (!read.ok) throw new Error(read.problems.join());
    const v = verifyDrawSteps(receipt, candidates, read.published);
    expect(v.steps.filter((s) => !s.ok)).toEqual([]);
  });

  it('a receipt re-made with another secret verifies in itself but not against the announcement', async () => {
    const secret = 'ab'.repeat(32);
    const forged = drawTargets({
      parameters: locked.receipt.parameters,
      candidates: locked.candidates,
      seedInputs: { source: 'COMMIT_REVEAL', commitment: makeCommitment(secret), serverSecret: secret, witnessEntropy: 'forged' },
      algorithm: locked.receipt.algorithm,
    });
    if (!forged.ok) throw new Error(forged.code);
    expect(verifyDraw(forged.receipt, locked.candidates).ok).toBe(true);
    const read = readDrawAnnouncement(await (await file(locked.id, 'announcement')).json());
    const v = verifyDrawSteps(forged.receipt, locked.candidates, read.ok ? read.published : {});
    expect(v.ok).toBe(false);
    expect(v.steps.find((s) => s.key === 'seed')!.ok).toBe(false);
    // The stored draw, re-forged as a whole (receipt, seed, commitment column), no longer passes the public check
    // against the announcement kept before (here: the one served before the forgery).
    expect(verifyDrawSteps(forged.receipt, locked.candidates, { commitment: locked.seedCommitment, candidateListHash: locked.candidateListHash }).ok).toBe(
      false,
    );
  });

  it('refuses an unlocked draw of a public task: not published yet (typed, in Chinese)', async () => {
    for (const q of ['verifyDraw(drawId: $id) { ok }', 'drawReceipt(drawId: $id)', 'drawCandidates(drawId: $id)', 'drawAnnouncement(drawId: $id)']) {
      const r = await t.gql(`query($id: ID!) { ${q} }`, { id: unlockedId });
      expect(codeOf(r), q).toBe('DRAW.NOT_PUBLISHED');
      expect(r.errors![0]!.message).toContain('尚未确认锁定');
    }
    expect((await t.gql('query($id: ID!) { publicDraw(id: $id) { id } }', { id: unlockedId })).data!.publicDraw).toBeNull();
    for (const kind of ['announcement', 'candidates', 'receipt']) {
      const res = await file(unlockedId, kind);
      expect(res.status).toBe(404);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('DRAW.NOT_PUBLISHED');
    }
    // Signed in, the unit still verifies it before locking.
    const kg = await t.login('admin');
    expect((await t.gql('query($id: ID!) { verifyDraw(drawId: $id) { ok } drawAnnouncement(drawId: $id) }', { id: unlockedId }, kg)).data!.verifyDraw.ok).toBe(
      true,
    );
  });

  it('serves nothing of a withheld task’s draw, even with a token (the files are the public view)', async () => {
    expect(codeOf(await t.gql('query($id: ID!) { verifyDraw(drawId: $id) { ok } }', { id: hiddenId }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql('query($id: ID!) { drawCandidates(drawId: $id) }', { id: hiddenId }))).toBe('UNAUTHENTICATED');
    const admin = await t.login('admin');
    for (const kind of ['announcement', 'candidates', 'receipt']) {
      expect((await file(hiddenId, kind)).status).toBe(404);
      expect((await file(hiddenId, kind, { authorization: `Bearer ${admin}` })).status).toBe(404);
    }
    expect((await file('no-such-draw', 'receipt')).status).toBe(404);
    expect((await file('%E0%A4%A', 'receipt')).status).toBe(404);
    // A NUL byte in the id, which the database refuses: a typed refusal, no stack trace.
    const nul = await file('\u0000', 'receipt');
    expect(nul.status).toBe(400);
    expect(((await nul.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('VALIDATION.INVALID');
    const post = await t.app.fetch(new Request(`http://test/public/draws/${locked.id}/receipt.json`, { method: 'POST' }));
    expect(post.status).toBe(405);
  });
});
