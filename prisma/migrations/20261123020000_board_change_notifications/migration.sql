-- Live board: every change to the list (initiatives, their updates and comments) notifies the
-- channel `levers_board` once per statement, delivered at commit. Each app instance LISTENs and
-- streams a "change" event to its open browsers (Server-Sent Events), so several instances behind
-- a load balancer stay in step with only Postgres between them.
CREATE FUNCTION levers_notify_board_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('levers_board', TG_TABLE_NAME);
  RETURN NULL;
END $$;

CREATE TRIGGER "Initiative_notify_board"
  AFTER INSERT OR UPDATE OR DELETE ON "Initiative"
  FOR EACH STATEMENT EXECUTE FUNCTION levers_notify_board_change();

CREATE TRIGGER "StatusUpdate_notify_board"
  AFTER INSERT OR UPDATE OR DELETE ON "StatusUpdate"
  FOR EACH STATEMENT EXECUTE FUNCTION levers_notify_board_change();

CREATE TRIGGER "Comment_notify_board"
  AFTER INSERT OR UPDATE OR DELETE ON "Comment"
  FOR EACH STATEMENT EXECUTE FUNCTION levers_notify_board_change();
