// Synthetic data at any scale, written in a few INSERT … SELECT generate_series statements: for
// `npm run bench` (10,000 initiatives, 100,000 KPI measurements) and for the tests that prove the
// dashboard and report queries stay a fixed number whatever the data size. Every row obeys the
// database rules (owner sides, sign-offs of agreed work, outcome notes, distinct live rank keys).
import { generateNKeysBetween } from "fractional-indexing";
import pg from "pg";

export interface BenchScale {
  initiatives: number;
  /** KPI measurements in all, spread over `kpis` KPIs, one a day per KPI going back from today. */
  measurements: number;
  kpis?: number;
}

/** Counts of what was written, for the log. */
export interface BenchCounts {
  users: number;
  initiatives: number;
  kpis: number;
  measurements: number;
  statusUpdates: number;
  comments: number;
  events: number;
}

const USERS = [
  ["CMO", "Bench CMO"],
  ["MARKETING", "Bench marketer A"],
  ["MARKETING", "Bench marketer B"],
  ["CIO", "Bench CIO"],
  ["IT", "Bench engineer A"],
  ["IT", "Bench engineer B"],
  ["BOARD", "Bench board member"],
] as const;

/** Writes the data into an empty, migrated database (adds to whatever is there). `tag` keeps names unique. */
export async function seedBenchData(connectionString: string, scale: BenchScale, tag = "bench"): Promise<BenchCounts> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("BEGIN");
    const users = await client.query<{ id: string; role: string }>(
      `INSERT INTO "User" (id, email, name, role, "updatedAt")
       SELECT gen_random_uuid(), lower($1 || '-' || u.ord || '-' || gen_random_uuid() || '@bench.example'), u.name, u.role::"Role", now()
         FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS u(role, name, ord)
       RETURNING id, role`,
      [tag, USERS.map(([role]) => role), USERS.map(([, name]) => name)],
    );
    const ids = (roles: string[]) => users.rows.filter((u) => roles.includes(u.role)).map((u) => u.id);
    const [marketing, it] = [ids(["CMO", "MARKETING"]), ids(["CIO", "IT"])];
    const [cmo, cio] = [ids(["CMO"])[0], ids(["CIO"])[0]];

    // Initiatives: 25% proposed, 15% agreed, 25% in progress, 20% done, 15% dropped; keys in list order.
    const keys = generateNKeysBetween(null, null, scale.initiatives);
    await client.query(
      `INSERT INTO "Initiative" (id, title, lever, "marketingOwnerId", "itOwnerId", "rankKey", status, health, progress,
                                 "targetDate", "marketingApprovedById", "marketingApprovedAt", "itApprovedById", "itApprovedAt",
                                 "outcomeNote", "dropReason", "createdById", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), $1 || ' initiative ' || k.n, (ARRAY['TALENTS','PROCESSES','TECHNOLOGIES','METRICS'])[1 + k.n % 4]::"Lever",
              ($2::uuid[])[1 + k.n % cardinality($2::uuid[])], ($3::uuid[])[1 + k.n % cardinality($3::uuid[])], k.key, s.status::"InitiativeStatus",
              (ARRAY['ON_TRACK','ON_TRACK','ON_TRACK','AT_RISK','OFF_TRACK'])[1 + k.n % 5]::"Health", (k.n * 7) % 101,
              current_date + ((k.n * 13) % 500 - 150), s.signed, CASE WHEN s.signed IS NULL THEN NULL ELSE now() - interval '200 days' END,
              s.signed2, CASE WHEN s.signed2 IS NULL THEN NULL ELSE now() - interval '199 days' END,
              CASE WHEN s.status = 'DONE' THEN 'Outcome of ' || k.n END, CASE WHEN s.status = 'DROPPED' THEN 'Dropped: ' || k.n END,
              $4::uuid, now() - make_interval(days => (k.n * 37) % 720), now()
         FROM (SELECT u.key, u.n::int AS n FROM unnest($5::text[]) WITH ORDINALITY AS u(key, n)) k
         CROSS JOIN LATERAL (SELECT st AS status, CASE WHEN st IN ('PROPOSED') THEN NULL ELSE $4::uuid END AS signed,
                                    CASE WHEN st IN ('PROPOSED') THEN NULL ELSE $6::uuid END AS signed2
                               FROM (SELECT CASE WHEN k.n % 20 < 5 THEN 'PROPOSED' WHEN k.n % 20 < 8 THEN 'AGREED' WHEN k.n % 20 < 13 THEN 'IN_PROGRESS'
                                                 WHEN k.n % 20 < 17 THEN 'DONE' ELSE 'DROPPED' END AS st) x) s`,
      [tag, marketing, it, cmo, keys, cio],
    );
    // Status updates, comments and the audit trail over the last 400 days.
    const updates = await client.query(
      `INSERT INTO "StatusUpdate" (id, "initiativeId", "authorId", health, progress, body, "createdAt")
       SELECT gen_random_uuid(), i.id, CASE WHEN g % 2 = 0 THEN i."marketingOwnerId" ELSE i."itOwnerId" END,
              (ARRAY['ON_TRACK','AT_RISK','OFF_TRACK'])[1 + (g + i.progress) % 3]::"Health", i.progress, 'Update ' || g,
              now() - make_interval(days => (g * 11 + i.progress) % 400)
         FROM "Initiative" i CROSS JOIN generate_series(1, 2) g WHERE i.title LIKE $1 || ' %'`,
      [tag],
    );
    const comments = await client.query(
      `INSERT INTO "Comment" (id, "initiativeId", "authorId", body, "createdAt")
       SELECT gen_random_uuid(), i.id, i."itOwnerId", 'Comment on ' || i.title, now() - make_interval(days => i.progress * 4)
         FROM "Initiative" i WHERE i.title LIKE $1 || ' %'`,
      [tag],
    );
    const events = await client.query(
      `INSERT INTO "ActivityEvent" ("actorId", action, "entityType", "entityId", "initiativeId", changes, "occurredAt")
       SELECT e.actor, e.action, 'initiative', i.id::text, i.id, e.changes, e.at
         FROM "Initiative" i
         CROSS JOIN LATERAL (VALUES
           (i."createdById", 'initiative.created', jsonb_build_object('title', jsonb_build_object('before', null, 'after', i.title)), i."createdAt"),
           ($2::uuid, 'initiative.moved', jsonb_build_object('rank', jsonb_build_object('before', 1 + i.progress, 'after', 1 + i.progress / 2), 'reason', 'Bench move'),
            now() - make_interval(days => i.progress * 3)),
           (CASE WHEN i.progress % 2 = 0 THEN i."marketingOwnerId" ELSE i."itOwnerId" END, 'initiative.status_update_posted',
            jsonb_build_object('health', jsonb_build_object('before', 'ON_TRACK', 'after', i.health)), now() - make_interval(days => i.progress * 2)),
           ($2::uuid, CASE WHEN i."marketingApprovedAt" IS NULL THEN NULL ELSE 'initiative.signed_off' END,
            jsonb_build_object('signedOff', jsonb_build_object('before', null, 'after', 'MARKETING')), i."marketingApprovedAt"),
           ($3::uuid, CASE WHEN i."itApprovedAt" IS NULL THEN NULL ELSE 'initiative.signed_off' END,
            jsonb_build_object('signedOff', jsonb_build_object('before', null, 'after', 'IT'), 'status', jsonb_build_object('before', 'PROPOSED', 'after', 'AGREED')), i."itApprovedAt"),
           (i."marketingOwnerId", CASE WHEN i.status IN ('DONE', 'DROPPED') THEN 'initiative.status_changed' END,
            jsonb_build_object('status', jsonb_build_object('before', 'IN_PROGRESS', 'after', i.status), 'outcomeNote', jsonb_build_object('before', null, 'after', i."outcomeNote"),
                               'dropReason', jsonb_build_object('before', null, 'after', i."dropReason")), now() - make_interval(days => i.progress * 5))
         ) AS e(actor, action, changes, at)
        WHERE i.title LIKE $1 || ' %' AND e.action IS NOT NULL`,
      [tag, cmo, cio],
    );
    // KPIs, and one measurement a day per KPI going back from today.
    const kpiCount = Math.max(1, scale.kpis ?? Math.min(20, Math.ceil(scale.measurements / 5000)));
    const perKpi = Math.ceil(scale.measurements / kpiCount);
    await client.query(
      `INSERT INTO "Kpi" (id, name, unit, direction, baseline, target, "updatedAt")
       SELECT gen_random_uuid(), $1 || ' KPI ' || g, '%', (CASE WHEN g % 3 = 0 THEN 'LOWER_IS_BETTER' ELSE 'HIGHER_IS_BETTER' END)::"KpiDirection",
              40, CASE WHEN g % 3 = 0 THEN 20 ELSE 80 END, now()
         FROM generate_series(1, $2::int) g`,
      [tag, kpiCount],
    );
    const measurements = await client.query(
      `INSERT INTO "KpiMeasurement" (id, "kpiId", value, "measuredOn", "recordedById")
       SELECT gen_random_uuid(), k.id, 40 + 20 * sin(d / 30.0) + (d % 7), current_date - d, $3::uuid
         FROM "Kpi" k CROSS JOIN generate_series(0, $2::int - 1) d
        WHERE k.name LIKE $1 || ' KPI %'
        LIMIT $4`,
      [tag, perKpi, cmo, scale.measurements],
    );
    await client.query("COMMIT");
    // As a database in use is: vacuumed (visibility map, hint bits) and analysed. Otherwise autovacuum
    // takes up the 150,000 new rows in the middle of whatever is timed next.
    await client.query(`VACUUM (ANALYZE)`);
    return {
      users: users.rowCount ?? 0,
      initiatives: scale.initiatives,
      kpis: kpiCount,
      measurements: measurements.rowCount ?? 0,
      statusUpdates: updates.rowCount ?? 0,
      comments: comments.rowCount ?? 0,
      events: events.rowCount ?? 0,
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
