import { describe, expect, it } from "vitest";
import { resolveSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { changeUserRole, setUserActive, signOutEverywhere } from "@/server/domain/users/manage-users";
import { ctxFor, makeUser } from "../support/factories";

/** Claims of a session that signed in just after the account was created, a moment ago. */
async function freshSession(user: { id: string; sessionsValidAfter: Date }) {
  const claims = { id: user.id, authTime: user.sessionsValidAfter.getTime() + 1 };
  await new Promise((resolve) => setTimeout(resolve, 5));
  return claims;
}

describe("an open session", () => {
  it("stands for its user while the account is active", async () => {
    const user = await makeUser("MARKETING");
    expect(await resolveSessionUser({ id: user.id, authTime: Date.now() })).toMatchObject({ id: user.id, role: "MARKETING" });
  });

  it("ends on the next request once an administrator deactivates the account", async () => {
    const [admin, user] = await Promise.all([makeUser("ADMIN"), makeUser("IT")]);
    const claims = await freshSession(user);
    expect(await resolveSessionUser(claims)).not.toBeNull();
    await setUserActive(ctxFor(admin), { userId: user.id, active: false });
    expect(await resolveSessionUser(claims)).toBeNull();
    // Reactivated, the old session stays ended: a new sign-in is needed.
    await setUserActive(ctxFor(admin), { userId: user.id, active: true });
    expect(await resolveSessionUser(claims)).toBeNull();
    expect(await resolveSessionUser({ id: user.id, authTime: Date.now() + 1 })).not.toBeNull();
  });

  it("ends after 'sign out everywhere'", async () => {
    const [admin, user] = await Promise.all([makeUser("ADMIN"), makeUser("CMO")]);
    const claims = await freshSession(user);
    await signOutEverywhere(ctxFor(admin), { userId: user.id });
    expect(await resolveSessionUser(claims)).toBeNull();
  });

  it("ends after a role change, so the new role applies at once", async () => {
    const [admin, user] = await Promise.all([makeUser("ADMIN"), makeUser("BOARD")]);
    const claims = await freshSession(user);
    await changeUserRole(ctxFor(admin), { userId: user.id, role: "MARKETING" });
    expect(await resolveSessionUser(claims)).toBeNull();
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("MARKETING");
  });

  it("is refused when the token has no sign-in time", async () => {
    const user = await makeUser("CIO");
    expect(await resolveSessionUser({ id: user.id })).toBeNull();
    expect(await resolveSessionUser(null)).toBeNull();
  });
});
