import { beforeAll, describe, expect, it } from "vitest";
import { loadReport } from "@/server/queries/report";
import type { Health } from "@/generated/prisma/enums";
import {
  closeEvent,
  dateFrom,
  daysAgo,
  dayOf,
  event,
  initiativeMaker,
  makeInitiativeAt,
  makeKpi,
  makePeople,
  NOW,
  signOffEvents,
  statusChange,
  statusUpdate,
  type People,
} from "../support/dashboard-data";
import { useOwnDatabase } from "../support/raw-sql";

// "What changed since the last meeting" on a small dataset, in a database of its own. The last
// meeting was 30 days ago: changes count from the start of that day (UTC).
let people: People;
const ids: Record<string, string> = {};
const SINCE = dayOf(daysAgo(30));
const sinceDay = new Date(`${SINCE}T00:00:00Z`);
const around = (days: number) => dateFrom(sinceDay, days);

beforeAll(async () => {
  await useOwnDatabase("report");
  people = await makePeople();
  const { cmo, cio, marketer, engineer } = people;
  const make = initiativeMaker(people, ids);
  await make("A", {
    title: "Attribution model",
    rankKey: "a1",
    lever: "METRICS",
    status: "IN_PROGRESS",
    health: "AT_RISK",
    createdDaysAgo: 90,
  });
  await make("B", {
    title: "Brief template",
    rankKey: "a2",
    lever: "PROCESSES",
    status: "IN_PROGRESS",
    createdDaysAgo: 80,
  });
  await make("C", {
    title: "Consent centre",
    rankKey: "a3",
    lever: "TECHNOLOGIES",
    status: "AGREED",
    createdDaysAgo: 60,
  });
  await make("D", {
    title: "Data science upskilling",
    rankKey: "a4",
    lever: "TALENTS",
    status: "PROPOSED",
    health: "OFF_TRACK",
    createdDaysAgo: 3,
  });
  await make("E", {
    title: "Experience dashboard",
    rankKey: "a5",
    lever: "METRICS",
    status: "PROPOSED",
    createdDaysAgo: 45,
  });
  await make("F", {
    title: "Finished tag manager",
    rankKey: "a6",
    lever: "TECHNOLOGIES",
    status: "DONE",
    createdDaysAgo: 200,
  });
  await make("H", {
    title: "Halted data lake",
    rankKey: "a7",
    lever: "TALENTS",
    status: "DROPPED",
    createdDaysAgo: 20,
  });

  await signOffEvents(ids.C!, people, { marketing: 29, it: 28 });
  await closeEvent(ids.F!, {
    by: marketer.id,
    daysAgo: 20,
    from: "IN_PROGRESS",
    to: "DONE",
    note: "Pages load 30% faster",
  });
  await closeEvent(ids.H!, { by: cio.id, daysAgo: 10, from: "PROPOSED", to: "DROPPED", note: "Shadow IT" });
  await event(ids.F!, cmo.id, "initiative.signed_off", daysAgo(150), {
    signedOff: { before: null, after: "MARKETING" },
  });

  await event(ids.B!, cmo.id, "initiative.moved", daysAgo(1), {
    rank: { before: 3, after: 2 },
    reason: "The board asked for it",
  });
  await event(ids.E!, cio.id, "initiative.moved", daysAgo(5), { rank: { before: 6, after: 5 } });
  await event(ids.A!, cmo.id, "initiative.moved", daysAgo(40), {
    rank: { before: 2, after: 1 },
    reason: "Before the period",
  });

  // Status updates as the app writes them: the update (the source of truth) and its audit event.
  const update = async (id: string, authorId: string, days: number, before: Health, after: Health) => {
    await statusUpdate(id, authorId, daysAgo(days), after);
    await event(id, authorId, "initiative.status_update_posted", daysAgo(days), {
      health: { before, after },
      progress: { before: 10, after: 20 },
    });
  };
  await update(ids.A!, engineer.id, 25, "ON_TRACK", "AT_RISK");
  await update(ids.A!, marketer.id, 6, "AT_RISK", "AT_RISK");
  await update(ids.D!, marketer.id, 2, "ON_TRACK", "OFF_TRACK");
  await update(ids.E!, engineer.id, 35, "ON_TRACK", "AT_RISK");
  await update(ids.E!, engineer.id, 10, "AT_RISK", "ON_TRACK");
  await update(ids.B!, engineer.id, 12, "ON_TRACK", "AT_RISK");
  await update(ids.B!, engineer.id, 3, "AT_RISK", "ON_TRACK");
  await update(ids.C!, engineer.id, 40, "ON_TRACK", "OFF_TRACK");

  await makeKpi("A · Net Promoter Score", "HIGHER_IS_BETTER", 35, cmo.id, [
    [around(-40), 20],
    [around(-5), 25],
    [around(3), 27],
    [around(10), 30],
  ]);
  await makeKpi("B · Campaign time-to-market", "LOWER_IS_BETTER", 21, cmo.id, [
    [around(2), 40],
    [around(20), 35],
  ]);
  await makeKpi("C · Attributed pipeline", "HIGHER_IS_BETTER", 1400, cmo.id, [
    [around(-10), 1000],
    [around(5), 900],
  ]);
  await makeKpi("D · Data completeness", "HIGHER_IS_BETTER", 90, cmo.id, [[around(-3), 70]]);
  await makeKpi("E · Tools reviewed", "HIGHER_IS_BETTER", 100, cmo.id, [[around(1), 50]]);
  await makeKpi("F · Not measured yet", "HIGHER_IS_BETTER", 10, cmo.id, []);
  await makeKpi("G · Flat", "LOWER_IS_BETTER", 5, cmo.id, [
    [around(-1), 10],
    [around(1), 10],
  ]);
});

