// Draw (摇号): one verifiable random draw of a task's targets with everything needed to re-run it — the
// frozen candidate list, the parameters, the seed inputs and the receipt (rule 17). The commands that make,
// redo and lock draws are in commands/; this file holds the objects, the lists, the preview shown to the
// witness before the draw, and the public verification anyone can run.
import type { Prisma } from '@ssj/db/client';
import { DrawKind, DrawStatus } from '@ssj/db/client';
import {
  deriveSeed,
  finishDrawByGroups,
  planDrawByGroups,
  DRAW_ANNOUNCEMENT_FORMAT,
  drawIsPublic,
  DRAW_KIND,
  DRAW_STATUS,
  type DrawCandidate,
  normalizeDrawParameters,
  messages as domainMessages,
  parametersHash,
  type DrawAnnouncement,
  type DrawCandidateInput,
  type DrawReceipt,
  verifyDraw as domainVerifyDraw,
  DIRECTORY_CONFIRMATION_HOURS,
} from '@ssj/domain';
import type { Context } from '../context.ts';
import { labelled } from './enums.ts';
import { builder } from '../builder.ts';
import { notFound, unauthenticated, userError } from '../errors.ts';
import { listQueries } from '../listing.ts';
import { getDrawSettings } from '../settings.ts';
import { classRows, latestConfirmation, taskForDrawSelect, taskParameters } from '../drawInputs.ts';
import { candidateListPage, type CandidateRow } from '../drawCandidateList.ts';
import { clock } from '../clock.ts';
import { loadDrawCandidates } from '../drawCandidates.ts';
import { DRAW_STEPS, drawProgress, reportProgress, withProgress } from '../drawProgress.ts';
import {
  candidateGroups,
  candidateSource,
  hashSource,
  hashStoredList,
  type ListIds,
  type ListKeep,
  listIds,
  pickedCandidates,
  rankStoredList,
  roomToSort,
  storedList,
} from '../drawSql.ts';
import { nodeHasher } from '../nodeHasher.ts';
import { sameJson } from '../sameJson.ts';

export const DrawStatusEnum = labelled('DrawStatus', '摇号状态 / Draw status', DrawStatus, DRAW_STATUS);

export const DrawKindEnum = labelled('DrawKind', '摇号类型 / Draw kind', DrawKind, DRAW_KIND);

type Exclusion = { candidateId: string; code: string; detail: string };
const DrawExclusionRef = builder.objectRef<Exclusion>('DrawExclusion').implement({
  description: '摇号前排除的候选对象及原因 / A candidate excluded before ranking, and why (rules 9, 23)',
  fields: (t) => ({
    targetId: t.exposeID('candidateId', { description: '检查对象编号 / Target id' }),
    code: t.exposeString('code', { description: '排除原因代码 / Exclusion code' }),
    detail: t.exposeString('detail', { description: '说明（登记状态或本年度抽中次数） / Detail: registration status or draws this year' }),
    message: t.string({
      description: '排除原因 / Reason, in words',
      resolve: (e) => (domainMessages as Record<string, string>)[e.code] ?? e.code,
    }),
  }),
});

type ClassResult = { classKey: string; mode: string; eligibleCount: number; selectedCount: number };
const DrawClassResultRef = builder.objectRef<ClassResult>('DrawClassResult').implement({
  description: '某一抽取类别的结果 / The result of one class of a draw (rule 12)',
  fields: (t) => ({
    classKey: t.exposeString('classKey', { description: '类别标识 / Class key' }),
    mode: t.exposeString('mode', { description: 'RATIO（按比例）/ COUNT（按数量）' }),
    eligibleCount: t.exposeInt('eligibleCount', { description: '可抽取对象数 / Eligible candidates' }),
    selectedCount: t.exposeInt('selectedCount', { description: '抽中数 / Selected' }),
  }),
});

const receiptOf = (d: { receipt: unknown }) => d.receipt as DrawReceipt;

