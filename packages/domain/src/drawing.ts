// Verifiable random draw of inspection targets — rules 2, 8, 9, 11–13, 17.
//
// Rule 17 asks that anyone can re-run a draw and get the same result. Everything here is therefore a
// pure function of three recorded inputs: the frozen candidate list (hashed), the task's draw
// parameters (hashed) and the seed inputs (commit–reveal secret + witness entropy, or public lottery
// numbers). The receipt records all of them plus the full per-class ranking, and verifyDraw()
// recomputes every step. README.md specifies the algorithm byte for byte.
//
// Versions: a receipt names the algorithm that made it, and verifyDraw re-runs exactly that one, so a receipt
// stays verifiable after the algorithm changes. ssj-draw/2 = ssj-draw/1 except that a campaign-ordered draw
// (campaignOrdered: true) has no GENERAL ratio cap at all (rule 9, G13: exempt from ratio limits); without
// campaignOrdered the two compute the same receipt apart from the `algorithm` field.
// ssj-draw/3 holds every GENERAL item's cap across the whole task (all classes drawing for it together, never more
// than floor(cap × the item's population)), rounds a class down rather than above its cap, exempts every G13
// ground (not only the dishonest / abnormal credit statuses) from the ratio cap as from the yearly cap, and lets a
// campaign order lift the caps only once approved (parameters.campaignApproval) and only for directed classes.

import { isIsoDate } from './dates.ts';
import { DomainError, messages } from './errors.ts';
import { canonicalJson, type Hasher, hashCanonicalWith, hmacSha256Hex, isHex32, pureHasher, sha256HexOfHex } from './hashing.ts';

/** Every version of the draw algorithm this code can run and verify, oldest first. */
export const DRAW_ALGORITHMS = ['ssj-draw/1', 'ssj-draw/2', 'ssj-draw/3'] as const;
export type DrawAlgorithm = (typeof DRAW_ALGORITHMS)[number];
/** The version new draws use. */
export const DRAW_ALGORITHM = 'ssj-draw/3' as const satisfies DrawAlgorithm;

export function isDrawAlgorithm(x: unknown): x is DrawAlgorithm {
  return (DRAW_ALGORITHMS as readonly unknown[]).includes(x);
}

/**
 * The algorithm name inside the seed preimage. The seed derivation is the same in every version (ssj-draw/2 and
 * /3 changed only the caps), so it keeps the name it was published with: the same seed inputs give the same
 * seed and rankings under /1, /2 and /3.
 */
const SEED_DERIVATION = 'ssj-draw/1';

// ——— candidates ————————————————————————————————————————————————————————————————

export type RiskLevel = 'LOW' | 'MEDIUM' | 'HIGH';
export type CreditStatus = 'NORMAL' | 'DISHONEST' | 'ABNORMAL';
export type RegistrationStatus = 'ACTIVE' | 'DEREGISTERED' | 'REVOKED' | 'UNREACHABLE';
/** Rule 9 (G13): grounds on which a subject is exempt from the yearly draw cap. */
export type Exemption = 'KEY_INDUSTRY' | 'REPEATED_COMPLAINTS' | 'ABNORMAL_LIST' | 'DISHONEST' | 'SERIOUS_VIOLATION' | 'DIRECTED';

/** Order used for strata and for breaking allocation ties: riskier first (rule 8). */
export const RISK_LEVELS: readonly RiskLevel[] = ['HIGH', 'MEDIUM', 'LOW'];
export const CREDIT_STATUSES: readonly CreditStatus[] = ['DISHONEST', 'ABNORMAL', 'NORMAL'];
export const REGISTRATION_STATUSES: readonly RegistrationStatus[] = ['ACTIVE', 'DEREGISTERED', 'REVOKED', 'UNREACHABLE'];
export const EXEMPTIONS: readonly Exemption[] = ['KEY_INDUSTRY', 'REPEATED_COMPLAINTS', 'ABNORMAL_LIST', 'DISHONEST', 'SERIOUS_VIOLATION', 'DIRECTED'];

/** One entry of the frozen candidate list, exactly as it is hashed. */
export interface DrawCandidate {
  /** Target id (string; e.g. the database id). Unique in the list. */
  id: string;
  objectType: string;
  /** Business scale (经营规模), industry and area: null when the library does not record them. */
  scale: string | null;
  industry: string | null;
  area: string | null;
  libraryId: string;
  riskLevel: RiskLevel;
  creditStatus: CreditStatus;
  registrationStatus: RegistrationStatus;
  /** Times this subject was already drawn in the calendar year of this draw (not counting this draw). */
  drawsThisYear: number;
  exemptions: Exemption[];
}

/** What callers pass; optional fields default to null / []. Extra properties are ignored. */
export type DrawCandidateInput = Omit<DrawCandidate, 'scale' | 'industry' | 'area' | 'exemptions'> & {
  scale?: string | null;
  industry?: string | null;
  area?: string | null;
  exemptions?: readonly Exemption[] | null;
};

/** What the directory records of a target that a draw freezes (a Target row has these columns). */
export interface DirectoryTarget {
  id: string;
  objectType: string;
  scale: string | null;
  industry: string | null;
  area: string | null;
  libraryId: string;
  riskLevel: RiskLevel;
  creditStatus: CreditStatus;
  registrationStatus: RegistrationStatus;
  keyIndustry: boolean;
  repeatedComplaints: boolean;
  seriousViolation: boolean;
}

/** Rule 9 (G13): the target's recorded grounds for exemption from the yearly cap, sorted. */
export function exemptionsOf(t: Pick<DirectoryTarget, 'keyIndustry' | 'repeatedComplaints' | 'seriousViolation' | 'creditStatus'>): Exemption[] {
  const out: Exemption[] = [];
  if (t.keyIndustry) out.push('KEY_INDUSTRY');
  if (t.repeatedComplaints) out.push('REPEATED_COMPLAINTS');
  if (t.seriousViolation) out.push('SERIOUS_VIOLATION');
  if (t.creditStatus === 'DISHONEST') out.push('DISHONEST');
  if (t.creditStatus === 'ABNORMAL') out.push('ABNORMAL_LIST');
  return out.sort();
}

/** A target as a draw's candidate: its directory facts, its locked draws this year and its exemptions (rule 9). */
export function candidateOf(t: DirectoryTarget, drawsThisYear: number): DrawCandidate {
  return {
    id: t.id,
    objectType: t.objectType,
    scale: t.scale,
    industry: t.industry,
    area: t.area,
    libraryId: t.libraryId,
    riskLevel: t.riskLevel,
    creditStatus: t.creditStatus,
    registrationStatus: t.registrationStatus,
    drawsThisYear,
    exemptions: exemptionsOf(t),
  };
}

// ——— parameters ————————————————————————————————————————————————————————————————

/** Rule 11 (G16): a directed draw restricts any of these fields to a set of values; all null = undirected. */
export interface ClassFilter {
  objectType: string[] | null;
  scale: string[] | null;
  industry: string[] | null;
  area: string[] | null;
  libraryId: string[] | null;
}
export const FILTER_FIELDS = ['objectType', 'scale', 'industry', 'area', 'libraryId'] as const;

export type CheckItemCategory = 'GENERAL' | 'KEY';

export interface DrawCheckItem {
  id: string;
  /** Rule 2 (G8): KEY items have no ratio limit; GENERAL items are capped. */
  category: CheckItemCategory;
  /** Cap for this GENERAL item, overriding caps.generalRatioCap; null = the general cap. */
  ratioCap: number | null;
}

export interface DrawClass {
  /** Unique within the task; part of the HMAC message, so it may not contain ':'. */
  key: string;
  label: string | null;
  filter: ClassFilter;
  /** Exactly one of ratio (0 < r ≤ 1, at most 4 decimals) or count (positive integer). */
  ratio: number | null;
  count: number | null;
  checkItems: DrawCheckItem[];
}

/** Rule 8 (G13): multipliers of a class ratio by risk level and by credit status. */
export interface RiskCreditFactors {
  risk: Record<RiskLevel, number>;
  credit: Record<CreditStatus, number>;
}

export const DEFAULT_FACTORS: RiskCreditFactors = {
  risk: { LOW: 0.5, MEDIUM: 1, HIGH: 1.5 },
  credit: { NORMAL: 1, ABNORMAL: 1.5, DISHONEST: 2 },
};

export interface DrawCaps {
  /** Rule 2: the setting that limits the ratio of GENERAL check items. */
  generalRatioCap: number;
  /** Rule 9: draws per subject per calendar year (2). */
  yearlyDrawCap: number;
}

/** The normalised parameters recorded in the receipt (and hashed). */
export interface DrawParameters {
  taskId: string;
  classes: DrawClass[];
  factors: RiskCreditFactors;
  caps: DrawCaps;
  /**
   * Rule 9 (G13): a directed check ordered by a special campaign / higher authority, exempt from ratio and
   * frequency limits: nobody is held by the yearly draw cap, and (from ssj-draw/2) no GENERAL ratio cap applies.
   * From ssj-draw/3 only with campaignApproval, and only for directed classes.
   */
  campaignOrdered: boolean;
  /**
   * ssj-draw/3: the lead unit's approval of the campaign exemption (its basis and who gave it). Absent (not null)
   * when there is none, so parameters of earlier versions hash as they did.
   */
  campaignApproval?: CampaignApproval;
}

/** Rule 9 (G13): the lead unit's approval that a campaign order lifts the caps, with its written basis. */
export interface CampaignApproval {
  /** 文号 of the order or of the approval. */
  documentNumber: string;
  /** Date of that document, YYYY-MM-DD. */
  documentDate: string;
  /** Who approved (a user id or name, as the caller records it). */
  approvedBy: string;
}

export interface DrawClassInput {
  key: string;
  label?: string | null;
  filter?: Partial<Record<(typeof FILTER_FIELDS)[number], readonly string[] | null>> | null;
  ratio?: number | null;
  count?: number | null;
  checkItems: readonly { id: string; category: CheckItemCategory; ratioCap?: number | null }[];
}

export interface DrawParametersInput {
  taskId: string;
  classes: readonly DrawClassInput[];
  factors?: RiskCreditFactors | null;
  generalRatioCap: number;
  yearlyDrawCap?: number | null;
  campaignOrdered?: boolean | null;
  campaignApproval?: CampaignApproval | null;
}

// ——— seed ——————————————————————————————————————————————————————————————————————

/** RFC 3797-style public randomness: the numbers of a lottery drawn on a pre-announced date. */
export interface LotteryDraw {
  /** e.g. '中国福利彩票双色球 第2026112期' */
  name: string;
  drawDate: string;
  numbers: number[];
  /** true when the order of the numbers is significant; otherwise they are sorted ascending. */
  ordered: boolean;
}

export type SeedInputs =
  | {
      source: 'COMMIT_REVEAL';
      /** sha256(serverSecret bytes), published before the draw. */
      commitment: string;
      /** 32 random bytes as 64 lower-case hex digits, revealed at the draw. */
      serverSecret: string;
      /** Entropy contributed at the draw by the witnesses (exact characters as recorded). */
      witnessEntropy: string;
    }
  | { source: 'LOTTERY'; lotteries: LotteryDraw[] };

// ——— receipt ———————————————————————————————————————————————————————————————————

export type ExclusionCode = 'DRAW.EXCLUDED_NOT_ACTIVE' | 'DRAW.EXCLUDED_YEARLY_CAP';

export interface DrawExclusion {
  candidateId: string;
  code: ExclusionCode;
  /** The registration status, or "drawsThisYear=n". */
  detail: string;
}

export interface StratumResult {
  /** `${riskLevel}/${creditStatus}` */
  stratum: string;
  eligible: number;
  /** RATIO classes: the stratum ratio and quota as exact decimals; null for COUNT classes. */
  ratio: string | null;
  quota: string | null;
  selected: number;
}

export interface RankedCandidate {
  rank: number;
  candidateId: string;
  stratum: string;
  /** HMAC-SHA256(seed, `${classKey}:${candidateId}`), lower-case hex; the ranking key. */
  hmac: string;
  selected: boolean;
}

export interface ClassDrawResult {
  classKey: string;
  mode: 'RATIO' | 'COUNT';
  eligibleCount: number;
  selectedCount: number;
  strata: StratumResult[];
  /**
   * Absent (full): `ranking` lists every eligible candidate. 'SELECTED': only the selected ones, with their ranks —
   * the compact receipt of a large draw; the full ranking follows from the seed and the list and is re-computed by
   * whoever verifies (and compared on the selected entries).
   */
  rankingScope?: 'SELECTED';
  /** Every eligible candidate of the class (or only the selected ones, see rankingScope), best (lowest HMAC) first. */
  ranking: RankedCandidate[];
}

