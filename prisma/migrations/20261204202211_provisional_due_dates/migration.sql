-- AlterTable
ALTER TABLE "Result" ADD COLUMN     "dueProvisional" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "feedbackDueProvisional" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "reviewDueProvisional" BOOLEAN NOT NULL DEFAULT false;

-- Rule 20: a due date counted through a year whose working-day calendar was not declared yet is provisional;
-- declaring the year settles it. A published result is immutable, with two changes let through, each with
-- nothing else of the row changed (updatedAt aside): the due date set where there was none (completing the
-- task after an early publication), and a provisional due date settled (dueOn moved, dueProvisional true → false).
-- Written by hand: Prisma's diff does not model triggers.
CREATE OR REPLACE FUNCTION ssj_published_result_immutable() RETURNS trigger AS $$
BEGIN
  IF OLD."status" = 'PUBLISHED' THEN
    IF TG_OP = 'UPDATE' AND OLD."dueOn" IS NULL AND NEW."dueOn" IS NOT NULL
       AND (to_jsonb(NEW) - 'dueOn' - 'dueProvisional' - 'updatedAt') = (to_jsonb(OLD) - 'dueOn' - 'dueProvisional' - 'updatedAt') THEN
      RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD."dueProvisional" AND NOT NEW."dueProvisional" AND NEW."dueOn" IS NOT NULL
       AND (to_jsonb(NEW) - 'dueOn' - 'dueProvisional' - 'updatedAt') = (to_jsonb(OLD) - 'dueOn' - 'dueProvisional' - 'updatedAt') THEN
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
