-- The report's list of the joint triage's sessions since the last meeting joins the read cache
-- (src/server/queries/triage-session.ts, listSessionsSince): writes of sessions and of their
-- decisions now change the stamp too, by the same deferred trigger (see read_cache_data_version).
DO $$
DECLARE
  item text;
BEGIN
  FOREACH item IN ARRAY ARRAY['TriageSession', 'TriageDecision'] LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED '
      'FOR EACH ROW EXECUTE FUNCTION levers_bump_data_version()', item || '_data_version', item);
    EXECUTE format(
      'CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION levers_bump_data_version()',
      item || '_data_version_truncate', item);
  END LOOP;
END $$;
