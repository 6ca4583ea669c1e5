import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import type { EditKpiInput } from "@/lib/schemas/kpi-schemas";
import { postComment, postStatusUpdate } from "@/server/domain/initiatives/post-update";
import { reorderInitiative } from "@/server/domain/initiatives/reorder-initiative";
import { updateInitiative } from "@/server/domain/initiatives/update-initiative";
import { completeInitiative, signOff } from "@/server/domain/initiatives/workflow";
import { recordMeasurement } from "@/server/domain/kpis/record-measurement";
import { updateKpi } from "@/server/domain/kpis/update-kpi";
import { readCacheSize, shareRenderStamp } from "@/server/cache/read-cache";
import { loadDashboard } from "@/server/queries/dashboard";
import { getKpi, listKpiCards } from "@/server/queries/kpis";
import { loadReport } from "@/server/queries/report";
import { listSessionsSince } from "@/server/queries/triage-session";
import { recordTriageDecision } from "@/server/domain/triage/record-triage-decision";
import { startTriageSession } from "@/server/domain/triage/start-triage-session";
import { ctxFor, makeUser, READY } from "../support/factories";
import { scratchDatabase } from "../support/raw-sql";

// The read cache (src/server/cache/read-cache.ts): the dashboard's, the report's and the KPI pages'
// data are read again only when the data changed. In a database of its own (so no other test's write
// changes the stamp between two reads), with every SQL statement counted. No LISTEN connection runs
// here: that a write is seen never depends on a notification.

let queries = 0;
let client: PrismaClient;
let raw: pg.Pool;
let url: string;
const NOW = new Date();
const DAY_MS = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const SINCE = isoDay(daysAgo(30));

type Person = Awaited<ReturnType<typeof makeUser>>;
let cmo: Person, cio: Person, marketer: Person, engineer: Person, board: Person;
let kpiId: string;
const ids: string[] = [];

async function count(work: () => Promise<unknown>): Promise<number> {
  queries = 0;
  await work();
  return queries;
}

const dashboard = async () => (await loadDashboard(board, "year", NOW))!;
const report = async () => (await loadReport(board, SINCE, NOW))!;
const kpiCards = () => listKpiCards(board);
const kpiPage = async () => (await getKpi(board, kpiId))!;
const triageSessions = () => listSessionsSince(board, daysAgo(30));

async function version(id: string): Promise<number> {
  const row = await client.initiative.findUniqueOrThrow({ where: { id }, select: { version: true } });
  return row.version;
}

beforeAll(async () => {
  url = await scratchDatabase("read_cache");
  const counting = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: 4 }),
    log: [{ emit: "event", level: "query" }],
  });
  counting.$on("query", () => {
    queries += 1;
  });
  client = counting;
  (globalThis as { leversPrisma?: unknown }).leversPrisma = client;
  raw = new pg.Pool({ connectionString: url, max: 4 });
  [cmo, cio, marketer, engineer, board] = await Promise.all([
    makeUser("CMO", { name: "Chiara CMO" }),
    makeUser("CIO", { name: "Ivan CIO" }),
    makeUser("MARKETING", { name: "Giulia Marketing" }),
    makeUser("IT", { name: "Marco IT" }),
    makeUser("BOARD", { name: "Anna Board" }),
  ]);
  const owners = { marketingOwnerId: marketer.id, itOwnerId: engineer.id, createdById: cmo.id };
  // Four live initiatives, created 20 days ago (older than the one-sided rule's 14 days): "a1" is
  // proposed and ready to sign, the others in progress.
  for (const [index, rankKey] of ["a1", "a2", "a3", "a4"].entries()) {
    const row = await client.initiative.create({
      data: {
        ...owners,
        ...READY,
        title: `Cached initiative ${index + 1}`,
        lever: "PROCESSES",
        rankKey,
        status: index === 0 ? "PROPOSED" : "IN_PROGRESS",
        createdAt: daysAgo(20),
        ...(index === 0
          ? {}
          : { marketingApprovedById: cmo.id, marketingApprovedAt: NOW, itApprovedById: cio.id, itApprovedAt: NOW }),
      },
    });
    ids.push(row.id);
  }
  const kpi = await client.kpi.create({
    data: { name: "Net promoter score", unit: "points", direction: "HIGHER_IS_BETTER", baseline: 10, target: 40 },
  });
  kpiId = kpi.id;
  await client.kpiMeasurement.create({
    data: { kpiId, value: 12, measuredOn: new Date(`${isoDay(daysAgo(40))}T00:00:00Z`), recordedById: marketer.id },
  });
  await client.initiativeKpi.create({ data: { initiativeId: ids[1]!, kpiId } });
});

