import { beforeAll, describe, expect, it } from "vitest";
import { loadDashboard } from "@/server/queries/dashboard";
import {
  closeEvent,
  comment,
  daysAgo,
  event,
  initiativeMaker,
  makeKpi,
  makePeople,
  NOW,
  signOffEvents,
  statusChange,
  statusUpdate,
  type People,
} from "../support/dashboard-data";
import { useOwnDatabase } from "../support/raw-sql";

// The dashboard's figures on a small dataset, in a database of its own, checked by hand.
let people: People;
const ids: Record<string, string> = {};
const monthStart = (monthsAgo: number) => new Date(Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth() - monthsAgo, 1));
const day = (date: Date) => date.toISOString().slice(0, 10);

beforeAll(async () => {
  await useOwnDatabase("dashboard");
  people = await makePeople();
  const { cmo, cio, marketer, engineer, board } = people;
  const make = initiativeMaker(people, ids);
  await make("A", {
    title: "A single customer view",
    rankKey: "a1",
    lever: "TECHNOLOGIES",
    status: "IN_PROGRESS",
    health: "AT_RISK",
    progress: 50,
    targetInDays: 30,
    createdDaysAgo: 100,
  });
  await make("B", {
    title: "B shared NPS",
    rankKey: "a2",
    lever: "METRICS",
    status: "IN_PROGRESS",
    progress: 70,
    targetInDays: -5,
    createdDaysAgo: 100,
  });
  await make("C", {
    title: "C MarTech intake",
    rankKey: "a3",
    lever: "PROCESSES",
    status: "AGREED",
    targetInDays: -2,
    createdDaysAgo: 50,
  });
  await make("D", {
    title: "D upskill marketers",
    rankKey: "a4",
    lever: "TALENTS",
    status: "PROPOSED",
    health: "OFF_TRACK",
    progress: 10,
    targetInDays: null,
    createdDaysAgo: 3,
  });
  await make("E", {
    title: "E omnichannel",
    rankKey: "a5",
    lever: "PROCESSES",
    status: "PROPOSED",
    targetInDays: -1,
    createdDaysAgo: 40,
  });
  await make("F", {
    title: "F tag manager",
    rankKey: "a6",
    lever: "TECHNOLOGIES",
    status: "DONE",
    targetInDays: -100,
    createdDaysAgo: 300,
  });
  await make("G", { title: "G inventory", rankKey: "a7", lever: "METRICS", status: "DONE", createdDaysAgo: 400 });
  await make("H", { title: "H data lake", rankKey: "a8", lever: "TALENTS", status: "DROPPED", createdDaysAgo: 90 });
  await make("I", {
    title: "I sales bonus",
    rankKey: "a9",
    lever: "PROCESSES",
    status: "DROPPED",
    createdDaysAgo: 600,
  });

  // Voices of the last 14 days: A hears both sides; B only IT (a move and a board member's comment do not count);
  // C both; E both through edits; D is too young to be one-sided.
  await statusUpdate(ids.A!, marketer.id, daysAgo(2));
  await comment(ids.A!, engineer.id, daysAgo(5));
  await statusUpdate(ids.B!, engineer.id, daysAgo(3));
  await event(ids.B!, cmo.id, "initiative.moved", daysAgo(1), { rank: { before: 3, after: 2 } });
  await comment(ids.B!, board.id, daysAgo(1));
  await comment(ids.C!, marketer.id, daysAgo(6));
  await statusUpdate(ids.C!, engineer.id, daysAgo(7));
  await event(ids.E!, cmo.id, "initiative.updated", daysAgo(4));
  await event(ids.E!, cio.id, "initiative.updated", daysAgo(4));
  await statusUpdate(ids.E!, marketer.id, daysAgo(30));

  // Decisions, in the app's format and in the demo data's.
  await signOffEvents(ids.C!, people, { marketing: 30, it: 29 });
  await closeEvent(ids.F!, {
    by: marketer.id,
    daysAgo: 20,
    from: "IN_PROGRESS",
    to: "DONE",
    note: "NPS +4 on the web journey",
  });
  await closeEvent(ids.H!, { by: cio.id, daysAgo: 10, from: "PROPOSED", to: "DROPPED", note: "Duplicate of A" });
  await closeEvent(ids.G!, { by: marketer.id, daysAgo: 200, from: "IN_PROGRESS", to: "DONE", note: "47 tools listed" });
  await closeEvent(ids.I!, { by: cmo.id, daysAgo: 500, from: "AGREED", to: "DROPPED", note: "Against the NPS spirit" });
  await event(ids.A!, engineer.id, "initiative.status_changed", daysAgo(60), statusChange("AGREED", "IN_PROGRESS"));
  await event(ids.A!, cmo.id, "initiative.signed_off", daysAgo(120), {
    marketingApprovedById: { before: null, after: cmo.id },
  });
  await event(ids.A!, cio.id, "initiative.status_changed", daysAgo(119), statusChange("PROPOSED", "AGREED"));

  // KPIs: one point per month, the month's latest (month 1 has two measurements).
  await makeKpi("Net Promoter Score", "HIGHER_IS_BETTER", 35, cmo.id, [
    [monthStart(13), 18],
    [monthStart(6), 22],
    [monthStart(2), 25],
    [monthStart(1), 26],
    [new Date(monthStart(1).getTime() + 10 * 86_400_000), 27],
    [monthStart(0), 31],
  ]);
  await makeKpi("Campaign time-to-market", "LOWER_IS_BETTER", 21, cmo.id, []);
});