export const DrawRef = builder.prismaObject('Draw', {
  description: '一次摇号及复核所需的全部记录（冻结的候选名单、参数、随机种子、回执） / One random draw with everything needed to re-run it (rule 17)',
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    taskId: t.exposeID('taskId', { description: '抽查任务 / Task' }),
    task: t.relation('task', { description: '抽查任务 / Task' }),
    kind: t.expose('kind', { type: DrawKindEnum, description: '摇号类型 / Kind' }),
    sequence: t.exposeInt('sequence', { description: '第几次摇号（重新摇号为 2、3…） / 1 for the first draw, 2, 3… for re-draws' }),
    reason: t.exposeString('reason', { nullable: true, description: '重新摇号的理由 / Why this re-draw was made' }),
    status: t.expose('status', { type: DrawStatusEnum, description: '状态 / Status' }),
    confirmationId: t.exposeID('confirmationId', {
      nullable: true,
      description: '摇号所依据的名录库确认 / The directory confirmation the draw relied on (rule 4)',
    }),
    confirmation: t.relation('confirmation', { nullable: true, description: '名录库确认记录 / Directory confirmation' }),
    candidateCount: t.exposeInt('candidateCount', { description: '候选对象数 / Number of frozen candidates' }),
    candidateListHash: t.exposeString('candidateListHash', { description: '冻结候选名单的 SHA-256 / SHA-256 of the frozen candidate list' }),
    parametersHash: t.string({
      description: '抽取参数的 SHA-256 / SHA-256 of the draw parameters',
      select: { receipt: true },
      resolve: (d) => receiptOf(d).parametersHash,
    }),
    algorithm: t.string({
      description: '摇号算法版本（复核按此版本重算） / Algorithm version; the draw is re-run by this version',
      select: { receipt: true },
      resolve: (d) => receiptOf(d).algorithm,
    }),
    candidates: t.field({
      type: 'JSON',
      description: '冻结的候选名单（用于复核） / The frozen candidate list, for re-running the draw',
      resolve: (d, _a, ctx) => loadDrawCandidates(ctx.prisma, d.id),
    }),
    seedCommitment: t.exposeString('seedCommitment', { description: '摇号前公布的承诺值 / The commitment published before the draw' }),
    announcement: t.field({
      type: 'JSON',
      description:
        '摇号公告（摇号前公布的承诺值、候选名单哈希和参数哈希），复核时以此为准 / The announcement: what was published before the draw, to hold the receipt to (rule 17)',
      select: {
        id: true,
        sequence: true,
        seedCommitment: true,
        candidateListHash: true,
        candidateCount: true,
        receipt: true,
        task: { select: { code: true } },
      },
      resolve: (d) => drawAnnouncement(d),
    }),
    witnessName: t.exposeString('witnessName', { nullable: true, description: '现场见证人 / Witness' }),
    witnessEntropy: t.exposeString('witnessEntropy', {
      nullable: true,
      description: '见证人提供的随机数（原样记录） / Entropy given by the witness, exactly as recorded',
    }),
    seed: t.exposeString('seed', { description: '随机种子 / The seed' }),
    receipt: t.expose('receipt', { type: 'JSON', description: '摇号回执（任何人可据此复核） / The receipt anyone can verify' }),
    drawnById: t.exposeID('drawnById', { nullable: true, description: '摇号人 / Drawn by' }),
    drawnBy: t.relation('drawnBy', { nullable: true, description: '摇号人 / The user who made the draw' }),
    drawnByName: t.string({
      nullable: true,
      description: '摇号人姓名 / Name of the user who made the draw',
      select: { drawnBy: { select: { name: true } } },
      resolve: (d) => d.drawnBy?.name ?? null,
    }),
    drawnAt: t.expose('drawnAt', { type: 'DateTime', description: '摇号时间 / Drawn at' }),
    lockedById: t.exposeID('lockedById', { nullable: true, description: '锁定人 / Locked by' }),
    lockedBy: t.relation('lockedBy', { nullable: true, description: '确认锁定人 / The user who locked the draw' }),
    lockedByName: t.string({
      nullable: true,
      description: '确认锁定人姓名 / Name of the user who locked the draw',
      select: { lockedBy: { select: { name: true } } },
      resolve: (d) => d.lockedBy?.name ?? null,
    }),
    lockedAt: t.expose('lockedAt', { type: 'DateTime', nullable: true, description: '锁定时间 / Locked at' }),
    supersededAt: t.expose('supersededAt', { type: 'DateTime', nullable: true, description: '被重新摇号取代的时间 / When a re-draw superseded it (rule 17)' }),
    supersededReason: t.exposeString('supersededReason', {
      nullable: true,
      description: '被取代时给出的重新摇号理由 / The re-draw reason given when it was superseded',
    }),
    drawnTargets: t.relation('drawn', { description: '抽中的检查对象 / The targets drawn', query: { orderBy: [{ rank: 'asc' }, { targetId: 'asc' }] } }),
    drawnTargetCount: t.relationCount('drawn', { description: '抽中对象数 / Number of targets drawn' }),
    exclusions: t.field({
      type: [DrawExclusionRef],
      description: '排除的候选对象 / Candidates excluded before ranking',
      select: { receipt: true },
      resolve: (d) => receiptOf(d).exclusions ?? [],
    }),
    classResults: t.field({
      type: [DrawClassResultRef],
      description: '各类别结果 / Per-class results',
      select: { receipt: true },
      resolve: (d) =>
        (receiptOf(d).perClass ?? []).map(({ classKey, mode, eligibleCount, selectedCount }) => ({ classKey, mode, eligibleCount, selectedCount })),
    }),
  }),
});

