import { beforeAll, describe, expect, it } from "vitest";
import { loadBoard } from "@/server/queries/board";
import {
  comment,
  daysAgo,
  event,
  initiativeMaker,
  makePeople,
  NOW,
  statusUpdate,
  type People,
} from "../support/dashboard-data";
import { useOwnDatabase } from "../support/raw-sql";

// The board's rows (one SQL statement with ranks and owners), its filters and the one-sided rule,
// in a database of its own.
let people: People;
const ids: Record<string, string> = {};

beforeAll(async () => {
  await useOwnDatabase("board_data");
  people = await makePeople();
  const make = initiativeMaker(people, ids);
  await make("A", {
    title: "Raise NPS by 5%",
    rankKey: "a1",
    lever: "METRICS",
    status: "IN_PROGRESS",
    health: "AT_RISK",
    targetInDays: -3,
    createdDaysAgo: 60,
  });
  await make("B", {
    title: "Raise NPS by 50 points",
    rankKey: "a2",
    lever: "METRICS",
    status: "PROPOSED",
    createdDaysAgo: 60,
  });
  await make("C", {
    title: "Tag_manager rollout",
    rankKey: "a3",
    lever: "TECHNOLOGIES",
    status: "AGREED",
    createdDaysAgo: 60,
  });
  await make("D", { title: "Fresh idea", rankKey: "a4", lever: "TALENTS", status: "PROPOSED", createdDaysAgo: 2 });
  // The one-sided rule's 14 days, one day either side: the last word of marketing 13 or 15 days ago
  // (IT spoke yesterday), and an initiative 13 or 15 days old that nobody has spoken about.
  await make("M13", {
    title: "Marketing spoke 13 days ago",
    rankKey: "a5",
    lever: "PROCESSES",
    status: "AGREED",
    targetInDays: -1,
    createdDaysAgo: 60,
  });
  await make("M15", {
    title: "Marketing spoke 15 days ago",
    rankKey: "a6",
    lever: "PROCESSES",
    status: "IN_PROGRESS",
    createdDaysAgo: 60,
  });
  await make("N13", {
    title: "Created 13 days ago",
    rankKey: "a7",
    lever: "PROCESSES",
    status: "IN_PROGRESS",
    createdDaysAgo: 13,
  });
  await make("N15", {
    title: "Created 15 days ago",
    rankKey: "a8",
    lever: "PROCESSES",
    status: "IN_PROGRESS",
    createdDaysAgo: 15,
  });
  await make("X", {
    title: "Closed inventory",
    rankKey: "a0",
    lever: "PROCESSES",
    status: "DONE",
    targetInDays: -30,
    createdDaysAgo: 300,
  });
  // A: both sides spoke lately; B: only marketing (a move is no word); C: only IT, long ago; D: too young.
  await statusUpdate(ids.A!, people.marketer.id, daysAgo(1));
  await comment(ids.A!, people.engineer.id, daysAgo(2));
  await comment(ids.B!, people.marketer.id, daysAgo(3));
  await event(ids.B!, people.cio.id, "initiative.moved", daysAgo(1), { rank: { before: 3, after: 2 } });
  await statusUpdate(ids.C!, people.engineer.id, daysAgo(20));
  await comment(ids.M13!, people.marketer.id, daysAgo(13));
  await comment(ids.M15!, people.marketer.id, daysAgo(15));
  await statusUpdate(ids.M13!, people.engineer.id, daysAgo(1));
  await statusUpdate(ids.M15!, people.engineer.id, daysAgo(1));
});

describe("the board's data", () => {
  it("ranks the live list 1..N with both owners, and flags overdue and silent sides", async () => {
    const board = await loadBoard(people.cmo, {}, NOW);
    expect(board.rows.map((row) => [row.rank, row.title, row.silentSides, row.overdue])).toEqual([
      [1, "Raise NPS by 5%", [], true],
      [2, "Raise NPS by 50 points", ["IT"], false],
      [3, "Tag_manager rollout", ["MARKETING", "IT"], false],
      [4, "Fresh idea", [], false],
      [5, "Marketing spoke 13 days ago", [], true],
      [6, "Marketing spoke 15 days ago", ["MARKETING"], false],
      [7, "Created 13 days ago", [], false],
      [8, "Created 15 days ago", ["MARKETING", "IT"], false],
    ]);
    expect(board.rows[0]).toMatchObject({
      marketingOwner: { id: people.marketer.id, name: "Giulia Marketing" },
      itOwner: { id: people.engineer.id, name: "Marco IT" },
    });
    expect(board.leverCounts).toEqual({ TALENTS: 1, PROCESSES: 4, TECHNOLOGIES: 1, METRICS: 2 });
  });

  it("filters by lever, health, owner and title (wildcards taken literally), keeping the list's ranks", async () => {
    const titles = async (filter: Parameters<typeof loadBoard>[1]) =>
      (await loadBoard(people.cmo, filter, NOW)).rows.map((row) => `${row.rank} ${row.title}`);
    expect(await titles({ lever: "TECHNOLOGIES" })).toEqual(["3 Tag_manager rollout"]);
    expect(await titles({ health: "AT_RISK" })).toEqual(["1 Raise NPS by 5%"]);
    expect(await titles({ status: "PROPOSED" })).toEqual(["2 Raise NPS by 50 points", "4 Fresh idea"]);
    expect(await titles({ q: "5%" })).toEqual(["1 Raise NPS by 5%"]);
    expect(await titles({ q: "nps by 5" })).toEqual(["1 Raise NPS by 5%", "2 Raise NPS by 50 points"]);
    expect(await titles({ q: "g_m" })).toEqual(["3 Tag_manager rollout"]);
    expect(await titles({ q: "NPS_by" })).toEqual([]);
    expect(await titles({ owner: people.engineer.id, lever: "METRICS" })).toEqual([
      "1 Raise NPS by 5%",
      "2 Raise NPS by 50 points",
    ]);
    expect(await titles({ owner: people.cio.id })).toEqual([]);
    const done = await loadBoard(people.cmo, { status: "DONE" }, NOW);
    expect(done.rows.map((row) => [row.title, row.overdue, row.silentSides])).toEqual([
      ["Closed inventory", false, []],
    ]);
  });
});
