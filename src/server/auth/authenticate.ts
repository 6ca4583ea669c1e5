import "server-only";
import { z } from "zod";
import type { Role } from "@/generated/prisma/enums";
import { db } from "../db";
import { recordActivity } from "../domain/activity";
import type { RequestOrigin } from "../domain/context";
import { hashPassword, verifyPassword } from "./password";

export const MAX_FAILURES = 5;
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;

export type AuthenticationResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role } }
  | { ok: false; reason: "invalid" | "locked" };

const credentials = z.object({
  email: z.string().trim().toLowerCase().max(320),
  password: z.string().max(1024),
});

// Verified against when the email is unknown, so that answer takes as long as a wrong password.
let decoyHash: Promise<string> | undefined;
const decoy = () => (decoyHash ??= hashPassword("decoy-password-that-never-matches"));

/**
 * Password sign-in. After MAX_FAILURES failures for one email within LOCKOUT_WINDOW_MS, that
 * email's password sign-in is refused until the window has passed. Unknown emails, inactive
 * accounts and wrong passwords get the same answer in about the same time. Every attempt is audited.
 */
export async function authenticate(raw: unknown, origin: RequestOrigin, now = new Date()): Promise<AuthenticationResult> {
  const parsed = credentials.safeParse(raw);
  const email = parsed.success ? parsed.data.email : "";
  const password = parsed.success ? parsed.data.password : "";
  const since = new Date(now.getTime() - LOCKOUT_WINDOW_MS);

  const [failures, user] = await Promise.all([
    db().activityEvent.count({
      where: { action: "auth.sign_in_failed", entityType: "sign_in", entityId: email, occurredAt: { gt: since, lte: now } },
    }),
    email ? db().user.findUnique({ where: { email } }) : Promise.resolve(null),
  ]);

  if (failures >= MAX_FAILURES) {
    await audit("auth.sign_in_locked", user?.id ?? null, email, origin, now);
    return { ok: false, reason: "locked" };
  }

  const matches = await verifyPassword(user?.passwordHash ?? (await decoy()), password);
  if (!user || !user.active || !user.passwordHash || !matches) {
    await audit("auth.sign_in_failed", user?.id ?? null, email, origin, now);
    return { ok: false, reason: "invalid" };
  }
  await audit("auth.signed_in", user.id, email, origin, now);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

export async function audit(action: string, actorId: string | null, email: string, origin: RequestOrigin, now = new Date()): Promise<void> {
  await db().$transaction((tx) =>
    recordActivity(tx, { actorId, action, entityType: "sign_in", entityId: email, origin, occurredAt: now }),
  );
}

/** Request origin from next-auth's request headers (or any header bag). */
export function originFromHeaders(headers: Record<string, unknown> | Headers | undefined): RequestOrigin {
  const get = (name: string): string | null => {
    if (!headers) return null;
    const value = headers instanceof Headers ? headers.get(name) : headers[name];
    return typeof value === "string" ? value : Array.isArray(value) ? String(value[0]) : null;
  };
  const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim() || get("x-real-ip");
  return { ip: forwarded ?? null, userAgent: get("user-agent")?.slice(0, 300) ?? null };
}
