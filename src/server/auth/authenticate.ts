import "server-only";
import type { Role } from "@/generated/prisma/enums";
import { hasControlCharacters, stripControlCharacters } from "@/lib/schemas/user-schemas";
import { db } from "../db";
import { recordActivity } from "../domain/activity";
import type { RequestOrigin } from "../domain/context";
import { hashPassword, verifyPassword } from "./password";
import { LOCKOUT_WINDOW_MS, MAX_FAILURES, reservePasswordCheck, settlePasswordCheck } from "./sign-in-throttle";

export { LOCKOUT_WINDOW_MS, MAX_FAILURES };

export type AuthenticationResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role } }
  | { ok: false; reason: "invalid" | "locked" };

// Verified against when the email is unknown, so that answer takes as long as a wrong password.
let decoyHash: Promise<string> | undefined;
const decoy = () => (decoyHash ??= hashPassword("decoy-password-that-never-matches"));

/** The typed email as the throttle and the audit trail know it: trimmed, lower-case, printable. */
function emailKey(value: unknown): { key: string; clean: boolean } {
  const text = typeof value === "string" ? value : "";
  const key = stripControlCharacters(text).trim().toLowerCase().slice(0, 320);
  return { key, clean: !hasControlCharacters(text) && text.length <= 320 };
}

/**
 * Password sign-in. Each check is reserved before the password is verified (see
 * reservePasswordCheck): after MAX_FAILURES failures for one email within LOCKOUT_WINDOW_MS, that
 * email's password sign-in is refused, the right password included, until the window has passed.
 * Unknown emails, inactive accounts and wrong passwords get the same answer in about the same
 * time; an email with control characters (NUL…) is a wrong one. Every attempt is audited.
 */
export async function authenticate(
  raw: unknown,
  origin: RequestOrigin,
  now = new Date(),
): Promise<AuthenticationResult> {
  const fields = (raw ?? {}) as { email?: unknown; password?: unknown };
  const { key: email, clean } = emailKey(fields.email);
  const password = typeof fields.password === "string" && fields.password.length <= 1024 ? fields.password : "";

  const attempt = await reservePasswordCheck(email, now);
  const user = clean && email ? await db().user.findUnique({ where: { email } }) : null;
  if (attempt === null) {
    await audit("auth.sign_in_locked", user?.id ?? null, email, origin, now, { method: "password" });
    return { ok: false, reason: "locked" };
  }

  const matches = await verifyPassword(user?.passwordHash ?? (await decoy()), password);
  const ok = Boolean(user && user.active && user.passwordHash && matches && password);
  await settlePasswordCheck(attempt, ok);
  if (!ok || !user) {
    await audit("auth.sign_in_failed", user?.id ?? null, email, origin, now, { method: "password" });
    return { ok: false, reason: "invalid" };
  }
  await audit("auth.signed_in", user.id, email, origin, now, { method: "password" });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

export async function audit(
  action: string,
  actorId: string | null,
  email: string,
  origin: RequestOrigin,
  now = new Date(),
  details: Record<string, string> = {},
): Promise<void> {
  await db().$transaction((tx) =>
    recordActivity(tx, {
      actorId,
      action,
      entityType: "sign_in",
      entityId: stripControlCharacters(email).slice(0, 320),
      origin,
      occurredAt: now,
      ...(Object.keys(details).length ? { changes: details } : {}),
    }),
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
  const printable = (text: string | null | undefined, max: number) =>
    text ? stripControlCharacters(text).slice(0, max) : null;
  return { ip: printable(forwarded, 100), userAgent: printable(get("user-agent"), 300) };
}
