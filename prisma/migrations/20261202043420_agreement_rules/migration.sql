-- AlterEnum
ALTER TYPE "StandardsReview" ADD VALUE 'NOT_NEEDED';

-- AlterTable
ALTER TABLE "Initiative" ADD COLUMN     "standardsReviewedAt" TIMESTAMPTZ(3),
ADD COLUMN     "standardsReviewedById" UUID;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_standardsReviewedById_fkey" FOREIGN KEY ("standardsReviewedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: each side keeps its own voice, whatever client writes.
--   LV005 the IT-standards verdict is given by the IT side (the CIO or IT staff)
--   LV006 the marketing sign-off is the CMO's, the IT sign-off the CIO's
CREATE FUNCTION levers_check_initiative_voices() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  who "Role";
BEGIN
  IF NEW."standardsReviewedById" IS NOT NULL
     AND (TG_OP = 'INSERT' OR NEW."standardsReviewedById" IS DISTINCT FROM OLD."standardsReviewedById") THEN
    SELECT role INTO who FROM "User" WHERE id = NEW."standardsReviewedById";
    IF who IS NULL OR levers_role_side(who) IS DISTINCT FROM 'IT' THEN
      RAISE EXCEPTION 'The IT-standards review is given by the CIO or IT staff'
        USING ERRCODE = 'LV005', COLUMN = 'standardsReviewedById';
    END IF;
  END IF;
  IF NEW."marketingApprovedById" IS NOT NULL
     AND (TG_OP = 'INSERT' OR NEW."marketingApprovedById" IS DISTINCT FROM OLD."marketingApprovedById") THEN
    SELECT role INTO who FROM "User" WHERE id = NEW."marketingApprovedById";
    IF who IS DISTINCT FROM 'CMO' THEN
      RAISE EXCEPTION 'The marketing sign-off is the CMO''s'
        USING ERRCODE = 'LV006', COLUMN = 'marketingApprovedById';
    END IF;
  END IF;
  IF NEW."itApprovedById" IS NOT NULL
     AND (TG_OP = 'INSERT' OR NEW."itApprovedById" IS DISTINCT FROM OLD."itApprovedById") THEN
    SELECT role INTO who FROM "User" WHERE id = NEW."itApprovedById";
    IF who IS DISTINCT FROM 'CIO' THEN
      RAISE EXCEPTION 'The IT sign-off is the CIO''s'
        USING ERRCODE = 'LV006', COLUMN = 'itApprovedById';
    END IF;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Initiative_each_side_its_voice"
  BEFORE INSERT OR UPDATE OF "standardsReviewedById", "marketingApprovedById", "itApprovedById" ON "Initiative"
  FOR EACH ROW EXECUTE FUNCTION levers_check_initiative_voices();

-- LV007 the status workflow: PROPOSED → AGREED (or back, when sign-offs are withdrawn) →
-- IN_PROGRESS → DONE (and back to IN_PROGRESS when reopened); any live status → DROPPED.
CREATE FUNCTION levers_check_status_transition() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NOT ((OLD.status = 'PROPOSED' AND NEW.status IN ('AGREED', 'DROPPED'))
       OR (OLD.status = 'AGREED' AND NEW.status IN ('PROPOSED', 'IN_PROGRESS', 'DROPPED'))
       OR (OLD.status = 'IN_PROGRESS' AND NEW.status IN ('DONE', 'DROPPED'))
       OR (OLD.status = 'DONE' AND NEW.status = 'IN_PROGRESS')) THEN
    RAISE EXCEPTION 'An initiative cannot go from % to %', OLD.status, NEW.status
      USING ERRCODE = 'LV007', COLUMN = 'status';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Initiative_status_workflow"
  BEFORE UPDATE OF status ON "Initiative"
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION levers_check_status_transition();
