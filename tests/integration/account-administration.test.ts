import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/server/auth/password";
import { db } from "@/server/db";
import { changeOwnPassword } from "@/server/domain/users/change-own-password";
import { changeUserRole, createUser, resetUserPassword, setUserActive } from "@/server/domain/users/manage-users";
import { ctxFor, makeInitiative, makeUser, TEST_PASSWORD } from "../support/factories";

const refusal = (work: Promise<unknown>) =>
  work.then(
    () => "no error",
    (error: { messageKey?: string; params?: Record<string, unknown>; fieldErrors?: Record<string, string> }) => ({
      key: error.messageKey,
      params: error.params,
      fields: error.fieldErrors,
    }),
  );

describe("account administration", () => {
  it("stores passwords as argon2id with OWASP's parameters (m=19456, t=2, p=1)", async () => {
    const admin = await makeUser("ADMIN");
    const email = `new-${admin.id}@Test.Example`;
    await createUser(ctxFor(admin), {
      name: "New Person",
      email: email.toLowerCase(),
      role: "MARKETING",
      password: "a long enough passphrase",
    });
    const stored = await db().user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored.passwordHash!, "a long enough passphrase")).toBe(true);
  });

  it("generates an initial password when none is given, and shows it once", async () => {
    const admin = await makeUser("ADMIN");
    const result = await createUser(ctxFor(admin), {
      name: "Generated",
      email: `gen-${admin.id}@test.example`,
      role: "IT",
      password: undefined,
    });
    expect(result.generatedPassword).toMatch(/^[A-Za-z0-9]{20}$/);
    const stored = await db().user.findUniqueOrThrow({ where: { id: result.userId } });
    expect(await verifyPassword(stored.passwordHash!, result.generatedPassword!)).toBe(true);
  });

  it("refuses one of the most common passwords", async () => {
    const admin = await makeUser("ADMIN");
    const outcome = await refusal(
      createUser(ctxFor(admin), {
        name: "Weak",
        email: `weak-${admin.id}@test.example`,
        role: "IT",
        password: "qwerty123456",
      }),
    );
    expect(outcome).toMatchObject({ key: "errors.checkFields", fields: { password: "validation.passwordCommon" } });
    expect(await db().user.count({ where: { email: `weak-${admin.id}@test.example` } })).toBe(0);
  });

  it("refuses a second account with the same email", async () => {
    const [admin, existing] = await Promise.all([makeUser("ADMIN"), makeUser("IT")]);
    const outcome = await refusal(
      createUser(ctxFor(admin), { name: "Twin", email: existing.email, role: "IT", password: undefined }),
    );
    expect(outcome).toMatchObject({ key: "errors.checkFields", fields: { email: "errors.emailTaken" } });
  });

  it("records every change in the activity log", async () => {
    const [admin, user] = await Promise.all([makeUser("ADMIN"), makeUser("BOARD")]);
    await changeUserRole(ctxFor(admin), { userId: user.id, role: "ADMIN" });
    const event = await db().activityEvent.findFirst({ where: { action: "user.role_changed", entityId: user.id } });
    expect(event).toMatchObject({ actorId: admin.id, changes: { role: { before: "BOARD", after: "ADMIN" } } });
  });
});

describe("a change that would leave an initiative without a valid owner", () => {
  it("is refused with the initiatives to reassign first, for a role change and for a deactivation", async () => {
    const [admin, cmo, marketing, it_] = await Promise.all([
      makeUser("ADMIN"),
      makeUser("CMO"),
      makeUser("MARKETING"),
      makeUser("IT"),
    ]);
    const initiative = await makeInitiative(
      { marketingOwnerId: marketing.id, itOwnerId: it_.id, createdById: cmo.id },
      `Owned by ${marketing.id}`,
    );
    const roleChange = await refusal(changeUserRole(ctxFor(admin), { userId: marketing.id, role: "IT" }));
    expect(roleChange).toMatchObject({
      key: "errors.reassignBeforeRoleChange",
      params: { count: 1, titles: initiative.title },
    });
    const deactivation = await refusal(setUserActive(ctxFor(admin), { userId: it_.id, active: false }));
    expect(deactivation).toMatchObject({
      key: "errors.reassignBeforeDeactivation",
      params: { count: 1, titles: initiative.title },
    });
    const [m, i] = await Promise.all([
      db().user.findUniqueOrThrow({ where: { id: marketing.id } }),
      db().user.findUniqueOrThrow({ where: { id: it_.id } }),
    ]);
    expect([m.role, i.active]).toEqual(["MARKETING", true]);
  });

  it("is allowed within the same side", async () => {
    const [admin, cmo, marketing, it_] = await Promise.all([
      makeUser("ADMIN"),
      makeUser("CMO"),
      makeUser("MARKETING"),
      makeUser("IT"),
    ]);
    await makeInitiative({ marketingOwnerId: marketing.id, itOwnerId: it_.id, createdById: cmo.id });
    expect(await refusal(changeUserRole(ctxFor(admin), { userId: marketing.id, role: "CMO" }))).toBe("no error");
  });
});

describe("changing one's own password", () => {
  it("needs the current password", async () => {
    const user = await makeUser("IT");
    const outcome = await refusal(
      changeOwnPassword(ctxFor(user), { currentPassword: "not my password", newPassword: "a brand new passphrase" }),
    );
    expect(outcome).toMatchObject({
      key: "errors.checkFields",
      fields: { currentPassword: "validation.currentPasswordWrong" },
    });
  });

  it("sets the new password and ends the other sessions", async () => {
    const user = await makeUser("IT");
    await changeOwnPassword(ctxFor(user), { currentPassword: TEST_PASSWORD, newPassword: "a brand new passphrase" });
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash!, "a brand new passphrase")).toBe(true);
    expect(stored.sessionsValidAfter.getTime()).toBeGreaterThan(user.sessionsValidAfter.getTime());
  });

  it("lets an admin reset someone's password to a generated one", async () => {
    const [admin, user] = await Promise.all([makeUser("ADMIN"), makeUser("BOARD")]);
    const { generatedPassword } = await resetUserPassword(ctxFor(admin), { userId: user.id });
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash!, generatedPassword!)).toBe(true);
  });
});