export const DrawnTargetRef = builder.prismaObject('DrawnTarget', {
  description: '摇号抽中的检查对象 / A target a draw selected',
  authScopes: { signedIn: true },
  select: { drawId: true, targetId: true },
  fields: (t) => ({
    id: t.id({ description: '编号（摇号:对象） / Id (draw:target)', resolve: (d) => `${d.drawId}:${d.targetId}` }),
    drawId: t.exposeID('drawId', { description: '摇号 / Draw' }),
    targetId: t.exposeID('targetId', { description: '检查对象 / Target' }),
    target: t.relation('target', { description: '检查对象 / Target' }),
    rank: t.exposeInt('rank', { description: '在抽中它的类别排序中的最好名次 / Best rank in the classes that drew it' }),
    classKeys: t.exposeStringList('classKeys', { description: '抽中它的类别 / The classes that drew it (rule 12)' }),
  }),
});

const DrawFilter = builder.inputType('DrawFilter', {
  description: '摇号筛选 / Draw filter',
  fields: (t) => ({
    ids: t.idList({ required: false, description: '编号列表 / Ids' }),
    taskId: t.id({ required: false, description: '抽查任务 / Task' }),
    status: t.field({ type: DrawStatusEnum, required: false, description: '状态 / Status' }),
  }),
});

function drawWhere(f: typeof DrawFilter.$inferInput | null | undefined): Prisma.DrawWhereInput {
  return {
    ...(f?.ids ? { id: { in: f.ids.map(String) } } : {}),
    ...(f?.taskId ? { taskId: String(f.taskId) } : {}),
    ...(f?.status ? { status: f.status } : {}),
  };
}

const sortable = {
  drawnAt: (dir: 'asc' | 'desc') => ({ drawnAt: dir }),
  sequence: (dir: 'asc' | 'desc') => ({ sequence: dir }),
  status: (dir: 'asc' | 'desc') => ({ status: dir }),
} satisfies Record<string, (d: 'asc' | 'desc') => Prisma.DrawOrderByWithRelationInput>;

// ——— verification (rule 17) ——————————————————————————————————————————————————————

export const verifiableDrawSelect = {
  id: true,
  receipt: true,
  seedCommitment: true,
  candidateListHash: true,
  candidateCount: true,
  seed: true,
  drawn: { select: { targetId: true, classKeys: true } },
} satisfies Prisma.DrawSelect;

type VerifiableDraw = Prisma.DrawGetPayload<{ select: typeof verifiableDrawSelect }>;
type CandidateDb = Pick<Prisma.TransactionClient, '$executeRaw' | '$queryRaw'>;

/**
 * Rule 17: the domain's verifyDraw on the stored receipt and frozen list (re-ranking every candidate, with
 * node:crypto), against the commitment published before the draw; plus whether the stored columns and drawn-target
 * rows (what became the task's work) say what the receipt says.
 */
export async function verifyStoredDraw(db: CandidateDb, d: VerifiableDraw): Promise<{ ok: boolean; diff: string[] }> {
  const receipt = receiptOf(d);
  // A compact receipt (every draw made since the list moved into rows) is re-run where the list is: its hashes from
  // the stored rows, then the draw again by PostgreSQL (drawSql.ts) and compared entry by entry. Older receipts
  // with full rankings (small lists) are re-run by the domain's verifyDraw, the published verifier itself.
  const compact = Array.isArray(receipt?.perClass) && receipt.perClass.length > 0 && receipt.perClass.every((c) => c.rankingScope === 'SELECTED');
  if (!compact) {
    const candidates = await loadDrawCandidates(db, d.id);
    const r = domainVerifyDraw(
      receipt,
      candidates as DrawCandidateInput[],
      { commitment: d.seedCommitment, candidateListHash: d.candidateListHash },
      { hasher: nodeHasher },
    );
    const diff = storedAgrees(d, r.diff);
    return { ok: diff.length === 0, diff };
  }
  const ids = listIds();
  const check = await checkStoredHashes(db, d, new Set(), undefined, ids);
  const diff = [...check.diff];
  if (diff.length === 0) {
    const planned = planDrawByGroups({
      parameters: receipt.parameters,
      // Counted from the group numbers the hash pass kept (the same rows), not unnested from the chunks again.
      groups: await candidateGroups(db, receipt.parameters, storedList(d.id, undefined, ids.groups)),
      candidateListHash: receipt.candidateListHash,
      candidateCount: receipt.candidateCount,
      seedInputs: receipt.seedInputs,
      algorithm: receipt.algorithm,
      hasher: nodeHasher,
    });
    if (!planned.ok) diff.push(`按回执重算时摇号被拒绝：${planned.code}`);
    else {
      const ranked = await rankStoredList(db, d.id, planned.plan, undefined, ids);
      const again = finishDrawByGroups(planned.plan, ranked.selected, ranked.exclusions);
      if (!sameJson(again.exclusions, receipt.exclusions)) diff.push('按冻结名单重算的排除对象与回执不一致');
      for (const c of again.perClass) {
        const inReceipt = receipt.perClass.find((r) => r.classKey === c.classKey);
        if (!inReceipt) diff.push(`回执中缺少类别“${c.classKey}”`);
        else if (!sameJson({ ...inReceipt, ranking: inReceipt.ranking.filter((e) => e.selected) }, c))
          diff.push(`类别“${c.classKey}”按随机种子重算的排序或抽中结果与回执不一致`);
      }
      if (receipt.perClass.length !== again.perClass.length) diff.push('回执中的类别与参数不一致');
      if (!sameJson(again.result, receipt.result)) diff.push('按随机种子重算的抽中名单与回执不一致');
    }
  }
  return { ok: diff.length === 0, diff };
}