/** Which ranking entries a receipt records: all (FULL, the default) or the selected ones (SELECTED, compact). */
export type RankingScope = 'FULL' | 'SELECTED';

export interface DrawnTarget {
  targetId: string;
  /** The classes that drew it, in the order of parameters.classes (rule 12: merged into one list). */
  classKeys: string[];
}

export interface DrawReceipt {
  /** The version that made the receipt; verifyDraw re-runs this one. */
  algorithm: DrawAlgorithm;
  parameters: DrawParameters;
  parametersHash: string;
  candidateListHash: string;
  candidateCount: number;
  seedInputs: SeedInputs;
  seed: string;
  exclusions: DrawExclusion[];
  perClass: ClassDrawResult[];
  result: DrawnTarget[];
}

// ——— refusals ——————————————————————————————————————————————————————————————————

export interface CapViolation {
  classKey: string;
  checkItemId: string;
  /** The class ratio (COUNT classes: count / eligible). */
  ratio: number;
  cap: number;
}

/**
 * ssj-draw/3, rule 2 across a task: what the classes drawing for one GENERAL item ask for together, against what
 * its cap allows. `population` = non-exempt (G13) candidates of the pool that some capped class drawing for the
 * item may draw; `allowed` = floor(cap × population); `asked` = the seats those classes give non-exempt subjects
 * (a RATIO class: its quota, rounded down to its cap — or, when its ratio is above the cap, ceil(ratio × its
 * non-exempt members); a COUNT class: min(count, its non-exempt members)).
 */
export interface ItemCapViolation {
  checkItemId: string;
  cap: number;
  population: number;
  allowed: number;
  asked: number;
  /** The capped classes drawing for the item, with what each asks. */
  classes: { classKey: string; asked: number }[];
}

export type DrawRefusal =
  | { ok: false; code: 'DRAW.INVALID_PARAMETERS'; problems: string[] }
  | { ok: false; code: 'DRAW.INVALID_CANDIDATE'; problems: string[] }
  | { ok: false; code: 'DRAW.DUPLICATE_CANDIDATE'; ids: string[] }
  | { ok: false; code: 'DRAW.GENERAL_RATIO_ABOVE_CAP'; violations: CapViolation[] }
  | { ok: false; code: 'DRAW.GENERAL_ITEM_ABOVE_CAP'; items: ItemCapViolation[] }
  | { ok: false; code: 'DRAW.INVALID_SEED_INPUT'; problems: string[] }
  | { ok: false; code: 'DRAW.COMMITMENT_MISMATCH'; commitment: string; computed: string };

// ——— exact ratios ——————————————————————————————————————————————————————————————
// Ratios and factors are decimals with at most 4 places, handled as integers in units of 1/10 000
// (permyriad) and BigInt products, so that k never depends on floating-point rounding
// (0.1 × 30 = 3.0000000000000004 would make ceil() draw 4).

const PERMYRIAD = 10_000;
/** Denominator of a stratum ratio: ratio × risk factor × credit factor, each in permyriad. */
const D = 10n ** 12n;

function toPermyriad(x: unknown): number | null {
  if (typeof x !== 'number' || !Number.isFinite(x)) return null;
  const p = Math.round(x * PERMYRIAD);
  return Math.abs(x * PERMYRIAD - p) < 1e-6 ? p : null;
}

/** BigInt numerator over 10^12 → exact decimal string ("0.075"). */
function decimal(numerator: bigint): string {
  const whole = numerator / D;
  const frac = (numerator % D).toString().padStart(12, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : `${whole}`;
}

// ——— normalisation ——————————————————————————————————————————————————————————————

function isNonEmptyString(s: unknown): s is string {
  return typeof s === 'string' && s.length > 0;
}

function sortedUnique<T extends string>(xs: readonly T[]): T[] {
  return [...new Set(xs)].sort();
}

const RESERVED_CLASS_KEYS = new Set(['team', 'expert']);

/**
 * Validates parameters and brings them into the recorded form: defaults filled in, filter value sets
 * sorted and de-duplicated (an empty set means "no restriction"), check items sorted by id.
 */
export function normalizeDrawParameters(
  input: DrawParametersInput | DrawParameters,
): { ok: true; parameters: DrawParameters } | Extract<DrawRefusal, { code: 'DRAW.INVALID_PARAMETERS' }> {
  const problems: string[] = [];
  if (!input || typeof input !== 'object') return { ok: false, code: 'DRAW.INVALID_PARAMETERS', problems: ['缺少抽取参数'] };
  const raw = input as Partial<DrawParametersInput & DrawParameters>;
  if (!isNonEmptyString(raw.taskId)) problems.push('缺少任务编号 taskId');

  const caps = raw.caps ?? { generalRatioCap: raw.generalRatioCap, yearlyDrawCap: raw.yearlyDrawCap };
  const generalRatioCap = caps.generalRatioCap;
  const capP = toPermyriad(generalRatioCap);
  if (capP === null || capP <= 0 || capP > PERMYRIAD) problems.push('一般检查事项比例上限应在0到1之间，最多4位小数');
  const yearlyDrawCap = caps.yearlyDrawCap ?? 2;
  if (!Number.isInteger(yearlyDrawCap) || yearlyDrawCap < 1) problems.push('年度抽中次数上限应为正整数');

  const factors = raw.factors ?? DEFAULT_FACTORS;
  const normFactors: RiskCreditFactors = { risk: { ...DEFAULT_FACTORS.risk }, credit: { ...DEFAULT_FACTORS.credit } };
  for (const r of RISK_LEVELS) {
    const f = factors.risk?.[r];
    const p = toPermyriad(f);
    if (p === null || p <= 0 || p > 100 * PERMYRIAD) problems.push(`风险等级${r}的调整系数应在0到100之间，最多4位小数`);
    else normFactors.risk[r] = f as number;
  }
  for (const c of CREDIT_STATUSES) {
    const f = factors.credit?.[c];
    const p = toPermyriad(f);
    if (p === null || p <= 0 || p > 100 * PERMYRIAD) problems.push(`信用状况${c}的调整系数应在0到100之间，最多4位小数`);
    else normFactors.credit[c] = f as number;
  }

  const campaignOrdered = raw.campaignOrdered ?? false;
  if (typeof campaignOrdered !== 'boolean') problems.push('campaignOrdered应为是或否');
  const approval = raw.campaignApproval ?? null;
  let campaignApproval: CampaignApproval | null = null;
  if (approval !== null) {
    if (typeof approval !== 'object') problems.push('专项豁免审批格式错误');
    else {
      if (!isNonEmptyString(approval.documentNumber)) problems.push('专项豁免审批缺少依据文号');
      if (!isIsoDate(approval.documentDate)) problems.push('专项豁免审批的依据日期格式错误');
      if (!isNonEmptyString(approval.approvedBy)) problems.push('专项豁免审批缺少审批人');
      if (campaignOrdered !== true) problems.push('非专项或上级交办任务不能有专项豁免审批');
      campaignApproval = { documentNumber: approval.documentNumber, documentDate: approval.documentDate, approvedBy: approval.approvedBy };
    }
  }

  const classes: DrawClass[] = [];
  const keys = new Set<string>();
  if (!Array.isArray(raw.classes) || raw.classes.length === 0) problems.push('至少设置一类检查对象');
  for (const c of Array.isArray(raw.classes) ? raw.classes : []) {
    if (!c || typeof c !== 'object') {
      problems.push('抽取类别格式错误');
      continue;
    }
    const key = c.key;
    if (!isNonEmptyString(key) || key.includes(':') || RESERVED_CLASS_KEYS.has(key)) {
      problems.push(`类别标识“${String(key)}”无效（不能为空、不能含冒号，不能是team或expert）`);
      continue;
    }
    if (keys.has(key)) problems.push(`类别标识“${key}”重复`);
    keys.add(key);
    const ratio = c.ratio ?? null;
    const count = c.count ?? null;
    if ((ratio === null) === (count === null)) problems.push(`类别“${key}”应在比例和数量中二选一`);
    if (ratio !== null) {
      const p = toPermyriad(ratio);
      if (p === null || p <= 0 || p > PERMYRIAD) problems.push(`类别“${key}”的抽查比例应大于0且不超过1，最多4位小数`);
    }
    if (count !== null && (!Number.isInteger(count) || count < 1)) problems.push(`类别“${key}”的抽取数量应为正整数`);

    const filter: ClassFilter = { objectType: null, scale: null, industry: null, area: null, libraryId: null };
    for (const field of FILTER_FIELDS) {
      const values = c.filter?.[field] ?? null;
      if (values === null) continue;
      if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) {
        problems.push(`类别“${key}”的筛选条件${field}应为文字列表`);
        continue;
      }
      filter[field] = values.length === 0 ? null : sortedUnique(values);
    }

    const items: DrawCheckItem[] = [];
    if (!Array.isArray(c.checkItems) || c.checkItems.length === 0) problems.push(`类别“${key}”未关联抽查事项`);
    for (const item of Array.isArray(c.checkItems) ? c.checkItems : []) {
      if (!item || typeof item !== 'object') {
        problems.push(`类别“${key}”中有抽查事项格式错误`);
        continue;
      }
      if (!isNonEmptyString(item.id)) problems.push(`类别“${key}”中有抽查事项缺少编号`);
      if (item.category !== 'GENERAL' && item.category !== 'KEY') {
        problems.push(`抽查事项“${item.id}”的类别应为GENERAL或KEY`);
      }
      const ratioCap = item.ratioCap ?? null;
      if (ratioCap !== null) {
        const p = toPermyriad(ratioCap);
        // Rule 2 (G8): KEY items have no upper limit, so a cap on one is a set-up mistake.
        if (item.category === 'KEY') problems.push(`重点检查事项“${item.id}”不设抽查比例上限`);
        else if (p === null || p <= 0 || p > PERMYRIAD) problems.push(`抽查事项“${item.id}”的比例上限应在0到1之间`);
      }
      items.push({ id: item.id, category: item.category, ratioCap });
    }
    const itemIds = items.map((i) => i.id);
    if (new Set(itemIds).size !== itemIds.length) problems.push(`类别“${key}”中抽查事项重复`);
    items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    classes.push({ key, label: c.label ?? null, filter, ratio, count, checkItems: items });
  }

  if (problems.length > 0) return { ok: false, code: 'DRAW.INVALID_PARAMETERS', problems };
  return {
    ok: true,
    parameters: {
      taskId: raw.taskId as string,
      classes,
      factors: normFactors,
      caps: { generalRatioCap: generalRatioCap as number, yearlyDrawCap },
      campaignOrdered,
      // Only when there is one: a key with null would change the hash of every earlier version's parameters.
      ...(campaignApproval ? { campaignApproval } : {}),
    },
  };
}

/** sha256 of the canonical JSON of the normalised parameters. */
export function parametersHash(parameters: DrawParameters, h: Hasher = pureHasher): string {
  return hashCanonicalWith(h, parameters);
}

// ——— the frozen list's hash ——————————————————————————————————————————————————————

/**
 * canonicalJson of one frozen candidate, written directly (keys in canonical order): the same bytes as
 * canonicalJson(c) for a DrawCandidate as freezeCandidates makes it, several times faster (tested).
 */
export function candidateCanonicalJson(c: DrawCandidate): string {
  const s = (v: string | null) => (v === null ? 'null' : JSON.stringify(v));
  let ex = '[';
  for (let i = 0; i < c.exemptions.length; i++) ex += (i > 0 ? ',' : '') + JSON.stringify(c.exemptions[i]);
  ex += ']';
  return `{"area":${s(c.area)},"creditStatus":${JSON.stringify(c.creditStatus)},"drawsThisYear":${JSON.stringify(c.drawsThisYear)},"exemptions":${ex},"id":${JSON.stringify(c.id)},"industry":${s(c.industry)},"libraryId":${JSON.stringify(c.libraryId)},"objectType":${JSON.stringify(c.objectType)},"registrationStatus":${JSON.stringify(c.registrationStatus)},"riskLevel":${JSON.stringify(c.riskLevel)},"scale":${s(c.scale)}}`;
}

/**
 * The candidate-list hash computed incrementally: push the frozen candidates in list order (sorted by id), then
 * read hex(). Equals sha256(canonicalJson(list)) — the hash the receipt records — without building the text of the
 * whole list, so a million candidates can be hashed while streaming them from storage.
 */
export function candidateListHasher(h: Hasher = pureHasher): { push(c: DrawCandidate): void; count(): number; hex(): string } {
  const stream = h.sha256Stream();
  let n = 0;
  let buf = '[';
  return {
    push(c) {
      buf += (n++ > 0 ? ',' : '') + candidateCanonicalJson(c);
      if (buf.length >= 1 << 16) {
        stream.update(buf);
        buf = '';
      }
    },
    count: () => n,
    hex() {
      stream.update(`${buf}]`);
      buf = '';
      return stream.hex();
    },
  };
}

