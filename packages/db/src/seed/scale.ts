// A province-sized history for benchmarks and evaluations, generated in PostgreSQL by set-based SQL
// (generate_series, INSERT … SELECT): targets, plans and plan items, tasks with their check item and class,
// locked draws and the drawn targets, visits, teams, task targets, results with outcomes, follow-ups,
// objections and corrections — over several years, on top of the demo data (its units, users, checklist,
// libraries, forms and inspectors are the reference lists the history points at).
//
// Every INSERT names its columns, so a later migration that adds a column with a default leaves this working.
// Generated rows carry ids with a fixed prefix ("sc…"), so they can be told apart from the demo's.
//
// What is simplified, on purpose: a historical draw stores only the ranking it drew (not the whole frozen
// candidate list, which at a province's size is the very thing issue 14 is about), so those draws are not
// re-verifiable; the audit trail is not back-filled (its hash chain is written by a trigger, one row at a time).

/** Where the SQL goes: a `pg` client inside a transaction, or an adapter over a Prisma transaction (tests). */
export interface SqlSession {
  // biome-ignore lint/suspicious/noExplicitAny: rows of raw SQL, shaped by each statement
  query(sql: string): Promise<{ rows: any[]; rowCount?: number | null }>;
}

/** What to generate. */
export interface ScaleOptions {
  /** New targets (检查对象). */
  targets: number;
  /** Task targets, each with its result (检查结果). */
  results: number;
  /** Tasks; default results / 10 (each task then draws about 10 targets). */
  tasks?: number;
  /** Years of history, ending with the demo's year 2026. */
  years?: number;
  /** Extra land stations (units) besides the demo's 19, each with 8 inspectors; default 0. */
  units?: number;
  /** Progress lines. */
  log?: (line: string) => void;
}

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * A SQL expression for a valid unified social credit code (GB 32100-2015) of the bigint expression `n`: the
 * prefix, then `17 - prefix.length` base-31 digits of n, then the check character — unrolled, so it costs a few
 * arithmetic operations per row (a 1M-row INSERT spends well under a second on it).
 */
export function creditCodeSql(n: string, prefix = '9137'): string {
  const digits = 17 - prefix.length;
  const value = (p: number) =>
    p < prefix.length ? String(ALPHABET.indexOf(prefix[p]!)) : `((${n}) / ${31n ** BigInt(digits - 1 - (p - prefix.length))}::bigint % 31)`;
  const char = (v: string) => `substr('${ALPHABET}', (${v})::int + 1, 1)`;
  const body = [`'${prefix}'`, ...Array.from({ length: digits }, (_, k) => char(value(prefix.length + k)))].join(' || ');
  const sum = WEIGHTS.map((w, p) => `${w} * ${value(p)}`).join(' + ');
  return `(${body} || ${char(`(31 - ((${sum}) % 31)) % 31`)})`;
}

/** A pseudo-random integer in [0, m) from a bigint expression and a salt: stable across runs. */
const rnd = (x: string, salt: number, m: number) => `((hashint8((${x})::bigint * 7919 + ${salt}) & 2147483647) % ${m})`;
/** One of the values, picked by `rnd`. */
const pick = (x: string, salt: number, values: string[]) => `(ARRAY[${values.map((v) => `'${v}'`).join(',')}])[1 + ${rnd(x, salt, values.length)}]`;

/** Generated rows already present (the generator refuses to run twice on one database). */
export async function scaleRowsPresent(client: SqlSession): Promise<number> {
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Target" WHERE "id" LIKE 'sct%'`);
  return rows[0].n as number;
}

