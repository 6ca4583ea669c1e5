import { describe, expect, it } from "vitest";
import { authenticate, LOCKOUT_WINDOW_MS, MAX_FAILURES } from "@/server/auth/authenticate";
import { db } from "@/server/db";
import { makeUser, TEST_PASSWORD } from "../support/factories";

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
    expect(await authenticate({ email: user.email, password: "wrong password here" }, origin)).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate({ email: unknown, password: TEST_PASSWORD }, origin)).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate({ email: inactive.email, password: TEST_PASSWORD }, origin)).toEqual({ ok: false, reason: "invalid" });
    const failures = await db().activityEvent.count({ where: { action: "auth.sign_in_failed", entityId: { in: [user.email, unknown, inactive.email] } } });
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

  it(`refuses password sign-in for 15 minutes after ${MAX_FAILURES} failures, even with the right password, then recovers`, async () => {
    const user = await makeUser("CIO");
    const start = new Date(Date.now() - 60_000);
    for (let i = 0; i < MAX_FAILURES; i += 1) {
      const at = new Date(start.getTime() + i * 1000);
      expect(await authenticate({ email: user.email, password: `wrong password ${i}` }, origin, at)).toEqual({ ok: false, reason: "invalid" });
    }
    const during = new Date(start.getTime() + 10_000);
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD }, origin, during)).toEqual({ ok: false, reason: "locked" });
    expect(await db().activityEvent.count({ where: { action: "auth.sign_in_locked", entityId: user.email } })).toBe(1);

    const after = new Date(start.getTime() + (MAX_FAILURES - 1) * 1000 + LOCKOUT_WINDOW_MS + 1000);
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD }, origin, after)).toMatchObject({ ok: true });
  });

  it("locks an unknown email just like a known one, so lock-outs reveal nothing", async () => {
    const email = `stranger-${Date.now()}@test.example`;
    for (let i = 0; i < MAX_FAILURES; i += 1) await authenticate({ email, password: "whatever password" }, origin);
    expect(await authenticate({ email, password: "whatever password" }, origin)).toEqual({ ok: false, reason: "locked" });
  });
});
