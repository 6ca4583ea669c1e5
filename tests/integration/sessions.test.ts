import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { liveSessionUser, revokeSession, SESSION_ABSOLUTE_MS, startSession } from "@/server/auth/server-sessions";
import { dataStamp } from "@/server/cache/read-cache";
import { resolveSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { DomainError } from "@/server/domain/errors";
import { endAllOwnSessions } from "@/server/domain/users/end-all-own-sessions";
import { endOwnSession } from "@/server/domain/users/end-own-session";
import { changeUserRole, setUserActive, signOutEverywhere } from "@/server/domain/users/manage-users";
import { listOwnSessions } from "@/server/queries/sessions";
import { ctxFor, makeUser } from "../support/factories";

const origin = { ip: "203.0.113.7", userAgent: "Mozilla/5.0 (vitest)" };
const HOUR = 60 * 60 * 1000;
const MINUTE = 60 * 1000;

/** A session that signed in at `at` (default: now), as the cookie would name it. */
async function signIn(user: { id: string }, at = new Date()) {
  const sid = await startSession(user.id, "password", origin, at);
  return { id: user.id, sid };
}

describe("a server-side session", () => {
  it("is checked in one statement that also reads the read cache's data stamp, for the page's cached reads", async () => {
    const user = await makeUser("BOARD");
    const claims = await signIn(user);
    const stamps: (string | null)[] = [];
    const checked = await liveSessionUser(claims.id, claims.sid, new Date(), { onDataStamp: (s) => stamps.push(s) });
    expect(checked?.id).toBe(user.id);
    expect(stamps).toEqual([await dataStamp()]);
    expect(stamps[0]).toMatch(/^[0-9a-f-]{36}$/);
    // A session that is not live hands nothing over.
    await revokeSession(claims.sid);
    expect(await liveSessionUser(claims.id, claims.sid, new Date(), { onDataStamp: (s) => stamps.push(s) })).toBeNull();
    expect(stamps).toHaveLength(1);
  });

  it("stands for its user while the account is active, with role and name from the database", async () => {
    const user = await makeUser("MARKETING");
    const claims = await signIn(user);
    expect(await resolveSessionUser(claims)).toMatchObject({
      id: user.id,
      role: "MARKETING",
      name: user.name,
      sessionId: claims.sid,
    });
    const row = await db().session.findUniqueOrThrow({ where: { id: claims.sid } });
    expect(row).toMatchObject({ userId: user.id, method: "password", userAgent: origin.userAgent, revokedAt: null });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(12 * HOUR);
  });

  it("is refused once signed out: a replayed copy of the cookie is worth nothing", async () => {
    const user = await makeUser("CMO");
    const claims = await signIn(user);
    await revokeSession(claims.sid);
    expect(await resolveSessionUser(claims)).toBeNull();
    // Another browser of the same user is not affected.
    const other = await signIn(user);
    expect(await resolveSessionUser(other)).not.toBeNull();
  });

  it("ends 12 hours after sign-in however busily it is used", async () => {
    const user = await makeUser("CIO");
    const start = new Date(Date.now() - 13 * HOUR);
    const claims = await signIn(user, start);
    for (let at = 30 * MINUTE; at < 12 * HOUR; at += 90 * MINUTE) {
      expect(
        await resolveSessionUser(claims, new Date(start.getTime() + at)),
        `after ${at / MINUTE} min`,
      ).not.toBeNull();
    }
    expect(await resolveSessionUser(claims, new Date(start.getTime() + SESSION_ABSOLUTE_MS + MINUTE))).toBeNull();
  });

  it.each([1, 7, 20])("refuses a cookie whose sign-in was %i day(s) ago", async (days) => {
    const user = await makeUser("IT");
    const claims = await signIn(user, new Date(Date.now() - days * 24 * HOUR));
    expect(await resolveSessionUser(claims)).toBeNull();
  });

  it("ends after 2 hours without use (the default idle timeout)", async () => {
    const user = await makeUser("BOARD");
    const start = new Date(Date.now() - 5 * HOUR);
    const claims = await signIn(user, start);
    expect(await resolveSessionUser(claims, new Date(start.getTime() + 119 * MINUTE))).not.toBeNull();
    const idleFrom = start.getTime() + 119 * MINUTE;
    expect(await resolveSessionUser(claims, new Date(idleFrom + 2 * HOUR + MINUTE))).toBeNull();
  });

  it("ends on the next request once an administrator deactivates the account, and stays ended after reactivation", async () => {
    const [admin, user] = await Promise.all([makeUser("ADMIN"), makeUser("IT")]);
    const claims = await signIn(user);
    await setUserActive(ctxFor(admin), { userId: user.id, active: false });
    expect(await resolveSessionUser(claims)).toBeNull();
    await setUserActive(ctxFor(admin), { userId: user.id, active: true });
    expect(await resolveSessionUser(claims)).toBeNull();
    expect(await resolveSessionUser(await signIn(user))).not.toBeNull();
  });

  it("ends after an administrator's 'sign out everywhere' and after a role change", async () => {
    const [admin, a, b] = await Promise.all([makeUser("ADMIN"), makeUser("CMO"), makeUser("BOARD")]);
    const [claimsA, claimsB] = await Promise.all([signIn(a), signIn(b)]);
    await signOutEverywhere(ctxFor(admin), { userId: a.id });
    await changeUserRole(ctxFor(admin), { userId: b.id, role: "MARKETING" });
    expect(await resolveSessionUser(claimsA)).toBeNull();
    expect(await resolveSessionUser(claimsB)).toBeNull();
    expect(await db().session.count({ where: { userId: { in: [a.id, b.id] }, revokedAt: null } })).toBe(0);
  });

  it("is refused without a session id, with another user's id, or with a malformed one", async () => {
    const [user, other] = await Promise.all([makeUser("CIO"), makeUser("CIO")]);
    const claims = await signIn(user);
    expect(await resolveSessionUser({ id: user.id })).toBeNull();
    expect(await resolveSessionUser({ id: other.id, sid: claims.sid })).toBeNull();
    expect(await resolveSessionUser({ id: user.id, sid: "-".repeat(36) })).toBeNull();
    expect(await resolveSessionUser(null)).toBeNull();
  });
});

describe("the sessions on /account", () => {
  it("lists the user's live sessions, marks this one, and ends any of them", async () => {
    const user = await makeUser("MARKETING");
    const here = await signIn(user);
    const phone = await signIn(user);
    const old = await signIn(user, new Date(Date.now() - 13 * HOUR));
    const listed = await listOwnSessions({ id: user.id, sessionId: here.sid });
    expect(listed.map((s) => s.id).sort()).toEqual([here.sid, phone.sid].sort());
    expect(listed.find((s) => s.id === here.sid)?.current).toBe(true);
    expect(listed.map((s) => s.id)).not.toContain(old.sid);

    await endOwnSession(ctxFor(user), { sessionId: phone.sid });
    expect(await resolveSessionUser(phone)).toBeNull();
    expect(await resolveSessionUser(here)).not.toBeNull();
  });

  it("cannot end someone else's session", async () => {
    const [user, other] = await Promise.all([makeUser("IT"), makeUser("IT")]);
    const theirs = await signIn(other);
    await expect(endOwnSession(ctxFor(user), { sessionId: theirs.sid })).rejects.toMatchObject({ code: "not_found" });
    await expect(endOwnSession(ctxFor(user), { sessionId: randomUUID() })).rejects.toBeInstanceOf(DomainError);
    expect(await resolveSessionUser(theirs)).not.toBeNull();
  });

  it("'sign out everywhere' ends every session of the user, this one included", async () => {
    const user = await makeUser("CMO");
    const sessions = await Promise.all([signIn(user), signIn(user), signIn(user)]);
    await endAllOwnSessions(ctxFor(user));
    for (const claims of sessions) expect(await resolveSessionUser(claims)).toBeNull();
  });
});
