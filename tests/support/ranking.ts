import { db } from "@/server/db";
import { bottomRankKey, lockRanking } from "@/server/domain/initiatives/ranking-lock";

// Helpers for tests of the ranked list. They read with SQL (ORDER BY the COLLATE "C" column), so a
// test compares what the database says with what the app computed.

export interface Owners {
  marketingOwnerId: string;
  itOwnerId: string;
  createdById: string;
}

/** The live list as the database orders it. */
export async function liveList(): Promise<{ id: string; rankKey: string }[]> {
  return db().$queryRaw<{ id: string; rankKey: string }[]>`
    SELECT id, "rankKey" FROM "Initiative" WHERE status IN ('PROPOSED', 'AGREED', 'IN_PROGRESS') ORDER BY "rankKey"`;
}

export const liveIds = async () => (await liveList()).map((row) => row.id);

/** Every initiative row's key, version and updatedAt, by id: to see which rows a call wrote. */
export async function snapshot(): Promise<Map<string, string>> {
  const rows = await db().initiative.findMany({
    select: { id: true, rankKey: true, version: true, updatedAt: true, status: true },
  });
  return new Map(
    rows.map((row) => [row.id, `${row.rankKey}|${row.version}|${row.updatedAt.toISOString()}|${row.status}`]),
  );
}

/** Ids of the rows whose snapshot differs. */
export function changedRows(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after.keys()].filter((id) => before.get(id) !== after.get(id));
}

/** Takes every live initiative off the list (dropped, keeping its key), for a fresh start. */
export async function clearLiveList(): Promise<void> {
  await db().initiative.updateMany({
    where: { status: { in: ["PROPOSED", "AGREED", "IN_PROGRESS"] } },
    data: { status: "DROPPED", dropReason: "test reset" },
  });
}

/** Creates live initiatives with the given keys, in that order; returns their ids. */
export async function makeList(owners: Owners, keys: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const [index, rankKey] of keys.entries()) {
    const row = await db().initiative.create({
      data: { title: `Ranked ${index + 1}`, lever: "METRICS", rankKey, ...owners },
      select: { id: true },
    });
    ids.push(row.id);
  }
  return ids;
}

/** A new initiative at the bottom, as proposing one does: under the ranking lock. */
export async function insertAtBottom(owners: Owners, title = "Inserted"): Promise<string> {
  return db().$transaction(async (tx) => {
    await lockRanking(tx);
    const rankKey = await bottomRankKey(tx);
    return (await tx.initiative.create({ data: { title, lever: "TALENTS", rankKey, ...owners }, select: { id: true } }))
      .id;
  });
}

/** Drops an initiative: it leaves the live list and keeps its key. */
export async function dropInitiative(id: string): Promise<void> {
  await db().initiative.update({ where: { id }, data: { status: "DROPPED", dropReason: "dropped by a test" } });
}

/** `model` with `id` moved to `position` (1-based, clamped), as the domain should do it. */
export function moveInModel(model: string[], id: string, position: number): string[] {
  const rest = model.filter((item) => item !== id);
  const at = Math.min(Math.max(Math.trunc(position), 1), rest.length + 1);
  return [...rest.slice(0, at - 1), id, ...rest.slice(at - 1)];
}
