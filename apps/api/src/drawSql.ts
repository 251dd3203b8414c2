// A target draw over a population too large to hold in the API process (issue 14: a million targets): the frozen
// candidate list is built, stored and counted by PostgreSQL, set-based; the API streams the ids once (the hash, and
// the ranking's keys from the same pass) and otherwise handles hashes, counts per group of identical candidates and
// the selected entries. The rules stay the domain's:
// checkDrawCapsByGroups / planDrawByGroups decide per group (exclusion, stratum, classes, caps, seats) what
// drawTargets decides per candidate, and finishDrawByGroups builds the receipt; this module is the bookkeeping
// that has to produce the domain's bytes exactly — the candidate as candidateCanonicalJson writes it, the list
// hash as candidateListHasher streams it, the ranking key as rankingHmac (HMAC-SHA256, rankingKeys.ts) — and the
// draw tests hold it to the domain's verifyDraw.
import { Prisma } from '@ssj/db/client';
import {
  type CandidateGroup,
  candidateCanonicalJson,
  type DrawCandidate,
  type DrawExclusion,
  type DrawParameters,
  FILTER_FIELDS,
  type GroupDrawPlan,
  type Hasher,
  type RankedCandidate,
} from '@ssj/domain';
import { type ClassRow, drawYear } from './drawInputs.ts';
import { rankingMac } from './rankingKeys.ts';

type Db = Pick<Prisma.TransactionClient, '$executeRaw' | '$queryRaw'>;

/** A class's conditions on Target (rule 11), as SQL; none = any target. */
function classCondition(c: ClassRow): Prisma.Sql[] {
  return [
    ...(c.library?.kind === 'SPECIAL' && c.libraryId ? [Prisma.sql`t."libraryId" = ${c.libraryId}`] : []),
    ...(c.objectType ? [Prisma.sql`t."objectType" = ${c.objectType}`] : []),
    ...(c.scale ? [Prisma.sql`t."scale"::text = ${c.scale}`] : []),
    ...(c.industry ? [Prisma.sql`t."industry" = ${c.industry}`] : []),
    ...(c.area ? [Prisma.sql`t."area" = ${c.area}`] : []),
  ];
}

/**
 * The candidate list of a draw made at `at`, as rows (unordered) with DrawCandidate's fields except the exemptions,
 * and the flags they come from (insertCandidates and hashSource derive the exemptions once per group): every
 * non-retired target some class may draw (rule 23: inactive ones too, to be excluded on the receipt), with its locked
 * target draws of the calendar year (rule 9, a draw counting once per target).
 */
export function candidateSource(classes: readonly ClassRow[], at: Date): Prisma.Sql {
  return targetFacts(classes, at);
}

/** exemptionsOf (the domain) over a row `s` of targetFacts: the grounds, sorted. */
export const exemptionsOf = Prisma.sql`array_remove(ARRAY[
  CASE WHEN s."creditStatus" = 'ABNORMAL' THEN 'ABNORMAL_LIST' END,
  CASE WHEN s."creditStatus" = 'DISHONEST' THEN 'DISHONEST' END,
  CASE WHEN s."keyIndustry" THEN 'KEY_INDUSTRY' END,
  CASE WHEN s."repeatedComplaints" THEN 'REPEATED_COMPLAINTS' END,
  CASE WHEN s."seriousViolation" THEN 'SERIOUS_VIOLATION' END]::text[], NULL)`;

/** The facts of candidateSource before the exemptions are derived: the flags they come from instead. */
function targetFacts(classes: readonly ClassRow[], at: Date): Prisma.Sql {
  const conditions = classes.map(classCondition);
  const match =
    classes.length === 0
      ? Prisma.sql`FALSE`
      : conditions.some((c) => c.length === 0)
        ? Prisma.sql`TRUE`
        : Prisma.join(
            conditions.map((c) => Prisma.sql`(${Prisma.join(c, ' AND ')})`),
            ' OR ',
          );
  // Rule 9's count of the year as the triggers keep it (TargetDrawCount, drawCounts.ts): one row per target drawn
  // this year, instead of grouping every drawn target of the year (1M rows at province size) on every freeze.
  const { year } = drawYear(at);
  return Prisma.sql`
    SELECT t."id" AS "targetId", t."objectType", t."scale"::text AS "scale", t."industry", t."area", t."libraryId",
           t."riskLevel"::text AS "riskLevel", t."creditStatus"::text AS "creditStatus",
           t."registrationStatus"::text AS "registrationStatus", COALESCE(n."draws", 0)::int AS "drawsThisYear",
           t."keyIndustry", t."repeatedComplaints", t."seriousViolation"
    FROM "Target" t
    LEFT JOIN "TargetDrawCount" n ON n."year" = ${year}::int AND n."targetId" = t."id"
    WHERE t."retiredAt" IS NULL AND (${match})`;
}

/**
 * Where a list's rows are: the draw's stored tables, or a scratch copy (tests), with the candidates per chunk
 * (DrawCandidateChunk: chunk k holds positions chunk·k … chunk·k + chunk − 1).
 */
export type CandidateTables = { candidates: Prisma.Sql; groups: Prisma.Sql; chunk: number; pageChunks?: number };
/** Candidates per DrawCandidateChunk row (migration 20261212030000 chunked the stored lists by it: never change it). */
export const CHUNK = 10_000;
export const STORED: CandidateTables = { candidates: Prisma.raw('"DrawCandidateChunk"'), groups: Prisma.raw('"DrawCandidateGroup"'), chunk: CHUNK };

/**
 * A stored list's candidates as rows `("position", "targetId", "groupNo")`, unordered, from its chunks `range[0]` …
 * `range[1]` − 1 (all without a range). A chunk whose two arrays differ in length (a damaged list) gives '' or −1
 * for what is missing, so its hash differs from the recorded one.
 */
export function storedRows(tables: CandidateTables, drawId: string, range?: readonly [number, number]): Prisma.Sql {
  const size = Prisma.raw(String(Math.trunc(tables.chunk)));
  return Prisma.sql`(SELECT k."chunkNo" * ${size} + (o."i" - 1)::int AS "position", COALESCE(o."targetId", '') AS "targetId",
                            COALESCE(o."groupNo", -1) AS "groupNo"
                     FROM ${tables.candidates} k CROSS JOIN LATERAL unnest(k."targetIds", k."groupNos") WITH ORDINALITY AS o("targetId", "groupNo", "i")
                     WHERE k."drawId" = ${drawId}${range ? Prisma.sql` AND k."chunkNo" >= ${range[0]}::int AND k."chunkNo" < ${range[1]}::int` : Prisma.empty})`;
}

/**
 * The shape of a stored list: its number of candidates `n`, the chunk numbers to read (0 … `end` − 1) and whether
 * its positions run 0 … n − 1 without a gap (every chunk present, full but the last, its two arrays of one length).
 */
