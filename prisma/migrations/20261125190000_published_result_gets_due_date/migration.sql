-- Rule 20 vs rule 21: results may be entered, reviewed and published while their task is still running, and
-- completing the task starts the clock by giving every result its due date. A result published before that
-- therefore gets its due date afterwards — the one change the immutability trigger lets through: the due date
-- set where there was none, nothing else of the row changed (updatedAt aside). Before, completing such a task
-- failed on the trigger. Written by hand: Prisma's diff does not model triggers.
CREATE OR REPLACE FUNCTION ssj_published_result_immutable() RETURNS trigger AS $$
BEGIN
  IF OLD."status" = 'PUBLISHED' THEN
    IF TG_OP = 'UPDATE' AND OLD."dueOn" IS NULL AND NEW."dueOn" IS NOT NULL
       AND (to_jsonb(NEW) - 'dueOn' - 'updatedAt') = (to_jsonb(OLD) - 'dueOn' - 'updatedAt') THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'Result % is published and cannot be changed (%); record a Correction instead', OLD."id", TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
