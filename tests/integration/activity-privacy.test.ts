import { beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/server/auth/authenticate";
import { listActivity } from "@/server/queries/activity-log";
import { makeUser } from "../support/factories";
import { useOwnDatabase } from "../support/raw-sql";

const origin = { ip: "203.0.113.20", userAgent: "vitest" };

describe("failed sign-ins in the activity log", () => {
  beforeAll(async () => {
    await useOwnDatabase("activity_privacy");
  });

  it("show board members 'unknown account' (or the account's name), never the typed e-mail; administrators see it", async () => {
    const [board, admin, cio, known] = await Promise.all([
      makeUser("BOARD"),
      makeUser("ADMIN"),
      makeUser("CIO"),
      makeUser("MARKETING"),
    ]);
    const typo = "chiara.marino@levers.exmaple";
    await authenticate({ email: typo, password: "her real password, mistyped address" }, origin);
    await authenticate({ email: known.email, password: "a wrong password" }, origin);

    for (const reader of [board, cio]) {
      const log = await listActivity(reader, { action: "auth.sign_in_failed" });
      expect(JSON.stringify(log)).not.toContain(typo);
      expect(JSON.stringify(log)).not.toContain(known.email);
      expect(log!.rows.find((row) => row.unknownAccount)).toBeTruthy();
      expect(log!.rows.find((row) => row.subject === known.name)).toBeTruthy();
    }
    const forAdmin = await listActivity(admin, { action: "auth.sign_in_failed" });
    expect(forAdmin!.rows.map((row) => row.subject)).toEqual(expect.arrayContaining([typo, known.email]));
    expect(forAdmin!.rows.every((row) => !row.unknownAccount)).toBe(true);
  });
});