export async function storedShape(db: Db, tables: CandidateTables, drawId: string): Promise<{ n: number; end: number; whole: boolean }> {
  const rows = await db.$queryRaw<{ k: number; a: number | null; b: number | null }[]>`
    SELECT "chunkNo" AS k, cardinality("targetIds") AS a, cardinality("groupNos") AS b
    FROM ${tables.candidates} WHERE "drawId" = ${drawId} ORDER BY "chunkNo"`;
  let n = 0;
  let whole = true;
  rows.forEach((r, i) => {
    n += Math.max(r.a ?? 0, r.b ?? 0);
    if (r.k !== i || r.a !== r.b || (i < rows.length - 1 && r.a !== tables.chunk)) whole = false;
  });
  return { n, end: rows.length === 0 ? 0 : rows[rows.length - 1]!.k + 1, whole };
}

/** The drawing fields of DrawCandidateGroup, in its column order. */
const GROUP_FIELDS = [
  'objectType',
  'scale',
  'industry',
  'area',
  'libraryId',
  'riskLevel',
  'creditStatus',
  'registrationStatus',
  'drawsThisYear',
  'exemptions',
] as const;
const groupColumns = Prisma.raw(GROUP_FIELDS.map((f) => `"${f}"`).join(', '));
/** What a candidateSource row's group is told by: the fields, with the exemptions' flags instead of the exemptions. */
const FACT_FIELDS = [...GROUP_FIELDS.filter((f) => f !== 'exemptions'), 'keyIndustry', 'repeatedComplaints', 'seriousViolation'];

/**
 * A source's distinct drawing facts `g`, numbered, with their exemptions (derived per group, not per candidate) and
 * the ids of their candidates (`ids`): one pass over the source (one scan of the targets, one snapshot) grouped by
 * hash, each target's id collected into its group's array. Before (issue 14, 1M targets) the source was
 * materialised, read again for its DISTINCT facts and every row joined back to its group on twelve columns; this is
 * one hash aggregate. The planner prices array_agg's state high and would sort the million rows on twelve columns
 * instead: the statement runs under hashGrouping. The groups are numbered as the aggregate emits them (no order:
 * ordering them by their facts let the planner prefer the sort again); a number only links a draw's rows to its groups.
 */
function groupedSource(source: Prisma.Sql): Prisma.Sql {
  const facts = Prisma.raw(FACT_FIELDS.map((f) => `s."${f}"`).join(', '));
  return Prisma.sql`g AS MATERIALIZED (
      SELECT (row_number() OVER () - 1)::int AS "groupNo", s.*, ${exemptionsOf} AS "exemptions"
      FROM (SELECT ${facts}, array_agg(s."targetId") AS "ids" FROM (${source}) s GROUP BY ${facts}) s)`;
}
/** Each candidate of groupedSource as a row: its id and group number (unordered). */
const members = Prisma.sql`(SELECT unnest(g."ids") AS "targetId", g."groupNo" FROM g)`;
/** groupedSource's groups as JSON (parseGroups). */
const groupsJson = Prisma.sql`(SELECT json_agg(json_build_object('groupNo', g."groupNo", 'objectType', g."objectType", 'scale', g."scale", 'industry', g."industry",
                                                'area', g."area", 'libraryId', g."libraryId", 'riskLevel', g."riskLevel", 'creditStatus', g."creditStatus",
                                                'registrationStatus', g."registrationStatus", 'drawsThisYear', g."drawsThisYear", 'exemptions', g."exemptions")
                              ORDER BY g."groupNo")::text FROM g)`;
/** g's columns as DrawCandidateGroup's. */
const gColumns = Prisma.raw(['groupNo', ...GROUP_FIELDS].map((f) => `g."${f}"`).join(', '));

/**
 * Runs one of this module's freeze statements with sorts priced out of the plan (SET LOCAL, restored after): the
 * grouping must be a hash aggregate (groupedSource). The list's own order is still a sort (an aggregate's ORDER BY
 * or a window's), which no setting removes.
 */
async function hashGrouping<T>(db: Db, run: () => Promise<T>): Promise<T> {
  await db.$executeRaw`SET LOCAL enable_sort = off`;
  try {
    return await run();
  } finally {
    await db.$executeRaw`SET LOCAL enable_sort = DEFAULT`;
  }
}

/** A freeze statement's answer: the groups (JSON), the list as compact text or exact pairs, its count. */
type ListRow = { groups: string | null; text: string | null; pairs: string | null; n: number; odd: boolean | null };

/**
 * Writes the frozen list (freezeCandidates' order: by id, in code-unit order = "C" collation for these ids) as the
 * draw's DrawCandidateChunk rows and their DrawCandidateGroup rows, in one statement (one snapshot of the
 * targets); returns the number of candidates.
 */
export async function insertCandidates(db: Db, drawId: string, source: Prisma.Sql, tables: CandidateTables = STORED): Promise<number> {
  const [r] = await hashGrouping(db, () => db.$queryRaw<ListRow[]>(insertSql(drawId, source, tables, false)));
  return r?.n ?? 0;
}

/**
 * insertCandidates, hashed: the statement that writes the rows also returns them as the preview reads its list
 * (compact text in list order, the groups), so the list hash is of exactly the rows written, without reading a
 * million rows back (hashStoredList). Ids the compact text cannot carry: hashed from the stored rows instead.
 */
export async function insertAndHashCandidates(
  db: Db,
  drawId: string,
  source: Prisma.Sql,
  h: Hasher,
  tables: CandidateTables = STORED,
  keep?: ListKeep,
): Promise<{ hash: string; count: number; ordered: boolean }> {
  const [r] = await hashGrouping(db, () => db.$queryRaw<ListRow[]>(insertSql(drawId, source, tables, true)));
  const groups = parseGroups(r?.groups ?? null);
  const list = listHasher(h, groups);
  // What the ranking and the lock read next is kept from the same text as it is hashed: the list is not read back.
  if (r && !r.odd && list.text(r.text ?? '', r.n, keep)) {
    if (keep) keep.groups = groups;
    return list.done();
  }
  return hashStoredList(db, drawId, h, tables, undefined, keep);
}

/**
 * insertCandidates' statement (exported for EXPLAIN ANALYZE in benchmarks): the candidates numbered in list order
 * once (`c`, materialised), cut into chunks by one window over (chunk, position) — each chunk's arrays and, with
 * `text`, its compact text aggregated in list order by the window's ORDER BY, once per chunk — written, and returned
 * as compact text (the chunks' texts in chunk order) with the groups. The million-row sorts are the list's order
 * (by id) and the window's (by two integers); an aggregate's own ORDER BY would sort each chunk again.
 */
