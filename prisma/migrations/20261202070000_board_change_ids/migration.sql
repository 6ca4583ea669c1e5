-- Live board, precise: each notification names the initiatives a statement changed, so open boards
-- fetch only those rows. Payload (JSON, well under NOTIFY's 8000-byte limit):
--   {"t":"Initiative","ids":["…", …]}   or   {"t":"Initiative","ids":"*"} when more than 100 changed
-- (a rebalance rewrites every key: then boards re-read their window). Statement-level triggers with
-- transition tables: one per event, as Postgres requires. The other tables that notify (the joint
-- triage's scores, plans and capacity change every row's score rank) keep levers_notify_board_change,
-- which now says the same in JSON: {"t":"TriageScore","ids":"*"}.
DROP TRIGGER IF EXISTS "Initiative_notify_board" ON "Initiative";
DROP TRIGGER IF EXISTS "StatusUpdate_notify_board" ON "StatusUpdate";
DROP TRIGGER IF EXISTS "Comment_notify_board" ON "Comment";

CREATE FUNCTION levers_notify_board_ids() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  column_name text := CASE WHEN TG_TABLE_NAME = 'Initiative' THEN 'id' ELSE 'initiativeId' END;
  changed text[];
BEGIN
  IF TG_OP = 'DELETE' THEN
    EXECUTE format('SELECT array_agg(DISTINCT %I::text) FROM old_rows', column_name) INTO changed;
  ELSE
    EXECUTE format('SELECT array_agg(DISTINCT %I::text) FROM new_rows', column_name) INTO changed;
  END IF;
  IF changed IS NULL THEN
    RETURN NULL;
  END IF;
  PERFORM pg_notify('levers_board', json_build_object(
    't', TG_TABLE_NAME,
    'ids', CASE WHEN array_length(changed, 1) > 100 THEN to_json('*'::text) ELSE to_json(changed) END
  )::text);
  RETURN NULL;
END $$;

CREATE TRIGGER "Initiative_notify_board_insert" AFTER INSERT ON "Initiative"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION levers_notify_board_ids();
CREATE TRIGGER "Initiative_notify_board_update" AFTER UPDATE ON "Initiative"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION levers_notify_board_ids();
CREATE TRIGGER "Initiative_notify_board_delete" AFTER DELETE ON "Initiative"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION levers_notify_board_ids();
CREATE TRIGGER "StatusUpdate_notify_board_insert" AFTER INSERT ON "StatusUpdate"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION levers_notify_board_ids();
CREATE TRIGGER "StatusUpdate_notify_board_update" AFTER UPDATE ON "StatusUpdate"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION levers_notify_board_ids();
CREATE TRIGGER "StatusUpdate_notify_board_delete" AFTER DELETE ON "StatusUpdate"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION levers_notify_board_ids();
CREATE TRIGGER "Comment_notify_board_insert" AFTER INSERT ON "Comment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION levers_notify_board_ids();
CREATE TRIGGER "Comment_notify_board_update" AFTER UPDATE ON "Comment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION levers_notify_board_ids();
CREATE TRIGGER "Comment_notify_board_delete" AFTER DELETE ON "Comment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION levers_notify_board_ids();

CREATE OR REPLACE FUNCTION levers_notify_board_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('levers_board', json_build_object('t', TG_TABLE_NAME, 'ids', '*')::text);
  RETURN NULL;
END $$;