/**
 * Rule 17 at the lock, from the stored hashes (no re-ranking: the ranking was made by this server in the draw's
 * transaction, and anyone can re-run it with verifyDraw): the stored rows hash, streamed once in order, to the list
 * hash recorded and announced; the recorded parameters to their hash; the revealed secret to the commitment and,
 * with both hashes, to the seed; the drawn-target rows to the receipt's result. Returns the frozen candidates of
 * `pick` (the drawn targets).
 */
export async function checkStoredHashes(
  db: CandidateDb,
  d: VerifiableDraw,
  pick: ReadonlySet<string>,
  progress?: (done: number, total: number) => Promise<void>,
  keep?: ListIds,
): Promise<{ ok: boolean; diff: string[]; picked: Map<string, DrawCandidate> }> {
  const receipt = receiptOf(d);
  const diff: string[] = [];
  // The drawn targets' group numbers are noted as the list streams through the hash (at 1M, reading 46k of them
  // back by id took 5.4 s at load 35).
  const kept: ListKeep = { ids: keep, pick, picked: new Map() };
  const list = await hashStoredList(db, d.id, nodeHasher, undefined, progress, kept);
  const picked = pick.size > 0 ? pickedCandidates(kept.picked, kept.groups ?? new Map()) : new Map<string, DrawCandidate>();
  const listHash = list.hash;
  if (!list.ordered) diff.push('候选名单未按对象编号排列或有重复');
  if (listHash !== d.candidateListHash || listHash !== receipt?.candidateListHash)
    diff.push(`候选名单哈希不一致：记录为${d.candidateListHash.slice(0, 16)}…，按名单计算为${listHash.slice(0, 16)}…`);
  if (list.count !== d.candidateCount) diff.push(`候选对象数量不一致：记录${d.candidateCount}个，名单有${list.count}个`);
  const params = normalizeDrawParameters(receipt?.parameters);
  if (!params.ok || parametersHash(params.parameters, nodeHasher) !== receipt.parametersHash) diff.push('抽取参数哈希不一致');
  const si = receipt?.seedInputs;
  if (si?.source === 'COMMIT_REVEAL' && si.commitment !== d.seedCommitment) diff.push('承诺值与摇号前公布的不一致');
  try {
    if (deriveSeed(si, { candidateListHash: receipt.candidateListHash, parametersHash: receipt.parametersHash }, nodeHasher) !== receipt.seed)
      diff.push('随机种子不一致');
  } catch {
    diff.push('随机种子来源无效');
  }
  const all = storedAgrees(d, diff);
  return { ok: all.length === 0, diff: all, picked };
}

/** `diff` plus whether the draw's columns and drawn-target rows say what its receipt says. */
function storedAgrees(d: VerifiableDraw, diffIn: readonly string[]): string[] {
  const receipt = receiptOf(d);
  const diff = [...diffIn];
  if (receipt?.seed !== d.seed) diff.push('摇号记录中的随机种子与回执不一致');
  if (receipt?.candidateCount !== d.candidateCount) diff.push(`摇号记录中的候选对象数${d.candidateCount}与回执记录的${String(receipt?.candidateCount)}不一致`);
  const inReceipt = new Map((receipt?.result ?? []).map((t) => [t.targetId, t.classKeys.join('、')]));
  const stored = new Map(d.drawn.map((t) => [t.targetId, t.classKeys.join('、')]));
  for (const [id, keys] of stored) {
    if (!inReceipt.has(id)) diff.push(`抽中名单中有“${id}”，但回执结果中没有`);
    else if (inReceipt.get(id) !== keys) diff.push(`抽中名单中“${id}”的类别为${keys}，回执记录为${inReceipt.get(id)}`);
  }
  for (const id of inReceipt.keys()) if (!stored.has(id)) diff.push(`回执结果中有“${id}”，但抽中名单中没有`);
  return diff;
}