/** sha256 of the canonical JSON of a frozen list (as freezeCandidates returns it). */
export function hashCandidateList(candidates: Iterable<DrawCandidate>, h: Hasher = pureHasher): string {
  const acc = candidateListHasher(h);
  for (const c of candidates) acc.push(c);
  return acc.hex();
}

/**
 * Rule 17: the frozen candidate list — validated, normalised (only the hashed fields, exemptions sorted),
 * sorted by id — and its hash. Store `candidates` as the published list; hash it again to verify.
 */
export function freezeCandidates(
  input: readonly DrawCandidateInput[],
  h: Hasher = pureHasher,
):
  | { ok: true; candidates: DrawCandidate[]; candidateListHash: string; candidateCount: number }
  | Extract<DrawRefusal, { code: 'DRAW.INVALID_CANDIDATE' | 'DRAW.DUPLICATE_CANDIDATE' }> {
  const problems: string[] = [];
  const out: DrawCandidate[] = [];
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const c of input) {
    if (!c || typeof c !== 'object') {
      problems.push('有检查对象记录格式错误');
      continue;
    }
    const id = c.id;
    const where = `检查对象“${String(id)}”`;
    if (!isNonEmptyString(id)) {
      problems.push('有检查对象缺少编号');
      continue;
    }
    if (seen.has(id)) dups.add(id);
    seen.add(id);
    if (!isNonEmptyString(c.objectType)) problems.push(`${where}缺少对象类型`);
    if (!isNonEmptyString(c.libraryId)) problems.push(`${where}缺少名录库`);
    for (const f of ['scale', 'industry', 'area'] as const) {
      const v = c[f];
      if (v !== undefined && v !== null && typeof v !== 'string') problems.push(`${where}的${f}应为文字`);
    }
    if (!RISK_LEVELS.includes(c.riskLevel)) problems.push(`${where}的风险等级无效`);
    if (!CREDIT_STATUSES.includes(c.creditStatus)) problems.push(`${where}的信用状况无效`);
    if (!REGISTRATION_STATUSES.includes(c.registrationStatus)) problems.push(`${where}的登记状态无效`);
    if (!Number.isInteger(c.drawsThisYear) || c.drawsThisYear < 0) problems.push(`${where}的本年度抽中次数无效`);
    const exemptions = c.exemptions ?? [];
    if (!Array.isArray(exemptions) || !exemptions.every((e) => EXEMPTIONS.includes(e))) {
      problems.push(`${where}的豁免情形无效`);
    }
    out.push({
      id,
      objectType: c.objectType,
      scale: c.scale ?? null,
      industry: c.industry ?? null,
      area: c.area ?? null,
      libraryId: c.libraryId,
      riskLevel: c.riskLevel,
      creditStatus: c.creditStatus,
      registrationStatus: c.registrationStatus,
      drawsThisYear: c.drawsThisYear,
      exemptions: Array.isArray(exemptions) ? sortedUnique(exemptions) : [],
    });
  }
  if (problems.length > 0) return { ok: false, code: 'DRAW.INVALID_CANDIDATE', problems };
  if (dups.size > 0) return { ok: false, code: 'DRAW.DUPLICATE_CANDIDATE', ids: [...dups].sort() };
  out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ok: true, candidates: out, candidateListHash: hashCandidateList(out, h), candidateCount: out.length };
}

// ——— seed ——————————————————————————————————————————————————————————————————————

/** Published before the draw: sha256 over the 32 secret bytes (not over the hex text). */
export function makeCommitment(serverSecretHex: string): string {
  if (!isHex32(serverSecretHex)) throw new DomainError('DRAW.INVALID_SEED_INPUT', { serverSecret: 'not 64 hex' });
  return sha256HexOfHex(serverSecretHex);
}

export function verifyCommitment(serverSecretHex: string, commitment: string): boolean {
  return isHex32(serverSecretHex) && isHex32(commitment) && sha256HexOfHex(serverSecretHex) === commitment;
}

/**
 * RFC 3797 §4 key string: for each lottery in order, its numbers in decimal without leading zeros,
 * each followed by '.', the source closed by '/'; numbers of unordered draws sorted ascending first.
 * Two draws [3,1,2] (unordered) and [7,5] (ordered) → "1.2.3./7.5./".
 */
export function lotteryKey(lotteries: readonly LotteryDraw[]): string {
  return lotteries
    .map((l) => {
      const ns = l.ordered ? [...l.numbers] : [...l.numbers].sort((a, b) => a - b);
      return `${ns.map((n) => `${n}.`).join('')}/`;
    })
    .join('');
}

export function seedInputProblems(inputs: SeedInputs): string[] {
  const p: string[] = [];
  if (inputs?.source === 'COMMIT_REVEAL') {
    if (!isHex32(inputs.serverSecret)) p.push('服务器密钥应为64位小写十六进制');
    if (!isHex32(inputs.commitment)) p.push('承诺值应为64位小写十六进制');
    if (!isNonEmptyString(inputs.witnessEntropy)) p.push('缺少现场见证人提供的随机数');
  } else if (inputs?.source === 'LOTTERY') {
    if (!Array.isArray(inputs.lotteries) || inputs.lotteries.length === 0) p.push('至少需要一期彩票开奖号码');
    for (const l of Array.isArray(inputs.lotteries) ? inputs.lotteries : []) {
      if (!l || typeof l !== 'object') {
        p.push('彩票开奖信息格式错误');
        continue;
      }
      if (!isNonEmptyString(l.name)) p.push('彩票名称不能为空');
      if (!isIsoDate(l.drawDate)) p.push(`彩票“${l.name}”的开奖日期格式错误`);
      if (!Array.isArray(l.numbers) || l.numbers.length === 0 || !l.numbers.every((n) => Number.isSafeInteger(n) && n >= 0)) {
        p.push(`彩票“${l.name}”的开奖号码应为非负整数`);
      }
      if (typeof l.ordered !== 'boolean') p.push(`彩票“${l.name}”应说明号码是否有序`);
    }
  } else {
    p.push('随机种子来源应为COMMIT_REVEAL或LOTTERY');
  }
  return p;
}

/**
 * The draw seed: sha256 of the canonical JSON of the seed inputs together with the candidate-list and
 * parameter hashes. Binding both hashes means the seed only exists for that exact list and those
 * exact parameters: changing either after the entropy is known reshuffles every ranking instead of
 * quietly swapping one target.
 */
export function deriveSeed(inputs: SeedInputs, context: { candidateListHash: string; parametersHash: string }, h: Hasher = pureHasher): string {
  const problems = seedInputProblems(inputs);
  if (problems.length > 0) throw new DomainError('DRAW.INVALID_SEED_INPUT', { problems });
  const preimage =
    inputs.source === 'COMMIT_REVEAL'
      ? {
          algorithm: SEED_DERIVATION,
          candidateListHash: context.candidateListHash,
          parametersHash: context.parametersHash,
          serverSecret: inputs.serverSecret,
          source: 'COMMIT_REVEAL',
          witnessEntropy: inputs.witnessEntropy,
        }
      : {
          algorithm: SEED_DERIVATION,
          candidateListHash: context.candidateListHash,
          lotteryKey: lotteryKey(inputs.lotteries),
          parametersHash: context.parametersHash,
          source: 'LOTTERY',
        };
  return h.sha256Hex(canonicalJson(preimage));
}

/** The ranking key of one candidate in one class (also used by matching.ts with other prefixes). */
export function rankingHmac(seed: string, message: string): string {
  return hmacSha256Hex(seed, message);
}

// ——— the draw ————————————————————————————————————————————————————————————————————

/** ssj-draw/3: the suffix of a NORMAL-credit subject's stratum when another G13 ground exempts it (not capped). */
const EXEMPT_SUFFIX = '/EXEMPT';

function stratumOf(c: DrawCandidate, algorithm: DrawAlgorithm): string {
  const base = `${c.riskLevel}/${c.creditStatus}`;
  return algorithm === 'ssj-draw/3' && c.creditStatus === 'NORMAL' && isExemptSubject(c) ? `${base}${EXEMPT_SUFFIX}` : base;
}
const STRATA: readonly string[] = RISK_LEVELS.flatMap((r) => CREDIT_STATUSES.map((c) => `${r}/${c}`));
/** ssj-draw/3: per risk level DISHONEST, ABNORMAL, NORMAL/EXEMPT, NORMAL. */
const STRATA_V3: readonly string[] = STRATA.flatMap((s) => (s.endsWith('/NORMAL') ? [`${s}${EXEMPT_SUFFIX}`, s] : [s]));
const strataOf = (algorithm: DrawAlgorithm) => (algorithm === 'ssj-draw/3' ? STRATA_V3 : STRATA);

/** What the G13 exemptions look at in a candidate; a DrawCandidate or DrawCandidateInput fits. */
export type ExemptionCandidate = Pick<DrawCandidate, 'creditStatus'> & { exemptions?: readonly Exemption[] | null };

/**
 * Rule 9 (G13): the grounds on which a subject is "not limited by ratio or frequency" — its recorded exemptions
 * (key industry, repeated complaints, abnormal list, dishonest, serious violation, directed) and a credit status
 * that is itself a ground (失信 → DISHONEST, 经营异常名录 → ABNORMAL_LIST), in EXEMPTIONS order. The one list
 * both caps use: the yearly draw cap (every version) and, from ssj-draw/3, the GENERAL ratio cap.
 */
export function exemptionGrounds(c: ExemptionCandidate): Exemption[] {
  const grounds = new Set<Exemption>(Array.isArray(c.exemptions) ? c.exemptions : []);
  if (c.creditStatus === 'DISHONEST') grounds.add('DISHONEST');
  if (c.creditStatus === 'ABNORMAL') grounds.add('ABNORMAL_LIST');
  return EXEMPTIONS.filter((e) => grounds.has(e));
}

/** Rule 9 (G13): whether the subject itself is exempt from the ratio and frequency limits (exemptionGrounds). */
export function isExemptSubject(c: ExemptionCandidate): boolean {
  return exemptionGrounds(c).length > 0;
}

/** What the yearly-cap rule (rule 9) looks at in a candidate; a DrawCandidate or DrawCandidateInput fits. */
export type YearlyCapCandidate = Pick<DrawCandidate, 'id' | 'creditStatus' | 'drawsThisYear'> &
  Partial<Pick<DrawCandidate, 'objectType' | 'scale' | 'industry' | 'area' | 'libraryId'>> & {
    exemptions?: readonly Exemption[] | null;
  };

/** What the yearly-cap rule looks at in the parameters; DrawParameters (e.g. a receipt's) fits. */
export interface YearlyCapRules {
  caps: Pick<DrawCaps, 'yearlyDrawCap'>;
  campaignOrdered: boolean;
  /** ssj-draw/3: the campaign order lifts the caps only once approved, and only for members of directed classes. */
  campaignApproval?: CampaignApproval | null;
  classes?: readonly Pick<DrawClass, 'filter'>[];
}

/**
 * Rule 9 (G13): whether a subject is exempt from the yearly draw cap — a G13 ground of its own (exemptionGrounds),
 * or a directed check ordered by a special campaign / higher authority (`campaignOrdered`; from ssj-draw/3 decided
 * per candidate by campaignCovers).
 */
export function isExemptFromYearlyCap(c: ExemptionCandidate, campaignOrdered = false): boolean {
  return campaignOrdered || isExemptSubject(c);
}

/** Rule 11 (G16): the filter fields that make a draw directed (定向: by type, scale, industry, area). */
const DIRECTED_FIELDS = ['objectType', 'scale', 'industry', 'area'] as const;

/** G16: a class is directed when it restricts object type, business scale, industry or area (a library alone is not). */
export function isDirectedClass(cls: Pick<DrawClass, 'filter'>): boolean {
  return DIRECTED_FIELDS.some((f) => cls.filter[f] !== null);
}

/**
 * Rule 9 (G13) "因专项整治、特殊事件或上级指令等情况另行部署定向抽查的，不受比例和频次限制": whether the campaign order
 * lifts the caps for a class. ssj-draw/2: for every class of a campaign-ordered draw. ssj-draw/3: only once the
 * lead unit approved it (parameters.campaignApproval) and only for a directed class. (ssj-draw/1 lifted the yearly
 * cap only, for every candidate.)
 */
export function campaignLiftsCaps(
  p: Pick<DrawParameters, 'campaignOrdered'> & { campaignApproval?: CampaignApproval | null },
  cls: Pick<DrawClass, 'filter'>,
  algorithm: DrawAlgorithm = DRAW_ALGORITHM,
): boolean {
  if (!p.campaignOrdered) return false;
  if (algorithm !== 'ssj-draw/3') return true;
  return !!p.campaignApproval && isDirectedClass(cls);
}