describe("the board report's data", () => {
  it("has the headline figures, with completions since the last meeting, and the ranked list", async () => {
    const report = await loadReport(people.board, SINCE, NOW);
    expect(report?.since).toBe(SINCE);
    expect(report?.figures).toMatchObject({
      live: 5,
      completedInPeriod: 1,
      byStatus: { PROPOSED: 2, AGREED: 1, IN_PROGRESS: 2, DONE: 1, DROPPED: 1 },
    });
    expect(report?.ranked.map((row) => `${row.rank}. ${row.title}`)).toEqual([
      "1. Attribution model",
      "2. Brief template",
      "3. Consent centre",
      "4. Data science upskilling",
      "5. Experience dashboard",
    ]);
  });

  it("lists initiatives added since then with their rank now", async () => {
    const { added } = (await loadReport(people.board, SINCE, NOW))!.changes;
    expect(added.total).toBe(2);
    expect(added.rows.map((row) => [row.title, row.status, row.rank])).toEqual([
      ["Data science upskilling", "PROPOSED", 4],
      ["Halted data lake", "DROPPED", null],
    ]);
  });

  it("lists the decisions since then, one line per agreement with both sign-offs folded in, and counts of agreed, completed and dropped", async () => {
    const { decisions } = (await loadReport(people.board, SINCE, NOW))!.changes;
    expect(decisions.counts).toEqual({ SIGNED_OFF: 1, AGREED: 1, DONE: 1, DROPPED: 1 });
    expect(decisions.total).toBe(3);
    expect(decisions.rows.map((d) => [d.kind, d.initiative?.title, d.note])).toEqual([
      ["DROPPED", "Halted data lake", "Shadow IT"],
      ["DONE", "Finished tag manager", "Pages load 30% faster"],
      ["AGREED", "Consent centre", null],
    ]);
    expect(decisions.rows[2]?.signOffs.map((s) => [s.side, s.actor])).toEqual([
      ["MARKETING", "Chiara CMO"],
      ["IT", "Ivan CIO"],
    ]);
  });

  it("folds an agreement recorded as separate events (two sign-offs, then the status change) into one line too", async () => {
    const { cmo, cio } = people;
    const agreed = await makeInitiativeAt(people, {
      title: "Separately agreed",
      rankKey: "a9",
      lever: "METRICS",
      status: "AGREED",
      createdDaysAgo: 50,
    });
    await event(agreed, cio.id, "initiative.signed_off", daysAgo(9), { signedOff: { before: null, after: "IT" } });
    await event(agreed, cmo.id, "initiative.signed_off", daysAgo(8), {
      signedOff: { before: null, after: "MARKETING" },
    });
    await event(agreed, cmo.id, "initiative.status_changed", daysAgo(8), statusChange("PROPOSED", "AGREED"));
    const { decisions } = (await loadReport(people.board, SINCE, NOW))!.changes;
    const lines = decisions.rows.filter((d) => d.initiative?.title === "Separately agreed");
    expect(lines.map((d) => [d.kind, d.signOffs.map((s) => `${s.side} ${s.actor}`)])).toEqual([
      ["AGREED", ["MARKETING Chiara CMO", "IT Ivan CIO"]],
    ]);
  });

  it("lists every move in rank since then, newest first: from → to, who, the reason, the rank now", async () => {
    const { moves } = (await loadReport(people.board, SINCE, NOW))!.changes;
    expect(moves.total).toBe(2);
    expect(moves.rows.map((m) => [m.initiative.title, m.from, m.to, m.actor, m.reason, m.rankNow])).toEqual([
      ["Brief template", 3, 2, "Chiara CMO", "The board asked for it", 2],
      ["Experience dashboard", 6, 5, "Ivan CIO", null, 5],
    ]);
  });

  it("lists the net changes of health since then, worse ones first", async () => {
    const { health } = (await loadReport(people.board, SINCE, NOW))!.changes;
    expect(health.total).toBe(3);
    expect(health.rows.map((h) => [h.initiative.title, h.from, h.to, h.worse])).toEqual([
      ["Data science upskilling", "ON_TRACK", "OFF_TRACK", true],
      ["Attribution model", "ON_TRACK", "AT_RISK", true],
      ["Experience dashboard", "AT_RISK", "ON_TRACK", false],
    ]);
  });

  it("moves each KPI from its value at the last meeting to its latest, better or worse by its direction", async () => {
    const kpis = (await loadReport(people.board, SINCE, NOW))!.changes.kpis;
    const summary = Object.fromEntries(
      kpis.map((k) => [k.name.slice(0, 1), [k.from?.value ?? null, k.to?.value ?? null, k.trend]]),
    );
    expect(summary).toEqual({
      A: [25, 30, "BETTER"], // the value in force at the meeting, then the latest
      B: [40, 35, "BETTER"], // lower is better; first measurement after the meeting
      C: [1000, 900, "WORSE"],
      D: [70, null, null], // nothing measured since
      E: [50, null, null], // one measurement only
      F: [null, null, null],
      G: [10, 10, "SAME"],
    });
    expect(kpis[0]?.from?.date).toBe(dayOf(around(-5)));
    expect(kpis[0]?.to?.date).toBe(dayOf(around(10)));
  });

  it("has past-12-months KPI series for its charts", async () => {
    const report = await loadReport(people.board, SINCE, NOW);
    expect(report?.kpis).toHaveLength(7);
    expect(report?.kpis[0]?.points.length).toBeGreaterThanOrEqual(2);
  });
});

