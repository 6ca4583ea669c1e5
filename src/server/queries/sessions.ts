import "server-only";
import { idleTimeoutMs } from "../auth/server-sessions";
import { db } from "../db";

export interface SessionRow {
  id: string;
  method: string;
  userAgent: string | null;
  ip: string | null;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  current: boolean;
}

/** The caller's sessions that are still live (not revoked, not past 12 hours or the idle timeout), newest first. */
export async function listOwnSessions(
  actor: { id: string; sessionId: string },
  now = new Date(),
): Promise<SessionRow[]> {
  const sessions = await db().session.findMany({
    where: {
      userId: actor.id,
      revokedAt: null,
      expiresAt: { gt: now },
      lastSeenAt: { gt: new Date(now.getTime() - idleTimeoutMs()) },
    },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, method: true, userAgent: true, ip: true, createdAt: true, lastSeenAt: true, expiresAt: true },
  });
  return sessions.map((s) => ({
    id: s.id,
    method: s.method,
    userAgent: s.userAgent,
    ip: s.ip,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    expiresAt: s.expiresAt.toISOString(),
    current: s.id === actor.sessionId,
  }));
}