function matchesFilterLoose(c: Partial<Record<(typeof FILTER_FIELDS)[number], string | null>>, f: ClassFilter): boolean {
  for (const field of FILTER_FIELDS) {
    const allowed = f[field];
    if (allowed === null) continue;
    const v = c[field] ?? null;
    if (v === null || !allowed.includes(v)) return false;
  }
  return true;
}

/** ssj-draw/3: whether an approved campaign order covers a candidate, i.e. it is a member of a directed class it lifts. */
function campaignCovers(c: YearlyCapCandidate, rules: YearlyCapRules): boolean {
  return (rules.classes ?? []).some((cls) => campaignLiftsCaps(rules, cls, 'ssj-draw/3') && matchesFilterLoose(c, cls.filter));
}

/**
 * Rule 9 (G13): the yearly-cap exclusion of one candidate — `DRAW.EXCLUDED_YEARLY_CAP` when it was already
 * drawn `caps.yearlyDrawCap` times in the calendar year and is not exempt, else null. The draw applies exactly
 * this (after the registration-status check); callers re-checking the cap later (e.g. when a draw is locked,
 * with drawsThisYear brought up to date) use it too, with the receipt's parameters and algorithm, so there is
 * one implementation of the rule.
 */
export function yearlyCapExclusion(c: YearlyCapCandidate, rules: YearlyCapRules, algorithm: DrawAlgorithm = DRAW_ALGORITHM): DrawExclusion | null {
  if (c.drawsThisYear < rules.caps.yearlyDrawCap) return null;
  const campaign = algorithm === 'ssj-draw/3' ? campaignCovers(c, rules) : rules.campaignOrdered;
  if (isExemptFromYearlyCap(c, campaign)) return null;
  return { candidateId: c.id, code: 'DRAW.EXCLUDED_YEARLY_CAP', detail: `drawsThisYear=${c.drawsThisYear}` };
}

/** Exclusions, applied before ranking, in this order; each candidate is recorded once with the first reason. */
function exclusionOf(c: DrawCandidate, p: DrawParameters, algorithm: DrawAlgorithm): DrawExclusion | null {
  if (c.registrationStatus !== 'ACTIVE') {
    // Rule 23 (G28): deregistered, revoked or unreachable subjects are not inspected.
    return { candidateId: c.id, code: 'DRAW.EXCLUDED_NOT_ACTIVE', detail: c.registrationStatus };
  }
  // Rule 9 (G13): at most 2 draws per calendar year, unless exempt.
  return yearlyCapExclusion(c, p, algorithm);
}

function matchesFilter(c: DrawCandidate, f: ClassFilter): boolean {
  return matchesFilterLoose(c, f);
}

/**
 * Rule 2 vs rule 9: whether the GENERAL ratio caps apply to a draw with these parameters under this version.
 * ssj-draw/1 applies them to every draw; ssj-draw/2 not to a campaign-ordered draw (G13: directed checks ordered
 * by a special campaign / higher authority are exempt from ratio and frequency limits). ssj-draw/3 decides per
 * class (campaignLiftsCaps); this answers whether they apply to any class.
 */
export function generalRatioCapApplies(
  parameters: Pick<DrawParameters, 'campaignOrdered'> & { campaignApproval?: CampaignApproval | null; classes?: readonly Pick<DrawClass, 'filter'>[] },
  algorithm: DrawAlgorithm = DRAW_ALGORITHM,
): boolean {
  if (algorithm === 'ssj-draw/1') return true;
  if (algorithm === 'ssj-draw/2') return !parameters.campaignOrdered;
  return (parameters.classes ?? [{ filter: { objectType: null, scale: null, industry: null, area: null, libraryId: null } }]).some(
    (cls) => !campaignLiftsCaps(parameters, cls, algorithm),
  );
}

/** Whether the GENERAL caps apply to one class of a draw under this version. */
function classCapped(cls: DrawClass, p: DrawParameters, algorithm: DrawAlgorithm): boolean {
  if (algorithm === 'ssj-draw/3') return !campaignLiftsCaps(p, cls, algorithm);
  return generalRatioCapApplies(p, algorithm);
}

/**
 * The tightest cap among a class's GENERAL items, in permyriad; null when it has none (KEY only) or when the
 * caps do not apply to the class (classCapped).
 */
function generalCapPermyriad(cls: DrawClass, p: DrawParameters, algorithm: DrawAlgorithm): number | null {
  if (!classCapped(cls, p, algorithm)) return null;
  let cap: number | null = null;
  for (const item of cls.checkItems) {
    if (item.category !== 'GENERAL') continue;
    const c = toPermyriad(item.ratioCap ?? p.caps.generalRatioCap)!;
    cap = cap === null ? c : Math.min(cap, c);
  }
  return cap;
}

/**
 * ssj-draw/1 and /2, rule 2 per class: every GENERAL item of a class caps its ratio; COUNT classes are measured as
 * count / eligible. None when the caps do not apply (a campaign-ordered draw from ssj-draw/2, rule 9).
 */
function capViolations(p: DrawParameters, algorithm: DrawAlgorithm, eligibleByClass?: ReadonlyMap<string, number>): CapViolation[] {
  const out: CapViolation[] = [];
  if (algorithm === 'ssj-draw/3' || !generalRatioCapApplies(p, algorithm)) return out;
  const generalCapP = toPermyriad(p.caps.generalRatioCap)!;
  for (const cls of p.classes) {
    for (const item of cls.checkItems) {
      if (item.category !== 'GENERAL') continue; // KEY: no upper limit (G8)
      const cap = item.ratioCap ?? p.caps.generalRatioCap;
      const capP = item.ratioCap === null ? generalCapP : toPermyriad(item.ratioCap)!;
      if (cls.ratio !== null) {
        if (toPermyriad(cls.ratio)! > capP) out.push({ classKey: cls.key, checkItemId: item.id, ratio: cls.ratio, cap });
      } else if (cls.count !== null && eligibleByClass) {
        const n = eligibleByClass.get(cls.key) ?? 0;
        if (n > 0 && cls.count * PERMYRIAD > capP * n) {
          out.push({ classKey: cls.key, checkItemId: item.id, ratio: cls.count / n, cap });
        }
      }
    }
  }
  return out;
}

/**
 * Rule 2 at task set-up, ssj-draw/1 and /2: refuses RATIO classes above a GENERAL item's cap before any candidate
 * list exists (COUNT classes are checked at the draw). From ssj-draw/2 a campaign-ordered task's parameters are
 * never above a cap (rule 9). ssj-draw/3 judges a cap only against the item's population: use checkDrawCaps with
 * the candidates; this returns ok for it.
 */
export function checkRatioCaps(
  parameters: DrawParameters,
  algorithm: DrawAlgorithm = DRAW_ALGORITHM,
): { ok: true } | Extract<DrawRefusal, { code: 'DRAW.GENERAL_RATIO_ABOVE_CAP' }> {
  const violations = capViolations(parameters, algorithm);
  return violations.length > 0 ? { ok: false, code: 'DRAW.GENERAL_RATIO_ABOVE_CAP', violations } : { ok: true };
}

/** The members of each class in the pool, by class key. */
function membersByClass(pool: readonly DrawCandidate[], p: DrawParameters): Map<string, DrawCandidate[]> {
  return new Map(p.classes.map((cls) => [cls.key, pool.filter((c) => matchesFilter(c, cls.filter))]));
}

function strataCounts(members: readonly DrawCandidate[], algorithm: DrawAlgorithm): Map<string, number> {
  const eligible = new Map<string, number>();
  for (const m of members) {
    const s = stratumOf(m, algorithm);
    eligible.set(s, (eligible.get(s) ?? 0) + 1);
  }
  return eligible;
}

/**
 * ssj-draw/3, rule 2 across the task: for every GENERAL item, the seats the capped classes drawing for it give
 * non-exempt subjects, together, against floor(cap × the item's population) — see ItemCapViolation. Computed from
 * the pool before any ranking, so a refusal depends on nothing random. A class lifted by an approved campaign order
 * (directed) is not counted; exempt subjects (G13) are neither in the population nor in what is asked.
 */
/**
 * What the cap checks read of a pool (rule 2): per class its eligible members, the non-exempt ones and the strata
 * counts, and the non-exempt subjects of several classes together. Counted from the candidates themselves
 * (censusOfMembers) or from groups of identical candidates (censusOfGroups, for a population too large to list).
 */
interface Census {
  size(classKey: string): number;
  nonExempt(classKey: string): number;
  strata(classKey: string): Map<string, number>;
  population(classKeys: readonly string[]): number;
}

function censusOfMembers(members: ReadonlyMap<string, readonly DrawCandidate[]>, algorithm: DrawAlgorithm): Census {
  return {
    size: (key) => members.get(key)?.length ?? 0,
    nonExempt: (key) => (members.get(key) ?? []).filter((c) => !isExemptSubject(c)).length,
    strata: (key) => strataCounts(members.get(key) ?? [], algorithm),
    population(keys) {
      const ids = new Set<string>();
      for (const key of keys) for (const c of members.get(key) ?? []) if (!isExemptSubject(c)) ids.add(c.id);
      return ids.size;
    },
  };
}

function itemCapViolations(p: DrawParameters, census: Census): ItemCapViolation[] {
  const algorithm: DrawAlgorithm = 'ssj-draw/3';
  const askedByClass = new Map<string, number>();
  const asked = (cls: DrawClass): number => {
    let n = askedByClass.get(cls.key);
    if (n === undefined) {
      const nonExempt = census.nonExempt(cls.key);
      const capP = generalCapPermyriad(cls, p, algorithm);
      if (cls.ratio !== null && capP !== null && toPermyriad(cls.ratio)! > capP) {
        // A class ratio above the cap asks that share of the non-exempt members (the strata, held at the cap,
        // would quietly draw less than asked): ceil(ratio × n), always above floor(cap × n), so refused.
        n = Math.ceil((toPermyriad(cls.ratio)! * nonExempt) / PERMYRIAD);
      } else if (cls.ratio !== null) {
        n = allocate(cls.ratio, p.factors, census.strata(cls.key), capP, algorithm).cappedSeats;
      } else {
        n = Math.min(cls.count ?? 0, nonExempt);
      }
      askedByClass.set(cls.key, n);
    }
    return n;
  };
  const itemIds = [...new Set(p.classes.flatMap((cls) => cls.checkItems.filter((i) => i.category === 'GENERAL').map((i) => i.id)))].sort();
  const out: ItemCapViolation[] = [];
  for (const itemId of itemIds) {
    const classes = p.classes.filter((cls) => classCapped(cls, p, algorithm) && cls.checkItems.some((i) => i.id === itemId && i.category === 'GENERAL'));
    if (classes.length === 0) continue;
    // One item has one cap; should two classes record different ones, the tighter holds.
    const caps = classes.map((cls) => cls.checkItems.find((i) => i.id === itemId)!.ratioCap ?? p.caps.generalRatioCap);
    const cap = caps.reduce((a, b) => (toPermyriad(b)! < toPermyriad(a)! ? b : a));
    const population = census.population(classes.map((cls) => cls.key));
    const allowed = Math.floor((toPermyriad(cap)! * population) / PERMYRIAD);
    const perClass = classes.map((cls) => ({ classKey: cls.key, asked: asked(cls) }));
    const total = perClass.reduce((a, c) => a + c.asked, 0);
    if (total > allowed) out.push({ checkItemId: itemId, cap, population, allowed, asked: total, classes: perClass });
  }
  return out;
}

/** The cap refusal of a draw from this pool (as counted by the census) under this version, or null. */
function capRefusal(
  p: DrawParameters,
  algorithm: DrawAlgorithm,
  census: Census,
): Extract<DrawRefusal, { code: 'DRAW.GENERAL_RATIO_ABOVE_CAP' | 'DRAW.GENERAL_ITEM_ABOVE_CAP' }> | null {
  if (algorithm === 'ssj-draw/3') {
    const items = itemCapViolations(p, census);
    return items.length > 0 ? { ok: false, code: 'DRAW.GENERAL_ITEM_ABOVE_CAP', items } : null;
  }
  const eligibleByClass = new Map(p.classes.map((cls) => [cls.key, census.size(cls.key)]));
  const violations = capViolations(p, algorithm, eligibleByClass);
  return violations.length > 0 ? { ok: false, code: 'DRAW.GENERAL_RATIO_ABOVE_CAP', violations } : null;
}

