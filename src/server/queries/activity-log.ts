import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { can, type Actor } from "@/lib/permissions";
import { calendarDate, isUuid } from "@/lib/schemas/dates";
import { db } from "../db";
import { peopleNamed, withNames } from "./history-people";

export const PAGE_SIZE = 50;

export const activityFilterSchema = z.object({
  action: z
    .string()
    .regex(/^[a-z_]+(\.[a-z_]+)?$/)
    .optional()
    .catch(undefined),
  actor: z.uuid().optional().catch(undefined),
  from: calendarDate().optional().catch(undefined),
  to: calendarDate().optional().catch(undefined),
  // Sign-ins (and failed ones) are many: shown only on request (or when their action is chosen).
  signIns: z.literal("1").optional().catch(undefined),
  // A keyset cursor: an event id, a positive bigint (a longer or larger number is ignored, never a 500).
  before: z
    .string()
    .regex(/^[1-9]\d{0,18}$/)
    .refine((value) => BigInt(value) <= 9223372036854775807n)
    .optional()
    .catch(undefined),
});
export type ActivityFilter = z.output<typeof activityFilterSchema>;

/** The actions of sign-in events, hidden from the log unless asked for. */
export const SIGN_IN_PREFIX = "auth.";

export interface ActivityRow {
  id: string;
  at: string;
  actor: string | null;
  action: string;
  /** What the event is about: an initiative, a KPI, a person, a scoring model, a triage session, a capacity, a sign-in. */
  entityType: string;
  initiative: { id: string; title: string } | null;
  kpi: { id: string; name: string } | null;
  /** The person an account event is about, or a sign-in's typed e-mail (administrators) or account name. */
  subject: string | null;
  /** A sign-in event whose typed e-mail this reader may not see, for no known account: "unknown account". */
  unknownAccount: boolean;
  changes: Record<string, unknown>;
  ip: string | null;
}

/** The append-only log, newest first, PAGE_SIZE at a time (keyset on id). Null when not allowed. */
export async function listActivity(
  actor: Actor,
  filter: ActivityFilter,
): Promise<{ rows: ActivityRow[]; nextBefore: string | null; actions: string[] } | null> {
  if (!can(actor, "activity.view")) return null;
  const where: Prisma.ActivityEventWhereInput = {
    ...(filter.action
      ? { action: filter.action }
      : filter.signIns
        ? {}
        : { NOT: { action: { startsWith: SIGN_IN_PREFIX } } }),
    ...(filter.actor ? { actorId: filter.actor } : {}),
    ...(filter.from || filter.to
      ? {
          occurredAt: {
            ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00Z`) } : {}),
            ...(filter.to ? { lt: new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
          },
        }
      : {}),
    ...(filter.before ? { id: { lt: BigInt(filter.before) } } : {}),
  };
  const [events, actions] = await Promise.all([
    db().activityEvent.findMany({
      where,
      orderBy: { id: "desc" },
      take: PAGE_SIZE + 1,
      select: {
        id: true,
        occurredAt: true,
        action: true,
        entityType: true,
        entityId: true,
        initiativeId: true,
        changes: true,
        origin: true,
        actor: { select: { name: true } },
      },
    }),
    db().activityEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
  ]);
  const page = events.slice(0, PAGE_SIZE);
  // What was typed into a sign-in (a mistyped address, someone else's) is for administrators only.
  const seesTypedEmails = can(actor, "users.manage");
  const initiativeIds = [...new Set(page.map((e) => e.initiativeId).filter((id): id is string => id !== null))];
  const titles = initiativeIds.length
    ? await db().initiative.findMany({ where: { id: { in: initiativeIds } }, select: { id: true, title: true } })
    : [];
  const titleOf = new Map(titles.map((i) => [i.id, i.title]));
  // KPIs by their id (KPI events) or their measurement's id; people by id (account events, person fields).
  const idsOf = (type: string) =>
    page.filter((e) => e.entityType === type && isUuid(e.entityId)).map((e) => e.entityId!);
  const kpiIds = idsOf("kpi");
  const measurementIds = idsOf("kpi_measurement");
  const [kpis, measurements, nameOf] = await Promise.all([
    db().kpi.findMany({ where: { id: { in: kpiIds } }, select: { id: true, name: true } }),
    db().kpiMeasurement.findMany({
      where: { id: { in: measurementIds } },
      select: { id: true, kpi: { select: { id: true, name: true } } },
    }),
    peopleNamed(
      page.map((e) => e.changes),
      idsOf("user"),
    ),
  ]);
  const kpiOf = new Map<string, { id: string; name: string }>([
    ...kpis.map((k) => [k.id, k] as const),
    ...measurements.map((m) => [m.id, m.kpi] as const),
  ]);
  const subjectOf = (e: (typeof page)[number]): string | null => {
    if (e.entityType === "sign_in") return seesTypedEmails ? e.entityId : (e.actor?.name ?? null);
    if (e.entityType === "user") return nameOf.get(e.entityId ?? "") ?? null;
    return null;
  };
  return {
    actions: actions.map((a) => a.action),
    nextBefore: events.length > PAGE_SIZE ? String(page[page.length - 1]!.id) : null,
    rows: page.map((e) => ({
      id: String(e.id),
      at: e.occurredAt.toISOString(),
      actor: e.actor?.name ?? null,
      action: e.action,
      entityType: e.entityType,
      initiative:
        e.initiativeId && titleOf.has(e.initiativeId)
          ? { id: e.initiativeId, title: titleOf.get(e.initiativeId)! }
          : null,
      kpi: kpiOf.get(e.entityId ?? "") ?? null,
      subject: subjectOf(e),
      unknownAccount: e.entityType === "sign_in" && !seesTypedEmails && !e.actor,
      changes: withNames((e.changes as Record<string, unknown> | null) ?? {}, nameOf),
      ip: (e.origin as { ip?: string } | null)?.ip ?? null,
    })),
  };
}

/** Everyone who may appear in the log as its actor, by name, for the log's "person" filter. Empty when not allowed. */
export async function listActivityPeople(actor: Actor): Promise<{ id: string; name: string }[]> {
  if (!can(actor, "activity.view")) return [];
  return db().user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