const DrawVerificationRef = builder.objectRef<{ drawId: string; ok: boolean; diff: string[] }>('DrawVerification').implement({
  description: '摇号复核结果 / The result of re-running a draw (rule 17)',
  fields: (t) => ({
    drawId: t.exposeID('drawId', { description: '摇号 / Draw' }),
    ok: t.exposeBoolean('ok', { description: '复核一致 / Whether everything matches' }),
    diff: t.exposeStringList('diff', { description: '不一致之处（中文说明） / Every mismatch, in words' }),
  }),
});

export const announcementSelect = {
  id: true,
  sequence: true,
  seedCommitment: true,
  candidateListHash: true,
  candidateCount: true,
  receipt: true,
  task: { select: { code: true } },
} satisfies Prisma.DrawSelect;

type AnnouncementRow = {
  id: string;
  sequence: number;
  seedCommitment: string;
  candidateListHash: string;
  candidateCount: number;
  receipt: unknown;
  task: { code: string };
};

/**
 * Rule 17: the draw's announcement — the commitment published when the draw was announced (announceDraw /
 * redrawTargets) and the list and parameter hashes shown to the witness before the entropy was given. A verifier
 * holds the receipt to it (verifyDrawSteps); it is worth most when compared with a copy kept before the draw.
 */
export function drawAnnouncement(d: AnnouncementRow): DrawAnnouncement {
  return {
    format: DRAW_ANNOUNCEMENT_FORMAT,
    drawId: d.id,
    taskCode: d.task.code,
    sequence: d.sequence,
    commitment: d.seedCommitment,
    candidateListHash: d.candidateListHash,
    candidateCount: d.candidateCount,
    parametersHash: receiptOf(d).parametersHash,
  };
}

/**
 * Who may read a draw's receipt, candidate list and announcement: signed-in users any; the public only a public
 * task's draws that were locked or superseded by a re-draw (rule 26). A withheld task's draw answers
 * UNAUTHENTICATED, as if it did not exist publicly; an unlocked draw of a public task says it is not published yet.
 */
export function assertDrawReadable(ctx: Pick<Context, 'user'>, d: { status: DrawStatus; task: { isPublic: boolean } }): void {
  if (ctx.user) return;
  if (!d.task.isPublic) throw unauthenticated();
  if (!drawIsPublic(d)) throw userError('DRAW.NOT_PUBLISHED', undefined, { status: d.status });
}

/**
 * A draw's published files (announcement, receipt and, when asked, the frozen candidate list) for whoever may read
 * them (assertDrawReadable): the GraphQL fields and the /public/draws/<id>/*.json downloads load them here.
 */
export async function loadReadableDraw(prisma: Pick<Context['prisma'], 'draw'>, ctx: Pick<Context, 'user'>, id: string) {
  const d = await prisma.draw.findUnique({
    where: { id },
    select: { ...announcementSelect, status: true, task: { select: { code: true, isPublic: true } } },
  });
  if (!d) throw notFound('摇号记录');
  assertDrawReadable(ctx, d);
  return d;
}

export const publicDrawSelect = {
  id: true,
  sequence: true,
  status: true,
  reason: true,
  candidateCount: true,
  candidateListHash: true,
  seedCommitment: true,
  seed: true,
  witnessEntropy: true,
  receipt: true,
  drawnAt: true,
  lockedAt: true,
  supersededAt: true,
  supersededReason: true,
  task: { select: { code: true, name: true, isPublic: true } },
  _count: { select: { drawn: true } },
} satisfies Prisma.DrawSelect;
type PublicDrawRow = Prisma.DrawGetPayload<{ select: typeof publicDrawSelect }>;