describe("the dashboard's data", () => {
  it("gives the headline figures: by status, agreed by both sides, on track, overdue, completed in the period", async () => {
    const quarter = await loadDashboard(people.board, "quarter", NOW);
    expect(quarter?.figures).toEqual({
      byStatus: { PROPOSED: 2, AGREED: 1, IN_PROGRESS: 2, DONE: 2, DROPPED: 2 },
      live: 5,
      agreedByBoth: 3,
      onTrack: 3,
      overdue: 3,
      completedInPeriod: 1,
    });
    expect((await loadDashboard(people.board, "year", NOW))?.figures.completedInPeriod).toBe(2);
    expect((await loadDashboard(people.board, "all", NOW))?.figures.completedInPeriod).toBe(2);
  });

  it("counts each lever by status (dropped left out) and the health of the live initiatives", async () => {
    const dashboard = await loadDashboard(people.board, "year", NOW);
    expect(dashboard?.levers).toEqual({
      TALENTS: { PROPOSED: 1, AGREED: 0, IN_PROGRESS: 0, DONE: 0 },
      PROCESSES: { PROPOSED: 1, AGREED: 1, IN_PROGRESS: 0, DONE: 0 },
      TECHNOLOGIES: { PROPOSED: 0, AGREED: 0, IN_PROGRESS: 1, DONE: 1 },
      METRICS: { PROPOSED: 0, AGREED: 0, IN_PROGRESS: 1, DONE: 1 },
    });
    expect(dashboard?.health).toEqual({ ON_TRACK: 3, AT_RISK: 1, OFF_TRACK: 1 });
  });

  it("gives every KPI against its target, one point a month (the month's latest), within the period", async () => {
    const all = await loadDashboard(people.board, "all", NOW);
    expect(all?.kpis.map((k) => k.name)).toEqual(["Campaign time-to-market", "Net Promoter Score"]);
    expect(all?.kpis[0]).toMatchObject({ direction: "LOWER_IS_BETTER", target: 21, points: [] });
    const nps = all?.kpis[1];
    expect(nps).toMatchObject({ unit: "points", direction: "HIGHER_IS_BETTER", target: 35, baseline: 10 });
    expect(nps?.points).toEqual([
      { date: day(monthStart(13)), value: 18 },
      { date: day(monthStart(6)), value: 22 },
      { date: day(monthStart(2)), value: 25 },
      { date: day(new Date(monthStart(1).getTime() + 10 * 86_400_000)), value: 27 },
      { date: day(monthStart(0)), value: 31 },
    ]);
    expect((await loadDashboard(people.board, "year", NOW))?.kpis[1]?.points.map((p) => p.value)).toEqual([
      22, 25, 27, 31,
    ]);
    expect((await loadDashboard(people.board, "quarter", NOW))?.kpis[1]?.points.map((p) => p.value)).toEqual([
      25, 27, 31,
    ]);
  });

  it("lists the top priorities in rank order with owners, health, progress, overdue and one-sided flags", async () => {
    const top = (await loadDashboard(people.board, "year", NOW))?.top ?? [];
    expect(top.map((row) => [row.rank, row.title])).toEqual([
      [1, "A single customer view"],
      [2, "B shared NPS"],
      [3, "C MarTech intake"],
      [4, "D upskill marketers"],
      [5, "E omnichannel"],
    ]);
    expect(top[0]).toMatchObject({
      id: ids.A,
      lever: "TECHNOLOGIES",
      status: "IN_PROGRESS",
      health: "AT_RISK",
      progress: 50,
      marketingOwner: "Giulia Marketing",
      itOwner: "Marco IT",
      overdue: false,
      silentSides: [],
    });
    expect(top[1]).toMatchObject({ overdue: true, silentSides: ["MARKETING"] });
    expect(top.map((row) => row.overdue)).toEqual([false, true, true, false, true]);
    expect(top.map((row) => row.silentSides)).toEqual([[], ["MARKETING"], [], [], []]);
  });

  it("lists what needs attention: at risk or off track, overdue, or one-sided, by rank", async () => {
    const attention = (await loadDashboard(people.board, "year", NOW))?.attention;
    expect(attention?.total).toBe(5);
    expect(attention?.rows.map((row) => row.title)).toEqual([
      "A single customer view",
      "B shared NPS",
      "C MarTech intake",
      "D upskill marketers",
      "E omnichannel",
    ]);
  });

  it("lists the decisions of the period newest first, with side, actor, outcome notes and reasons", async () => {
    const quarter = (await loadDashboard(people.board, "quarter", NOW))?.decisions;
    expect(quarter?.total).toBe(4);
    expect(quarter?.counts).toEqual({ SIGNED_OFF: 1, AGREED: 1, DONE: 1, DROPPED: 1 });
    expect(quarter?.rows.map((d) => [d.kind, d.side, d.actor, d.initiative?.title, d.note])).toEqual([
      ["DROPPED", null, "Ivan CIO", "H data lake", "Duplicate of A"],
      ["DONE", null, "Giulia Marketing", "F tag manager", "NPS +4 on the web journey"],
      ["AGREED", "IT", "Ivan CIO", "C MarTech intake", null],
      ["SIGNED_OFF", "MARKETING", "Chiara CMO", "C MarTech intake", null],
    ]);
    const year = (await loadDashboard(people.board, "year", NOW))?.decisions;
    expect(year?.total).toBe(7);
    expect(year?.rows.slice(4).map((d) => [d.kind, d.side])).toEqual([
      ["AGREED", null],
      ["SIGNED_OFF", "MARKETING"],
      ["DONE", null],
    ]);
    expect((await loadDashboard(people.board, "all", NOW))?.decisions.total).toBe(8);
  });

  it("is refused to no one who may read the board, and gives nothing to an unknown role", async () => {
    expect(await loadDashboard(people.marketer, "year", NOW)).not.toBeNull();
    expect(await loadDashboard({ id: people.board.id, role: "GUEST" as never }, "year", NOW)).toBeNull();
  });
});