/**
 * Rule 2 (and rule 9's exemptions) before a draw, for set-up: whether a draw of these parameters from these
 * candidates would be refused for a GENERAL cap — the very check the draw makes first, without a seed. Under
 * ssj-draw/3 the refusal is DRAW.GENERAL_ITEM_ABOVE_CAP, naming each item, its population, cap and the total asked.
 */
export function checkDrawCaps(
  parameters: DrawParametersInput | DrawParameters,
  candidates: readonly DrawCandidateInput[],
  algorithm: DrawAlgorithm = DRAW_ALGORITHM,
):
  | { ok: true }
  | Extract<
      DrawRefusal,
      {
        code:
          | 'DRAW.INVALID_PARAMETERS'
          | 'DRAW.INVALID_CANDIDATE'
          | 'DRAW.DUPLICATE_CANDIDATE'
          | 'DRAW.GENERAL_RATIO_ABOVE_CAP'
          | 'DRAW.GENERAL_ITEM_ABOVE_CAP';
      }
    > {
  const params = normalizeDrawParameters(parameters);
  if (!params.ok) return params;
  const frozen = freezeCandidates(candidates);
  if (!frozen.ok) return frozen;
  const pool = frozen.candidates.filter((c) => exclusionOf(c, params.parameters, algorithm) === null);
  return capRefusal(params.parameters, algorithm, censusOfMembers(membersByClass(pool, params.parameters), algorithm)) ?? { ok: true };
}

/**
 * Rule 8 by proportional stratified allocation: each risk/credit stratum s of a class gets the exact
 * quota q_s = n_s × r_s with r_s = min(1, ratio × riskFactor × creditFactor). The class draws
 * K = ceil(Σ q_s); each stratum first gets floor(q_s), the remaining K − Σ floor(q_s) go one each to the
 * strata with the largest fractional remainders (ties: riskier stratum first, in STRATA order).
 * Rounding is thus done once per class, not once per stratum, so small strata do not inflate the ratio.
 *
 * Rule 2 vs rule 9: in a class with GENERAL items, r_s is also held at the GENERAL cap — except for
 * dishonest (失信) and abnormal-list (经营异常) strata, which G13 exempts from ratio limits (ssj-draw/3: and the
 * NORMAL/EXEMPT strata of the other G13 grounds). So a high-risk stratum is raised only within the cap; to give it
 * room, set the class ratio below the cap. generalCapP is null when no cap applies: KEY-only classes, campaign-ordered
 * draws from ssj-draw/2, approved campaign orders' directed classes from ssj-draw/3.
 *
 * ssj-draw/3 rounds the capped strata and the others separately: the capped ones get
 * K_c = ceil(Σ_capped q_s), but never above floor(minCap × n_capped) when that is at least 1 (rounding never
 * goes above the cap; when it is 0 the class keeps asking K_c and the item check refuses it), the others
 * K_e = ceil(Σ_other q_s); each group's seats go by largest remainder within the group.
 */
function allocate(ratio: number, factors: RiskCreditFactors, eligible: ReadonlyMap<string, number>, generalCapP: number | null, algorithm: DrawAlgorithm) {
  const ratioP = BigInt(toPermyriad(ratio)!);
  const capped = generalCapP === null ? D : BigInt(generalCapP) * 10n ** 8n;
  const rows = strataOf(algorithm)
    .filter((s) => (eligible.get(s) ?? 0) > 0)
    .map((s, order) => {
      const [risk, credit, exempt] = s.split('/') as [RiskLevel, CreditStatus, string | undefined];
      const r = ratioP * BigInt(toPermyriad(factors.risk[risk])!) * BigInt(toPermyriad(factors.credit[credit])!);
      const isCapped = generalCapP !== null && credit === 'NORMAL' && exempt === undefined;
      const limit = isCapped && capped < D ? capped : D;
      const stratumRatio = r > limit ? limit : r;
      const n = BigInt(eligible.get(s)!);
      const quota = n * stratumRatio; // over D
      return { stratum: s, order, n, stratumRatio, quota, k: quota / D, remainder: quota % D, isCapped };
    });
  const distribute = (group: typeof rows, K: bigint) => {
    let extra = K - group.reduce((a, r) => a + r.k, 0n);
    const byRemainder = [...group].sort((a, b) => (a.remainder === b.remainder ? a.order - b.order : a.remainder > b.remainder ? -1 : 1));
    for (const r of byRemainder) {
      if (extra <= 0n) break;
      if (r.remainder > 0n) {
        r.k += 1n;
        extra -= 1n;
      }
    }
  };
  const ceilQuota = (group: typeof rows) => (group.reduce((a, r) => a + r.quota, 0n) + D - 1n) / D;
  let cappedSeats = 0n;
  if (algorithm !== 'ssj-draw/3') {
    distribute(rows, ceilQuota(rows));
  } else {
    const cappedRows = rows.filter((r) => r.isCapped);
    const otherRows = rows.filter((r) => !r.isCapped);
    let Kc = ceilQuota(cappedRows);
    if (generalCapP !== null) {
      const limitSeats = (BigInt(generalCapP) * cappedRows.reduce((a, r) => a + r.n, 0n)) / BigInt(PERMYRIAD);
      if (Kc > limitSeats && limitSeats >= 1n) Kc = limitSeats;
    }
    distribute(cappedRows, Kc);
    distribute(otherRows, ceilQuota(otherRows));
    cappedSeats = cappedRows.reduce((a, r) => a + r.k, 0n);
  }
  return {
    strata: rows.map((r) => ({ stratum: r.stratum, eligible: Number(r.n), ratio: decimal(r.stratumRatio), quota: decimal(r.quota), k: Number(r.k) })),
    cappedSeats: Number(cappedSeats),
  };
}

function drawClass(
  cls: DrawClass,
  members: readonly DrawCandidate[],
  p: DrawParameters,
  seed: string,
  algorithm: DrawAlgorithm,
  h: Hasher,
  scope: RankingScope,
): ClassDrawResult {
  // rankingHmac(seed, `${cls.key}:${c.id}`), keyed once for the class.
  const mac = h.hmacSha256(seed);
  const ranked = members
    .map((c) => ({ c, hmac: mac(`${cls.key}:${c.id}`) }))
    .sort((a, b) => (a.hmac < b.hmac ? -1 : a.hmac > b.hmac ? 1 : a.c.id < b.c.id ? -1 : 1));
  const selected = new Set<string>();
  let strata: StratumResult[];
  if (cls.ratio !== null) {
    const alloc = allocate(cls.ratio, p.factors, strataCounts(members, algorithm), generalCapPermyriad(cls, p, algorithm), algorithm).strata;
    const left = new Map(alloc.map((a) => [a.stratum, a.k]));
    // Within each stratum, take its best-ranked members: the class ranking restricted to the stratum.
    for (const r of ranked) {
      const s = stratumOf(r.c, algorithm);
      const k = left.get(s) ?? 0;
      if (k > 0) {
        selected.add(r.c.id);
        left.set(s, k - 1);
      }
    }
    strata = alloc.map((a) => ({ stratum: a.stratum, eligible: a.eligible, ratio: a.ratio, quota: a.quota, selected: a.k }));
  } else {
    const k = Math.min(cls.count ?? 0, ranked.length);
    for (const r of ranked.slice(0, k)) selected.add(r.c.id);
    strata = strataOf(algorithm)
      .map((s) => {
        const inS = ranked.filter((r) => stratumOf(r.c, algorithm) === s);
        return { stratum: s, eligible: inS.length, ratio: null, quota: null, selected: inS.filter((r) => selected.has(r.c.id)).length };
      })
      .filter((s) => s.eligible > 0);
  }
  return {
    classKey: cls.key,
    mode: cls.ratio !== null ? 'RATIO' : 'COUNT',
    eligibleCount: members.length,
    selectedCount: selected.size,
    strata,
    ...(scope === 'SELECTED' ? { rankingScope: 'SELECTED' as const } : {}),
    ranking: ranked.flatMap((r, i) =>
      scope === 'SELECTED' && !selected.has(r.c.id)
        ? []
        : [{ rank: i + 1, candidateId: r.c.id, stratum: stratumOf(r.c, algorithm), hmac: r.hmac, selected: selected.has(r.c.id) }],
    ),
  };
}

/**
 * Steps after the seed: exclusions, caps, per-class draws, merge. Deterministic in (candidates, parameters, seed,
 * algorithm); the algorithm matters for the caps (ssj-draw/2, /3) and the strata (ssj-draw/3).
 */
function computeDraw(
  candidates: readonly DrawCandidate[],
  p: DrawParameters,
  seed: string,
  algorithm: DrawAlgorithm,
  h: Hasher = pureHasher,
  scope: RankingScope = 'FULL',
) {
  const exclusions: DrawExclusion[] = [];
  const pool: DrawCandidate[] = [];
  for (const c of candidates) {
    const ex = exclusionOf(c, p, algorithm);
    if (ex) exclusions.push(ex);
    else pool.push(c);
  }
  const members = membersByClass(pool, p);
  const refusal = capRefusal(p, algorithm, censusOfMembers(members, algorithm));
  if (refusal) return refusal;

  // Rule 12 (G16): classes are drawn separately, then merged into one list; a target drawn by
  // several classes appears once, listing all of them (it is still one draw for rule 9).
  const perClass = p.classes.map((cls) => drawClass(cls, members.get(cls.key) ?? [], p, seed, algorithm, h, scope));
  const merged = new Map<string, string[]>();
  for (const r of perClass) {
    for (const e of r.ranking) {
      if (!e.selected) continue;
      const keys = merged.get(e.candidateId) ?? [];
      keys.push(r.classKey);
      merged.set(e.candidateId, keys);
    }
  }
  const result = [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([targetId, classKeys]) => ({ targetId, classKeys }));
  return { ok: true as const, exclusions, perClass, result };
}

export interface DrawInput {
  parameters: DrawParametersInput | DrawParameters;
  candidates: readonly DrawCandidateInput[];
  seedInputs: SeedInputs;
  /**
   * The version to draw with; default DRAW_ALGORITHM (the current one). Older versions are for reproducing
   * receipts published under them (test vectors, demo data), not for new draws.
   */
  algorithm?: DrawAlgorithm;
  /** The hash functions (default: the pure-JS reference); the server injects node:crypto. */
  hasher?: Hasher;
  /**
   * The list already frozen by freezeCandidates (with the same hasher): `candidates` is then not frozen and hashed
   * a second time. Pass `candidates: []` with it.
   */
  frozen?: { candidates: readonly DrawCandidate[]; candidateListHash: string; candidateCount: number };
  /** FULL (default): the receipt ranks every eligible candidate; SELECTED: only the drawn ones (compact receipt). */
  ranking?: RankingScope;
}

/**
 * Rules 2, 8, 9, 11–13, 17: performs a draw and returns its receipt, or a refusal (no draw happens).
 * Store the receipt and the frozen list (freezeCandidates(candidates).candidates) as they are.
 */
export function drawTargets(input: DrawInput): { ok: true; receipt: DrawReceipt } | DrawRefusal {
  const algorithm = input.algorithm ?? DRAW_ALGORITHM;
  if (!isDrawAlgorithm(algorithm)) {
    return { ok: false, code: 'DRAW.INVALID_PARAMETERS', problems: [`未知的摇号算法“${String(algorithm)}”，可用：${DRAW_ALGORITHMS.join('、')}`] };
  }
  const h = input.hasher ?? pureHasher;
  const params = normalizeDrawParameters(input.parameters);
  if (!params.ok) return params;
  const frozen = input.frozen ? { ok: true as const, ...input.frozen } : freezeCandidates(input.candidates, h);
  if (!frozen.ok) return frozen;
  const problems = seedInputProblems(input.seedInputs);
  if (problems.length > 0) return { ok: false, code: 'DRAW.INVALID_SEED_INPUT', problems };
  const seedInputs = input.seedInputs;
  if (seedInputs.source === 'COMMIT_REVEAL' && !verifyCommitment(seedInputs.serverSecret, seedInputs.commitment)) {
    return {
      ok: false,
      code: 'DRAW.COMMITMENT_MISMATCH',
      commitment: seedInputs.commitment,
      computed: makeCommitment(seedInputs.serverSecret),
    };
  }
  const pHash = parametersHash(params.parameters, h);
  const seed = deriveSeed(seedInputs, { candidateListHash: frozen.candidateListHash, parametersHash: pHash }, h);
  const drawn = computeDraw(frozen.candidates, params.parameters, seed, algorithm, h, input.ranking ?? 'FULL');
  if (!drawn.ok) return drawn;
  return {
    ok: true,
    receipt: {
      algorithm,
      parameters: params.parameters,
      parametersHash: pHash,
      candidateListHash: frozen.candidateListHash,
      candidateCount: frozen.candidateCount,
      seedInputs: cloneSeedInputs(seedInputs),
      seed,
      exclusions: drawn.exclusions,
      perClass: drawn.perClass,
      result: drawn.result,
    },
  };
}

