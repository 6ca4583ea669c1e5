import "server-only";
import type { Health, Role } from "@/generated/prisma/enums";
import { can, type Actor } from "@/lib/permissions";
import { sideOf, type Side } from "@/lib/roles";
import { db } from "../db";

export interface Post {
  id: string;
  author: string;
  side: Side | null;
  at: string;
  body: string;
}
export interface UpdatePost extends Post {
  health: Health;
  progress: number;
}
export interface HistoryEntry {
  id: string;
  actor: string | null;
  action: string;
  at: string;
  changes: Record<string, unknown>;
}

/** Fields whose values are user ids (owners, approvers): shown by name. */
const isPersonField = (field: string) => field.endsWith("OwnerId") || field.endsWith("ById");

const author = (user: { name: string; role: Role }) => ({ author: user.name, side: sideOf(user.role) });

/** Status updates and comments, newest first, with author and side. */
export async function listPosts(actor: Actor, initiativeId: string): Promise<{ updates: UpdatePost[]; comments: Post[] }> {
  if (!can(actor, "board.view")) return { updates: [], comments: [] };
  const select = { id: true, body: true, createdAt: true, author: { select: { name: true, role: true } } } as const;
  const [updates, comments] = await Promise.all([
    db().statusUpdate.findMany({ where: { initiativeId }, orderBy: { createdAt: "desc" }, take: 100, select: { ...select, health: true, progress: true } }),
    db().comment.findMany({ where: { initiativeId }, orderBy: { createdAt: "desc" }, take: 100, select }),
  ]);
  return {
    updates: updates.map((u) => ({ id: u.id, body: u.body, at: u.createdAt.toISOString(), health: u.health, progress: u.progress, ...author(u.author) })),
    comments: comments.map((c) => ({ id: c.id, body: c.body, at: c.createdAt.toISOString(), ...author(c.author) })),
  };
}

/** The initiative's audit trail, newest first. */
export async function listHistory(actor: Actor, initiativeId: string): Promise<HistoryEntry[]> {
  if (!can(actor, "board.view")) return [];
  const events = await db().activityEvent.findMany({
    where: { initiativeId },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, action: true, occurredAt: true, changes: true, actor: { select: { name: true } } },
  });
  // Owner changes store user ids: show names (one more query, whatever the number of events).
  const ids = new Set<string>();
  for (const event of events) {
    for (const [field, change] of Object.entries((event.changes as Record<string, { before?: unknown; after?: unknown }> | null) ?? {})) {
      if (!isPersonField(field)) continue;
      for (const value of [change?.before, change?.after]) if (typeof value === "string") ids.add(value);
    }
  }
  const people = ids.size ? await db().user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } }) : [];
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const named = (field: string, value: unknown) => (isPersonField(field) && typeof value === "string" ? (nameOf.get(value) ?? value) : value);
  return events.map((e) => {
    const changes = (e.changes as Record<string, unknown> | null) ?? {};
    const shown = Object.fromEntries(
      Object.entries(changes).map(([field, change]) => {
        const c = change as { before?: unknown; after?: unknown } | null;
        return [field, c && typeof c === "object" && "after" in c ? { before: named(field, c.before), after: named(field, c.after) } : change];
      }),
    );
    return { id: String(e.id), actor: e.actor?.name ?? null, action: e.action, at: e.occurredAt.toISOString(), changes: shown };
  });
}
