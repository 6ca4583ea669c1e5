-- Levers: rules the database enforces by itself, whatever client writes to it.
-- Hand-written: Prisma's schema language cannot say these. Error codes are stable so the
-- domain layer can translate them into user-facing messages:
--   LV001 marketing owner not on the marketing side     LV002 IT owner not on the IT side
--   LV003 role change would leave an initiative with an owner on the wrong side
--   LV004 activity events are append-only

-- Sides of a role: CMO and MARKETING are marketing; CIO and IT are IT; BOARD and ADMIN neither.
CREATE FUNCTION levers_role_side(r "Role") RETURNS text
  LANGUAGE sql IMMUTABLE STRICT
  AS $$ SELECT CASE r WHEN 'CMO' THEN 'MARKETING' WHEN 'MARKETING' THEN 'MARKETING'
                       WHEN 'CIO' THEN 'IT' WHEN 'IT' THEN 'IT' ELSE NULL END $$;

-- E-mail addresses are stored lower-case, so the unique index is case-insensitive.
ALTER TABLE "User" ADD CONSTRAINT "User_email_lowercase" CHECK (email = lower(email));
ALTER TABLE "User" ADD CONSTRAINT "User_email_not_blank" CHECK (length(btrim(email)) > 3);
ALTER TABLE "User" ADD CONSTRAINT "User_name_not_blank" CHECK (length(btrim(name)) > 0);

-- Ranking: fractional-index keys compare byte by byte, and no two live initiatives share one.
ALTER TABLE "Initiative" ALTER COLUMN "rankKey" TYPE TEXT COLLATE "C";
CREATE UNIQUE INDEX "Initiative_live_rankKey_key" ON "Initiative" ("rankKey")
  WHERE status IN ('PROPOSED', 'AGREED', 'IN_PROGRESS');
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_rankKey_not_blank" CHECK (length("rankKey") > 0);

ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_progress_range" CHECK (progress BETWEEN 0 AND 100);
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_title_not_blank" CHECK (length(btrim(title)) > 0);
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_version_positive" CHECK (version >= 1);
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_done_has_outcome"
  CHECK (status <> 'DONE' OR length(btrim(coalesce("outcomeNote", ''))) > 0);
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_dropped_has_reason"
  CHECK (status <> 'DROPPED' OR length(btrim(coalesce("dropReason", ''))) > 0);
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_agreed_is_signed"
  CHECK (status <> 'AGREED' OR ("marketingApprovedAt" IS NOT NULL AND "itApprovedAt" IS NOT NULL));
ALTER TABLE "StatusUpdate" ADD CONSTRAINT "StatusUpdate_progress_range" CHECK (progress BETWEEN 0 AND 100);

-- Both owners, each from the right side (NOT NULL foreign keys come from the init migration).
CREATE FUNCTION levers_check_initiative_owners() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  marketing_role "Role";
  it_role "Role";
BEGIN
  -- A missing owner is left to the NOT NULL constraints, which name the column.
  IF NEW."marketingOwnerId" IS NULL OR NEW."itOwnerId" IS NULL THEN
    RETURN NEW;
  END IF;
  SELECT role INTO marketing_role FROM "User" WHERE id = NEW."marketingOwnerId";
  IF marketing_role IS NULL OR levers_role_side(marketing_role) IS DISTINCT FROM 'MARKETING' THEN
    RAISE EXCEPTION 'The marketing owner must be a CMO or marketing staff member'
      USING ERRCODE = 'LV001', COLUMN = 'marketingOwnerId';
  END IF;
  SELECT role INTO it_role FROM "User" WHERE id = NEW."itOwnerId";
  IF it_role IS NULL OR levers_role_side(it_role) IS DISTINCT FROM 'IT' THEN
    RAISE EXCEPTION 'The IT owner must be a CIO or IT staff member'
      USING ERRCODE = 'LV002', COLUMN = 'itOwnerId';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Initiative_owner_sides"
  BEFORE INSERT OR UPDATE OF "marketingOwnerId", "itOwnerId" ON "Initiative"
  FOR EACH ROW EXECUTE FUNCTION levers_check_initiative_owners();

-- A role change may not leave any initiative with an owner on the wrong side.
CREATE FUNCTION levers_check_owner_role_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  owned int;
BEGIN
  IF levers_role_side(NEW.role) IS DISTINCT FROM 'MARKETING' THEN
    SELECT count(*) INTO owned FROM "Initiative" WHERE "marketingOwnerId" = NEW.id;
    IF owned > 0 THEN
      RAISE EXCEPTION 'This person is the marketing owner of % initiative(s); reassign them first', owned
        USING ERRCODE = 'LV003', COLUMN = 'role';
    END IF;
  END IF;
  IF levers_role_side(NEW.role) IS DISTINCT FROM 'IT' THEN
    SELECT count(*) INTO owned FROM "Initiative" WHERE "itOwnerId" = NEW.id;
    IF owned > 0 THEN
      RAISE EXCEPTION 'This person is the IT owner of % initiative(s); reassign them first', owned
        USING ERRCODE = 'LV003', COLUMN = 'role';
    END IF;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "User_role_keeps_owner_sides"
  BEFORE UPDATE OF role ON "User"
  FOR EACH ROW WHEN (OLD.role IS DISTINCT FROM NEW.role)
  EXECUTE FUNCTION levers_check_owner_role_change();

-- The audit trail is append-only: no UPDATE, DELETE or TRUNCATE, whoever asks.
CREATE FUNCTION levers_refuse_activity_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ActivityEvent is append-only: % is not allowed', TG_OP USING ERRCODE = 'LV004';
END $$;

CREATE TRIGGER "ActivityEvent_append_only"
  BEFORE UPDATE OR DELETE ON "ActivityEvent"
  FOR EACH ROW EXECUTE FUNCTION levers_refuse_activity_change();

CREATE TRIGGER "ActivityEvent_no_truncate"
  BEFORE TRUNCATE ON "ActivityEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION levers_refuse_activity_change();