export function insertSql(drawId: string, source: Prisma.Sql, tables: CandidateTables = STORED, text = false): Prisma.Sql {
  const size = Prisma.raw(String(Math.trunc(tables.chunk)));
  return Prisma.sql`
    WITH ${groupedSource(source)},
    c AS MATERIALIZED (SELECT m."targetId", m."groupNo", (row_number() OVER (ORDER BY m."targetId" COLLATE "C") - 1)::int AS "position" FROM ${members} m),
    k AS MATERIALIZED (
      SELECT w."chunkNo", w."targetIds", w."groupNos", w."text", w."odd"
      FROM (SELECT c."position" / ${size} AS "chunkNo", c."position" % ${size} AS "at",
                   array_agg(c."targetId") OVER w AS "targetIds", array_agg(c."groupNo") OVER w AS "groupNos",
                   ${text ? Prisma.sql`string_agg(c."targetId" || chr(31) || c."groupNo", chr(30)) OVER w` : Prisma.sql`NULL::text`} AS "text",
                   bool_or(strpos(c."targetId", chr(30)) > 0) OVER w AS "odd"
            FROM c
            WINDOW w AS (PARTITION BY c."position" / ${size} ORDER BY c."position" ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)) w
      WHERE w."at" = 0),
    ig AS (INSERT INTO ${tables.groups} ("drawId", "groupNo", ${groupColumns}) SELECT ${drawId}, ${gColumns} FROM g),
    ic AS (INSERT INTO ${tables.candidates} ("drawId", "chunkNo", "targetIds", "groupNos") SELECT ${drawId}, k."chunkNo", k."targetIds", k."groupNos" FROM k)
    SELECT ${text ? groupsJson : Prisma.sql`NULL::text`} AS groups,
           ${text ? Prisma.sql`string_agg(k."text", chr(30) ORDER BY k."chunkNo")` : Prisma.sql`NULL::text`} AS text,
           NULL::text AS pairs, COALESCE(sum(cardinality(k."targetIds")), 0)::int AS n, bool_or(k."odd") AS odd
    FROM k`;
}

/** Scratch tables like the stored ones, dropped at the end of the transaction (tests: smaller chunks and pages too). */
export async function scratchTables(db: Db, shape: { chunk?: number; pageChunks?: number } = {}): Promise<CandidateTables> {
  await db.$executeRaw`CREATE TEMP TABLE IF NOT EXISTS "DrawCandidateScratch" (LIKE "DrawCandidateChunk" INCLUDING INDEXES) ON COMMIT DROP`;
  await db.$executeRaw`CREATE TEMP TABLE IF NOT EXISTS "DrawCandidateGroupScratch" (LIKE "DrawCandidateGroup" INCLUDING INDEXES) ON COMMIT DROP`;
  await db.$executeRaw`TRUNCATE "DrawCandidateScratch", "DrawCandidateGroupScratch"`;
  return {
    candidates: Prisma.raw('"DrawCandidateScratch"'),
    groups: Prisma.raw('"DrawCandidateGroupScratch"'),
    chunk: shape.chunk ?? CHUNK,
    pageChunks: shape.pageChunks,
  };
}

/**
 * For the rest of this transaction: sorts and hash aggregates of a million rows (the ranking's window functions, the
 * census) in memory rather than spilled to disk, no JIT compilation (measured at 1M: it costs more than it saves
 * for these one-pass statements; work_mem + no JIT halved the census's CPU), no merge join (the freeze's CTEs were misjudged) and no nested
 * loop (below).
 */
export async function roomToSort(db: Db): Promise<void> {
  // One statement (set_config(…, true) is SET LOCAL): every draw, announcement and class change runs this.
  // enable_nestloop: a list's rows are written in the same transaction or just committed, so the planner's statistics
  // do not know the draw's id and estimate one row: it then nested-loops the census's groups against the list's groups
  // and the ranking's million rows against the class's groups (48k groups at 1M: 48k × 48k, minutes). Hash joins instead.
  await db.$queryRaw`SELECT set_config('work_mem', '128MB', true), set_config('jit', 'off', true),
                            set_config('enable_mergejoin', 'off', true), set_config('enable_nestloop', 'off', true)`;
}

export type GroupRow = Omit<DrawCandidate, 'id'> & { groupNo: number };

/** A list's groups by number, as JSON (exact for any value). */
function parseGroups(json: string | null): Map<number, GroupRow> {
  const rows = json ? (JSON.parse(json) as (Omit<GroupRow, 'exemptions'> & { exemptions: DrawCandidate['exemptions'] | null })[]) : [];
  return new Map(rows.map((r) => [r.groupNo, { groupNo: r.groupNo, ...candidateFields(r) }]));
}

async function storedGroups(db: Db, drawId: string, tables: CandidateTables): Promise<Map<number, GroupRow>> {
  const [r] = await db.$queryRaw<{ groups: string | null }[]>`
    SELECT json_agg(g ORDER BY g."groupNo")::text AS groups
    FROM (SELECT "groupNo", ${groupColumns} FROM ${tables.groups} WHERE "drawId" = ${drawId}) g`;
  return parseGroups(r?.groups ?? null);
}

/**
 * candidateCanonicalJson (the domain) of a group's candidates around their id, as UTF-8: the bytes before and after
 * it (the canonical JSON sorts keys, so the id sits between `exemptions` and `industry`). A candidate's bytes are then
 * before + JSON.stringify(id) + after — the same bytes; the drawSql tests hold the streamed hash to freezeCandidates'.
 * All groups' bytes are packed into the front of one buffer `mem` (`at` = [start, before's length, after's length]
 * per template `n` of `index`), followed by `slab` bytes of room to assemble candidates in: copying a template is
 * one copyWithin inside one buffer (at 1M, two Buffer copies per candidate from 96k separate small Buffers were
 * ~0.5 s of CPU, most of it cache misses on the objects).
 */
function templates(groups: Map<number, GroupRow>, slab: number): { index: Map<number, number>; at: Int32Array; mem: Buffer; start: number } {
  const MARK = '\u0000id\u0000';
  const enc = JSON.stringify(MARK);
  const parts: string[] = [];
  const index = new Map<number, number>();
  let bytes = 0;
  for (const [n, { groupNo: _, ...fields }] of groups) {
    const json = candidateCanonicalJson({ id: MARK, ...fields });
    const i = json.indexOf(enc);
    index.set(n, parts.length / 2);
    const before = json.slice(0, i);
    const after = json.slice(i + enc.length);
    parts.push(before, after);
    bytes += Buffer.byteLength(before, 'utf8') + Buffer.byteLength(after, 'utf8');
  }
  const mem = Buffer.allocUnsafe(bytes + slab);
  const at = new Int32Array((3 * parts.length) / 2);
  let p = 0;
  for (let k = 0; k < parts.length; k += 2) {
    const a = mem.write(parts[k]!, p, 'utf8');
    const b = mem.write(parts[k + 1]!, p + a, 'utf8');
    at[(3 * k) / 2] = p;
    at[(3 * k) / 2 + 1] = a;
    at[(3 * k) / 2 + 2] = b;
    p += a + b;
  }
  return { index, at, mem, start: bytes };
}

/** Bytes of canonical text collected before they are fed to the hash (a million candidates are ~250 MB). */
const SLAB = 4 * 2 ** 20;
const NULL_BYTES = Buffer.from('null', 'utf8');

