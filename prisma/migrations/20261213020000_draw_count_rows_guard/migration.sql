-- TargetDrawCount's statement trigger on DrawnTarget (20261210010000) joined the transition table with "Draw" to
-- find the rows of LOCKED target draws. A draw inserts its drawn targets while it is still DRAWN, so at province
-- size (issue 14: 46k drawn targets, 100k draws) the trigger found nothing after joining 46k rows with every draw:
-- the planner has no statistics for a transition table, and the draw's transaction runs with nested loops off
-- (drawSql.ts roomToSort), so the join was a hash join over a scan of the whole Draw table — 0.2–1.2 s of the
-- draw's DrawnTarget insert. The statement's distinct draws are now looked up first, each by its key (a subquery
-- per draw, an index scan whatever the join settings), and the counts are only touched when one of them is a
-- LOCKED target draw; what the trigger writes when it does is unchanged.
--
-- Written by hand: Prisma's diff does not model functions or triggers.
CREATE OR REPLACE FUNCTION ssj_target_draw_count_rows() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  -- (Nested IFs: a condition naming a transition table the operation does not have fails to plan.)
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    IF EXISTS (SELECT 1 FROM (SELECT DISTINCT o."drawId" FROM old_rows o) x
               WHERE (SELECT d."status" = 'LOCKED' AND d."kind" = 'TARGETS' FROM "Draw" d WHERE d."id" = x."drawId")) THEN
      UPDATE "TargetDrawCount" c SET "draws" = c."draws" - m.n
      FROM (SELECT ssj_draw_year(d."drawnAt") AS yr, o."targetId", count(*)::int AS n
            FROM old_rows o JOIN "Draw" d ON d."id" = o."drawId"
            WHERE d."status" = 'LOCKED' AND d."kind" = 'TARGETS' GROUP BY 1, 2) m
      WHERE c."year" = m.yr AND c."targetId" = m."targetId";
      DELETE FROM "TargetDrawCount" c USING old_rows o WHERE c."targetId" = o."targetId" AND c."draws" <= 0;
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    IF EXISTS (SELECT 1 FROM (SELECT DISTINCT n."drawId" FROM new_rows n) x
               WHERE (SELECT d."status" = 'LOCKED' AND d."kind" = 'TARGETS' FROM "Draw" d WHERE d."id" = x."drawId")) THEN
      INSERT INTO "TargetDrawCount" ("year", "targetId", "draws")
      SELECT ssj_draw_year(d."drawnAt"), n."targetId", count(*)::int
      FROM new_rows n JOIN "Draw" d ON d."id" = n."drawId"
      WHERE d."status" = 'LOCKED' AND d."kind" = 'TARGETS'
      GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT ("year", "targetId") DO UPDATE SET "draws" = "TargetDrawCount"."draws" + EXCLUDED."draws";
    END IF;
  END IF;
  RETURN NULL;
END $$;
