import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { isUuid } from "@/lib/schemas/dates";
import { db } from "../db";
import type { RequestOrigin } from "../domain/context";
import { serverEnv } from "../env";

type Tx = Prisma.TransactionClient;

/** A session ends 12 hours after sign-in, whatever happens meanwhile. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often per session (a read per request, a write per minute). */
const TOUCH_EVERY_MS = 60 * 1000;

export type SignInMethod = "password" | "sso";

/** A session unused for this long ends (LEVERS_SESSION_IDLE_MINUTES, default 120). */
export function idleTimeoutMs(): number {
  return serverEnv().LEVERS_SESSION_IDLE_MINUTES * 60 * 1000;
}

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  sessionId: string;
}

/** Records a new session at sign-in; its id goes into the (encrypted) session cookie. */
export async function startSession(
  userId: string,
  method: SignInMethod,
  origin: RequestOrigin,
  now = new Date(),
): Promise<string> {
  const session = await db().session.create({
    data: {
      userId,
      method,
      userAgent: origin.userAgent?.slice(0, 300) ?? null,
      ip: origin.ip?.slice(0, 100) ?? null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
    },
    select: { id: true },
  });
  return session.id;
}

/**
 * The user of a live session: not revoked, less than 12 hours old, used within the idle timeout,
 * and the account active. Null otherwise. Marks the session as seen (at most once a minute)
 * unless `touch: false` (an open event stream is not use). `onDataStamp` is handed the read cache's
 * data stamp, read by the same statement: a page's cached reads then need no query of their own
 * for it (src/server/cache/read-cache.ts).
 */
export async function liveSessionUser(
  userId: unknown,
  sessionId: unknown,
  now = new Date(),
  options: { touch?: boolean; onDataStamp?: (stamp: string | null) => void } = {},
): Promise<SessionUser | null> {
  if (!isUuid(userId) || !isUuid(sessionId)) return null;
  const idleSince = new Date(now.getTime() - idleTimeoutMs());
  const rows = await db().$queryRaw<
    { id: string; name: string; email: string; role: Role; lastSeenAt: Date; dataStamp: string | null }[]
  >`
    SELECT u.id, u.name, u.email, u.role, s."lastSeenAt",
           (SELECT v.stamp::text FROM "DataVersion" v WHERE v.id = 1) AS "dataStamp"
      FROM "Session" s JOIN "User" u ON u.id = s."userId"
     WHERE s.id = ${sessionId}::uuid AND u.id = ${userId}::uuid
       AND s."revokedAt" IS NULL AND s."expiresAt" > ${now} AND s."createdAt" <= ${now}
       AND s."lastSeenAt" > ${idleSince} AND u.active`;
  const row = rows[0];
  if (!row) return null;
  options.onDataStamp?.(row.dataStamp);
  if (options.touch !== false && now.getTime() - row.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await db().session.updateMany({ where: { id: sessionId, lastSeenAt: { lt: now } }, data: { lastSeenAt: now } });
  }
  return { id: row.id, name: row.name, email: row.email, role: row.role, sessionId };
}

/** Ends one session (sign-out). */
export async function revokeSession(sessionId: unknown, now = new Date()): Promise<void> {
  if (!isUuid(sessionId)) return;
  await db().session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/** Ends every session of a user, in the caller's transaction. */
export async function revokeUserSessions(tx: Tx, userId: string, now = new Date()): Promise<number> {
  const result = await tx.session.updateMany({
    where: { userId, revokedAt: null, expiresAt: { gt: now } },
    data: { revokedAt: now },
  });
  return result.count;
}