describe("the board report's numbers, read from their source of truth", () => {
  it("counts a status update loaded without its audit event as a change of health, and an audit event alone as none", async () => {
    const { engineer } = people;
    const imported = await makeInitiativeAt(people, {
      title: "Imported update",
      rankKey: "a8",
      lever: "PROCESSES",
      status: "IN_PROGRESS",
      createdDaysAgo: 100,
    });
    await statusUpdate(imported, engineer.id, daysAgo(5), "OFF_TRACK"); // e.g. loaded by a script: no audit event
    await event(ids.C!, engineer.id, "initiative.status_update_posted", daysAgo(4), {
      health: { before: "OFF_TRACK", after: "ON_TRACK" },
    }); // no update behind it

    const { health } = (await loadReport(people.board, SINCE, NOW))!.changes;
    expect(health.total).toBe(4);
    expect(health.rows.map((h) => [h.initiative.title, h.from, h.to, h.worse])).toEqual([
      ["Data science upskilling", "ON_TRACK", "OFF_TRACK", true],
      ["Imported update", "ON_TRACK", "OFF_TRACK", true],
      ["Attribution model", "ON_TRACK", "AT_RISK", true],
      ["Experience dashboard", "AT_RISK", "ON_TRACK", false],
    ]);
  });

  it("says how many measurements a KPI chart's monthly points stand for", async () => {
    const daily: [Date, number][] = Array.from({ length: 45 }, (_, day) => [dateFrom(sinceDay, day - 30), 50 + day]);
    await makeKpi("H · Measured daily", "HIGHER_IS_BETTER", 100, people.cmo.id, daily);
    const kpi = (await loadReport(people.board, SINCE, NOW))!.kpis.find((k) => k.name === "H · Measured daily");
    expect(kpi?.points.length).toBeLessThanOrEqual(3); // one point per month
    expect(kpi?.measurements).toBe(45);
  });
});