afterAll(async () => {
  await raw.end();
  await client.$disconnect();
});

describe("a cached read", () => {
  it("makes ONE SQL query (the data's stamp) the second time, instead of six, eight, two, four or two", async () => {
    expect(await count(dashboard)).toBe(1 + 6);
    expect(await count(dashboard)).toBe(1);
    expect(await count(report)).toBe(1 + 8);
    expect(await count(report)).toBe(1);
    expect(await count(kpiCards)).toBe(1 + 2);
    expect(await count(kpiCards)).toBe(1);
    expect(await count(kpiPage)).toBe(1 + 4);
    expect(await count(kpiPage)).toBe(1);
    expect(await count(triageSessions)).toBe(1 + 2);
    expect(await count(triageSessions)).toBe(1);
    // Per period and per "since": another one is read (then cached) of its own.
    expect(await count(() => loadDashboard(board, "quarter", NOW))).toBe(1 + 6);
    expect(await count(() => loadReport(board, isoDay(daysAgo(7)), NOW))).toBe(1 + 8);
    expect(await count(() => loadDashboard(board, "quarter", NOW))).toBe(1);
  });

  it("is read again a minute later (one-sided counts to the instant), replacing the entry, not adding one", async () => {
    await dashboard();
    const entries = readCacheSize();
    expect(await count(dashboard)).toBe(1);
    const later = new Date(NOW.getTime() + 60_000);
    expect(await count(() => loadDashboard(board, "year", later))).toBe(1 + 6);
    expect(await count(() => loadDashboard(board, "year", later))).toBe(1);
    expect(readCacheSize()).toBe(entries);
  });

  it("answers the same as the database, and no reader can change what the next one gets", async () => {
    const first = await dashboard();
    expect(() => (first.top.length = 0)).toThrow(TypeError);
    expect(() => (first.figures.live = -1)).toThrow(TypeError);
    expect(() => first.top.pop()).toThrow(TypeError);
    expect(() => (first.top[0]!.title = "changed")).toThrow(TypeError);
    const second = await dashboard();
    expect(second.top.map((row) => row.title)).toContain("Cached initiative 2");
    expect(second.figures.live).toBe(4);
  });

  it("outside a page's render (a server action, a route handler) reads the stamp anew: a stamp shared earlier is not kept", async () => {
    await kpiCards();
    await client.$executeRaw`UPDATE "Kpi" SET description = 'changed after the stamp was shared' WHERE id = ${kpiId}::uuid`;
    shareRenderStamp("00000000-0000-0000-0000-000000000000");
    expect(await count(kpiCards)).toBe(1 + 2);
    expect((await kpiCards())[0]?.description).toBe("changed after the stamp was shared");
  });

  it("is read once for readers who ask at the same time", async () => {
    await client.$executeRaw`UPDATE "Kpi" SET description = 'changed, so the next read misses' WHERE id = ${kpiId}::uuid`;
    expect(await count(() => Promise.all([kpiCards(), kpiCards(), kpiCards()]))).toBe(3 + 2);
  });
});

