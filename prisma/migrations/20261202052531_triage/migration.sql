-- CreateEnum
CREATE TYPE "TriageSide" AS ENUM ('MARKETING', 'IT');

-- CreateEnum
CREATE TYPE "ScoringModelStatus" AS ENUM ('PROPOSED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "TriageDecisionKind" AS ENUM ('AGREE', 'PARK', 'SEND_BACK', 'DROP');

-- CreateTable
CREATE TABLE "ScoringModel" (
    "id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "ScoringModelStatus" NOT NULL,
    "weights" JSONB NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "proposedById" UUID,
    "proposedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ScoringModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TriageScore" (
    "initiativeId" UUID NOT NULL,
    "side" "TriageSide" NOT NULL,
    "criterion" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "modelVersion" INTEGER NOT NULL,
    "scoredById" UUID NOT NULL,
    "scoredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TriageScore_pkey" PRIMARY KEY ("initiativeId","side","criterion")
);

-- CreateTable
CREATE TABLE "TriageAgreedScore" (
    "initiativeId" UUID NOT NULL,
    "criterion" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "setById" UUID NOT NULL,
    "setAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TriageAgreedScore_pkey" PRIMARY KEY ("initiativeId","criterion")
);

-- CreateTable
CREATE TABLE "TriagePlan" (
    "initiativeId" UUID NOT NULL,
    "marketingEffort" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "itEffort" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "targetQuarter" TEXT,
    "updatedById" UUID NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TriagePlan_pkey" PRIMARY KEY ("initiativeId")
);

-- CreateTable
CREATE TABLE "TriageCapacity" (
    "side" "TriageSide" NOT NULL,
    "quarter" TEXT NOT NULL,
    "personWeeks" DOUBLE PRECISION NOT NULL,
    "setById" UUID NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TriageCapacity_pkey" PRIMARY KEY ("side","quarter")
);

-- CreateTable
CREATE TABLE "TriageSession" (
    "id" UUID NOT NULL,
    "startedById" UUID NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMPTZ(3),

    CONSTRAINT "TriageSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TriageDecision" (
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "initiativeId" UUID NOT NULL,
    "kind" "TriageDecisionKind" NOT NULL,
    "parkUntil" DATE,
    "reason" TEXT NOT NULL DEFAULT '',
    "decidedById" UUID NOT NULL,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TriageDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ScoringModel_version_key" ON "ScoringModel"("version");

-- CreateIndex
CREATE INDEX "TriageSession_startedAt_idx" ON "TriageSession"("startedAt");

-- CreateIndex
CREATE INDEX "TriageDecision_sessionId_decidedAt_idx" ON "TriageDecision"("sessionId", "decidedAt");

-- CreateIndex
CREATE INDEX "TriageDecision_initiativeId_decidedAt_idx" ON "TriageDecision"("initiativeId", "decidedAt");

-- AddForeignKey
ALTER TABLE "ScoringModel" ADD CONSTRAINT "ScoringModel_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoringModel" ADD CONSTRAINT "ScoringModel_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TriageScore" ADD CONSTRAINT "TriageScore_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TriageScore" ADD CONSTRAINT "TriageScore_scoredById_fkey" FOREIGN KEY ("scoredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TriageAgreedScore" ADD CONSTRAINT "TriageAgreedScore_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TriageAgreedScore" ADD CONSTRAINT "TriageAgreedScore_setById_fkey" FOREIGN KEY ("setById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TriagePlan" ADD CONSTRAINT "TriagePlan_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TriagePlan" ADD CONSTRAINT "TriagePlan_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TriageCapacity" ADD CONSTRAINT "TriageCapacity_setById_fkey" FOREIGN KEY ("setById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TriageSession" ADD CONSTRAINT "TriageSession_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TriageDecision" ADD CONSTRAINT "TriageDecision_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TriageSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TriageDecision" ADD CONSTRAINT "TriageDecision_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TriageDecision" ADD CONSTRAINT "TriageDecision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: the rules the database can keep whatever client writes.

-- Scores are 1–5; efforts and capacities 0 or more; quarters read "2027-Q1".
ALTER TABLE "TriageScore" ADD CONSTRAINT "TriageScore_value_range" CHECK (value BETWEEN 1 AND 5);
ALTER TABLE "TriageAgreedScore" ADD CONSTRAINT "TriageAgreedScore_value_range" CHECK (value BETWEEN 1 AND 5);
ALTER TABLE "TriagePlan" ADD CONSTRAINT "TriagePlan_efforts_not_negative" CHECK ("marketingEffort" >= 0 AND "itEffort" >= 0);
ALTER TABLE "TriagePlan" ADD CONSTRAINT "TriagePlan_quarter_format" CHECK ("targetQuarter" IS NULL OR "targetQuarter" ~ '^[0-9]{4}-Q[1-4]$');
ALTER TABLE "TriageCapacity" ADD CONSTRAINT "TriageCapacity_not_negative" CHECK ("personWeeks" >= 0);
ALTER TABLE "TriageCapacity" ADD CONSTRAINT "TriageCapacity_quarter_format" CHECK (quarter ~ '^[0-9]{4}-Q[1-4]$');
-- Each side scores for itself: the marketing scores are the CMO's, the IT scores the CIO's.
CREATE FUNCTION levers_check_triage_score_side() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT role::text FROM "User" WHERE id = NEW."scoredById") IS DISTINCT FROM (CASE NEW.side WHEN 'MARKETING' THEN 'CMO' ELSE 'CIO' END) THEN
    RAISE EXCEPTION 'LV008: the % score must be given by the side''s executive', NEW.side;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "TriageScore_side_executive"
  BEFORE INSERT OR UPDATE ON "TriageScore"
  FOR EACH ROW EXECUTE FUNCTION levers_check_triage_score_side();
-- A park decision has its date; a send-back and a drop have their reason.
ALTER TABLE "TriageDecision" ADD CONSTRAINT "TriageDecision_park_date" CHECK (kind <> 'PARK' OR "parkUntil" IS NOT NULL);
ALTER TABLE "TriageDecision" ADD CONSTRAINT "TriageDecision_reason" CHECK (kind NOT IN ('SEND_BACK', 'DROP') OR btrim(reason) <> '');
-- Weights of a model are whole percentages summing to 100.
CREATE FUNCTION levers_weights_total(weights jsonb) RETURNS numeric
LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(sum(v::numeric), 0) FROM jsonb_each_text(weights) AS w(k, v) $$;
ALTER TABLE "ScoringModel" ADD CONSTRAINT "ScoringModel_weights_sum" CHECK (levers_weights_total(weights) = 100);

-- Version 1: the default model, in force until both executives approve another.
INSERT INTO "ScoringModel" (id, version, status, weights, note)
VALUES (gen_random_uuid(), 1, 'APPROVED', '{"customerExperience": 30, "businessValue": 30, "urgency": 20, "confidence": 20}', 'Default weights');

-- The triage pages stay live: every committed change notifies the board channel, as initiatives do.
CREATE TRIGGER "ScoringModel_notify_board" AFTER INSERT OR UPDATE OR DELETE ON "ScoringModel"
  FOR EACH STATEMENT EXECUTE FUNCTION levers_notify_board_change();
CREATE TRIGGER "TriageScore_notify_board" AFTER INSERT OR UPDATE OR DELETE ON "TriageScore"
  FOR EACH STATEMENT EXECUTE FUNCTION levers_notify_board_change();
CREATE TRIGGER "TriageAgreedScore_notify_board" AFTER INSERT OR UPDATE OR DELETE ON "TriageAgreedScore"
  FOR EACH STATEMENT EXECUTE FUNCTION levers_notify_board_change();
CREATE TRIGGER "TriagePlan_notify_board" AFTER INSERT OR UPDATE OR DELETE ON "TriagePlan"
  FOR EACH STATEMENT EXECUTE FUNCTION levers_notify_board_change();
CREATE TRIGGER "TriageCapacity_notify_board" AFTER INSERT OR UPDATE OR DELETE ON "TriageCapacity"
  FOR EACH STATEMENT EXECUTE FUNCTION levers_notify_board_change();
CREATE TRIGGER "TriageSession_notify_board" AFTER INSERT OR UPDATE OR DELETE ON "TriageSession"
  FOR EACH STATEMENT EXECUTE FUNCTION levers_notify_board_change();
CREATE TRIGGER "TriageDecision_notify_board" AFTER INSERT OR UPDATE OR DELETE ON "TriageDecision"
  FOR EACH STATEMENT EXECUTE FUNCTION levers_notify_board_change();