// ——— draws over groups of identical candidates (a population too large to hold) ——————————————————

/**
 * Candidates that agree in everything the draw's rules read except the id — registration status, draws this year,
 * exemptions, credit and risk (exclusions, caps, strata), and the filter fields the classes use (membership) — and
 * how many there are. A database counts them (GROUP BY) where a list of a million candidates would not fit a
 * request; the rules decide per group exactly what they decide per candidate (labelGroups). `key` is the caller's
 * name for the group, echoed back.
 */
export interface CandidateGroup {
  key: string;
  count: number;
  candidate: Omit<DrawCandidateInput, 'id'>;
}

/** What the rules decide for every candidate of a group: its exclusion (or null), its stratum and its classes. */
export interface GroupLabel {
  key: string;
  exclusion: Omit<DrawExclusion, 'candidateId'> | null;
  stratum: string;
  /** The classes (parameters.classes order) the group's candidates are eligible members of; none when excluded. */
  classKeys: string[];
}

function groupCandidate(g: CandidateGroup): DrawCandidate {
  const c = g.candidate;
  return {
    id: '',
    objectType: c.objectType,
    scale: c.scale ?? null,
    industry: c.industry ?? null,
    area: c.area ?? null,
    libraryId: c.libraryId,
    riskLevel: c.riskLevel,
    creditStatus: c.creditStatus,
    registrationStatus: c.registrationStatus,
    drawsThisYear: c.drawsThisYear,
    exemptions: sortedUnique(c.exemptions ?? []),
  };
}

/** Rules 9, 11, 23 per group: exclusionOf, stratumOf and the class filters, as the draw applies them per candidate. */
export function labelGroups(groups: readonly CandidateGroup[], p: DrawParameters, algorithm: DrawAlgorithm = DRAW_ALGORITHM): GroupLabel[] {
  return groups.map((g) => {
    const c = groupCandidate(g);
    const ex = exclusionOf(c, p, algorithm);
    return {
      key: g.key,
      exclusion: ex ? { code: ex.code, detail: ex.detail } : null,
      stratum: stratumOf(c, algorithm),
      classKeys: ex ? [] : p.classes.filter((cls) => matchesFilter(c, cls.filter)).map((cls) => cls.key),
    };
  });
}

function censusOfGroups(groups: readonly CandidateGroup[], labels: readonly GroupLabel[]): Census {
  const sum = (pred: (g: CandidateGroup, l: GroupLabel) => boolean) => groups.reduce((a, g, i) => a + (pred(g, labels[i]!) ? g.count : 0), 0);
  const exempt = groups.map((g) => isExemptSubject(groupCandidate(g)));
  return {
    size: (key) => sum((_g, l) => l.classKeys.includes(key)),
    nonExempt: (key) =>
      sum((_g, l) => l.classKeys.includes(key)) - groups.reduce((a, g, i) => a + (exempt[i] && labels[i]!.classKeys.includes(key) ? g.count : 0), 0),
    strata(key) {
      const out = new Map<string, number>();
      groups.forEach((g, i) => {
        const l = labels[i]!;
        if (l.classKeys.includes(key)) out.set(l.stratum, (out.get(l.stratum) ?? 0) + g.count);
      });
      return out;
    },
    population: (keys) => groups.reduce((a, g, i) => a + (!exempt[i] && labels[i]!.classKeys.some((k) => keys.includes(k)) ? g.count : 0), 0),
  };
}

/** checkDrawCaps over groups of identical candidates (CandidateGroup): the same refusal, from counts. */
export function checkDrawCapsByGroups(
  parameters: DrawParametersInput | DrawParameters,
  groups: readonly CandidateGroup[],
  algorithm: DrawAlgorithm = DRAW_ALGORITHM,
): { ok: true } | Extract<DrawRefusal, { code: 'DRAW.INVALID_PARAMETERS' | 'DRAW.GENERAL_RATIO_ABOVE_CAP' | 'DRAW.GENERAL_ITEM_ABOVE_CAP' }> {
  const params = normalizeDrawParameters(parameters);
  if (!params.ok) return params;
  return capRefusal(params.parameters, algorithm, censusOfGroups(groups, labelGroups(groups, params.parameters, algorithm))) ?? { ok: true };
}

/** One class of a draw planned over groups: how many to take from each stratum (RATIO) or overall (COUNT). */
export interface GroupClassPlan {
  classKey: string;
  mode: 'RATIO' | 'COUNT';
  eligibleCount: number;
  /** RATIO: the seats of each stratum (take the best-ranked members of the stratum); COUNT: null. */
  seats: Record<string, number> | null;
  /** COUNT: the best-ranked members to take; RATIO: the sum of the seats. */
  take: number;
  /** Eligible members per stratum, in stratum order (for the receipt). */
  strataEligible: [string, number][];
  /** RATIO: the receipt's strata (ratio, quota, selected = seats). */
  strata: StratumResult[] | null;
}

/** A draw over groups, up to the ranking: the seed, the labels of the groups and the plan of each class. */
export interface GroupDrawPlan {
  algorithm: DrawAlgorithm;
  parameters: DrawParameters;
  parametersHash: string;
  candidateListHash: string;
  candidateCount: number;
  seedInputs: SeedInputs;
  seed: string;
  labels: GroupLabel[];
  classes: GroupClassPlan[];
}

/**
 * drawTargets for a population given as groups (rules 2, 8, 9, 11–13, 17): everything up to the ranking — the
 * checks and refusals drawTargets makes, the seed, each group's exclusion/stratum/classes and each class's seats —
 * decided here. The caller then ranks each class's members by rankingHmac(seed, `${classKey}:${id}`) (ties by id),
 * takes the best `seats[stratum]` of each stratum (RATIO) or the best `take` (COUNT), and passes the selected
 * entries, with the excluded candidates in list order, to finishDrawByGroups. The receipt is the one drawTargets
 * makes with ranking SELECTED (tested).
 */
export function planDrawByGroups(input: {
  parameters: DrawParametersInput | DrawParameters;
  groups: readonly CandidateGroup[];
  candidateListHash: string;
  candidateCount: number;
  seedInputs: SeedInputs;
  algorithm?: DrawAlgorithm;
  hasher?: Hasher;
}): { ok: true; plan: GroupDrawPlan } | DrawRefusal {
  const algorithm = input.algorithm ?? DRAW_ALGORITHM;
  if (!isDrawAlgorithm(algorithm)) {
    return { ok: false, code: 'DRAW.INVALID_PARAMETERS', problems: [`未知的摇号算法“${String(algorithm)}”，可用：${DRAW_ALGORITHMS.join('、')}`] };
  }
  const h = input.hasher ?? pureHasher;
  const params = normalizeDrawParameters(input.parameters);
  if (!params.ok) return params;
  const p = params.parameters;
  const problems = seedInputProblems(input.seedInputs);
  if (problems.length > 0) return { ok: false, code: 'DRAW.INVALID_SEED_INPUT', problems };
  const seedInputs = input.seedInputs;
  if (seedInputs.source === 'COMMIT_REVEAL' && !verifyCommitment(seedInputs.serverSecret, seedInputs.commitment)) {
    return { ok: false, code: 'DRAW.COMMITMENT_MISMATCH', commitment: seedInputs.commitment, computed: makeCommitment(seedInputs.serverSecret) };
  }
  const pHash = parametersHash(p, h);
  const seed = deriveSeed(seedInputs, { candidateListHash: input.candidateListHash, parametersHash: pHash }, h);
  const labels = labelGroups(input.groups, p, algorithm);
  const census = censusOfGroups(input.groups, labels);
  const refusal = capRefusal(p, algorithm, census);
  if (refusal) return refusal;
  const classes = p.classes.map((cls): GroupClassPlan => {
    const counts = census.strata(cls.key);
    const strataEligible = strataOf(algorithm)
      .filter((s) => (counts.get(s) ?? 0) > 0)
      .map((s): [string, number] => [s, counts.get(s)!]);
    const eligibleCount = census.size(cls.key);
    if (cls.ratio !== null) {
      const alloc = allocate(cls.ratio, p.factors, counts, generalCapPermyriad(cls, p, algorithm), algorithm).strata;
      return {
        classKey: cls.key,
        mode: 'RATIO',
        eligibleCount,
        seats: Object.fromEntries(alloc.map((a) => [a.stratum, a.k])),
        take: alloc.reduce((a, s) => a + s.k, 0),
        strataEligible,
        strata: alloc.map((a) => ({ stratum: a.stratum, eligible: a.eligible, ratio: a.ratio, quota: a.quota, selected: a.k })),
      };
    }
    return { classKey: cls.key, mode: 'COUNT', eligibleCount, seats: null, take: Math.min(cls.count ?? 0, eligibleCount), strataEligible, strata: null };
  });
  return {
    ok: true,
    plan: {
      algorithm,
      parameters: p,
      parametersHash: pHash,
      candidateListHash: input.candidateListHash,
      candidateCount: input.candidateCount,
      seedInputs: cloneSeedInputs(seedInputs),
      seed,
      labels,
      classes,
    },
  };
}

/**
 * The receipt of a draw planned by planDrawByGroups, from each class's selected entries (best rank first; rank =
 * position in the class's whole ranking, 1-based) and the excluded candidates in list order.
 */
export function finishDrawByGroups(
  plan: GroupDrawPlan,
  selected: ReadonlyMap<string, readonly Omit<RankedCandidate, 'selected'>[]>,
  exclusions: readonly DrawExclusion[],
): DrawReceipt {
  const perClass = plan.classes.map((cls): ClassDrawResult => {
    const entries = selected.get(cls.classKey) ?? [];
    const strata =
      cls.strata ??
      cls.strataEligible.map(([stratum, eligible]) => ({
        stratum,
        eligible,
        ratio: null,
        quota: null,
        selected: entries.filter((e) => e.stratum === stratum).length,
      }));
    return {
      classKey: cls.classKey,
      mode: cls.mode,
      eligibleCount: cls.eligibleCount,
      selectedCount: entries.length,
      strata,
      rankingScope: 'SELECTED',
      ranking: entries.map((e) => ({ rank: e.rank, candidateId: e.candidateId, stratum: e.stratum, hmac: e.hmac, selected: true })),
    };
  });
  const merged = new Map<string, string[]>();
  for (const r of perClass) {
    for (const e of r.ranking) {
      const keys = merged.get(e.candidateId) ?? [];
      keys.push(r.classKey);
      merged.set(e.candidateId, keys);
    }
  }
  const result = [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([targetId, classKeys]) => ({ targetId, classKeys }));
  return {
    algorithm: plan.algorithm,
    parameters: plan.parameters,
    parametersHash: plan.parametersHash,
    candidateListHash: plan.candidateListHash,
    candidateCount: plan.candidateCount,
    seedInputs: cloneSeedInputs(plan.seedInputs),
    seed: plan.seed,
    exclusions: exclusions.map((e) => ({ candidateId: e.candidateId, code: e.code, detail: e.detail })),
    perClass,
    result,
  };
}

function cloneSeedInputs(s: SeedInputs): SeedInputs {
  return s.source === 'COMMIT_REVEAL'
    ? { source: s.source, commitment: s.commitment, serverSecret: s.serverSecret, witnessEntropy: s.witnessEntropy }
    : {
        source: s.source,
        lotteries: s.lotteries.map((l) => ({ name: l.name, drawDate: l.drawDate, numbers: [...l.numbers], ordered: l.ordered })),
      };
}

// ——— verification ——————————————————————————————————————————————————————————————

export interface PublishedDrawValues {
  /** The commitment published before the draw. */
  commitment?: string;
  candidateListHash?: string;
  parametersHash?: string;
}

const MAX_DIFFS_PER_SECTION = 10;

function short(h: unknown): string {
  return typeof h === 'string' && h.length > 16 ? `${h.slice(0, 16)}…` : String(h);
}

/**
 * Rule 17: recomputes everything a receipt claims — candidate-list hash, parameter hash, commitment,
 * seed, exclusions, per-class rankings and the merged result — from the receipt and the frozen
 * candidate list, and lists every mismatch in plain words (Chinese, for the public verification page).
 * The steps are those of the version the receipt names (`receipt.algorithm`, one of DRAW_ALGORITHMS), so
 * receipts of every version keep verifying. Pass `published` to also compare with the values announced
 * before the draw.
 */
