-- Read cache (src/server/cache/read-cache.ts): the dashboard's, the report's and the KPI pages' data
-- are kept in each app instance's memory under the stamp of the data they were read from. The stamp
-- lives here, in ONE row, and changes in every transaction that writes a table those pages read,
-- whoever writes it: the app through any instance, a script, psql. A cached read first reads the
-- stamp (one cheap query), so a write committed anywhere is seen by the next read, with no
-- notification that could be missed.
--
-- Why it is correct: the write and the new stamp commit together (one transaction). A reader reads
-- the stamp BEFORE the data: a write not yet visible to its data query commits a new stamp after
-- the reader's, so its entry can never be found again once the write is visible.
--
-- Why deferred: the stamp row is locked by the transaction that changes it until it commits. Done at
-- the first write, two writers could deadlock (one holding a row the other needs while waiting for
-- the stamp); done at COMMIT (a DEFERRABLE INITIALLY DEFERRED constraint trigger), a transaction has
-- taken every other lock already and holds the stamp's only for its commit. A transaction-local
-- setting makes it ONE update per transaction however many rows it writes. TRUNCATE fires no row
-- triggers: a statement trigger covers it.
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "stamp" UUID NOT NULL,
    "changedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "DataVersion_one_row" CHECK ("id" = 1)
);

INSERT INTO "DataVersion" ("id", "stamp") VALUES (1, gen_random_uuid());

-- A random stamp, not a counter: a database rebuilt or restored under a running instance cannot
-- bring back a value whose cached data was of another history.
CREATE FUNCTION levers_bump_data_version() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('levers.data_version_bumped', true) = 'on' THEN
    RETURN NULL;
  END IF;
  PERFORM set_config('levers.data_version_bumped', 'on', true);
  UPDATE "DataVersion" SET "stamp" = gen_random_uuid(), "changedAt" = clock_timestamp() WHERE "id" = 1;
  RETURN NULL;
END $$;

-- Every table the cached pages read (tests/integration/read-cache.test.ts checks the list against
-- the schema: a new table must be added here or to its list of tables the pages do not read).
DO $$
DECLARE
  item text;
BEGIN
  FOREACH item IN ARRAY ARRAY['User', 'Initiative', 'Kpi', 'KpiMeasurement', 'InitiativeKpi', 'StatusUpdate',
                              'Comment', 'ActivityEvent'] LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED '
      'FOR EACH ROW EXECUTE FUNCTION levers_bump_data_version()', item || '_data_version', item);
    EXECUTE format(
      'CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION levers_bump_data_version()',
      item || '_data_version_truncate', item);
  END LOOP;
END $$;
