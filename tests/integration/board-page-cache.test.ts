import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { CRITERIA } from "@/lib/triage";
import { postStatusUpdate } from "@/server/domain/initiatives/post-update";
import { reorderInitiative } from "@/server/domain/initiatives/reorder-initiative";
import { signOff } from "@/server/domain/initiatives/workflow";
import { planInitiative } from "@/server/domain/triage/plan-initiative";
import { scoreInitiative } from "@/server/domain/triage/score-initiative";
import { setCapacity } from "@/server/domain/triage/set-capacity";
import { loadBoardPage } from "@/server/queries/board-page";
import { ctxFor, makeUser, READY } from "../support/factories";
import { scratchDatabase } from "../support/raw-sql";

// /board's opening data from the read cache (src/server/queries/board-page.ts): one SQL statement
// (the data's stamp) until something the board reads changes. In a database of its own, with every
// statement counted, so that no other test's write changes the stamp between two reads.

let queries = 0;
let client: PrismaClient;
let raw: pg.Pool;
const NOW = new Date();
const DAY_MS = 86_400_000;
const QUARTER = `${NOW.getUTCFullYear() + 1}-Q1`;

type Person = Awaited<ReturnType<typeof makeUser>>;
let cmo: Person, cio: Person, marketer: Person, engineer: Person, board: Person;
const ids: string[] = [];

async function count(work: () => Promise<unknown>): Promise<number> {
  queries = 0;
  await work();
  return queries;
}

const open = async (viewer: Person = cmo, filter = {}, now = NOW) =>
  (await loadBoardPage(viewer, filter, { scoreRanks: false }, now))!;

beforeAll(async () => {
  const url = await scratchDatabase("board_page_cache");
  const counting = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: 4 }),
    log: [{ emit: "event", level: "query" }],
  });
  counting.$on("query", () => {
    queries += 1;
  });
  client = counting;
  (globalThis as { leversPrisma?: unknown }).leversPrisma = client;
  raw = new pg.Pool({ connectionString: url, max: 2 });
  [cmo, cio, marketer, engineer, board] = await Promise.all([
    makeUser("CMO", { name: "Chiara CMO" }),
    makeUser("CIO", { name: "Ivan CIO" }),
    makeUser("MARKETING", { name: "Giulia Marketing" }),
    makeUser("IT", { name: "Marco IT" }),
    makeUser("BOARD", { name: "Anna Board" }),
  ]);
  const owners = { marketingOwnerId: marketer.id, itOwnerId: engineer.id, createdById: cmo.id };
  // Three live initiatives: "a1" proposed and ready to sign (by both sides), the others in progress.
  for (const [index, rankKey] of ["a1", "a2", "a3"].entries()) {
    const row = await client.initiative.create({
      data: {
        ...owners,
        ...READY,
        title: `Board initiative ${index + 1}`,
        lever: "PROCESSES",
        rankKey,
        status: index === 0 ? "PROPOSED" : "IN_PROGRESS",
        createdAt: new Date(NOW.getTime() - 20 * DAY_MS),
        ...(index === 0
          ? {}
          : { marketingApprovedById: cmo.id, marketingApprovedAt: NOW, itApprovedById: cio.id, itApprovedAt: NOW }),
      },
    });
    ids.push(row.id);
  }
});

afterAll(async () => {
  await raw.end();
  await client.$disconnect();
});

