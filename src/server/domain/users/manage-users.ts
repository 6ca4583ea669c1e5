import "server-only";
import type { Prisma, Role } from "@/generated/prisma/client";
import type { CreateUserInput } from "@/lib/schemas/user-schemas";
import { hashPassword } from "../../auth/password";
import { revokeUserSessions } from "../../auth/server-sessions";
import { db } from "../../db";
import { recordActivity } from "../activity";
import { assertCan } from "../authorize";
import type { DomainContext } from "../context";
import { DomainError, notFound } from "../errors";
import { assertPasswordAllowed, generatePassword } from "./password-rules";
import { assertNotLastAdmin, assertOwnershipAllows } from "./user-guards";

// Account administration (ADMIN only). Each function: permission first, one transaction, one audit event.

async function loadUser(tx: Prisma.TransactionClient, userId: string) {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, role: true, active: true },
  });
  if (!user) throw notFound();
  return user;
}

/** Creates an account; returns the initial password when it was generated (shown once). */
export async function createUser(
  ctx: DomainContext,
  input: CreateUserInput,
): Promise<{ userId: string; generatedPassword?: string }> {
  assertCan(ctx.actor, "users.manage");
  const actor = ctx.actor;
  const password = input.password ?? generatePassword();
  assertPasswordAllowed(password);
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw DomainError.invalid({ email: "errors.emailTaken" });
    }
    const user = await tx.user.create({
      data: { name: input.name, email: input.email, role: input.role, passwordHash },
      select: { id: true },
    });
    await recordActivity(tx, {
      actorId: actor.id,
      action: "user.created",
      entityType: "user",
      entityId: user.id,
      changes: {
        name: { before: null, after: input.name },
        email: { before: null, after: input.email },
        role: { before: null, after: input.role },
      },
      origin: ctx.origin,
    });
    return { userId: user.id, ...(input.password ? {} : { generatedPassword: password }) };
  });
}

export async function changeUserRole(ctx: DomainContext, input: { userId: string; role: Role }): Promise<void> {
  assertCan(ctx.actor, "users.manage");
  const actor = ctx.actor;
  await db().$transaction(async (tx) => {
    const user = await loadUser(tx, input.userId);
    if (user.role === input.role) return;
    if (user.role === "ADMIN") await assertNotLastAdmin(tx, user.id);
    await assertOwnershipAllows(tx, user.id, input.role);
    // The role is part of every session: end the user's sessions so the new role applies at once.
    await tx.user.update({
      where: { id: user.id },
      data: { role: input.role, sessionsValidAfter: ctx.now ?? new Date() },
    });
    await revokeUserSessions(tx, user.id, ctx.now);
    await recordActivity(tx, {
      actorId: actor.id,
      action: "user.role_changed",
      entityType: "user",
      entityId: user.id,
      changes: { role: { before: user.role, after: input.role } },
      origin: ctx.origin,
    });
  });
}

export async function setUserActive(ctx: DomainContext, input: { userId: string; active: boolean }): Promise<void> {
  assertCan(ctx.actor, "users.manage");
  const actor = ctx.actor;
  await db().$transaction(async (tx) => {
    const user = await loadUser(tx, input.userId);
    if (user.active === input.active) return;
    if (!input.active) {
      if (user.role === "ADMIN") await assertNotLastAdmin(tx, user.id);
      await assertOwnershipAllows(tx, user.id, null);
    }
    await tx.user.update({
      where: { id: user.id },
      data: { active: input.active, ...(input.active ? {} : { sessionsValidAfter: ctx.now ?? new Date() }) },
    });
    if (!input.active) await revokeUserSessions(tx, user.id, ctx.now);
    await recordActivity(tx, {
      actorId: actor.id,
      action: input.active ? "user.reactivated" : "user.deactivated",
      entityType: "user",
      entityId: user.id,
      changes: { active: { before: user.active, after: input.active } },
      origin: ctx.origin,
    });
  });
}

/** Sets a new password (given or generated) and ends the user's sessions. */
export async function resetUserPassword(
  ctx: DomainContext,
  input: { userId: string; password?: string },
): Promise<{ generatedPassword?: string }> {
  assertCan(ctx.actor, "users.manage");
  const actor = ctx.actor;
  const password = input.password ?? generatePassword();
  assertPasswordAllowed(password);
  const passwordHash = await hashPassword(password);
  await db().$transaction(async (tx) => {
    const user = await loadUser(tx, input.userId);
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionsValidAfter: ctx.now ?? new Date() } });
    await revokeUserSessions(tx, user.id, ctx.now);
    await recordActivity(tx, {
      actorId: actor.id,
      action: "user.password_reset",
      entityType: "user",
      entityId: user.id,
      origin: ctx.origin,
    });
  });
  return input.password ? {} : { generatedPassword: password };
}

/** Ends every open session of the user on their next request. */
export async function signOutEverywhere(ctx: DomainContext, input: { userId: string }): Promise<void> {
  assertCan(ctx.actor, "users.manage");
  const actor = ctx.actor;
  await db().$transaction(async (tx) => {
    const user = await loadUser(tx, input.userId);
    await tx.user.update({ where: { id: user.id }, data: { sessionsValidAfter: ctx.now ?? new Date() } });
    await revokeUserSessions(tx, user.id, ctx.now);
    await recordActivity(tx, {
      actorId: actor.id,
      action: "user.signed_out_everywhere",
      entityType: "user",
      entityId: user.id,
      origin: ctx.origin,
    });
  });
}