export function verifyDraw(
  receipt: DrawReceipt,
  candidates: readonly DrawCandidateInput[],
  published?: PublishedDrawValues,
  options: { hasher?: Hasher } = {},
): { ok: boolean; diff: string[] } {
  const diff: string[] = [];
  // The receipt names its version; that version is re-run (an ssj-draw/1 receipt is checked by ssj-draw/1's rules).
  if (!isDrawAlgorithm(receipt?.algorithm)) {
    return { ok: false, diff: [`算法标识应为${DRAW_ALGORITHMS.join('或')}，回执中为“${String(receipt?.algorithm)}”，无法复核`] };
  }
  try {
    verifyInto(receipt, candidates, published, diff, options.hasher ?? pureHasher);
  } catch (e) {
    // Receipts and lists come from files and the public; a malformed one is a failed check, not a crash.
    diff.push(`回执或候选名单格式错误，无法复核：${e instanceof Error ? e.message : String(e)}`);
  }
  return { ok: diff.length === 0, diff };
}

function verifyInto(
  receipt: DrawReceipt,
  candidates: readonly DrawCandidateInput[],
  published: PublishedDrawValues | undefined,
  diff: string[],
  h: Hasher,
): void {
  const frozen = freezeCandidates(candidates, h);
  if (!frozen.ok) {
    const detail = frozen.code === 'DRAW.DUPLICATE_CANDIDATE' ? frozen.ids.join('、') : frozen.problems.join('；');
    diff.push(`候选名单无效（${messages[frozen.code]}）：${detail}`);
  } else {
    if (frozen.candidateListHash !== receipt.candidateListHash) {
      diff.push(`候选名单哈希不一致：回执记录${short(receipt.candidateListHash)}，按所给名单计算为${short(frozen.candidateListHash)}`);
    }
    if (frozen.candidateCount !== receipt.candidateCount) {
      diff.push(`候选对象数量不一致：回执记录${receipt.candidateCount}个，所给名单有${frozen.candidateCount}个`);
    }
  }

  const params = normalizeDrawParameters(receipt.parameters);
  let pHash: string | null = null;
  if (!params.ok) {
    diff.push(`回执中的抽取参数无效：${params.problems.join('；')}`);
  } else {
    pHash = parametersHash(params.parameters, h);
    if (pHash !== receipt.parametersHash) {
      diff.push(`抽取参数哈希不一致：回执记录${short(receipt.parametersHash)}，按回执中的参数计算为${short(pHash)}`);
    }
  }

  let seed: string | null = null;
  const seedProblems = seedInputProblems(receipt.seedInputs);
  if (seedProblems.length > 0) {
    diff.push(`随机种子来源无效：${seedProblems.join('；')}`);
  } else {
    const si = receipt.seedInputs;
    if (si.source === 'COMMIT_REVEAL' && !verifyCommitment(si.serverSecret, si.commitment)) {
      diff.push(`服务器密钥与承诺值不符：sha256(密钥)为${short(makeCommitment(si.serverSecret))}，承诺值为${short(si.commitment)}`);
    }
    // The seed is checked against the hashes the receipt records; those hashes are checked above
    // against the list and parameters, so each kind of tampering is reported once, where it happened.
    seed = deriveSeed(si, { candidateListHash: receipt.candidateListHash, parametersHash: receipt.parametersHash }, h);
    if (seed !== receipt.seed) diff.push(`随机种子不一致：回执记录${short(receipt.seed)}，按种子来源计算为${short(seed)}`);
  }

  if (published) {
    const si = receipt.seedInputs;
    if (published.commitment !== undefined && (si?.source !== 'COMMIT_REVEAL' || si.commitment !== published.commitment)) {
      diff.push(`承诺值与摇号前公布的${short(published.commitment)}不一致`);
    }
    if (published.candidateListHash !== undefined && published.candidateListHash !== receipt.candidateListHash) {
      diff.push(`候选名单哈希与摇号前公布的${short(published.candidateListHash)}不一致`);
    }
    if (published.parametersHash !== undefined && published.parametersHash !== receipt.parametersHash) {
      diff.push(`抽取参数哈希与摇号前公布的${short(published.parametersHash)}不一致`);
    }
  }

  if (frozen.ok && params.ok && seed !== null) {
    const drawn = computeDraw(frozen.candidates, params.parameters, seed, receipt.algorithm, h);
    if (!drawn.ok) {
      diff.push(`按回执中的参数和算法${receipt.algorithm}不能抽取：${messages[drawn.code]}`);
    } else {
      compareExclusions(receipt.exclusions, drawn.exclusions, diff);
      comparePerClass(receipt.perClass, drawn.perClass, diff);
      compareResult(receipt.result, drawn.result, diff);
    }
  }
}

function capped(lines: string[], diff: string[]): void {
  diff.push(...lines.slice(0, MAX_DIFFS_PER_SECTION));
  if (lines.length > MAX_DIFFS_PER_SECTION) diff.push(`……另有${lines.length - MAX_DIFFS_PER_SECTION}处不一致`);
}

function compareExclusions(recorded: readonly DrawExclusion[] | undefined, computed: readonly DrawExclusion[], diff: string[]) {
  const rec = new Map((recorded ?? []).map((e) => [e.candidateId, e]));
  const com = new Map(computed.map((e) => [e.candidateId, e]));
  const lines: string[] = [];
  for (const [id, e] of com) {
    const r = rec.get(id);
    if (!r) lines.push(`排除名单：“${id}”应因${e.code}（${e.detail}）被排除，回执中未排除`);
    else if (r.code !== e.code || r.detail !== e.detail)
      lines.push(`排除名单：“${id}”的排除理由应为${e.code}（${e.detail}），回执中为${r.code}（${r.detail}）`);
  }
  for (const id of rec.keys()) if (!com.has(id)) lines.push(`排除名单：回执排除了“${id}”，但按规则不应排除`);
  capped(lines, diff);
}

function comparePerClass(recorded: readonly ClassDrawResult[] | undefined, computed: readonly ClassDrawResult[], diff: string[]) {
  const rec = new Map((recorded ?? []).map((c) => [c.classKey, c]));
  const lines: string[] = [];
  for (const c of computed) {
    const r = rec.get(c.classKey);
    if (!r) {
      lines.push(`类别“${c.classKey}”：回执中缺少该类别的抽取结果`);
      continue;
    }
    if (r.mode !== c.mode) lines.push(`类别“${c.classKey}”：抽取方式应为${c.mode}，回执中为${r.mode}`);
    if (r.eligibleCount !== c.eligibleCount) lines.push(`类别“${c.classKey}”：可抽取对象应为${c.eligibleCount}个，回执记录${r.eligibleCount}个`);
    if (r.selectedCount !== c.selectedCount) lines.push(`类别“${c.classKey}”：应抽中${c.selectedCount}个，回执记录${r.selectedCount}个`);
    if (canonicalJson(r.strata ?? []) !== canonicalJson(c.strata)) {
      lines.push(`类别“${c.classKey}”：分层配额不一致，应为${c.strata.map((s) => `${s.stratum}抽${s.selected}/${s.eligible}`).join('，')}`);
    }
    const rr = r.ranking ?? [];
    // A compact receipt records the selected entries only (with their ranks); they are held to those of the full ranking.
    const selectedOnly = r.rankingScope === 'SELECTED';
    if (r.rankingScope !== undefined && !selectedOnly) lines.push(`类别“${c.classKey}”：排序范围应为SELECTED或不写，回执中为“${String(r.rankingScope)}”`);
    const cr = selectedOnly ? c.ranking.filter((e) => e.selected) : c.ranking;
    const n = Math.max(rr.length, cr.length);
    for (let i = 0; i < n; i++) {
      const a = rr[i];
      const b = cr[i];
      if (!a || !b) {
        lines.push(`类别“${c.classKey}”：${selectedOnly ? '抽中' : '排序'}名单长度应为${cr.length}，回执中为${rr.length}`);
        break;
      }
      if (a.candidateId !== b.candidateId)
        lines.push(
          selectedOnly
            ? `类别“${c.classKey}”：抽中的第${i + 1}个应为第${b.rank}名“${b.candidateId}”，回执中为“${a.candidateId}”`
            : `类别“${c.classKey}”：第${i + 1}名应为“${b.candidateId}”，回执中为“${a.candidateId}”`,
        );
      else if (a.hmac !== b.hmac || a.rank !== b.rank || a.stratum !== b.stratum)
        lines.push(`类别“${c.classKey}”：第${i + 1}名“${b.candidateId}”的排序值、名次或分层记录有误`);
      else if (a.selected !== b.selected) lines.push(`类别“${c.classKey}”：第${i + 1}名“${b.candidateId}”应${b.selected ? '' : '不'}被抽中，回执中相反`);
    }
  }
  for (const key of rec.keys()) if (!computed.some((c) => c.classKey === key)) lines.push(`类别“${key}”不在抽取参数中，但回执中有其结果`);
  capped(lines, diff);
}

function compareResult(recorded: readonly DrawnTarget[] | undefined, computed: readonly DrawnTarget[], diff: string[]) {
  const rec = new Map((recorded ?? []).map((t) => [t.targetId, t]));
  const com = new Map(computed.map((t) => [t.targetId, t]));
  const lines: string[] = [];
  for (const [id, t] of com) {
    const r = rec.get(id);
    if (!r) lines.push(`抽取结果：“${id}”应被抽中（类别${t.classKeys.join('、')}），回执结果中没有`);
    else if (r.classKeys.join('\u0000') !== t.classKeys.join('\u0000')) {
      lines.push(`抽取结果：“${id}”应由类别${t.classKeys.join('、')}抽中，回执记录为${r.classKeys.join('、')}`);
    }
  }
  for (const id of rec.keys()) if (!com.has(id)) lines.push(`抽取结果：回执中有“${id}”，但按复核不应被抽中`);
  if (lines.length === 0 && (recorded ?? []).map((t) => t.targetId).join('\u0000') !== computed.map((t) => t.targetId).join('\u0000')) {
    lines.push('抽取结果：名单顺序应按对象编号排列');
  }
  capped(lines, diff);
}

// ——— replacements —————————————————————————————————————————————————————————————

/**
 * The next candidate in a class's ranking, for replacing a drawn target: the best-ranked eligible
 * member of the class that is not already in the draw's result (in any class) and not in excludeIds.
 * Pass `stratum` to stay within one risk/credit stratum so the rule-8 allocation is preserved.
 */
export function nextInRanking(
  receipt: DrawReceipt,
  classKey: string,
  excludeIds: Iterable<string> = [],
  options: { stratum?: string } = {},
): { ok: true; candidateId: string; rank: number; stratum: string } | { ok: false; code: 'DRAW.UNKNOWN_CLASS' | 'DRAW.RANKING_EXHAUSTED'; classKey: string } {
  const cls = receipt.perClass.find((c) => c.classKey === classKey);
  if (!cls) return { ok: false, code: 'DRAW.UNKNOWN_CLASS', classKey };
  const skip = new Set(excludeIds);
  for (const t of receipt.result) skip.add(t.targetId);
  for (const e of cls.ranking) {
    if (e.selected || skip.has(e.candidateId)) continue;
    if (options.stratum !== undefined && e.stratum !== options.stratum) continue;
    return { ok: true, candidateId: e.candidateId, rank: e.rank, stratum: e.stratum };
  }
  return { ok: false, code: 'DRAW.RANKING_EXHAUSTED', classKey };
}

// ——— verification against the announcement, step by step ————————————————————————————————————

/** The format tag of a draw announcement document (`announcement.json`). */
export const DRAW_ANNOUNCEMENT_FORMAT = 'ssj-draw-announcement/1' as const;

/**
 * What is published before the draw, as a document anyone can keep (rule 17): the commitment to the server
 * secret and the hashes of the frozen candidate list and of the parameters, so that a receipt made later can be
 * held to them. Only the hashes and the commitment are checked; the other fields say which draw it is.
 */
export interface DrawAnnouncement {
  format: typeof DRAW_ANNOUNCEMENT_FORMAT;
  drawId?: string;
  taskCode?: string;
  sequence?: number;
  commitment: string;
  candidateListHash: string;
  candidateCount?: number;
  parametersHash?: string;
}

/** The published values the step-by-step verification needs: commitment and list hash at least. */
export type AnnouncedDrawValues = PublishedDrawValues & { candidateCount?: number };

const isHex64 = (x: unknown): x is string => typeof x === 'string' && /^[0-9a-f]{64}$/.test(x);

/**
 * Reads an announcement (a `DrawAnnouncement`, or `{ announcement: … }` around one) into the values to hold a
 * receipt to; a missing or malformed commitment or list hash is a problem, not a silent pass.
 */