describe("after a write through the domain, the next read shows it", () => {
  it("a move: the dashboard's top priorities and the report's moves", async () => {
    await Promise.all([dashboard(), report()]);
    await reorderInitiative(ctxFor(cmo), { initiativeId: ids[3]!, position: 1, reason: "Board asked for it" });
    expect((await dashboard()).top[0]?.id).toBe(ids[3]);
    const moves = (await report()).changes.moves;
    expect(moves.rows[0]).toMatchObject({ initiative: { id: ids[3] }, from: 4, to: 1, reason: "Board asked for it" });
  });

  it("a status update: health on the dashboard, what needs attention, and the report's health changes", async () => {
    const before = await dashboard();
    await report();
    expect(before.health.OFF_TRACK).toBe(0);
    await postStatusUpdate(ctxFor(engineer), {
      initiativeId: ids[2]!,
      health: "OFF_TRACK",
      progress: 35,
      body: "Late",
    });
    const after = await dashboard();
    expect(after.health.OFF_TRACK).toBe(1);
    expect(after.attention.rows.find((row) => row.id === ids[2])).toMatchObject({ health: "OFF_TRACK", progress: 35 });
    expect((await report()).changes.health.rows).toEqual([
      expect.objectContaining({
        initiative: expect.objectContaining({ id: ids[2] }),
        from: "ON_TRACK",
        to: "OFF_TRACK",
      }),
    ]);
  });

  it("a comment: the side that spoke is no longer one-sided", async () => {
    const silent = (await dashboard()).attention.rows.find((row) => row.id === ids[1]);
    expect(silent?.silentSides).toContain("MARKETING");
    await postComment(ctxFor(marketer), { initiativeId: ids[1]!, body: "Pilot in one region first?" });
    const after = (await dashboard()).attention.rows.find((row) => row.id === ids[1]);
    expect(after?.silentSides ?? []).not.toContain("MARKETING");
  });

  it("a KPI measurement: the KPI list, the KPI's page, the dashboard's chart and the report's movements", async () => {
    await Promise.all([kpiCards(), kpiPage(), dashboard(), report()]);
    const measuredOn = isoDay(daysAgo(1));
    await recordMeasurement(ctxFor(marketer), { kpiId, value: 27, measuredOn, note: "" });
    expect((await kpiCards())[0]?.latest).toEqual({ value: 27, measuredOn });
    expect((await kpiPage()).measurements[0]).toMatchObject({ date: measuredOn, value: 27 });
    expect((await dashboard()).kpis[0]?.points.at(-1)).toEqual({ date: measuredOn, value: 27 });
    expect((await report()).changes.kpis[0]).toMatchObject({ to: { date: measuredOn, value: 27 }, trend: "BETTER" });
  });

  it("a KPI edit: the new target on the KPI list and page", async () => {
    const card = (await kpiCards())[0]!;
    await kpiPage();
    await updateKpi(ctxFor(cmo), {
      id: kpiId,
      version: card.version,
      name: card.name,
      description: card.description,
      unit: card.unit as EditKpiInput["unit"],
      direction: card.direction,
      baseline: card.baseline,
      target: 50,
    });
    expect((await kpiCards())[0]?.target).toBe(50);
    expect((await kpiPage()).target).toBe(50);
  });

  it("a sign-off: the dashboard's decisions and the report's sign-offs", async () => {
    const before = await dashboard();
    await report();
    await signOff(ctxFor(cmo), { initiativeId: ids[0]!, version: await version(ids[0]!), side: "MARKETING" });
    const after = await dashboard();
    expect(after.decisions.counts.SIGNED_OFF).toBe(before.decisions.counts.SIGNED_OFF + 1);
    expect(after.decisions.rows[0]).toMatchObject({ kind: "SIGNED_OFF", side: "MARKETING", actor: "Chiara CMO" });
    expect((await report()).changes.decisions.counts.SIGNED_OFF).toBe(before.decisions.counts.SIGNED_OFF + 1);
  });

  it("an edit of the title: the ranked lists", async () => {
    await Promise.all([dashboard(), report()]);
    const id = ids[2]!;
    const row = await client.initiative.findUniqueOrThrow({ where: { id } });
    await updateInitiative(ctxFor(cmo), {
      id,
      version: row.version,
      title: "Renamed while cached",
      description: row.description,
      lever: row.lever,
      marketingOwnerId: row.marketingOwnerId,
      itOwnerId: row.itOwnerId,
      targetDate: null,
      customerExperienceOutcome: row.customerExperienceOutcome,
      businessOutcome: row.businessOutcome,
      requirementsDetail: row.requirementsDetail,
      successMeasure: row.successMeasure,
      riskLevel: row.riskLevel,
      riskNote: row.riskNote,
      kpiIds: [],
      confirmWithdraw: true,
    });
    expect((await dashboard()).top.find((row) => row.id === id)?.title).toBe("Renamed while cached");
    expect((await report()).ranked.find((row) => row.id === id)?.title).toBe("Renamed while cached");
  });

  it("a triage session and its decision: the report's list of sessions", async () => {
    expect(await triageSessions()).toEqual([]);
    const { id } = await startTriageSession(ctxFor(cmo));
    expect(await triageSessions()).toEqual([
      expect.objectContaining({ id, decisions: { AGREE: 0, PARK: 0, SEND_BACK: 0, DROP: 0 } }),
    ]);
    await recordTriageDecision(ctxFor(cio), {
      sessionId: id,
      initiativeId: ids[0]!,
      kind: "PARK",
      parkUntil: isoDay(new Date(NOW.getTime() + 30 * DAY_MS)),
      reason: "",
    });
    expect((await triageSessions())[0]?.decisions).toEqual({ AGREE: 0, PARK: 1, SEND_BACK: 0, DROP: 0 });
  });

  it("a completion: done in the period, one fewer live", async () => {
    const before = await dashboard();
    const id = ids[1]!;
    await completeInitiative(ctxFor(cio), { initiativeId: id, version: await version(id), outcomeNote: "NPS +4" });
    const after = await dashboard();
    expect(after.figures.completedInPeriod).toBe(before.figures.completedInPeriod + 1);
    expect(after.figures.live).toBe(before.figures.live - 1);
    expect(after.top.map((row) => row.id)).not.toContain(id);
    expect((await report()).changes.decisions.counts.DONE).toBe(before.decisions.counts.DONE + 1);
  });
});