export const PublicDrawRef = builder.objectRef<PublicDrawRow>('PublicDraw').implement({
  description: '公开的摇号记录（公开任务已锁定或已作废的摇号，无需登录） / A published draw: locked or superseded draws of public tasks, no sign-in needed',
  fields: (t) => ({
    id: t.exposeID('id', { description: '编号 / Id' }),
    taskCode: t.string({ description: '任务编号 / Task code', resolve: (d) => d.task.code }),
    taskName: t.string({ description: '任务名称 / Task name', resolve: (d) => d.task.name }),
    sequence: t.exposeInt('sequence', { description: '第几次摇号 / Sequence' }),
    status: t.field({ type: DrawStatusEnum, description: '状态 / Status', resolve: (d) => d.status }),
    reason: t.exposeString('reason', { nullable: true, description: '重新摇号的理由 / Why it was a re-draw' }),
    candidateCount: t.exposeInt('candidateCount', { description: '候选对象数 / Candidates' }),
    candidateListHash: t.exposeString('candidateListHash', { description: '冻结候选名单的 SHA-256 / Candidate list hash' }),
    parametersHash: t.string({ description: '抽取参数的 SHA-256 / Parameters hash', resolve: (d) => receiptOf(d).parametersHash }),
    algorithm: t.string({ description: '摇号算法版本 / Algorithm version', resolve: (d) => receiptOf(d).algorithm }),
    seedCommitment: t.exposeString('seedCommitment', { description: '摇号前公布的承诺值 / Commitment published before the draw' }),
    seed: t.exposeString('seed', { description: '随机种子 / Seed' }),
    witnessEntropy: t.exposeString('witnessEntropy', { nullable: true, description: '见证人提供的随机数 / Witness entropy' }),
    receipt: t.field({ type: 'JSON', description: '摇号回执 / Receipt', resolve: (d) => d.receipt }),
    announcement: t.field({
      type: 'JSON',
      description:
        '摇号公告：摇号前公布的承诺值、候选名单哈希和参数哈希 / The announcement: commitment, list hash and parameters hash published before the draw',
      resolve: (d) => drawAnnouncement(d),
    }),
    candidates: t.field({
      type: 'JSON',
      description:
        '冻结的候选名单（对象编号与抽取所用的类型、规模、行业、地区、名录库、风险、信用、登记状态、本年度抽中次数、豁免情形；不含名称、信用代码和个人信息），用于复核 / The frozen candidate list, for re-running the draw: opaque ids and the drawing fields only — no names, credit codes or personal data',
      resolve: (d, _a, ctx) => loadDrawCandidates(ctx.prisma, d.id),
    }),
    drawnAt: t.field({ type: 'DateTime', description: '摇号时间 / Drawn at', resolve: (d) => d.drawnAt }),
    lockedAt: t.field({ type: 'DateTime', nullable: true, description: '锁定时间 / Locked at', resolve: (d) => d.lockedAt }),
    supersededAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: '被重新摇号取代的时间 / When a re-draw superseded it',
      resolve: (d) => d.supersededAt,
    }),
    supersededReason: t.exposeString('supersededReason', {
      nullable: true,
      description: '重新摇号的理由（本次摇号因此作废） / Why it was superseded by a re-draw',
    }),
    drawnTargetCount: t.int({ description: '抽中对象数 / Targets drawn', resolve: (d) => d._count.drawn }),
  }),
});

const DrawStepEnum = builder.enumType('DrawStep', {
  description: '摇号长步骤的当前阶段 / The step a long draw request is at',
  values: Object.fromEntries(DRAW_STEPS.map((v) => [v, { value: v }])) as Record<(typeof DRAW_STEPS)[number], { value: (typeof DRAW_STEPS)[number] }>,
});

const DrawProgressRef = builder.objectRef<{ step: (typeof DRAW_STEPS)[number]; done: number; total: number }>('DrawProgress').implement({
  description: '正在进行的预览、摇号或锁定的进度 / Progress of a running preview, draw or lock (issue 14)',
  fields: (t) => ({
    step: t.field({ type: DrawStepEnum, description: '阶段 / Step', resolve: (p) => p.step }),
    done: t.exposeInt('done', { description: '已完成（计数的阶段） / Units done (counted steps)' }),
    total: t.exposeInt('total', { description: '总数；0 表示不计数 / Units in all; 0 when not counted' }),
  }),
});

type Preview = {
  taskId: string;
  candidateCount: number;
  candidateListHash: string;
  parametersHash: string;
  parameters: unknown;
  seedCommitment: string | null;
  computedAt: Date;
  directoriesConfirmedAt: Date | null;
  directoriesFresh: boolean;
};

const DrawPreviewRef = builder.objectRef<Preview>('DrawPreview').implement({
  description: '摇号前向见证人展示的候选名单与参数（按当前名录库计算） / What the draw would use now, shown to the witness before the draw (rule 17)',
  fields: (t) => ({
    taskId: t.exposeID('taskId', { description: '抽查任务 / Task' }),
    candidateCount: t.exposeInt('candidateCount', { description: '冻结后的候选对象数 / Number of frozen candidates' }),
    candidateListHash: t.exposeString('candidateListHash', { description: '冻结候选名单的 SHA-256 / SHA-256 of the frozen candidate list' }),
    parametersHash: t.exposeString('parametersHash', { description: '抽取参数的 SHA-256 / SHA-256 of the normalised parameters' }),
    parameters: t.field({ type: 'JSON', description: '规范化的抽取参数 / The normalised parameters', resolve: (p) => p.parameters }),
    seedCommitment: t.exposeString('seedCommitment', {
      nullable: true,
      description: '已公布的承诺值（尚未公布则为空） / The published commitment, if announced',
    }),
    computedAt: t.field({ type: 'DateTime', description: '计算时间 / Computed at', resolve: (p) => p.computedAt }),
    directoriesConfirmedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: "任务设置单位最近一次确认名录库的时间 / The owner unit's latest directory confirmation",
      resolve: (p) => p.directoriesConfirmedAt,
    }),
    directoriesFresh: t.exposeBoolean('directoriesFresh', {
      description: `名录库确认是否在 ${DIRECTORY_CONFIRMATION_HOURS} 小时内（可以摇号） / Whether that confirmation is recent enough to draw (rule 4)`,
    }),
  }),
});