/** Fills the database (demo data already loaded) with the history; returns the steps' timings. */
export async function generateScaleData(client: SqlSession, o: ScaleOptions): Promise<{ step: string; ms: number; rows: number }[]> {
  const T = Math.max(0, Math.floor(o.targets));
  const R = Math.max(0, Math.floor(o.results));
  const K = Math.max(1, Math.floor(o.tasks ?? Math.max(1, Math.round(R / 10))));
  const Y = Math.max(1, Math.min(20, Math.floor(o.years ?? 6)));
  const U = Math.max(0, Math.floor(o.units ?? 0));
  const Y0 = 2026 - Y + 1;
  const log = o.log ?? (() => {});
  const timings: { step: string; ms: number; rows: number }[] = [];
  const step = async (name: string, sql: string) => {
    const t0 = performance.now();
    const r = await client.query(sql);
    const ms = performance.now() - t0;
    const rows = r.rowCount ?? 0;
    timings.push({ step: name, ms, rows });
    log(`  ${name.padEnd(34)} ${String(rows).padStart(9)} rows  ${(ms / 1000).toFixed(1).padStart(6)} s`);
  };
  const admin = (await client.query(`SELECT "id" FROM "User" WHERE "role" = 'ADMIN' ORDER BY "createdAt", "id" LIMIT 1`)).rows[0]?.id as string | undefined;
  if (!admin) throw new Error('No ADMIN user: load the demo data first (npm run seed -w @ssj/db).');

  await client.query('SET LOCAL synchronous_commit = off');
  await client.query(`SET LOCAL work_mem = '64MB'`);

  // ── extra units (land stations of other districts), their remit and inspectors ──
  if (U > 0) {
    await step(
      'units',
      `INSERT INTO "Unit" ("id", "code", "name", "kind", "area", "neighbourCodes", "createdAt", "updatedAt")
       SELECT 'scu' || g, 'SC' || lpad(g::text, 5, '0'), '规模测试第' || g || '国土资源所', 'STATION', s."area", '{}', now(), now()
       FROM generate_series(1, ${U}) g
       JOIN (SELECT "area", row_number() OVER (ORDER BY "code") - 1 AS k, count(*) OVER () AS n FROM "Unit" WHERE "kind" = 'STATION' AND "id" NOT LIKE 'scu%') s
         ON s.k = g % s.n`,
    );
    await step(
      'unit remits',
      `INSERT INTO "_CheckItemRemit" ("A", "B")
       SELECT cr."A", u."id" FROM "Unit" u
       CROSS JOIN (SELECT cr."A" FROM "_CheckItemRemit" cr JOIN "Unit" s ON s."id" = cr."B"
                   WHERE s."id" = (SELECT "id" FROM "Unit" WHERE "kind" = 'STATION' AND "id" NOT LIKE 'scu%' ORDER BY "code" LIMIT 1)) cr
       WHERE u."id" LIKE 'scu%' ON CONFLICT DO NOTHING`,
    );
    await step(
      'inspectors',
      `INSERT INTO "Inspector" ("id", "name", "idNumber", "unitId", "certificateNumber", "qualified", "drawable", "canLead", "specialties", "createdAt", "updatedAt")
       SELECT 'sci' || u.n || '_' || g, ${pick('u.n * 8 + g', 1, ['张', '王', '李', '赵', '刘', '陈', '杨', '孙'])} || ${pick('u.n * 8 + g', 2, ['伟', '芳', '强', '敏', '磊', '静', '军', '洋'])},
              '37030' || lpad((u.n * 8 + g)::text, 13, '0'), u."id", 'ZF' || lpad((u.n * 8 + g)::text, 8, '0'), true, true, g <= 4, '{}', now(), now()
       FROM (SELECT "id", substr("id", 4)::int AS n FROM "Unit" WHERE "id" LIKE 'scu%') u CROSS JOIN generate_series(1, 8) g`,
    );
  }

  // ── targets: the demo's 2,000 are the templates (library, object type, scale, industry); land-station targets
  // spread over every station and its area ──
  await client.query(`CREATE TEMP TABLE sc_station ON COMMIT DROP AS
    SELECT "id", "area", row_number() OVER (ORDER BY "code") - 1 AS k FROM "Unit" WHERE "kind" = 'STATION' AND "retiredAt" IS NULL`);
  await client.query(`CREATE TEMP TABLE sc_tpl ON COMMIT DROP AS
    SELECT row_number() OVER (ORDER BY t."creditCode") - 1 AS k, t."libraryId", t."objectType", t."scale", t."industry", t."unitId", t."area",
           (u."kind" = 'STATION') AS "onStation"
    FROM "Target" t JOIN "Unit" u ON u."id" = t."unitId" WHERE t."id" NOT LIKE 'sct%'`);
  const nStations = Number((await client.query('SELECT count(*) FROM sc_station')).rows[0].count);
  const nTpl = Number((await client.query('SELECT count(*) FROM sc_tpl')).rows[0].count);
  if (nTpl === 0 || nStations === 0) throw new Error('The demo targets and stations are the templates: load the demo data first.');
  const created = `(timestamp '${Y0 - 3}-01-01 09:00' + (${rnd('g', 11, (Y + 3) * 365)} || ' days')::interval)`;
  if (T > 0) {
    await step(
      'targets',
      `INSERT INTO "Target" ("id", "creditCode", "name", "libraryId", "unitId", "objectType", "scale", "industry", "area", "address",
          "legalRepresentative", "contactPhone", "riskLevel", "creditStatus", "registrationStatus", "keyIndustry", "repeatedComplaints",
          "seriousViolation", "retiredAt", "createdAt", "updatedAt")
       SELECT 'sct' || g, ${creditCodeSql('g + 50000000')},
              ${pick('g', 3, ['淄博', '临淄', '齐都', '稷下', '金岭', '齐鲁', '山东', '辛店'])} || ${pick('g', 4, ['鑫源', '华泰', '宏达', '恒通', '金石', '瑞丰', '海纳', '东岳', '泰和', '永盛', '中兴', '齐盛'])}
                || ${pick('g', 5, ['矿业', '建材', '测绘', '置业', '工贸', '化工', '建设', '地质', '环保', '石料'])} || '有限公司' || CASE WHEN g > 1000 THEN '第' || (g % 997) || '分公司' ELSE '' END,
              tpl."libraryId", COALESCE(st."id", tpl."unitId"), tpl."objectType", tpl."scale", tpl."industry", COALESCE(st."area", tpl."area"),
              '临淄区' || COALESCE(st."area", tpl."area") || ${pick('g', 6, ['齐兴路', '晏婴路', '桓公路', '牛山路', '雪宫路', '太公路'])} || (1 + g % 499) || '号',
              ${pick('g', 7, ['张', '王', '李', '赵', '刘', '陈', '杨', '孙', '周', '吴'])} || ${pick('g', 8, ['建国', '海燕', '志强', '秀兰', '立新', '红梅', '国庆', '玉兰'])},
              '0533-' || lpad((7000000 + g % 3000000)::text, 7, '0'),
              (ARRAY['LOW','MEDIUM','MEDIUM','MEDIUM','HIGH'])[1 + ${rnd('g', 9, 5)}]::"RiskLevel",
              (CASE WHEN ${rnd('g', 10, 100)} < 3 THEN 'DISHONEST' WHEN ${rnd('g', 10, 100)} < 8 THEN 'ABNORMAL' ELSE 'NORMAL' END)::"CreditStatus",
              (CASE WHEN ${rnd('g', 12, 1000)} < 15 THEN 'DEREGISTERED' WHEN ${rnd('g', 12, 1000)} < 20 THEN 'REVOKED' WHEN ${rnd('g', 12, 1000)} < 30 THEN 'UNREACHABLE' ELSE 'ACTIVE' END)::"RegistrationStatus",
              ${rnd('g', 13, 100)} < 5, ${rnd('g', 14, 100)} < 2, ${rnd('g', 15, 1000)} < 5,
              CASE WHEN ${rnd('g', 16, 1000)} < 10 THEN ${created} + interval '400 days' END, ${created}, ${created}
       FROM generate_series(1, ${T}) g
       JOIN sc_tpl tpl ON tpl.k = g % ${nTpl}
       LEFT JOIN sc_station st ON tpl."onStation" AND st.k = g % ${nStations}
       ON CONFLICT ("creditCode") DO NOTHING`,
    );
  }

  // ── plans and plan items: a filed plan per unit and year; a plan without items gets one per check item in
  // the unit's remit (else the items the unit is in charge of) ──
  await client.query(`CREATE TEMP TABLE sc_unit ON COMMIT DROP AS
    SELECT u."id", row_number() OVER (ORDER BY u."code") - 1 AS k FROM "Unit" u
    WHERE u."retiredAt" IS NULL AND u."kind" <> 'LEAD' AND EXISTS (SELECT 1 FROM "Target" t WHERE t."unitId" = u."id")`);
  await step(
    'plans',
    `INSERT INTO "Plan" ("id", "unitId", "year", "title", "status", "version", "filedAt", "filedById", "filedWith", "createdAt", "updatedAt")
     SELECT 'scp' || y || '_' || u.k, u."id", y, y || '年度双随机抽查工作计划', 'FILED', 1, make_timestamp(y, 1, 20, 9, 0, 0), '${admin}', '淄博市自然资源和规划局',
            make_timestamp(y, 1, 10, 9, 0, 0), make_timestamp(y, 1, 20, 9, 0, 0)
     FROM sc_unit u CROSS JOIN generate_series(${Y0}, 2026) y
     ON CONFLICT ("unitId", "year") DO NOTHING`,
  );
  await step(
    'plan items',
    `INSERT INTO "PlanItem" ("id", "planId", "checkItemId", "scope", "windowFrom", "windowTo", "estimatedCount", "ratio", "provincialShare",
        "cityShare", "districtShare", "temporary", "createdAt", "updatedAt")
     SELECT 'scpi' || row_number() OVER (), p."id", ci."id", '辖区内全部检查对象', make_date(p."year", 3, 1), make_date(p."year", 11, 30),
            GREATEST(1, ${Math.round(R / Math.max(1, Y))} / (SELECT count(*) FROM sc_unit) / 3), ci."defaultRatio", 0, 0, 1, false, p."createdAt", p."createdAt"
     FROM "Plan" p
     JOIN sc_unit u ON u."id" = p."unitId"
     JOIN "CheckItem" ci ON ci."retiredAt" IS NULL AND (
       EXISTS (SELECT 1 FROM "_CheckItemRemit" cr WHERE cr."A" = ci."id" AND cr."B" = p."unitId")
       OR (NOT EXISTS (SELECT 1 FROM "_CheckItemRemit" cr WHERE cr."B" = p."unitId") AND ci."unitId" = p."unitId"))
     WHERE NOT EXISTS (SELECT 1 FROM "PlanItem" pi WHERE pi."planId" = p."id")`,
  );

  // ── tasks: spread evenly over the years (created in order, so the newest list page is the latest year), each
  // run by a unit on one line of its plan; windows of 2 months; before the demo's today (2026-11-02) completed ──
  await client.query(`CREATE TEMP TABLE sc_pi ON COMMIT DROP AS
    SELECT pi."id", pi."checkItemId", p."unitId", p."year", p."id" AS "planId",
           row_number() OVER (PARTITION BY p."id" ORDER BY pi."id") - 1 AS k, count(*) OVER (PARTITION BY p."id") AS n
    FROM "PlanItem" pi JOIN "Plan" p ON p."id" = pi."planId" WHERE pi."temporary" = false`);
  await client.query('CREATE INDEX ON sc_pi ("unitId", "year", k)');
  const nUnits = Number((await client.query('SELECT count(*) FROM sc_unit')).rows[0].count);
  await client.query(`CREATE TEMP TABLE sc_task ON COMMIT DROP AS
    WITH j AS (
      SELECT g AS j, ${Y0} + ((g - 1)::bigint * ${Y} / ${K})::int AS "year",
             (((g - 1)::bigint * ${Y} * 260 / ${K}) % 260)::int AS "day",
             ${rnd('g', 21, nUnits)} AS uk
      FROM generate_series(1, ${K}) g)
    SELECT j.j, 'sck' || j.j AS "id", u."id" AS "unitId", j."year", pi."planId", pi."id" AS "planItemId", pi."checkItemId",
           make_date(j."year", 1, 15) + j."day" AS "createdOn",
           make_date(j."year", 1, 15) + j."day" + 10 AS "windowFrom",
           make_date(j."year", 1, 15) + j."day" + 70 AS "windowTo",
           ((j.j - 1)::bigint * ${R} / ${K}) + 1 AS "firstI", (j.j::bigint * ${R} / ${K}) - ((j.j - 1)::bigint * ${R} / ${K}) AS "nt"
    FROM j JOIN sc_unit u ON u.k = j.uk
    JOIN LATERAL (SELECT * FROM sc_pi WHERE sc_pi."unitId" = u."id" AND sc_pi."year" = j."year" AND sc_pi.k = ${rnd('j.j', 22, 1000)} % sc_pi.n LIMIT 1) pi ON true`);
  await client.query(`ALTER TABLE sc_task ADD COLUMN "status" "TaskStatus", ADD COLUMN "completedOn" date`);
  await client.query(`UPDATE sc_task SET
    "status" = (CASE WHEN "windowTo" < date '2026-11-02' THEN 'COMPLETED' ELSE 'DISPATCHED' END)::"TaskStatus",
    "completedOn" = CASE WHEN "windowTo" < date '2026-11-02' THEN "windowTo" - ${rnd('j', 23, 12)}::int END`);
  await client.query('CREATE UNIQUE INDEX ON sc_task (j)');
  const taskCode = `'SC' || t."year" || '-' || lpad(t.j::text, 7, '0')`;
  await step(
    'tasks',
    `INSERT INTO "Task" ("id", "code", "name", "planId", "planItemId", "ownerUnitId", "executingUnitId", "windowFrom", "windowTo", "status",
        "temporary", "campaignOrdered", "isPublic", "teamSize", "seedCommitment", "serverSecret", "announcedAt", "completedOn", "createdById",
        "createdAt", "updatedAt")
     SELECT t."id", ${taskCode}, t."year" || '年' || ci."name" || '抽查（第' || t.j || '批）', t."planId", t."planItemId", t."unitId", t."unitId",
            t."windowFrom", t."windowTo", t."status", false, false, true, 2,
            encode(sha256(('secret' || t.j)::bytea), 'hex'), 'secret' || t.j, t."createdOn" + time '10:00',
            t."completedOn", '${admin}', t."createdOn" + time '09:00' + (t.j % 3600) * interval '1 second', COALESCE(t."completedOn", t."windowFrom") + time '17:00'
     FROM sc_task t JOIN "CheckItem" ci ON ci."id" = t."checkItemId"`,
  );
  await step(
    'task check items',
    `INSERT INTO "TaskCheckItem" ("taskId", "checkItemId", "formId")
     SELECT t."id", t."checkItemId", (SELECT f."id" FROM "Form" f WHERE f."checkItemId" = t."checkItemId" AND f."retiredAt" IS NULL ORDER BY f."version" DESC LIMIT 1)
     FROM sc_task t`,
  );
  await step(
    'task classes',
    `INSERT INTO "TaskClass" ("id", "taskId", "key", "label", "ratio", "checkItemIds")
     SELECT 'scc' || t.j, t."id", 'all', '全部检查对象', ci."defaultRatio", '{}' FROM sc_task t JOIN "CheckItem" ci ON ci."id" = t."checkItemId"`,
  );
  await step(
    'draws',
    `INSERT INTO "Draw" ("id", "taskId", "kind", "sequence", "status", "candidateCount", "candidateListHash", "seedCommitment", "seed",
        "receipt", "drawnById", "drawnAt", "lockedById", "lockedAt")
     SELECT 'scd' || t.j, t."id", 'TARGETS', 1, 'LOCKED', GREATEST(t."nt", round(t."nt" / ci."defaultRatio"))::int,
            encode(sha256(('candidates' || t.j)::bytea), 'hex'), encode(sha256(('secret' || t.j)::bytea), 'hex'),
            encode(sha256(('seed' || t.j)::bytea), 'hex'),
            jsonb_build_object('generator', 'seed:scale', 'note', 'generated history: no candidate rows are stored, not verifiable'),
            '${admin}', t."windowFrom" - 5 + time '10:00', '${admin}', t."windowFrom" - 5 + time '10:30'
     FROM sc_task t JOIN "CheckItem" ci ON ci."id" = t."checkItemId"`,
  );

  // ── task targets: task j takes nt consecutive targets (from a start of its own) of its unit's targets in a
  // shuffled order, so one task never takes a target twice ──
  await client.query(`CREATE TEMP TABLE sc_ut ON COMMIT DROP AS
    SELECT "id", "unitId", row_number() OVER (PARTITION BY "unitId" ORDER BY md5("id")) - 1 AS k, count(*) OVER (PARTITION BY "unitId") AS n
    FROM "Target" WHERE "retiredAt" IS NULL`);
  await client.query('CREATE UNIQUE INDEX ON sc_ut ("unitId", k)');
  await client.query('ANALYZE sc_ut');
  await client.query('ANALYZE sc_task');
  await client.query(`CREATE TEMP TABLE sc_tt ON COMMIT DROP AS
    SELECT i, t.j, t."id" AS "taskId", t."unitId", t."status" AS "taskStatus", t."windowFrom", t."windowTo", t."completedOn", t."year",
           ut."id" AS "targetId", (i - t."firstI" + 1)::int AS "rank"
    FROM sc_task t
    JOIN (SELECT "unitId", max(n) AS n FROM sc_ut GROUP BY "unitId") c ON c."unitId" = t."unitId"
    CROSS JOIN LATERAL generate_series(t."firstI", t."firstI" + LEAST(t."nt", c.n) - 1) i
    JOIN sc_ut ut ON ut."unitId" = t."unitId" AND ut.k = (${rnd('t.j', 24, 1_000_000_007)} + i - t."firstI") % c.n`);
  await client.query(`ALTER TABLE sc_tt ADD COLUMN "ttStatus" "TaskTargetStatus", ADD COLUMN "outcome" "ResultOutcome", ADD COLUMN "resultStatus" "ResultStatus",
    ADD COLUMN "inspectedOn" date, ADD COLUMN "dueOn" date, ADD COLUMN "publishedOn" date`);
  // Outcomes: mostly no problem; the rest found problems (corrected, follow-up pending), no activity, unreachable …
  await client.query(`UPDATE sc_tt SET
    "outcome" = (CASE WHEN ${rnd('i', 31, 1000)} < 700 THEN 'NO_PROBLEM' WHEN ${rnd('i', 31, 1000)} < 820 THEN 'CORRECTED_ON_ORDER'
                      WHEN ${rnd('i', 31, 1000)} < 880 THEN 'FOLLOW_UP_PENDING' WHEN ${rnd('i', 31, 1000)} < 950 THEN 'NO_RELEVANT_ACTIVITY'
                      WHEN ${rnd('i', 31, 1000)} < 985 THEN 'UNREACHABLE' WHEN ${rnd('i', 31, 1000)} < 995 THEN 'SERIOUS_REFUSAL' ELSE 'FALSIFICATION' END)::"ResultOutcome",
    "inspectedOn" = LEAST(date '2026-11-01', "windowFrom" + ${rnd('i', 32, 45)}::int),
    "dueOn" = COALESCE("completedOn", "windowTo") + 28`);
  // Completed tasks: results published, about 6% late; open tasks: a mix of not entered, pending review, approved, published.
  await client.query(`UPDATE sc_tt SET
    "ttStatus" = (CASE WHEN "taskStatus" = 'COMPLETED' AND "outcome" = 'UNREACHABLE' THEN 'CLOSED_UNREACHABLE'
                       WHEN "taskStatus" = 'COMPLETED' THEN 'INSPECTED'
                       WHEN ${rnd('i', 33, 100)} < 40 THEN 'PENDING' ELSE 'INSPECTED' END)::"TaskTargetStatus",
    "resultStatus" = (CASE WHEN "taskStatus" = 'COMPLETED' THEN 'PUBLISHED'
                           WHEN ${rnd('i', 33, 100)} < 40 THEN 'NOT_ENTERED' WHEN ${rnd('i', 33, 100)} < 55 THEN 'PENDING_REVIEW'
                           WHEN ${rnd('i', 33, 100)} < 70 THEN 'APPROVED' ELSE 'PUBLISHED' END)::"ResultStatus",
    "publishedOn" = LEAST(date '2026-11-01', CASE WHEN ${rnd('i', 34, 100)} < 6 THEN "dueOn" + 1 + ${rnd('i', 35, 30)}::int ELSE "dueOn" - ${rnd('i', 35, 25)}::int END)`);
  await client.query(`UPDATE sc_tt SET "outcome" = NULL, "inspectedOn" = NULL WHERE "resultStatus" = 'NOT_ENTERED'`);
  await client.query(`UPDATE sc_tt SET "publishedOn" = NULL WHERE "resultStatus" <> 'PUBLISHED'`);
  await client.query('ANALYZE sc_tt');

  await step(
    'drawn targets',
    `INSERT INTO "DrawnTarget" ("drawId", "targetId", "rank", "classKeys") SELECT 'scd' || j, "targetId", "rank", '{all}' FROM sc_tt`,
  );
  await step(
    'visits',
    `INSERT INTO "Visit" ("id", "targetId", "windowFrom", "windowTo", "merged", "createdAt")
     SELECT 'scv' || i, "targetId", "windowFrom", "windowTo", false, "windowFrom" - 5 + time '10:30' FROM sc_tt`,
  );
  await step(
    'task targets',
    `INSERT INTO "TaskTarget" ("id", "taskId", "targetId", "visitId", "status", "closedReason", "closedAt", "createdAt", "updatedAt")
     SELECT 'sctt' || i, "taskId", "targetId", 'scv' || i, "ttStatus",
            CASE WHEN "ttStatus" = 'CLOSED_UNREACHABLE' THEN '通过登记的住所无法联系' END,
            CASE WHEN "ttStatus" = 'CLOSED_UNREACHABLE' THEN "inspectedOn" + time '16:00' END,
            "windowFrom" - 5 + time '10:30' + "rank" * interval '1 millisecond', COALESCE("inspectedOn", "windowFrom") + time '17:00'
     FROM sc_tt`,
  );
  // Teams of two drawn inspectors of the executing unit (leader and member).
  await client.query(`CREATE TEMP TABLE sc_insp ON COMMIT DROP AS
    SELECT "id", "unitId", row_number() OVER (PARTITION BY "unitId" ORDER BY "id") - 1 AS k, count(*) OVER (PARTITION BY "unitId") AS n
    FROM "Inspector" WHERE "retiredAt" IS NULL AND "qualified"`);
  await client.query('CREATE UNIQUE INDEX ON sc_insp ("unitId", k)');
  await step(
    'teams',
    `INSERT INTO "Team" ("id", "visitId", "drawId", "mode", "confirmedAt", "createdAt")
     SELECT 'scm' || i, 'scv' || i, 'scd' || j, 'DRAWN', "windowFrom" - 5 + time '10:30', "windowFrom" - 5 + time '10:30' FROM sc_tt
     WHERE EXISTS (SELECT 1 FROM sc_insp WHERE sc_insp."unitId" = sc_tt."unitId" AND sc_insp.k = 1)`,
  );
  await step(
    'team members',
    `INSERT INTO "TeamMember" ("id", "teamId", "inspectorId", "role", "rank", "active", "createdAt")
     SELECT 'scmm' || tt.i || '_' || m, 'scm' || tt.i, ins."id", (CASE WHEN m = 0 THEN 'LEADER' ELSE 'MEMBER' END)::"TeamRole", m + 1, true,
            tt."windowFrom" - 5 + time '10:30'
     FROM sc_tt tt CROSS JOIN generate_series(0, 1) m
     JOIN LATERAL (SELECT n FROM sc_insp WHERE sc_insp."unitId" = tt."unitId" AND sc_insp.k = 0) c ON c.n >= 2
     JOIN sc_insp ins ON ins."unitId" = tt."unitId" AND ins.k = (${rnd('tt.i', 36, 1_000_003)} + m) % c.n`,
  );
  await step(
    'results',
    `INSERT INTO "Result" ("id", "taskTargetId", "formId", "method", "findings", "outcome", "followUpAction", "followUpUnitId", "remarks", "status",
        "inspectedOn", "dueOn", "dueProvisional", "enteredById", "submittedAt", "approvedById", "approvedAt", "publishedAt", "createdAt", "updatedAt")
     SELECT 'scr' || tt.i, 'sctt' || tt.i, tci."formId",
            CASE WHEN tt."outcome" IS NOT NULL THEN (CASE WHEN ${rnd('tt.i', 37, 10)} < 7 THEN 'ON_SITE' ELSE 'WRITTEN' END)::"CheckMethod" END,
            CASE WHEN tt."outcome" IS NOT NULL THEN jsonb_build_array(jsonb_build_object('checkItemId', tci."checkItemId", 'finding',
                   CASE WHEN tt."outcome" = 'NO_PROBLEM' THEN '未发现问题' ELSE '发现问题' END, 'compliant', tt."outcome" = 'NO_PROBLEM')) END,
            tt."outcome",
            (CASE WHEN tt."outcome" IN ('FOLLOW_UP_PENDING', 'SERIOUS_REFUSAL', 'FALSIFICATION') THEN
               CASE WHEN ${rnd('tt.i', 38, 3)} = 0 THEN 'REFER_CASE' ELSE 'NOTIFY_DEPARTMENT' END ELSE 'NONE' END)::"FollowUpAction",
            CASE WHEN tt."outcome" IN ('FOLLOW_UP_PENDING', 'SERIOUS_REFUSAL', 'FALSIFICATION') THEN tt."unitId" END,
            CASE WHEN tt."outcome" IS NOT NULL THEN '检查对象签字确认，已送达检查告知书' END,
            tt."resultStatus", tt."inspectedOn", CASE WHEN tt."completedOn" IS NOT NULL THEN tt."dueOn" END, false,
            CASE WHEN tt."outcome" IS NOT NULL THEN '${admin}' END,
            CASE WHEN tt."resultStatus" <> 'NOT_ENTERED' THEN COALESCE(tt."publishedOn" - 2, tt."inspectedOn" + 3) + time '15:00' END,
            CASE WHEN tt."resultStatus" IN ('APPROVED', 'PUBLISHED') THEN '${admin}' END,
            CASE WHEN tt."resultStatus" IN ('APPROVED', 'PUBLISHED') THEN COALESCE(tt."publishedOn" - 1, tt."inspectedOn" + 5) + time '10:00' END,
            CASE WHEN tt."resultStatus" = 'PUBLISHED' THEN tt."publishedOn" + time '10:00' - interval '8 hours' END,
            tt."windowFrom" - 5 + time '10:30', COALESCE(tt."publishedOn", tt."inspectedOn", tt."windowFrom") + time '17:00'
     FROM sc_tt tt JOIN sc_task t ON t.j = tt.j JOIN "TaskCheckItem" tci ON tci."taskId" = tt."taskId" AND tci."checkItemId" = t."checkItemId"`,
  );
  // Follow-ups: handed over within two weeks of the inspection; most of the older ones closed.
  await step(
    'follow-ups',
    `INSERT INTO "FollowUp" ("id", "resultId", "handedToUnitId", "status", "handedOverAt", "acceptedAt", "caseFiledAt", "caseNumber", "rectifiedAt",
        "closedAt", "notes", "handedOverById", "updatedAt")
     SELECT 'scf' || tt.i, 'scr' || tt.i, tt."unitId", s.status::"FollowUpStatus", s.h, s.h + interval '2 days',
            CASE WHEN s.status IN ('CASE_FILED', 'CLOSED') AND ${rnd('tt.i', 41, 3)} = 0 THEN s.h + interval '9 days' END,
            CASE WHEN s.status IN ('CASE_FILED', 'CLOSED') AND ${rnd('tt.i', 41, 3)} = 0 THEN '临自然资罚〔' || tt."year" || '〕' || tt.i || '号' END,
            CASE WHEN s.status IN ('RECTIFIED', 'CLOSED') THEN s.h + interval '30 days' END,
            CASE WHEN s.status = 'CLOSED' THEN s.h + (30 + ${rnd('tt.i', 42, 90)}) * interval '1 day' END, NULL, '${admin}', s.h
     FROM sc_tt tt
     CROSS JOIN LATERAL (SELECT (tt."inspectedOn" + 1 + ${rnd('tt.i', 43, 14)}::int) + time '10:00' - interval '8 hours' AS h,
       CASE WHEN tt."year" < 2026 OR ${rnd('tt.i', 44, 100)} < 30 THEN 'CLOSED' WHEN ${rnd('tt.i', 44, 100)} < 60 THEN 'CASE_FILED' ELSE 'ACCEPTED' END AS status) s
     WHERE tt."outcome" IN ('FOLLOW_UP_PENDING', 'SERIOUS_REFUSAL', 'FALSIFICATION') AND tt."resultStatus" IN ('APPROVED', 'PUBLISHED')`,
  );
  // Objections to 0.3% of the published results, decided; half of them led to a signed, published correction.
  await step(
    'reviews',
    `INSERT INTO "Review" ("id", "resultId", "raisedBy", "content", "receivedOn", "reviewDueOn", "status", "decision", "decisionNote", "decidedOn",
        "feedbackDueOn", "fedBackOn", "feedbackNote", "recordedById", "createdAt")
     SELECT 'scrv' || i, 'scr' || i, '检查对象', '对检查结果有异议', "publishedOn" + 3, "publishedOn" + 31, 'FED_BACK',
            (CASE WHEN i % 2 = 0 THEN 'CORRECTED' ELSE 'UPHELD' END)::"ReviewDecision", '经复核', "publishedOn" + 20, "publishedOn" + 41,
            "publishedOn" + 30, '书面告知', '${admin}', "publishedOn" + 3 + time '09:00'
     FROM sc_tt WHERE "resultStatus" = 'PUBLISHED' AND ${rnd('i', 45, 1000)} < 3 AND "publishedOn" < date '2026-09-01'`,
  );
  await step(
    'corrections',
    `INSERT INTO "Correction" ("id", "resultId", "reviewId", "reason", "changes", "proposedById", "proposedAt", "signedById", "signedAt", "publishedAt")
     SELECT 'sccr' || i, 'scr' || i, 'scrv' || i, '复核后更正检查结果', jsonb_build_object('outcome', 'CORRECTED_ON_ORDER'),
            '${admin}', "publishedOn" + 21 + time '09:00', '${admin}', "publishedOn" + 22 + time '09:00', "publishedOn" + 23 + time '09:00'
     FROM sc_tt WHERE "resultStatus" = 'PUBLISHED' AND ${rnd('i', 45, 1000)} < 3 AND "publishedOn" < date '2026-09-01' AND i % 2 = 0`,
  );
  return timings;
}
