-- Rule 9's count kept per target (issue 14: the draw's freeze at 1M targets grouped every drawn target of the year,
-- 1M rows, on every preview and draw). TargetDrawCount holds, per calendar year (Beijing time, as drawYear in
-- apps/api/src/drawInputs.ts) and target, the number of LOCKED target draws of that year that selected the target —
-- what the freeze computed as count(*) over DrawnTarget ⋈ Draw (a draw counts once per target: DrawnTarget's key
-- is (drawId, targetId)). A missing row is 0; rows that fall to 0 are deleted.
--
-- Kept in the writing transaction by triggers, so every statement sees the count its own snapshot implies, as the
-- join did:
--   * a Draw row whose status, kind or drawnAt changes (the lock: DRAWN → LOCKED) moves its drawn targets' counts
--     (row trigger; only a draw entering or leaving "LOCKED TARGETS", or changing year, touches anything);
--   * DrawnTarget rows inserted, deleted or updated under a draw that is already LOCKED TARGETS (the scale seed, data
--     fixes) move theirs (statement triggers over the transition tables: one grouped upsert per statement).
-- The upserts take their rows in key order, so two concurrent writers wait for each other rather than deadlock.
-- TRUNCATE is not covered (it fires no row or statement trigger); `npm run draw-counts:rebuild -w @ssj/api` checks
-- the table against the recomputation and repairs it (apps/api/src/drawCounts.ts).
--
-- Written by hand below the generated table: Prisma's diff does not model functions or triggers.

-- CreateTable
CREATE TABLE "TargetDrawCount" (
    "year" INTEGER NOT NULL,
    "targetId" TEXT NOT NULL,
    "draws" INTEGER NOT NULL,

    CONSTRAINT "TargetDrawCount_pkey" PRIMARY KEY ("year","targetId")
);

-- The calendar year (Beijing time, UTC+8 without daylight saving) of a timestamp stored as UTC.
CREATE FUNCTION ssj_draw_year(at TIMESTAMP(3)) RETURNS INTEGER
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT extract(year FROM at + interval '8 hours')::int $$;

-- Adds `delta` to the count of every target a draw selected, in `yr`.
CREATE FUNCTION ssj_target_draw_count_move(draw_id TEXT, yr INTEGER, delta INTEGER) RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TargetDrawCount" ("year", "targetId", "draws")
  SELECT yr, dt."targetId", delta FROM "DrawnTarget" dt WHERE dt."drawId" = draw_id ORDER BY dt."targetId"
  ON CONFLICT ("year", "targetId") DO UPDATE SET "draws" = "TargetDrawCount"."draws" + EXCLUDED."draws";
  IF delta < 0 THEN
    DELETE FROM "TargetDrawCount" c USING "DrawnTarget" dt
    WHERE dt."drawId" = draw_id AND c."year" = yr AND c."targetId" = dt."targetId" AND c."draws" <= 0;
  END IF;
END $$;

CREATE FUNCTION ssj_target_draw_count_draw() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  was BOOLEAN := OLD."status" = 'LOCKED' AND OLD."kind" = 'TARGETS';
  now_counted BOOLEAN := NEW."status" = 'LOCKED' AND NEW."kind" = 'TARGETS';
BEGIN
  IF was AND now_counted AND ssj_draw_year(OLD."drawnAt") = ssj_draw_year(NEW."drawnAt") AND OLD."id" = NEW."id" THEN
    RETURN NULL;
  END IF;
  IF was THEN
    PERFORM ssj_target_draw_count_move(OLD."id", ssj_draw_year(OLD."drawnAt"), -1);
  END IF;
  IF now_counted THEN
    PERFORM ssj_target_draw_count_move(NEW."id", ssj_draw_year(NEW."drawnAt"), 1);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "TargetDrawCount_draw" AFTER UPDATE OF "status", "kind", "drawnAt" ON "Draw"
  FOR EACH ROW EXECUTE FUNCTION ssj_target_draw_count_draw();

-- DrawnTarget rows of LOCKED target draws, added (+1) or removed (−1) by one statement.
CREATE FUNCTION ssj_target_draw_count_rows() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE "TargetDrawCount" c SET "draws" = c."draws" - m.n
    FROM (SELECT ssj_draw_year(d."drawnAt") AS yr, o."targetId", count(*)::int AS n
          FROM old_rows o JOIN "Draw" d ON d."id" = o."drawId"
          WHERE d."status" = 'LOCKED' AND d."kind" = 'TARGETS' GROUP BY 1, 2) m
    WHERE c."year" = m.yr AND c."targetId" = m."targetId";
    DELETE FROM "TargetDrawCount" c USING old_rows o WHERE c."targetId" = o."targetId" AND c."draws" <= 0;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "TargetDrawCount" ("year", "targetId", "draws")
    SELECT ssj_draw_year(d."drawnAt"), n."targetId", count(*)::int
    FROM new_rows n JOIN "Draw" d ON d."id" = n."drawId"
    WHERE d."status" = 'LOCKED' AND d."kind" = 'TARGETS'
    GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT ("year", "targetId") DO UPDATE SET "draws" = "TargetDrawCount"."draws" + EXCLUDED."draws";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "TargetDrawCount_rows_insert" AFTER INSERT ON "DrawnTarget"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ssj_target_draw_count_rows();
CREATE TRIGGER "TargetDrawCount_rows_delete" AFTER DELETE ON "DrawnTarget"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ssj_target_draw_count_rows();
CREATE TRIGGER "TargetDrawCount_rows_update" AFTER UPDATE ON "DrawnTarget"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ssj_target_draw_count_rows();

-- The counts of the draws locked so far.
INSERT INTO "TargetDrawCount" ("year", "targetId", "draws")
SELECT ssj_draw_year(d."drawnAt"), dt."targetId", count(*)::int
FROM "DrawnTarget" dt JOIN "Draw" d ON d."id" = dt."drawId"
WHERE d."status" = 'LOCKED' AND d."kind" = 'TARGETS'
GROUP BY 1, 2;
