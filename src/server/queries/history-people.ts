import "server-only";
import { isUuid } from "@/lib/schemas/dates";
import { db } from "../db";

// Recorded changes keep user ids (owners, approvers, the person an account event is about): every view
// of the history shows them by name. One query, whatever the number of events.

/** Fields whose values are user ids (owners, approvers): shown by name. */
export const isPersonField = (field: string) => field.endsWith("OwnerId") || field.endsWith("ById");

type Change = { before?: unknown; after?: unknown } | null;

/** The names of the people the events' changes refer to, plus `extraIds`, keyed by id. */
export async function peopleNamed(
  changesList: unknown[],
  extraIds: (string | null)[] = [],
): Promise<Map<string, string>> {
  const ids = new Set<string>(extraIds.filter((id): id is string => typeof id === "string"));
  for (const changes of changesList) {
    for (const [field, change] of Object.entries((changes as Record<string, Change> | null) ?? {})) {
      if (!isPersonField(field)) continue;
      for (const value of [change?.before, change?.after]) if (typeof value === "string") ids.add(value);
    }
  }
  const uuids = [...ids].filter(isUuid);
  const people = uuids.length
    ? await db().user.findMany({ where: { id: { in: uuids } }, select: { id: true, name: true } })
    : [];
  return new Map(people.map((p) => [p.id, p.name]));
}

/** The changes with person fields' ids replaced by names (an unknown id reads "—", never the id). */
export function withNames(changes: Record<string, unknown>, nameOf: Map<string, string>): Record<string, unknown> {
  const named = (field: string, value: unknown) =>
    isPersonField(field) && typeof value === "string" ? (nameOf.get(value) ?? null) : value;
  return Object.fromEntries(
    Object.entries(changes).map(([field, change]) => {
      const c = change as Change;
      return [
        field,
        c && typeof c === "object" && "after" in c
          ? { before: named(field, c.before), after: named(field, c.after) }
          : change,
      ];
    }),
  );
}
