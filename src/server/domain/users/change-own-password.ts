import "server-only";
import { hashPassword, verifyPassword } from "../../auth/password";
import { revokeUserSessions } from "../../auth/server-sessions";
import { reservePasswordCheck, settlePasswordCheck } from "../../auth/sign-in-throttle";
import { db } from "../../db";
import { recordActivity } from "../activity";
import type { DomainContext } from "../context";
import { DomainError } from "../errors";
import { assertPasswordAllowed } from "./password-rules";

/**
 * Anyone signed in may change their own password, with the current one. Guesses of the current
 * password count against the same limit as password sign-in (5 per 15 minutes for the account),
 * reserved before the check. Every session of the user ends; the caller signs in again.
 */
export async function changeOwnPassword(
  ctx: DomainContext,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  if (!ctx.actor) throw DomainError.unauthenticated();
  const actor = ctx.actor;
  const user = await db().user.findUnique({
    where: { id: actor.id },
    select: { email: true, passwordHash: true, active: true },
  });
  if (!user || !user.active) throw DomainError.unauthenticated();
  const attempt = await reservePasswordCheck(user.email, ctx.now);
  if (attempt === null) {
    throw DomainError.invalid({ currentPassword: "validation.tooManyAttempts" });
  }
  const matches = Boolean(user.passwordHash) && (await verifyPassword(user.passwordHash!, input.currentPassword));
  await settlePasswordCheck(attempt, matches);
  if (!matches) {
    throw DomainError.invalid({ currentPassword: "validation.currentPasswordWrong" });
  }
  assertPasswordAllowed(input.newPassword, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, sessionsValidAfter: ctx.now ?? new Date() },
    });
    await revokeUserSessions(tx, actor.id, ctx.now);
    await recordActivity(tx, {
      actorId: actor.id,
      action: "user.password_changed",
      entityType: "user",
      entityId: actor.id,
      origin: ctx.origin,
    });
  });
}