/**
 * The list hash of a list fed in list order (sha256 of the canonical JSON array, as candidateListHasher computes it;
 * nothing of the list kept): as compact text — records "targetId chr(31) groupNo" separated by chr(30), read
 * unambiguously when no id holds chr(30) (the callers check) — or as exact [targetId, groupNo] pairs. Each candidate's
 * UTF-8 bytes are copied from its group's template around its id into a slab that is hashed when full: no string
 * per candidate, no re-encoding of the groups' (mostly Chinese) text for every candidate. An id of printable ASCII
 * without a quote or backslash (every generated id) is its own JSON string and is copied code unit by code unit;
 * any other goes through JSON.stringify and UTF-8.
 */
function listHasher(h: Hasher, groups: Map<number, GroupRow>) {
  const stream = h.sha256Stream();
  const { index, at, mem, start } = templates(groups, SLAB);
  // The template by group number: an array where the numbers allow (they run 0 … groups − 1), else the map.
  let top = -1;
  for (const n of index.keys()) top = Number.isInteger(n) && n >= 0 && n < 2 ** 24 ? Math.max(top, n) : Number.POSITIVE_INFINITY;
  const byNo = Number.isFinite(top) ? new Int32Array(top + 1).fill(-1) : null;
  if (byNo) for (const [n, k] of index) byNo[n] = k;
  const templateOf = (g: number) => (byNo ? (g >= 0 && g < byNo.length ? byNo[g]! : -1) : (index.get(g) ?? -1));
  let used = start;
  let flushes = 0;
  let count = 0;
  let ordered = true;
  let last: string | null = null;
  const emit = () => {
    if (used === start) return;
    stream.updateBytes(mem.subarray(start, used));
    used = start;
    flushes++;
  };
  const push = (id: string, groupNo: number) => {
    if (last !== null && !(last < id)) ordered = false;
    last = id;
    const t = templateOf(groupNo);
    let plain = true;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) {
        plain = false;
        break;
      }
    }
    const enc = plain ? id : JSON.stringify(id);
    const from = t >= 0 ? at[3 * t]! : 0;
    const a = t >= 0 ? at[3 * t + 1]! : 0;
    const b = t >= 0 ? at[3 * t + 2]! : 0;
    // UTF-16 code units take at most 3 UTF-8 bytes each (pairs 4 for 2); a plain id 1 byte each and its two quotes.
    const need = 1 + (t >= 0 ? a + b : NULL_BYTES.length) + (plain ? id.length + 2 : 3 * enc.length);
    if (used + need > mem.length) emit();
    const sep = count === 0 ? 0x5b : 0x2c; // '[' first, then ','
    count++;
    if (used + need > mem.length) {
      // Larger than the slab (an id of megabytes): hashed in pieces, the same bytes.
      stream.updateBytes(Buffer.from([sep]));
      if (t < 0) stream.updateBytes(NULL_BYTES);
      else {
        stream.updateBytes(mem.subarray(from, from + a));
        stream.updateBytes(Buffer.from(enc, 'utf8'));
        stream.updateBytes(mem.subarray(from + a, from + a + b));
      }
      flushes++;
      return;
    }
    mem[used++] = sep;
    // A candidate whose group is missing (a damaged list) is hashed as null: the hash then differs from the recorded one.
    if (t < 0) {
      mem.set(NULL_BYTES, used);
      used += NULL_BYTES.length;
      return;
    }
    mem.copyWithin(used, from, from + a);
    used += a;
    if (plain) {
      mem[used++] = 0x22;
      for (let i = 0; i < id.length; i++) mem[used++] = id.charCodeAt(i);
      mem[used++] = 0x22;
    } else used += mem.write(enc, used, 'utf8');
    mem.copyWithin(used, from + a, from + a + b);
    used += b;
  };
  return {
    /**
     * Records of the compact text, `n` of them; false (nothing taken) when they do not read back as `n` records.
     * With `keep`, each record's id and group number are kept as they are read (no second pass over the text).
     */
    text(text: string, n: number, keep?: ListKeep): boolean {
      const before = { last, ordered, count, used, flushes, kept: keep?.ids?.ids.length ?? 0 };
      const picked: [string, number | undefined][] = [];
      let from = 0;
      for (let i = 0; i < n; i++) {
        const end = i === n - 1 ? text.length : text.indexOf('\u001e', from);
        // The group number: the digits (and a sign) after the record's last chr(31), read here when plain.
        let sep = -1;
        let g = Number.NaN;
        if (end > from) {
          let j = end - 1;
          let v = 0;
          let scale = 1;
          while (j >= from && j > end - 10) {
            const c = text.charCodeAt(j);
            if (c < 0x30 || c > 0x39) break;
            v += (c - 0x30) * scale;
            scale *= 10;
            j--;
          }
          if (j < end - 1 && j >= from && text.charCodeAt(j) === 0x1f) {
            sep = j;
            g = v;
          } else if (j < end - 1 && j > from && text.charCodeAt(j) === 0x2d && text.charCodeAt(j - 1) === 0x1f) {
            sep = j - 1;
            g = -v;
          }
        }
        if (sep < 0 && end >= 0) {
          // Anything else exactly as before: the last chr(31), and Number() of what follows it.
          sep = text.lastIndexOf('\u001f', end - 1);
          g = sep < from ? Number.NaN : Number(text.slice(sep + 1, end));
        }
        if (end < 0 || !Number.isInteger(g)) {
          if (flushes !== before.flushes) throw new Error('listHasher: a list text stopped reading back after part of it was hashed');
          ({ last, ordered, count, used } = before);
          if (keep?.ids) {
            keep.ids.ids.length = before.kept;
            keep.ids.groups.length = before.kept;
          }
          if (keep?.pick)
            for (const [id, was] of picked.reverse()) {
              if (was === undefined) keep.picked.delete(id);
              else keep.picked.set(id, was);
            }
          return false;
        }
        const id = text.slice(from, sep);
        push(id, g);
        if (keep?.ids) keepOne(keep.ids, id, g);
        if (keep?.pick?.has(id)) {
          picked.push([id, keep.picked.get(id)]);
          keep.picked.set(id, g);
        }
        from = end + 1;
      }
      return true;
    },
    /**
     * A stored chunk as chunkPage reads it, checked by chunkReads first: its candidates in order, the shorter array
     * padded as storedRows pads it ('' for a missing id, −1 for a missing group number).
     */
    chunk(c: StoredChunk, keep?: ListKeep): void {
      const nos = c.b > 0 ? c.groups.split(',') : [];
      for (let i = 0, from = 0; i < Math.max(c.a, c.b); i++) {
        let id = '';
        if (i < c.a) {
          const end = i === c.a - 1 ? c.ids.length : c.ids.indexOf('\u001e', from);
          id = c.ids.slice(from, end);
          from = end + 1;
        }
        const g = i < c.b ? Number(nos[i]) : -1;
        push(id, g);
        if (keep?.ids) keepOne(keep.ids, id, g);
        if (keep?.pick?.has(id)) keep.picked.set(id, g);
      }
    },
    /** [targetId, groupNo] pairs (the exact form). */
    pairs(rows: [string, number][]): boolean {
      for (const [id, g] of rows) push(id, g);
      return true;
    },
    count: () => count,
    done(): { hash: string; count: number; ordered: boolean } {
      emit();
      stream.update(count === 0 ? '[]' : ']');
      return { hash: stream.hex(), count, ordered };
    },
  };
}