describe("the board as it opens, from the read cache", () => {
  it("makes ONE SQL query (the data's stamp) the second time, instead of six", async () => {
    expect(await count(() => open())).toBe(1 + 6);
    expect(await count(() => open())).toBe(1);
    // Another filter: only the window and its counts are read again (2), then cached; the owner
    // choices, the sign-offs and the capacity line are the same entries.
    expect(await count(() => open(cmo, { health: "ON_TRACK" }))).toBe(1 + 2);
    expect(await count(() => open(cmo, { health: "ON_TRACK" }))).toBe(1);
  });

  it("reads the window again a minute later ('one-sided' counts to the instant), nothing else", async () => {
    await open();
    expect(await count(() => open(cmo, {}, new Date(NOW.getTime() + 60_000)))).toBe(1 + 2);
  });

  it("keeps each side's sign-offs apart: the CMO and the CIO see their own, a board member none", async () => {
    const [forCmo, forCio, forBoard] = await Promise.all([open(cmo), open(cio), open(board)]);
    expect(forCmo.awaiting.map((row) => row.id)).toEqual([ids[0]]);
    expect(forCio.awaiting.map((row) => row.id)).toEqual([ids[0]]);
    await signOff(ctxFor(cmo), {
      initiativeId: ids[0]!,
      version: (await client.initiative.findUniqueOrThrow({ where: { id: ids[0]! } })).version,
      side: "MARKETING",
    });
    expect((await open(cmo)).awaiting).toEqual([]);
    expect((await open(cio)).awaiting).toEqual([expect.objectContaining({ id: ids[0], otherSigned: true })]);
    expect(forBoard.awaiting).toEqual([]);
    expect((await open(board)).board.rows.map((row) => row.id)).toEqual((await open(cmo)).board.rows.map((r) => r.id));
  });

  it("lets no reader change what the next one gets", async () => {
    const first = await open();
    expect(() => (first.board.rows.length = 0)).toThrow(TypeError);
    expect(() => first.people.marketing.splice(0)).toThrow(TypeError);
    expect(() => (first.board.rows[0]!.title = "changed")).toThrow(TypeError);
    const second = await open();
    expect(second.board.rows).toHaveLength(3);
    expect(second.people.marketing.map((person) => person.name)).toContain("Giulia Marketing");
  });
});

describe("after a write, the next opening shows it", () => {
  it("a move: the new order", async () => {
    await open();
    await reorderInitiative(ctxFor(cmo), { initiativeId: ids[2]!, position: 1, reason: "Board asked for it" });
    expect((await open()).board.rows.map((row) => row.id)).toEqual([ids[2], ids[0], ids[1]]);
  });

  it("a status update: the row's health and progress", async () => {
    await open();
    await postStatusUpdate(ctxFor(engineer), {
      initiativeId: ids[1]!,
      health: "AT_RISK",
      progress: 40,
      body: "Slipping",
    });
    expect((await open()).board.rows.find((row) => row.id === ids[1])).toMatchObject({
      health: "AT_RISK",
      progress: 40,
    });
  });

  it("a plan and a capacity (the joint triage's tables): the capacity line", async () => {
    await open();
    await planInitiative(ctxFor(cmo), {
      initiativeId: ids[1]!,
      marketingEffort: 6,
      itEffort: 4,
      targetQuarter: QUARTER,
    });
    const planned = (await open()).triage.capacity.find(
      (line) => line.quarter === QUARTER && line.side === "MARKETING",
    );
    expect(planned).toMatchObject({ committed: 6, capacity: null });
    await setCapacity(ctxFor(cmo), { side: "MARKETING", quarter: QUARTER, personWeeks: 5 });
    const line = (await open()).triage.capacity.find((l) => l.quarter === QUARTER && l.side === "MARKETING");
    expect(line).toMatchObject({ committed: 6, capacity: 5, overFromRank: expect.any(Number) });
  });

  it("a score from each side (the triage's scores): the score ranks shown on request", async () => {
    const withScores = async () => (await loadBoardPage(cmo, {}, { scoreRanks: true }, NOW))!.triage.scoreRanks;
    expect(await withScores()).toEqual({});
    expect(await count(withScores)).toBe(1);
    const scores = (value: number) =>
      Object.fromEntries(CRITERIA.map((criterion) => [criterion, { value, note: "Scored in the test" }])) as Parameters<
        typeof scoreInitiative
      >[1]["scores"];
    await scoreInitiative(ctxFor(cmo), { initiativeId: ids[1]!, scores: scores(5) });
    await scoreInitiative(ctxFor(cio), { initiativeId: ids[1]!, scores: scores(4) });
    expect((await withScores())[ids[1]!]).toMatchObject({ scoreRank: 1 });
  });

  it("a write in SQL from another connection: a renamed owner", async () => {
    await open();
    await raw.query(`UPDATE "User" SET name = 'Giulia Renamed' WHERE id = $1`, [marketer.id]);
    const page = await open();
    expect(page.board.rows[0]?.marketingOwner.name).toBe("Giulia Renamed");
    expect(page.people.marketing.map((person) => person.name)).toContain("Giulia Renamed");
  });
});
