import "server-only";
import { hashPassword, verifyPassword } from "../../auth/password";
import { db } from "../../db";
import { recordActivity } from "../activity";
import type { DomainContext } from "../context";
import { DomainError } from "../errors";
import { assertPasswordAllowed } from "./password-rules";

/**
 * Anyone signed in may change their own password, with the current one. Other sessions end;
 * the caller's own session is renewed by signing in again.
 */
export async function changeOwnPassword(ctx: DomainContext, input: { currentPassword: string; newPassword: string }): Promise<void> {
  if (!ctx.actor) throw new DomainError("unauthenticated", "errors.unauthenticated");
  const actor = ctx.actor;
  const user = await db().user.findUnique({ where: { id: actor.id }, select: { passwordHash: true, active: true } });
  if (!user || !user.active) throw new DomainError("unauthenticated", "errors.unauthenticated");
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new DomainError("invalid", "validation.currentPasswordWrong", {}, { currentPassword: "validation.currentPasswordWrong" });
  }
  assertPasswordAllowed(input.newPassword, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, sessionsValidAfter: ctx.now ?? new Date() } });
    await recordActivity(tx, { actorId: actor.id, action: "user.password_changed", entityType: "user", entityId: actor.id, origin: ctx.origin });
  });
}
