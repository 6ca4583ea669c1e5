// An open event stream's session watch (src/server/auth/watch-session.ts), checking every second here.
process.env.LEVERS_STREAM_SESSION_CHECK_SECONDS = "1";
import { describe, expect, it } from "vitest";
import { revokeSession, startSession } from "@/server/auth/server-sessions";
import { watchSession } from "@/server/auth/watch-session";
import { db } from "@/server/db";
import { makeUser } from "../support/factories";

const ended = (user: { id: string; sessionId: string }) => new Promise<void>((resolve) => watchSession(user, resolve));

describe("an open stream's session watch", () => {
  it("calls back once the session is signed out", async () => {
    const user = await makeUser("BOARD");
    const sessionId = await startSession(user.id, "password", { ip: null, userAgent: "vitest" });
    const watched = ended({ id: user.id, sessionId });
    await revokeSession(sessionId);
    await watched;
  });

  it("calls back once the account is deactivated", async () => {
    const user = await makeUser("BOARD");
    const sessionId = await startSession(user.id, "password", { ip: null, userAgent: "vitest" });
    const watched = ended({ id: user.id, sessionId });
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    await watched;
  });

  it("keeps quiet while the session lives, and does not count as use", async () => {
    const user = await makeUser("BOARD");
    const sessionId = await startSession(
      user.id,
      "password",
      { ip: null, userAgent: "vitest" },
      new Date(Date.now() - 5 * 60 * 1000),
    );
    let called = false;
    const stop = watchSession({ id: user.id, sessionId }, () => (called = true));
    await new Promise((resolve) => setTimeout(resolve, 2500));
    stop();
    expect(called).toBe(false);
    const row = await db().session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(Date.now() - row.lastSeenAt.getTime()).toBeGreaterThan(4 * 60 * 1000);
  });
});
