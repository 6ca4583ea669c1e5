-- The board's data joins the read cache (src/server/queries/board-page.ts): besides the tables the
-- first read-cache migration covers, the board's capacity line and its score ranks read the joint
-- triage's plans, capacities, scores and scoring models. Their writes now change the stamp too, by
-- the same deferred trigger (see read_cache_data_version).
DO $$
DECLARE
  item text;
BEGIN
  FOREACH item IN ARRAY ARRAY['TriagePlan', 'TriageCapacity', 'TriageScore', 'TriageAgreedScore', 'ScoringModel'] LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED '
      'FOR EACH ROW EXECUTE FUNCTION levers_bump_data_version()', item || '_data_version', item);
    EXECUTE format(
      'CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION levers_bump_data_version()',
      item || '_data_version_truncate', item);
  END LOOP;
END $$;