/** Candidates per page when a stored list is read back (a text of ~3 MB), rounded up to whole chunks. */
const PAGE = 100_000;
const pageChunks = (tables: CandidateTables) => tables.pageChunks ?? Math.max(1, Math.ceil(PAGE / tables.chunk));

/**
 * The list hash of a stored list, streamed a page of PAGE candidates at a time (narrow rows: id and group number;
 * the group's text is built once), with its count and whether the ids ascend strictly and the positions run 0 … n−1
 * (a frozen list is sorted by id, without duplicates).
 */
export async function hashStoredList(
  db: Db,
  drawId: string,
  h: Hasher,
  tables: CandidateTables = STORED,
  progress?: (done: number, total: number) => Promise<void>,
  keep?: ListKeep,
): Promise<{ hash: string; count: number; ordered: boolean }> {
  const shape = await storedShape(db, tables, drawId);
  const step = pageChunks(tables);
  const pages = Math.ceil(shape.end / step);
  const groups = await storedGroups(db, drawId, tables);
  if (keep) keep.groups = groups;
  const list = listHasher(h, groups);
  for (let from = 0; from < shape.end; from += step) {
    await progress?.(from / step, pages);
    const range = [from, from + step] as const;
    const chunks = await chunkPage(db, tables, drawId, range);
    // A page is taken whole or not at all: every chunk is checked to read back before any is hashed.
    if (chunks.every(chunkReads)) for (const c of chunks) list.chunk(c, keep);
    else {
      const pairs = await pairsPage(db, tables, drawId, range);
      list.pairs(pairs);
      if (keep?.ids) for (const [id, g] of pairs) keepOne(keep.ids, id, g);
      if (keep?.pick) for (const [id, g] of pairs) if (keep.pick.has(id)) keep.picked.set(id, g);
    }
  }
  const r = list.done();
  // Positions are 0 … n−1 without gaps when the chunks are whole and the pages held every candidate of the draw.
  return { ...r, ordered: r.ordered && shape.whole && shape.n === r.count };
}

/**
 * A stored list's ids and group numbers in list order, kept by hashStoredList as it streams them (so the ranking
 * and the exclusions read the list once per draw, not again from the table): ~70 MB for a million candidates.
 */
export type ListIds = { ids: string[]; groups: number[] };
export const listIds = (): ListIds => ({ ids: [], groups: [] });
/**
 * What hashStoredList hands back besides the hash when asked: the list's groups by number (the lock read the 48k
 * groups of a 1M list a second time for the drawn targets' fields: 1–2.6 s under load), given `ids` the ids in list
 * order, given `pick` the group numbers of those ids.
 */
export type ListKeep = { groups?: Map<number, GroupRow>; ids?: ListIds } & (
  | { pick?: undefined }
  | {
      /** Ids whose group numbers to note as they stream by (the lock's drawn targets: no second read of the list). */
      pick: ReadonlySet<string>;
      picked: Map<string, number>;
    }
);

/** The candidates of `picked` (id → group number) with their groups' fields, by id (storedCandidates from memory). */
export function pickedCandidates(picked: ReadonlyMap<string, number>, groups: ReadonlyMap<number, GroupRow>): Map<string, DrawCandidate> {
  const out = new Map<string, DrawCandidate>();
  for (const [id, n] of picked) {
    const g = groups.get(n);
    if (!g) continue;
    const { groupNo: _, ...fields } = g;
    out.set(id, { id, ...fields });
  }
  return out;
}

function keepOne(keep: ListIds, id: string, g: number): void {
  keep.ids.push(id);
  keep.groups.push(g);
}

/** The records of a compact page text (read back by listHasher.text first, so they parse). */
function keepText(keep: ListIds, text: string, n: number): void {
  let from = 0;
  for (let i = 0; i < n; i++) {
    const end = i === n - 1 ? text.length : text.indexOf('\u001e', from);
    const sep = text.lastIndexOf('\u001f', end - 1);
    keepOne(keep, text.slice(from, sep), Number(text.slice(sep + 1, end)));
    from = end + 1;
  }
}

/** A stored list's ids and group numbers, read in pages (when no hash pass kept them). */
async function storedIds(db: Db, drawId: string, tables: CandidateTables): Promise<ListIds> {
  const keep = listIds();
  const { end } = await storedShape(db, tables, drawId);
  const step = pageChunks(tables);
  for (let from = 0; from < end; from += step) {
    const range = [from, from + step] as const;
    const page = await textPage(db, tables, drawId, range);
    if (page.odd) for (const [id, g] of await pairsPage(db, tables, drawId, range)) keepOne(keep, id, g);
    else if (page.n > 0) keepText(keep, page.text ?? '', page.n);
  }
  return keep;
}

/**
 * A page of a stored list (its chunks `range`), as compact text (id, chr(31), group number; records joined by
 * chr(30)), its count, and whether an id holds chr(30) (then the page is read as pairs instead).
 */
async function textPage(
  db: Db,
  tables: CandidateTables,
  drawId: string,
  range: readonly [number, number],
): Promise<{ text: string | null; n: number; odd: boolean | null }> {
  const [page] = await db.$queryRaw<{ text: string | null; n: number; odd: boolean | null }[]>`
    SELECT string_agg(c."targetId" || chr(31) || c."groupNo", chr(30) ORDER BY c."position") AS text, count(*)::int AS n,
           bool_or(strpos(c."targetId", chr(30)) > 0) AS odd
    FROM ${storedRows(tables, drawId, range)} c`;
  return page ?? { text: null, n: 0, odd: null };
}

/** A stored chunk as text: its ids joined by chr(30) (a null as ''), its group numbers by ',' (a null as −1), the arrays' lengths. */
type StoredChunk = { ids: string; groups: string; a: number; b: number };

/**
 * Whether a chunk reads back as `a` ids and `b` integers: no id holds chr(30) (exactly a − 1 of them in `ids`), and
 * the numbers are b integers (PostgreSQL's own output of an int[]: always, unless damaged beyond that).
 */
function chunkReads(c: StoredChunk): boolean {
  let seps = 0;
  for (let at = c.ids.indexOf('\u001e'); at >= 0; at = c.ids.indexOf('\u001e', at + 1)) seps++;
  if (seps !== Math.max(c.a - 1, 0) || (c.a === 0 && c.ids !== '')) return false;
  if (c.b === 0) return c.groups === '';
  let commas = 0;
  for (let at = c.groups.indexOf(','); at >= 0; at = c.groups.indexOf(',', at + 1)) commas++;
  return commas === c.b - 1 && /^-?\d+(?:,-?\d+)*$/.test(c.groups);
}