const DrawCandidateRowRef = builder.objectRef<CandidateRow>('DrawCandidateRow').implement({
  description: '候选名单中的一个检查对象 / One candidate of the list a draw would freeze',
  fields: (t) => ({
    targetId: t.exposeID('targetId', { description: '检查对象 / Target' }),
    name: t.exposeString('name', { description: '名称 / Name' }),
    creditCode: t.exposeString('creditCode', { description: '统一社会信用代码 / Credit code' }),
    objectType: t.exposeString('objectType', { description: '对象类型 / Object type' }),
    scale: t.exposeString('scale', { nullable: true, description: '规模 / Scale' }),
    industry: t.exposeString('industry', { nullable: true, description: '行业 / Industry' }),
    area: t.exposeString('area', { nullable: true, description: '区域 / Area' }),
    riskLevel: t.exposeString('riskLevel', { description: '风险等级 / Risk level' }),
    creditStatus: t.exposeString('creditStatus', { description: '信用状态 / Credit status' }),
    registrationStatus: t.exposeString('registrationStatus', { description: '登记状态 / Registration status' }),
    drawsThisYear: t.exposeInt('drawsThisYear', { description: '本年度已被抽中次数 / Times drawn this year' }),
    exemptions: t.exposeStringList('exemptions', { description: '免于抽查或重点关注情形 / Exemption grounds (rule 12)' }),
  }),
});

const DrawCandidatePageRef = builder.objectRef<{ total: number; rows: CandidateRow[] }>('DrawCandidatePage').implement({
  description: '候选名单的一页 / A page of the candidate list',
  fields: (t) => ({
    total: t.exposeInt('total', { description: '符合搜索条件的候选对象数 / Candidates matching the search' }),
    rows: t.field({ type: [DrawCandidateRowRef], description: '本页 / This page', resolve: (p) => p.rows }),
  }),
});