describe("a write made in SQL by another connection (another instance, a script; no app code)", () => {
  it("is visible on the next read: a renamed owner, a new measurement, a health", async () => {
    await Promise.all([dashboard(), kpiCards(), kpiPage()]);
    await raw.query(`UPDATE "User" SET name = 'Giulia Renamed' WHERE id = $1`, [marketer.id]);
    expect((await dashboard()).top[0]?.marketingOwner).toBe("Giulia Renamed");

    await raw.query(
      `INSERT INTO "KpiMeasurement" (id, "kpiId", value, "measuredOn", "recordedById") VALUES (gen_random_uuid(), $1, 33, $2, $3)`,
      [kpiId, isoDay(NOW), engineer.id],
    );
    expect((await kpiCards())[0]?.latest).toEqual({ value: 33, measuredOn: isoDay(NOW) });
    expect((await kpiPage()).measurements[0]).toMatchObject({ value: 33, recordedBy: { name: "Marco IT" } });

    await raw.query(`UPDATE "Initiative" SET health = 'AT_RISK' WHERE id = $1`, [ids[3]]);
    expect((await dashboard()).health.AT_RISK).toBe(1);

    const sessions = (await triageSessions()).length;
    await raw.query(
      `INSERT INTO "TriageSession" (id, "startedById", "startedAt") VALUES (gen_random_uuid(), $1, now())`,
      [cio.id],
    );
    expect(await triageSessions()).toHaveLength(sessions + 1);
  });

  it("is not seen before it commits, and is seen after: the stamp changes at commit", async () => {
    const cached = await dashboard();
    const writer = await raw.connect();
    try {
      await writer.query("BEGIN");
      await writer.query(`UPDATE "Initiative" SET title = 'Not committed yet' WHERE id = $1`, [ids[0]]);
      expect(await count(dashboard)).toBe(1);
      expect((await dashboard()).top).toEqual(cached.top);
      await writer.query("COMMIT");
    } finally {
      writer.release();
    }
    expect((await dashboard()).top.find((row) => row.id === ids[0])?.title).toBe("Not committed yet");
  });
});

describe("the data's stamp", () => {
  it("does not hold up other writers: a writer commits while another's transaction is still open", async () => {
    const first = await raw.connect();
    try {
      await first.query("BEGIN");
      await first.query(`UPDATE "Initiative" SET progress = 10 WHERE id = $1`, [ids[0]]);
      // Bumped at the first write, the stamp's row would stay locked until `first` ends and this
      // statement would wait for it (lock_timeout: fail fast instead of hanging).
      await raw.query(`SET lock_timeout = '2s'; UPDATE "Initiative" SET progress = 20 WHERE id = '${ids[2]}'`);
      await first.query("COMMIT");
    } finally {
      first.release();
    }
    const { rows } = await raw.query(`SELECT progress FROM "Initiative" WHERE id = ANY($1) ORDER BY progress`, [
      [ids[0], ids[2]],
    ]);
    expect(rows.map((row) => row.progress)).toEqual([10, 20]);
  });

  it("is one row, changed by a statement that writes many rows as by one that writes one", async () => {
    const stamps = async () => (await raw.query<{ stamp: string }>(`SELECT stamp FROM "DataVersion"`)).rows;
    const before = await stamps();
    await raw.query(`UPDATE "Initiative" SET title = title || '.'`);
    const after = await stamps();
    expect(after).toHaveLength(1);
    expect(after[0]!.stamp).not.toBe(before[0]!.stamp);
  });

  it("is kept up by every table the cached pages read (a new table must be listed here or there)", async () => {
    const { rows } = await raw.query<{ table: string; triggers: string[] | null }>(
      `SELECT c.relname AS table, array_agg(t.tgname::text ORDER BY t.tgname) FILTER (WHERE t.tgname IS NOT NULL) AS triggers
         FROM pg_class c
         LEFT JOIN pg_trigger t ON t.tgrelid = c.oid AND t.tgname LIKE '%data_version%'
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
        GROUP BY c.relname`,
    );
    // Tables no cached query reads: sessions and sign-in attempts change on every sign-in; the stamp
    // itself; Prisma's bookkeeping.
    const notRead = new Set(["_prisma_migrations", "DataVersion", "Session", "SignInAttempt"]);
    for (const { table, triggers } of rows) {
      if (notRead.has(table)) expect(triggers, table).toBeNull();
      else expect(triggers, table).toEqual([`${table}_data_version`, `${table}_data_version_truncate`]);
    }
  });
});
