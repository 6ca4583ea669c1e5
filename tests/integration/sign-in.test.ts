import { describe, expect, it } from "vitest";
import { authenticate } from "@/server/auth/authenticate";
import { db } from "@/server/db";
import { DomainError } from "@/server/domain/errors";
import { changeOwnPassword } from "@/server/domain/users/change-own-password";
import { resetUserPassword } from "@/server/domain/users/manage-users";
import { ctxFor, makeUser, TEST_PASSWORD } from "../support/factories";

const origin = { ip: "203.0.113.9", userAgent: "vitest" };

describe("password sign-in", () => {
  it("accepts the right password and records the sign-in", async () => {
    const user = await makeUser("CMO");
    const result = await authenticate({ email: user.email.toUpperCase(), password: TEST_PASSWORD }, origin);
    expect(result).toMatchObject({ ok: true, user: { id: user.id, role: "CMO" } });
    const event = await db().activityEvent.findFirst({ where: { action: "auth.signed_in", actorId: user.id } });
    expect(event?.origin).toEqual(origin);
  });

  it("gives an unknown email, a wrong password and a deactivated account the same answer, and records each failure", async () => {
    const user = await makeUser("IT");
    const inactive = await makeUser("IT", { active: false });
    const unknown = `nobody-${user.id}@test.example`;
    expect(await authenticate({ email: user.email, password: "wrong password here" }, origin)).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await authenticate({ email: unknown, password: TEST_PASSWORD }, origin)).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await authenticate({ email: inactive.email, password: TEST_PASSWORD }, origin)).toEqual({
      ok: false,
      reason: "invalid",
    });
    const failures = await db().activityEvent.count({
      where: { action: "auth.sign_in_failed", entityId: { in: [user.email, unknown, inactive.email] } },
    });
    expect(failures).toBe(3);
  });

  it("takes about as long for an unknown email as for a wrong password", async () => {
    const user = await makeUser("MARKETING");
    const time = async (email: string) => {
      const started = performance.now();
      await authenticate({ email, password: "wrong password here" }, origin);
      return performance.now() - started;
    };
    await time(`warm-up-${user.id}@test.example`);
    const wrong: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      wrong.push(await time(user.email));
      unknown.push(await time(`ghost-${i}-${user.id}@test.example`));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;
    // Both verify an argon2id hash; without the decoy the unknown email would answer far faster.
    expect(median(unknown)).toBeGreaterThan(median(wrong) * 0.4);
  });

  // The threshold (5) and the window (15 minutes) are the README's promise: written out, not read from the code.
  it("refuses password sign-in for 15 minutes after 5 failures, even with the right password, then recovers", async () => {
    const user = await makeUser("CIO");
    const start = new Date(Date.now() - 60_000);
    for (let i = 0; i < 5; i += 1) {
      const at = new Date(start.getTime() + i * 1000);
      expect(await authenticate({ email: user.email, password: `wrong password ${i}` }, origin, at)).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    const during = new Date(start.getTime() + 10_000);
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD }, origin, during)).toEqual({
      ok: false,
      reason: "locked",
    });
    expect(await db().activityEvent.count({ where: { action: "auth.sign_in_locked", entityId: user.email } })).toBe(1);

    // Locked while the 5 failures are within the last 15 minutes: a second before the first one leaves.
    const lastFailure = start.getTime() + 4 * 1000;
    const justBefore = new Date(start.getTime() + 15 * 60_000 - 1000);
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD }, origin, justBefore)).toEqual({
      ok: false,
      reason: "locked",
    });
    const after = new Date(lastFailure + 15 * 60_000 + 1000);
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD }, origin, after)).toMatchObject({
      ok: true,
    });
  });

  it("still lets the right password in after 4 failures", async () => {
    const user = await makeUser("CIO");
    const start = new Date(Date.now() - 60_000);
    for (let i = 0; i < 4; i += 1)
      await authenticate(
        { email: user.email, password: `wrong password ${i}` },
        origin,
        new Date(start.getTime() + i * 1000),
      );
    expect(
      await authenticate({ email: user.email, password: TEST_PASSWORD }, origin, new Date(start.getTime() + 5000)),
    ).toMatchObject({ ok: true });
  });

  it("locks an unknown email just like a known one, so lock-outs reveal nothing", async () => {
    const email = `stranger-${Date.now()}@test.example`;
    for (let i = 0; i < 5; i += 1) await authenticate({ email, password: "whatever password" }, origin);
    expect(await authenticate({ email, password: "whatever password" }, origin)).toEqual({
      ok: false,
      reason: "locked",
    });
  });

  it("checks at most 5 of 20 simultaneous wrong guesses, and refuses the rest as locked", async () => {
    const user = await makeUser("CMO");
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        authenticate({ email: user.email, password: `wrong guess number ${i}` }, origin),
      ),
    );
    const checked = results.filter((result) => !result.ok && result.reason === "invalid").length;
    expect(checked).toBe(5);
    expect(results.filter((result) => !result.ok && result.reason === "locked")).toHaveLength(20 - 5);
    expect(await db().activityEvent.count({ where: { action: "auth.sign_in_failed", entityId: user.email } })).toBe(5);
    // Locked now: the right password is refused too.
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD }, origin)).toEqual({
      ok: false,
      reason: "locked",
    });
  });

  it("after 4 failures, 19 wrong guesses sent together with the right password get one check between them", async () => {
    const user = await makeUser("CIO");
    for (let i = 0; i < 4; i += 1) await authenticate({ email: user.email, password: `wrong password ${i}` }, origin);
    const guesses = [...Array.from({ length: 19 }, (_, i) => `another wrong guess ${i}`), TEST_PASSWORD];
    const results = await Promise.all(guesses.map((password) => authenticate({ email: user.email, password }, origin)));
    expect(results.filter((result) => result.ok || result.reason === "invalid")).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.reason === "locked")).toHaveLength(19);
  });

  it("counts guesses of the current password on /account against the same limit, and locks sign-in with them", async () => {
    const user = await makeUser("MARKETING");
    const change = (currentPassword: string) =>
      changeOwnPassword(ctxFor(user), { currentPassword, newPassword: "a brand new passphrase 2026" }).then(
        () => "changed",
        (error: unknown) => (error instanceof DomainError ? error.fieldErrors.currentPassword : String(error)),
      );
    const guesses = await Promise.all(Array.from({ length: 12 }, (_, i) => change(`wrong current ${i}`)));
    expect(guesses.filter((answer) => answer === "validation.currentPasswordWrong")).toHaveLength(5);
    expect(guesses.filter((answer) => answer === "validation.tooManyAttempts")).toHaveLength(12 - 5);
    expect(await change(TEST_PASSWORD)).toBe("validation.tooManyAttempts");
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD }, origin)).toEqual({
      ok: false,
      reason: "locked",
    });
  });

  it("keeps the lock on an account whose password an administrator resets meanwhile", async () => {
    const [admin, user] = await Promise.all([makeUser("ADMIN"), makeUser("IT")]);
    for (let i = 0; i < 5; i += 1) await authenticate({ email: user.email, password: `wrong password ${i}` }, origin);
    await resetUserPassword(ctxFor(admin), { userId: user.id, password: "the administrator's new passphrase" });
    expect(await authenticate({ email: user.email, password: "the administrator's new passphrase" }, origin)).toEqual({
      ok: false,
      reason: "locked",
    });
  });

  it("refuses an email with a NUL or another control character as a wrong one, and records the attempt", async () => {
    const user = await makeUser("BOARD");
    for (const email of [`${user.email}\u0000`, `\u0000${user.email}`, user.email.replace("@", "\u0007@")]) {
      expect(await authenticate({ email, password: TEST_PASSWORD }, origin)).toEqual({ ok: false, reason: "invalid" });
    }
    const events = await db().activityEvent.findMany({
      where: { action: "auth.sign_in_failed", entityId: { contains: user.email.split("@")[0]! } },
    });
    expect(events).toHaveLength(3);
    expect(events.every((event) => !event.entityId!.includes("\u0000") && event.entityId!.includes("\uFFFD"))).toBe(
      true,
    );
  });
});