/**
 * A page of a stored list (its chunks `range`) chunk by chunk, in chunk order: each chunk's ids joined by chr(30) and
 * group numbers by ',' as stored (array_to_string: no row per candidate, no sort; at 1M the pages' unnest, concat
 * and ordered string_agg were 2–3 s of the verify's and the lock's SQL under load), with the arrays' lengths.
 */
async function chunkPage(db: Db, tables: CandidateTables, drawId: string, range: readonly [number, number]): Promise<StoredChunk[]> {
  return db.$queryRaw<StoredChunk[]>`
    SELECT COALESCE(array_to_string(k."targetIds", chr(30), ''), '') AS ids, COALESCE(array_to_string(k."groupNos", ',', '-1'), '') AS groups,
           COALESCE(cardinality(k."targetIds"), 0) AS a, COALESCE(cardinality(k."groupNos"), 0) AS b
    FROM ${tables.candidates} k
    WHERE k."drawId" = ${drawId} AND k."chunkNo" >= ${range[0]}::int AND k."chunkNo" < ${range[1]}::int
    ORDER BY k."chunkNo"`;
}

/** A page of a stored list (its chunks `range`) as [targetId, groupNo] JSON pairs (exact for any id). */
export async function pairsPage(db: Db, tables: CandidateTables, drawId: string, range: readonly [number, number]): Promise<[string, number][]> {
  const [page] = await db.$queryRaw<{ rows: string | null }[]>`
    SELECT json_agg(json_build_array(c."targetId", c."groupNo") ORDER BY c."position")::text AS rows
    FROM ${storedRows(tables, drawId, range)} c`;
  return page?.rows ? (JSON.parse(page.rows) as [string, number][]) : [];
}

/**
 * The list a draw at `at` would freeze now, hashed without writing anything (the preview shown to the witness): one
 * statement reads the source once — its groups, and its ids with their group numbers in list order — so the hash is
 * of one snapshot of the targets, the same bytes the draw's stored rows hash to.
 */
export async function hashSource(db: Db, source: Prisma.Sql, h: Hasher): Promise<{ hash: string; count: number; ordered: boolean }> {
  const read = async (exact: boolean) => {
    const [r] = await hashGrouping(db, () => db.$queryRaw<ListRow[]>(previewSql(source, exact)));
    return r!;
  };
  const compact = await read(false);
  const list = listHasher(h, parseGroups(compact.groups));
  if (compact.odd || !list.text(compact.text ?? '', compact.n)) {
    const exact = await read(true);
    const again = listHasher(h, parseGroups(exact.groups));
    again.pairs(exact.pairs ? (JSON.parse(exact.pairs) as [string, number][]) : []);
    return again.done();
  }
  return list.done();
}

/** hashSource's statement: the groups, the list (compact or `exact`), its count (exported for EXPLAIN ANALYZE). */
export function previewSql(source: Prisma.Sql, exact: boolean): Prisma.Sql {
  return Prisma.sql`
      WITH ${groupedSource(source)}
      SELECT ${groupsJson} AS groups, l."text", l."pairs", l."n", l."odd"
      FROM (SELECT ${
        exact
          ? Prisma.sql`NULL::text AS text, json_agg(json_build_array(s."targetId", s."groupNo") ORDER BY s."targetId" COLLATE "C")::text AS pairs`
          : Prisma.sql`string_agg(s."targetId" || chr(31) || s."groupNo", chr(30) ORDER BY s."targetId" COLLATE "C") AS text, NULL::text AS pairs`
      }, count(*)::int AS n, bool_or(strpos(s."targetId", chr(30)) > 0) AS odd
            FROM ${members} s) l`;
}

/** The filter fields some class restricts (the others are left out of the groups: no rule reads them). */
function usedFields(p: Pick<DrawParameters, 'classes'>): Set<(typeof FILTER_FIELDS)[number]> {
  return new Set(FILTER_FIELDS.filter((f) => p.classes.some((cls) => cls.filter[f] !== null)));
}

/** The group of a DrawCandidateGroup row `c` (see CandidateGroup) as one text: the fields the rules read, joined. */
function groupKey(fields: Set<string>): Prisma.Sql {
  const part = (f: string, sql: Prisma.Sql) => (fields.has(f) ? Prisma.sql`COALESCE(${sql}, chr(30))` : Prisma.sql`''`);
  return Prisma.sql`concat_ws(chr(31), ${part('objectType', Prisma.sql`c."objectType"`)}, ${part('scale', Prisma.sql`c."scale"`)},
    ${part('industry', Prisma.sql`c."industry"`)}, ${part('area', Prisma.sql`c."area"`)}, ${part('libraryId', Prisma.sql`c."libraryId"`)},
    c."riskLevel", c."creditStatus", c."registrationStatus", c."drawsThisYear"::text, array_to_string(c."exemptions", ','))`;
}

/**
 * The census of a candidate list: its groups of candidates the rules cannot tell apart, with their counts — a few
 * hundred rows for a million candidates. PostgreSQL groups by the plain columns (hashing, no text built per row); the
 * group's key and exemptions are derived from the few grouped rows. `from` is a stored list (storedList) or the
 * targets as a draw would freeze them now (targetsNow).
 */
export async function candidateGroups(
  db: Db,
  p: Pick<DrawParameters, 'classes'>,
  from: { sql: Prisma.Sql; flags: boolean; weighted?: boolean },
): Promise<CandidateGroup[]> {
  const fields = usedFields(p);
  const col = (f: (typeof FILTER_FIELDS)[number], nullable: boolean) =>
    fields.has(f) ? Prisma.sql`c.${Prisma.raw(`"${f}"`)}` : nullable ? Prisma.sql`NULL::text` : Prisma.sql`''`;
  const grounds = from.flags ? Prisma.sql`c."keyIndustry", c."repeatedComplaints", c."seriousViolation"` : Prisma.sql`c."exemptions"`;
  const count = from.weighted ? Prisma.sql`sum(c."n")::int` : Prisma.sql`count(*)::int`;
  const rows = await db.$queryRaw<
    {
      key: string;
      count: number;
      objectType: string;
      scale: string | null;
      industry: string | null;
      area: string | null;
      libraryId: string;
      riskLevel: DrawCandidate['riskLevel'];
      creditStatus: DrawCandidate['creditStatus'];
      registrationStatus: DrawCandidate['registrationStatus'];
      drawsThisYear: number;
      exemptions: DrawCandidate['exemptions'] | null;
    }[]
  >`
    SELECT ${groupKey(fields)} AS key, c.*
    FROM (SELECT s.*${from.flags ? Prisma.sql`, ${exemptionsOf} AS "exemptions"` : Prisma.empty}
          FROM (SELECT ${col('objectType', false)} AS "objectType", ${col('scale', true)} AS "scale", ${col('industry', true)} AS "industry",
                       ${col('area', true)} AS "area", ${col('libraryId', false)} AS "libraryId", c."riskLevel", c."creditStatus",
                       c."registrationStatus", c."drawsThisYear", ${grounds}, ${count} AS count
                FROM (${from.sql}) c GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, ${from.flags ? Prisma.sql`10, 11, 12` : Prisma.sql`10`}) s) c`;
  return rows.map((r) => ({
    key: r.key,
    count: r.count,
    candidate: candidateFields(r),
  }));
}