export function readDrawAnnouncement(value: unknown): { ok: true; published: AnnouncedDrawValues } | { ok: false; problems: string[] } {
  const v = value && typeof value === 'object' && !Array.isArray(value) && 'announcement' in value ? (value as { announcement: unknown }).announcement : value;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { ok: false, problems: ['摇号公告应为一个 JSON 对象'] };
  const a = v as Record<string, unknown>;
  const problems: string[] = [];
  if (a.format !== undefined && a.format !== DRAW_ANNOUNCEMENT_FORMAT) problems.push(`公告格式应为${DRAW_ANNOUNCEMENT_FORMAT}，实为“${String(a.format)}”`);
  if (!isHex64(a.commitment)) problems.push('公告中缺少承诺值（commitment，64 位小写十六进制）');
  if (!isHex64(a.candidateListHash)) problems.push('公告中缺少候选名单哈希（candidateListHash，64 位小写十六进制）');
  if (a.parametersHash !== undefined && !isHex64(a.parametersHash)) problems.push('公告中的参数哈希（parametersHash）应为 64 位小写十六进制');
  if (a.candidateCount !== undefined && !(Number.isInteger(a.candidateCount) && (a.candidateCount as number) >= 0))
    problems.push('公告中的候选对象数（candidateCount）应为非负整数');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    published: {
      commitment: a.commitment as string,
      candidateListHash: a.candidateListHash as string,
      ...(a.parametersHash !== undefined ? { parametersHash: a.parametersHash as string } : {}),
      ...(a.candidateCount !== undefined ? { candidateCount: a.candidateCount as number } : {}),
    },
  };
}

/** One step of the verification, as shown to the public: what was checked, whether it holds, and how. */
export interface DrawVerificationStep {
  /** `algorithm`, `candidates`, `parameters`, `seed`, `exclusions`, `class:<key>`, `result`. */
  key: string;
  title: string;
  ok: boolean;
  /** What was compared (hashes, counts) and, when it fails, each mismatch. */
  details: string[];
}

/**
 * Rule 17, for the public: re-runs a draw from the downloaded frozen list and receipt and holds it to the values
 * announced before the draw, one step at a time — the list's hash against the announced hash, the parameters'
 * hash, the revealed secret against the announced commitment and the seed, the exclusions, each class's draw
 * re-computed against the receipt's picks, and the merged result. A receipt re-made with another secret or
 * another list fails the list or seed step even when it is consistent in itself. The same function runs in the
 * command-line verifier and in the visitor's browser.
 */
export function verifyDrawSteps(
  receipt: DrawReceipt,
  candidates: readonly DrawCandidateInput[],
  announced: AnnouncedDrawValues,
  options: { hasher?: Hasher } = {},
): { ok: boolean; steps: DrawVerificationStep[] } {
  const h = options.hasher ?? pureHasher;
  const steps: DrawVerificationStep[] = [];
  const step = (key: string, title: string, problems: string[], facts: string[] = []) => {
    steps.push({
      key,
      title,
      ok: problems.length === 0,
      details:
        problems.length === 0
          ? facts
          : [
              ...problems.slice(0, MAX_DIFFS_PER_SECTION),
              ...(problems.length > MAX_DIFFS_PER_SECTION ? [`……另有${problems.length - MAX_DIFFS_PER_SECTION}处不一致`] : []),
            ],
    });
  };
  const done = () => ({ ok: steps.every((s) => s.ok), steps });

  if (!isDrawAlgorithm(receipt?.algorithm)) {
    step('algorithm', '摇号算法版本', [`算法标识应为${DRAW_ALGORITHMS.join('或')}，回执中为“${String(receipt?.algorithm)}”，无法复核`]);
    return done();
  }
  step('algorithm', '摇号算法版本', [], [`按回执所记的 ${receipt.algorithm} 复核`]);

  try {
    // 1. The downloaded list is the list announced before the draw, and the one the receipt records.
    const frozen = freezeCandidates(candidates, h);
    let list: DrawCandidate[] | null = null;
    {
      const problems: string[] = [];
      if (!frozen.ok) {
        const detail = frozen.code === 'DRAW.DUPLICATE_CANDIDATE' ? frozen.ids.join('、') : frozen.problems.join('；');
        problems.push(`候选名单无效（${messages[frozen.code]}）：${detail}`);
      } else {
        list = frozen.candidates;
        if (frozen.candidateListHash !== announced.candidateListHash) {
          problems.push(`按下载的名单计算的哈希${short(frozen.candidateListHash)}与摇号前公布的${short(announced.candidateListHash)}不一致`);
        }
        if (receipt.candidateListHash !== announced.candidateListHash) {
          problems.push(`回执记录的名单哈希${short(receipt.candidateListHash)}与摇号前公布的${short(announced.candidateListHash)}不一致`);
        }
        if (announced.candidateCount !== undefined && frozen.candidateCount !== announced.candidateCount) {
          problems.push(`下载的名单有${frozen.candidateCount}个候选对象，公布的为${announced.candidateCount}个`);
        }
        if (frozen.candidateCount !== receipt.candidateCount) {
          problems.push(`下载的名单有${frozen.candidateCount}个候选对象，回执记录${receipt.candidateCount}个`);
        }
      }
      step(
        'candidates',
        '候选名单与摇号前公布的哈希一致',
        problems,
        frozen.ok ? [`名单 ${frozen.candidateCount} 个候选对象，SHA-256 为 ${frozen.candidateListHash}`, `摇号前公布：${announced.candidateListHash}`] : [],
      );
    }

    // 2. The parameters the receipt records hash to the recorded (and announced) hash.
    const params = normalizeDrawParameters(receipt.parameters);
    {
      const problems: string[] = [];
      let pHash = '';
      if (!params.ok) problems.push(`回执中的抽取参数无效：${params.problems.join('；')}`);
      else {
        pHash = parametersHash(params.parameters, h);
        if (pHash !== receipt.parametersHash) problems.push(`按回执中的参数计算的哈希${short(pHash)}与回执记录的${short(receipt.parametersHash)}不一致`);
        if (announced.parametersHash !== undefined && pHash !== announced.parametersHash) {
          problems.push(`参数哈希${short(pHash)}与摇号前公布的${short(announced.parametersHash)}不一致`);
        }
      }
      step(
        'parameters',
        '抽取参数与公布的哈希一致',
        problems,
        params.ok ? [`参数 SHA-256 为 ${pHash}`, ...(announced.parametersHash ? [`摇号前公布：${announced.parametersHash}`] : [])] : [],
      );
    }

    // 3. The secret revealed in the receipt is the one committed to before the draw; the seed follows from it.
    let seed: string | null = null;
    {
      const problems: string[] = [];
      const facts: string[] = [];
      const seedProblems = seedInputProblems(receipt.seedInputs);
      if (seedProblems.length > 0) problems.push(`随机种子来源无效：${seedProblems.join('；')}`);
      else {
        const si = receipt.seedInputs;
        if (si.source === 'COMMIT_REVEAL') {
          const c = makeCommitment(si.serverSecret);
          if (announced.commitment === undefined) problems.push('未给出摇号前公布的承诺值，无法确认密钥是摇号前确定的');
          else if (c !== announced.commitment)
            problems.push(`回执揭示的服务器密钥的 SHA-256 为${short(c)}，与摇号前公布的承诺值${short(announced.commitment)}不一致`);
          if (si.commitment !== announced.commitment)
            problems.push(`回执记录的承诺值${short(si.commitment)}与摇号前公布的${short(announced.commitment)}不一致`);
          facts.push(`sha256(服务器密钥) = ${c}，与摇号前公布的承诺值相同`, `见证人随机数：${si.witnessEntropy}`);
        } else {
          facts.push(`种子来自公开彩票开奖号码 ${lotteryKey(si.lotteries)}（请与开奖公告核对）`);
        }
        seed = deriveSeed(si, { candidateListHash: receipt.candidateListHash, parametersHash: receipt.parametersHash }, h);
        if (seed !== receipt.seed) problems.push(`按种子来源计算的随机种子${short(seed)}与回执记录的${short(receipt.seed)}不一致`);
        facts.push(`随机种子 = ${seed}`);
      }
      step('seed', '服务器密钥与摇号前公布的承诺值一致，随机种子可重算', problems, facts);
    }

    // 4–6. The draw itself, re-computed from the downloaded list.
    if (!list || !params.ok || seed === null) {
      const why = '前面的步骤未通过，无法重新计算';
      step('exclusions', '排除名单', [why]);
      step('result', '抽中名单', [why]);
      return done();
    }
    const drawn = computeDraw(list, params.parameters, seed, receipt.algorithm, h);
    if (!drawn.ok) {
      step('exclusions', '排除名单', [`按回执中的参数和算法${receipt.algorithm}不能抽取：${messages[drawn.code]}`]);
      step('result', '抽中名单', ['无法重新计算']);
      return done();
    }
    {
      const lines: string[] = [];
      compareExclusions(receipt.exclusions, drawn.exclusions, lines);
      step('exclusions', '排除名单（注销、吊销、无法联系，年度抽查次数已满）', lines, [`${drawn.exclusions.length} 个候选对象被排除，与回执相同`]);
    }
    for (const c of drawn.perClass) {
      const lines: string[] = [];
      const recorded = (receipt.perClass ?? []).filter((r) => r.classKey === c.classKey);
      comparePerClass(recorded, [c], lines);
      const label = params.parameters.classes.find((k) => k.key === c.classKey)?.label;
      step(`class:${c.classKey}`, `类别“${label ? `${label}（${c.classKey}）` : c.classKey}”重新摇号`, lines, [
        `可抽取 ${c.eligibleCount} 个，按排序抽中 ${c.selectedCount} 个：${
          c.ranking
            .filter((e) => e.selected)
            .map((e) => `第${e.rank}名 ${e.candidateId}`)
            .join('、') || '无'
        }`,
      ]);
    }
    {
      const lines: string[] = [];
      for (const r of receipt.perClass ?? [])
        if (!drawn.perClass.some((c) => c.classKey === r.classKey)) lines.push(`类别“${r.classKey}”不在抽取参数中，但回执中有其结果`);
      compareResult(receipt.result, drawn.result, lines);
      step('result', '合并后的抽中名单与回执一致', lines, [`共抽中 ${drawn.result.length} 个检查对象`]);
    }
  } catch (e) {
    step('format', '回执和名单的格式', [`回执或候选名单格式错误，无法复核：${e instanceof Error ? e.message : String(e)}`]);
  }
  return done();
}

/** A seed commitment as the bureau published it when it announced (or re-announced) a draw (rule 17). */
export interface PublishedCommitment {
  seedCommitment: string;
  /** When it was published (ISO 8601). */
  committedAt: string;
  /** Its place in the hash-chained audit trail, which anchors the time. */
  auditSeq?: number | null;
}

/**
 * Rule 17: the announcement's commitment must be one the bureau published before the draw — among the
 * commitments published for the task, at a time before the draw. A receipt re-forged with another secret comes
 * with a commitment that was never published, or only afterwards, so this step fails even when every other
 * step passes. (Anyone who archived the published list holds the bureau to it; the list is also in the audit
 * chain, whose head can be written down.)
 */
export function publishedBeforeStep(published: readonly PublishedCommitment[], announced: { commitment?: string }, drawnAt: string): DrawVerificationStep {
  const title = '承诺值在摇号前已公示';
  // Beijing time, as the public reads it: 2026-09-14 10:20:00.
  const beijing = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
  if (!announced.commitment) return { key: 'published', title, ok: false, details: ['摇号公告中没有承诺值'] };
  const same = published.filter((p) => p.seedCommitment === announced.commitment);
  const before = same.filter((p) => Date.parse(p.committedAt) < Date.parse(drawnAt));
  if (before.length > 0) {
    const p = before[0]!;
    return {
      key: 'published',
      title,
      ok: true,
      details: [
        `承诺值 ${announced.commitment} 公示于 ${beijing(p.committedAt)}${p.auditSeq ? `（审计链第 ${p.auditSeq} 条）` : ''}，摇号于 ${beijing(drawnAt)}（北京时间）`,
      ],
    };
  }
  return {
    key: 'published',
    title,
    ok: false,
    details:
      same.length > 0
        ? [`承诺值 ${announced.commitment} 公示于 ${beijing(same[0]!.committedAt)}，晚于摇号时间 ${beijing(drawnAt)}（北京时间）`]
        : [`公告中的承诺值 ${announced.commitment} 不在本任务摇号前公示的承诺值中`],
  };
}

/** A drawn target's rank: its best rank among the classes of the receipt that selected it (rule 12). */
export function bestRanks(receipt: Pick<DrawReceipt, 'perClass'>): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const c of receipt.perClass) {
    for (const e of c.ranking) if (e.selected) ranks.set(e.candidateId, Math.min(ranks.get(e.candidateId) ?? Number.POSITIVE_INFINITY, e.rank));
  }
  return ranks;
}
