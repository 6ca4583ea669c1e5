import "server-only";
import type { Health, Role } from "@/generated/prisma/enums";
import { can, type Actor } from "@/lib/permissions";
import { sideOf, type Side } from "@/lib/roles";
import { db } from "../db";
import { peopleNamed, withNames } from "./history-people";

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

const author = (user: { name: string; role: Role }) => ({ author: user.name, side: sideOf(user.role) });

/** Status updates and comments, newest first, with author and side. */
export async function listPosts(
  actor: Actor,
  initiativeId: string,
): Promise<{ updates: UpdatePost[]; comments: Post[] }> {
  if (!can(actor, "board.view")) return { updates: [], comments: [] };
  const select = { id: true, body: true, createdAt: true, author: { select: { name: true, role: true } } } as const;
  const [updates, comments] = await Promise.all([
    db().statusUpdate.findMany({
      where: { initiativeId },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: { ...select, health: true, progress: true },
    }),
    db().comment.findMany({ where: { initiativeId }, orderBy: { createdAt: "desc" }, take: 100, select }),
  ]);
  return {
    updates: updates.map((u) => ({
      id: u.id,
      body: u.body,
      at: u.createdAt.toISOString(),
      health: u.health,
      progress: u.progress,
      ...author(u.author),
    })),
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
  const nameOf = await peopleNamed(events.map((e) => e.changes));
  return events.map((e) => {
    const shown = withNames((e.changes as Record<string, unknown> | null) ?? {}, nameOf);
    return {
      id: String(e.id),
      actor: e.actor?.name ?? null,
      action: e.action,
      at: e.occurredAt.toISOString(),
      changes: shown,
    };
  });
}