/** The targets a draw at `at` would freeze now, as the FROM of candidateGroups. */
export const targetsNow = (classes: readonly ClassRow[], at: Date) => ({ sql: targetFacts(classes, at), flags: true });

/**
 * A stored list as the FROM of candidateGroups: its groups, each weighted with its number of candidates `n`. With
 * `kept` (the list's group numbers in list order, as its hash pass kept them from the same rows) the numbers are
 * counted here and only the counts go to PostgreSQL (a few thousand pairs), instead of unnesting the list's million
 * group numbers again.
 */
export const storedList = (drawId: string, tables: CandidateTables = STORED, kept?: readonly number[]) => {
  if (!kept)
    return {
      // Only the group numbers are unnested (storedRows' rows without the ids: the same counts per stored group).
      sql: Prisma.sql`SELECT g.*, n."n" FROM (SELECT o."groupNo", count(*) AS n FROM ${tables.candidates} k CROSS JOIN LATERAL unnest(k."groupNos") AS o("groupNo")
                                              WHERE k."drawId" = ${drawId} GROUP BY o."groupNo") n
                      JOIN ${tables.groups} g ON g."drawId" = ${drawId} AND g."groupNo" = n."groupNo"`,
      flags: false,
      weighted: true,
    };
  const counts = new Map<number, number>();
  for (const g of kept) counts.set(g, (counts.get(g) ?? 0) + 1);
  return {
    sql: Prisma.sql`SELECT g.*, n."n" FROM unnest(${[...counts.keys()]}::int[], ${[...counts.values()]}::int[]) AS n("groupNo", "n")
                    JOIN ${tables.groups} g ON g."drawId" = ${drawId} AND g."groupNo" = n."groupNo"`,
    flags: false,
    weighted: true,
  };
};

/** A class's members in list order: their index in the list, their stratum's number, their keys. */
export type Members = { at: Int32Array; stratum: Int32Array; mac: Int32Array; prefix: Float64Array; count: number };

/** The first 53 bits of a MAC (its first two words) as a number: sorts as the MAC's hex does, up to ties. */
const prefixOf = (mac: Int32Array, i: number) => (mac[8 * i]! >>> 0) * 2 ** 21 + (mac[8 * i + 1]! >>> 11);