builder.queryFields((t) => ({
  ...listQueries(t, {
    model: 'Draw',
    plural: 'Draws',
    label: ['摇号记录', 'draw'],
    filter: DrawFilter,
    where: drawWhere,
    sortable: sortable,
    fallback: { field: 'drawnAt', dir: 'desc' },
  }),
  drawCandidatesPreview: t.field({
    type: DrawPreviewRef,
    description:
      '摇号前预览：按当前名录库冻结的候选对象数、名单哈希、参数哈希和承诺值 / Before the draw: frozen candidate count, list hash, parameters hash and commitment',
    authScopes: { signedIn: true },
    args: { taskId: t.arg.id({ required: true, description: '抽查任务 / Task' }) },
    resolve: async (_r, args, ctx) => {
      const now = clock.now();
      // One transaction so the list, the parameters and the confirmation are read at one moment.
      const taskId = String(args.taskId);
      return withProgress(taskId, () =>
        ctx.prisma.$transaction(
          async (tx) => {
            const task = await tx.task.findUnique({ where: { id: String(args.taskId) }, select: taskForDrawSelect });
            if (!task) throw notFound('抽查任务');
            const { parameters } = taskParameters(task, await getDrawSettings(tx));
            // The list as the draw would freeze it now, read in one statement and hashed as the draw hashes its rows
            // (drawSql.ts): the same hash, nothing written.
            await roomToSort(tx);
            await reportProgress(tx, taskId, 'FREEZE');
            const list = await hashSource(tx, candidateSource(classRows(task), now), nodeHasher);
            const frozen = { candidateCount: list.count, candidateListHash: list.hash };
            const { confirmation, fresh } = await latestConfirmation(tx, task.ownerUnitId, now);
            return {
              taskId: task.id,
              candidateCount: frozen.candidateCount,
              candidateListHash: frozen.candidateListHash,
              parametersHash: parametersHash(parameters, nodeHasher),
              parameters,
              seedCommitment: task.seedCommitment,
              computedAt: now,
              directoriesConfirmedAt: confirmation?.confirmedAt ?? null,
              directoriesFresh: fresh,
            };
          },
          { maxWait: 30_000, timeout: 60_000 },
        ),
      );
    },
  }),
  drawCandidateList: t.field({
    type: DrawCandidatePageRef,
    description:
      '摇号前查看候选名单：按当前名录库将被冻结的候选对象（分页，可按名称或统一社会信用代码搜索） / Before the draw: the candidates the draw would freeze now, paged and searchable by name or credit code',
    authScopes: { signedIn: true },
    args: {
      taskId: t.arg.id({ required: true, description: '抽查任务 / Task' }),
      q: t.arg.string({ required: false, description: '名称或统一社会信用代码 / Name or credit code' }),
      page: t.arg.int({ required: false, description: '页码（从 0 开始） / Page, from 0' }),
      perPage: t.arg.int({ required: false, description: '每页条数（1–200，默认 25） / Rows per page (1–200, default 25)' }),
    },
    resolve: (_r, args, ctx) => {
      const perPage = args.perPage ?? 25;
      const page = args.page ?? 0;
      if (perPage < 1 || perPage > 200) throw userError('VALIDATION.INVALID', '每页条数应在 1–200 之间', { field: 'perPage' });
      if (page < 0 || page > 100_000) throw userError('VALIDATION.INVALID', '页码应在 0–100000 之间', { field: 'page' });
      if ((args.q?.length ?? 0) > 100) throw userError('VALIDATION.INVALID', '搜索词不超过 100 个字符', { field: 'q' });
      return candidateListPage(ctx.prisma, String(args.taskId), { q: args.q, page, perPage });
    },
  }),
  drawProgress: t.field({
    type: DrawProgressRef,
    nullable: true,
    description:
      '抽查任务正在进行的摇号预览、摇号或锁定到了哪一步（任一 API 实例均可查询；没有进行中的步骤时为空） / The step a running preview, draw or lock of the task is at (any replica answers; null when none runs)',
    authScopes: { signedIn: true },
    args: { taskId: t.arg.id({ required: true, description: '抽查任务 / Task' }) },
    resolve: (_r, args, ctx) => drawProgress(ctx.prisma, String(args.taskId)),
  }),
  verifyDraw: t.field({
    type: DrawVerificationRef,
    description: '复核摇号（公开，无需登录；公开任务的摇号任何人可复核） / Re-run a draw from its receipt and frozen list (public for public tasks, rule 17)',
    args: { drawId: t.arg.id({ required: true, description: '摇号 / Draw' }) },
    resolve: async (_r, args, ctx) => {
      const drawId = String(args.drawId);
      const d = await ctx.prisma.draw.findUnique({
        where: { id: drawId },
        select: { ...verifiableDrawSelect, status: true, task: { select: { isPublic: true } } },
      });
      if (!d) throw notFound('摇号记录');
      assertDrawReadable(ctx, d);
      // One read-only transaction: the planner settings of roomToSort (a million rows sorted in memory, hash joins).
      const result = await ctx.prisma.$transaction(
        async (tx) => {
          await roomToSort(tx);
          return verifyStoredDraw(tx, d);
        },
        { maxWait: 30_000, timeout: 120_000 },
      );
      return { drawId, ...result };
    },
  }),
  publicDraw: t.field({
    type: PublicDrawRef,
    nullable: true,
    description: '公开的摇号记录（公开任务已锁定或已作废的摇号，无需登录） / A published draw (locked or superseded, of a public task; no sign-in)',
    args: { id: t.arg.id({ required: true, description: '编号 / Id' }) },
    resolve: async (_r, args, ctx) => {
      const d = await ctx.prisma.draw.findUnique({ where: { id: String(args.id) }, select: publicDrawSelect });
      return d && drawIsPublic(d) ? d : null;
    },
  }),
  drawReceipt: t.field({
    type: 'JSON',
    nullable: true,
    description: "下载摇号回执（未登录只能下载公开的摇号） / Download a draw's receipt (signed out: published draws only)",
    args: { drawId: t.arg.id({ required: true, description: '摇号 / Draw' }) },
    resolve: async (_r, args, ctx) => (await loadReadableDraw(ctx.prisma, ctx, String(args.drawId))).receipt,
  }),
  drawCandidates: t.field({
    type: 'JSON',
    nullable: true,
    description: "下载摇号冻结的候选名单（未登录只能下载公开的摇号） / Download a draw's frozen candidate list (signed out: published draws only)",
    args: { drawId: t.arg.id({ required: true, description: '摇号 / Draw' }) },
    resolve: async (_r, args, ctx) => loadDrawCandidates(ctx.prisma, (await loadReadableDraw(ctx.prisma, ctx, String(args.drawId))).id),
  }),
  drawAnnouncement: t.field({
    type: 'JSON',
    nullable: true,
    description:
      "下载摇号公告：摇号前公布的承诺值、候选名单哈希和参数哈希（未登录只能下载公开的摇号） / Download a draw's announcement (signed out: published draws only)",
    args: { drawId: t.arg.id({ required: true, description: '摇号 / Draw' }) },
    resolve: async (_r, args, ctx) => drawAnnouncement(await loadReadableDraw(ctx.prisma, ctx, String(args.drawId))),
  }),
}));
