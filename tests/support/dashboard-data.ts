import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { Health, InitiativeStatus, Lever } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { makeUser } from "./factories";

// Known data for the dashboard and report query tests, written at explicit points in time relative
// to `now`, so every figure the queries return can be checked by hand.

export const NOW = new Date();
const DAY_MS = 86_400_000;
export const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS);
export const dayOf = (date: Date) => date.toISOString().slice(0, 10);
/** Midnight UTC of a calendar date `days` from `from` (negative: before). */
export const dateFrom = (from: Date, days: number) =>
  new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + days));

export async function makePeople() {
  const [cmo, cio, marketer, engineer, board] = await Promise.all([
    makeUser("CMO", { name: "Chiara CMO" }),
    makeUser("CIO", { name: "Ivan CIO" }),
    makeUser("MARKETING", { name: "Giulia Marketing" }),
    makeUser("IT", { name: "Marco IT" }),
    makeUser("BOARD", { name: "Anna Board" }),
  ]);
  return { cmo, cio, marketer, engineer, board };
}
export type People = Awaited<ReturnType<typeof makePeople>>;

export interface InitiativeSpec {
  title: string;
  rankKey: string;
  lever: Lever;
  status: InitiativeStatus;
  health?: Health;
  progress?: number;
  /** Days from today (negative: past); null for none. */
  targetInDays?: number | null;
  createdDaysAgo: number;
}

const SIGNED: InitiativeStatus[] = ["AGREED", "IN_PROGRESS", "DONE"];

export async function makeInitiativeAt(people: People, spec: InitiativeSpec): Promise<string> {
  const signed = SIGNED.includes(spec.status);
  const row = await db().initiative.create({
    data: {
      title: spec.title,
      rankKey: spec.rankKey,
      lever: spec.lever,
      status: spec.status,
      health: spec.health ?? "ON_TRACK",
      progress: spec.progress ?? 0,
      targetDate:
        spec.targetInDays === undefined || spec.targetInDays === null ? null : dateFrom(NOW, spec.targetInDays),
      marketingOwnerId: people.marketer.id,
      itOwnerId: people.engineer.id,
      createdById: people.cmo.id,
      createdAt: daysAgo(spec.createdDaysAgo),
      ...(signed
        ? {
            marketingApprovedById: people.cmo.id,
            marketingApprovedAt: daysAgo(spec.createdDaysAgo - 1),
            itApprovedById: people.cio.id,
            itApprovedAt: daysAgo(spec.createdDaysAgo - 1),
          }
        : {}),
      ...(spec.status === "DONE" ? { outcomeNote: `Outcome of ${spec.title}` } : {}),
      ...(spec.status === "DROPPED" ? { dropReason: `Reason for ${spec.title}` } : {}),
    },
    select: { id: true },
  });
  return row.id;
}

/** `make(key, spec)`: writes the initiative (`makeInitiativeAt`) and keeps its id in `ids[key]`. */
export const initiativeMaker =
  (people: People, ids: Record<string, string>) =>
  async (key: string, spec: InitiativeSpec): Promise<void> => {
    ids[key] = await makeInitiativeAt(people, spec);
  };

export async function event(
  initiativeId: string,
  actorId: string | null,
  action: string,
  occurredAt: Date,
  changes: Prisma.InputJsonObject = {},
) {
  await db().activityEvent.create({
    data: { actorId, action, entityType: "initiative", entityId: initiativeId, initiativeId, changes, occurredAt },
  });
}

export const statusChange = (
  before: InitiativeStatus,
  after: InitiativeStatus,
  extra: Prisma.InputJsonObject = {},
) => ({
  status: { before, after },
  ...extra,
});

/**
 * An agreement as the app records it: the CMO signs off for marketing, then the CIO for IT, which
 * moves the initiative from proposed to agreed (each a number of days ago).
 */
export async function signOffEvents(initiativeId: string, people: People, days: { marketing: number; it: number }) {
  await event(initiativeId, people.cmo.id, "initiative.signed_off", daysAgo(days.marketing), {
    signedOff: { before: null, after: "MARKETING" },
  });
  await event(initiativeId, people.cio.id, "initiative.signed_off", daysAgo(days.it), {
    signedOff: { before: null, after: "IT" },
    ...statusChange("PROPOSED", "AGREED"),
  });
}

/** A close as the app records it, `daysAgo` days ago: done with its outcome note, or dropped with its reason. */
export async function closeEvent(
  initiativeId: string,
  close: { by: string; daysAgo: number; from: InitiativeStatus; to: "DONE" | "DROPPED"; note: string },
) {
  const field = close.to === "DONE" ? "outcomeNote" : "dropReason";
  await event(
    initiativeId,
    close.by,
    "initiative.status_changed",
    daysAgo(close.daysAgo),
    statusChange(close.from, close.to, { [field]: { before: null, after: close.note } }),
  );
}

export async function statusUpdate(initiativeId: string, authorId: string, at: Date, health: Health = "ON_TRACK") {
  await db().statusUpdate.create({
    data: { id: randomUUID(), initiativeId, authorId, health, progress: 10, body: "Update", createdAt: at },
  });
}

export async function comment(initiativeId: string, authorId: string, at: Date) {
  await db().comment.create({ data: { initiativeId, authorId, body: "Comment", createdAt: at } });
}

export async function makeKpi(
  name: string,
  direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER",
  target: number,
  recordedById: string,
  points: [Date, number][],
) {
  const kpi = await db().kpi.create({
    data: { name, unit: "points", direction, target, baseline: 10 },
    select: { id: true },
  });
  for (const [measuredOn, value] of points) {
    await db().kpiMeasurement.create({ data: { kpiId: kpi.id, measuredOn, value, recordedById } });
  }
  return kpi.id;
}