/** Members i and j in ranking order (the domain's drawClass: the MAC's hex, then the id), as -1 or 1. */
function compareMembers(m: Members, ids: readonly string[], i: number, j: number): number {
  for (let w = 0; w < 8; w++) {
    const a = m.mac[8 * i + w]! >>> 0;
    const b = m.mac[8 * j + w]! >>> 0;
    if (a !== b) return a < b ? -1 : 1;
  }
  const x = ids[m.at[i]!]!;
  const y = ids[m.at[j]!]!;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The first index of a sorted array whose value is >= v (or > v with `after`). */
function bound(sorted: Float64Array, v: number, after: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (after ? sorted[mid]! <= v : sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The `k`-th smallest (0-based) of `a[0 … n − 1]`, found by selection (`a` is reordered): Hoare partitions around the
 * median of three, linear on average, instead of sorting the whole array for one value.
 */
export function kthSmallest(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // The median of three as the pivot (sorted into a[lo] <= a[mid] <= a[hi]).
    if (a[mid]! < a[lo]!) swap(a, mid, lo);
    if (a[hi]! < a[lo]!) swap(a, hi, lo);
    if (a[hi]! < a[mid]!) swap(a, hi, mid);
    const pivot = a[mid]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    // a[lo … j] <= pivot <= a[i … hi], and a[j + 1 … i − 1] == pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

/**
 * One class's selected entries with their rank in the whole class ranking (drawClass): the best `seats[s]` members of
 * each stratum s. Only numbers are compared in bulk (the keys' first 53 bits): a selection per stratum finds its
 * last seat's prefix (no sort of the stratum), and one pass over the class counts, for each selected member, who
 * ranks before it by binary search among the selected prefixes (no sort of the class: at 1M the two full sorts were
 * most of this function's ~0.35–0.45 s); exact comparisons only where prefixes tie.
 */
export function selectRanked(m: Members, ids: readonly string[], seats: readonly number[]): { member: number; rank: number }[] {
  const chosen: number[] = [];
  // The members by stratum (a counting sort of their indexes: one pass, not one per stratum).
  const from = new Int32Array(seats.length + 1);
  for (let i = 0; i < m.count; i++) {
    const s = m.stratum[i]!;
    if (s >= 0 && s < seats.length) from[s + 1]!++;
  }
  for (let s = 0; s < seats.length; s++) from[s + 1]! += from[s]!;
  const byStratum = new Int32Array(from[seats.length]!);
  const fill = from.slice(0, seats.length);
  for (let i = 0; i < m.count; i++) {
    const s = m.stratum[i]!;
    if (s >= 0 && s < seats.length) byStratum[fill[s]!++] = i;
  }
  const exact = (i: number, j: number) => m.prefix[i]! - m.prefix[j]! || compareMembers(m, ids, i, j);
  for (let s = 0; s < seats.length; s++) {
    const want = seats[s]!;
    const n = from[s + 1]! - from[s]!;
    if (want <= 0 || n === 0) continue;
    const mine = byStratum.subarray(from[s]!, from[s + 1]!);
    const keys = new Float64Array(n);
    for (let k = 0; k < n; k++) keys[k] = m.prefix[mine[k]!]!;
    const last = want >= n ? Number.POSITIVE_INFINITY : kthSmallest(keys, n, want - 1);
    // Every member up to the last seat's prefix (more than `want` only when prefixes tie there), in exact order.
    const near: number[] = [];
    for (let k = 0; k < n; k++) if (m.prefix[mine[k]!]! <= last) near.push(mine[k]!);
    near.sort(exact);
    for (let j = 0; j < want && j < near.length; j++) chosen.push(near[j]!);
  }
  if (chosen.length === 0) return [];
  // The selected members' distinct prefixes, sorted; per prefix, how many members have a smaller one and how many
  // the same (counted in one pass: a member below the largest selected prefix is placed by binary search).
  const distinct = Float64Array.from(new Set(chosen.map((i) => m.prefix[i]!))).sort();
  const d = distinct.length;
  const top = distinct[d - 1]!;
  const below = new Int32Array(d + 1);
  const same = new Int32Array(d);
  for (let j = 0; j < m.count; j++) {
    const q = m.prefix[j]!;
    if (q > top) continue;
    const b = bound(distinct, q, false);
    if (distinct[b] === q) {
      same[b]!++;
      below[b + 1]!++;
    } else below[b]!++;
  }
  for (let b = 1; b <= d; b++) below[b]! += below[b - 1]!;
  return chosen
    .map((i) => {
      const p = m.prefix[i]!;
      const b = bound(distinct, p, false);
      let before = below[b]!;
      // Members sharing this prefix (rare: 53 bits): ranked among themselves exactly.
      if (same[b]! > 1) for (let j = 0; j < m.count; j++) if (j !== i && m.prefix[j] === p && compareMembers(m, ids, j, i) < 0) before++;
      return { member: i, rank: before + 1 };
    })
    .sort((a, b) => a.rank - b.rank);
}

/**
 * Rule 17 (the ranking, drawClass in the domain): each class's members ranked by rankingHmac(seed, `${key}:${id}`)
 * (ties by id), and the selected entries — the best `seats[stratum]` of each stratum (RATIO) or the best `take`
 * (COUNT) — with their rank in the whole class ranking. Also the excluded candidates, in list order. The API reads
 * which stored group falls under which label (a row per group); the keys are computed here from the list's ids — kept
 * by the hash pass (`list`), else read in pages — with rankingMac (HMAC from the key's two precomputed pad states: at
 * 1M ~2 s of CPU, where PostgreSQL's two sha256 calls per candidate and two window sorts took 27–44 s at load 30).
 */
export async function rankStoredList(
  db: Db,
  drawId: string,
  plan: GroupDrawPlan,
  tables: CandidateTables = STORED,
  list?: ListIds,
): Promise<{ selected: Map<string, Omit<RankedCandidate, 'selected'>[]>; exclusions: DrawExclusion[] }> {
  if (!/^[0-9a-f]{64}$/.test(plan.seed)) throw new TypeError('rankStoredList: seed is not 64 hex');
  // The stored groups under the plan's keys (several stored groups share a key when a field no class reads differs).
  const keyed = await db.$queryRaw<{ groupNo: number; key: string }[]>`
    SELECT c."groupNo", ${groupKey(usedFields(plan.parameters))} AS key FROM ${tables.groups} c WHERE c."drawId" = ${drawId}`;
  const groupsOf = new Map<string, number[]>();
  let maxGroup = 0;
  for (const r of keyed) {
    const of = groupsOf.get(r.key);
    if (of) of.push(r.groupNo);
    else groupsOf.set(r.key, [r.groupNo]);
    maxGroup = Math.max(maxGroup, r.groupNo);
  }
  const { ids, groups } = list ?? (await storedIds(db, drawId, tables));
  // A group number no stored group has (a damaged list) falls outside every class, as the join did.
  const groupAt = (i: number) => {
    const g = groups[i]!;
    return g >= 0 && g <= maxGroup ? g : -1;
  };
  const selected = new Map<string, Omit<RankedCandidate, 'selected'>[]>();
  for (const cls of plan.classes) {
    const strata: string[] = [];
    const seats: number[] = [];
    const stratumOfGroup = new Int32Array(maxGroup + 1).fill(-1);
    for (const l of plan.labels) {
      if (!l.classKeys.includes(cls.classKey)) continue;
      let s = strata.indexOf(l.stratum);
      if (s < 0) {
        s = strata.push(l.stratum) - 1;
        seats.push(cls.seats ? (cls.seats[l.stratum] ?? 0) : cls.take);
      }
      for (const g of groupsOf.get(l.key) ?? []) stratumOfGroup[g] = s;
    }
    let count = 0;
    for (let i = 0; i < ids.length; i++) if (groupAt(i) >= 0 && stratumOfGroup[groupAt(i)]! >= 0) count++;
    if (count === 0 || cls.take === 0) {
      selected.set(cls.classKey, []);
      continue;
    }
    const m: Members = { at: new Int32Array(count), stratum: new Int32Array(count), mac: new Int32Array(8 * count), prefix: new Float64Array(count), count };
    const mac = rankingMac(plan.seed, `${cls.classKey}:`);
    let k = 0;
    for (let i = 0; i < ids.length; i++) {
      const g = groupAt(i);
      const s = g >= 0 ? stratumOfGroup[g]! : -1;
      if (s < 0) continue;
      m.at[k] = i;
      m.stratum[k] = s;
      mac.into(ids[i]!, m.mac, 8 * k);
      m.prefix[k] = prefixOf(m.mac, k);
      k++;
    }
    // COUNT: the best `take` of the whole class, i.e. one stratum of `take` seats for the selection.
    const picks = cls.seats ? selectRanked(m, ids, seats) : selectRanked({ ...m, stratum: new Int32Array(count) }, ids, [cls.take]);
    const hex = (i: number) => {
      let out = '';
      for (let w = 0; w < 8; w++) out += (m.mac[8 * i + w]! >>> 0).toString(16).padStart(8, '0');
      return out;
    };
    selected.set(
      cls.classKey,
      picks.map((p) => ({ rank: p.rank, candidateId: ids[m.at[p.member]!]!, stratum: strata[m.stratum[p.member]!]!, hmac: hex(p.member) })),
    );
  }
  const excludedBy = new Map<number, { code: DrawExclusion['code']; detail: string }>();
  for (const l of plan.labels)
    if (l.exclusion) for (const g of groupsOf.get(l.key) ?? []) excludedBy.set(g, { code: l.exclusion.code, detail: l.exclusion.detail });
  const exclusions: DrawExclusion[] = [];
  if (excludedBy.size > 0)
    for (let i = 0; i < ids.length; i++) {
      const e = excludedBy.get(groups[i]!);
      if (e) exclusions.push({ candidateId: ids[i]!, code: e.code, detail: e.detail });
    }
  return { selected, exclusions };
}

/** A candidate row's drawing fields, in freezeCandidates' property order (what the list's hash reads). */
function candidateFields(r: Omit<DrawCandidate, 'id' | 'exemptions'> & { exemptions: DrawCandidate['exemptions'] | null }): Omit<DrawCandidate, 'id'> {
  return {
    objectType: r.objectType,
    scale: r.scale,
    industry: r.industry,
    area: r.area,
    libraryId: r.libraryId,
    riskLevel: r.riskLevel,
    creditStatus: r.creditStatus,
    registrationStatus: r.registrationStatus,
    drawsThisYear: r.drawsThisYear,
    exemptions: r.exemptions ?? [],
  };
}

/**
 * The drawn targets of a draw as DrawnTarget rows, in one statement from three arrays (ids, ranks, and each row's
 * class keys as a JSON array): a province-sized draw's 46k rows were ten 5,000-row Prisma batches.
 */
export async function insertDrawnTargets(
  db: Db,
  drawId: string,
  rows: readonly { targetId: string; rank: number; classKeys: readonly string[] }[],
): Promise<number> {
  if (rows.length === 0) return 0;
  return db.$executeRaw`
    INSERT INTO "DrawnTarget" ("drawId", "targetId", "rank", "classKeys")
    SELECT ${drawId}, r.id, r.rank, ARRAY(SELECT jsonb_array_elements_text(r.keys::jsonb))
    FROM unnest(${rows.map((r) => r.targetId)}::text[], ${rows.map((r) => r.rank)}::int[], ${rows.map((r) => JSON.stringify(r.classKeys))}::text[])
         AS r(id, rank, keys)`;
}
