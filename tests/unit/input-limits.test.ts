import { describe, expect, it } from "vitest";
import { calendarDate, isUuid } from "@/lib/schemas/dates";
import { proposeInitiativeSchema } from "@/lib/schemas/initiative-schemas";
import { recordMeasurementSchema } from "@/lib/schemas/kpi-schemas";
import { changeOwnPasswordSchema, createUserSchema } from "@/lib/schemas/user-schemas";
import { parseSince } from "@/lib/dashboard-period";
import { activityFilterSchema } from "@/server/queries/activity-log";
import { isHttpsRequest } from "@/server/auth/request-security";

const fieldMessages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));

describe("input the database would refuse is refused first", () => {
  it("refuses control characters (NUL included) in a new account's email, name and password with a field message", () => {
    const base = { name: "Ada Lovelace", email: "ada@levers.example", role: "IT", password: "" };
    expect(fieldMessages(createUserSchema.safeParse({ ...base, email: "ada\u0000@levers.example" }))).toEqual({
      email: "validation.controlCharacters",
    });
    expect(fieldMessages(createUserSchema.safeParse({ ...base, name: "Ada\u0000" }))).toEqual({
      name: "validation.controlCharacters",
    });
    expect(fieldMessages(createUserSchema.safeParse({ ...base, name: "Ada\u001b[31m" }))).toEqual({
      name: "validation.controlCharacters",
    });
    expect(fieldMessages(createUserSchema.safeParse({ ...base, password: "a long passphrase\u0000 here" }))).toEqual({
      password: "validation.controlCharacters",
    });
    expect(createUserSchema.safeParse({ ...base, name: "  Ada Lovelace  " }).data?.name).toBe("Ada Lovelace");
  });

  it("refuses a NUL in the current password on /account", () => {
    const input = {
      currentPassword: "x\u0000",
      newPassword: "a brand new passphrase",
      confirmPassword: "a brand new passphrase",
    };
    expect(fieldMessages(changeOwnPasswordSchema.safeParse(input))).toEqual({
      currentPassword: "validation.controlCharacters",
    });
  });

  it.each(["0001-01-01", "1899-12-31", "2101-01-01", "9999-12-31"])(
    "refuses the date %s (years 1900 to 2100 only)",
    (date) => {
      expect(calendarDate().safeParse(date).error?.issues[0]?.message).toBe("validation.dateOutOfRange");
      // (A measurement date after 2100 is also in the future: either message refuses it.)
      const measurement = fieldMessages(
        recordMeasurementSchema.safeParse({
          kpiId: "5b1c2f0e-8d7a-4f53-9f0a-1a2b3c4d5e6f",
          value: "1",
          measuredOn: date,
        }),
      );
      expect(
        date < "1900" ? [measurement.measuredOn] : ["validation.dateOutOfRange", "kpiValidation.futureDate"],
      ).toContain(measurement.measuredOn);
      const initiative = proposeInitiativeSchema.safeParse({
        title: "T",
        lever: "METRICS",
        marketingOwnerId: "",
        itOwnerId: "",
        targetDate: date,
      });
      expect(fieldMessages(initiative).targetDate).toBe("validation.dateOutOfRange");
    },
  );

  it("accepts the first and last days of the range", () => {
    expect(calendarDate().safeParse("1900-01-01").success).toBe(true);
    expect(calendarDate().safeParse("2100-12-31").success).toBe(true);
  });

  it("ignores impossible dates and cursors in page addresses instead of failing", () => {
    const now = new Date("2026-11-23T10:00:00Z");
    expect(parseSince("0001-01-01", now)).toBe("2026-10-24");
    expect(
      activityFilterSchema.parse({ from: "0001-01-01", to: "9999-12-31", before: "99999999999999999999999999" }),
    ).toEqual({});
    expect(activityFilterSchema.parse({ before: "9223372036854775808" }).before).toBeUndefined();
    expect(activityFilterSchema.parse({ before: "9223372036854775807" }).before).toBe("9223372036854775807");
  });

  it("takes only canonical UUIDs as ids", () => {
    expect(isUuid("5b1c2f0e-8d7a-4f53-9f0a-1a2b3c4d5e6f")).toBe(true);
    for (const id of [
      "-".repeat(36),
      "5b1c2f0e8d7a4f539f0a1a2b3c4d5e6f0000",
      "5b1c2f0e-8d7a-4f53-9f0a-1a2b3c4d5e6",
      "",
      undefined,
      42,
    ])
      expect(isUuid(id)).toBe(false);
  });
});

describe("Secure cookies", () => {
  const env = (overrides: { NEXTAUTH_URL?: string; LEVERS_TRUST_PROXY: boolean }) => overrides as never;
  const forwarded = new Headers({ "x-forwarded-proto": "https" });

  it("are used when the app's URL is https, or the request itself is", () => {
    expect(
      isHttpsRequest(
        new Headers(),
        undefined,
        env({ NEXTAUTH_URL: "https://levers.example", LEVERS_TRUST_PROXY: false }),
      ),
    ).toBe(true);
    expect(
      isHttpsRequest(
        new Headers(),
        "https://levers.example/api/auth/session",
        env({ NEXTAUTH_URL: "http://localhost:3000", LEVERS_TRUST_PROXY: false }),
      ),
    ).toBe(true);
  });

  it("follow X-Forwarded-Proto only from a trusted proxy", () => {
    const http = "http://localhost:3000";
    expect(isHttpsRequest(forwarded, undefined, env({ NEXTAUTH_URL: http, LEVERS_TRUST_PROXY: true }))).toBe(true);
    expect(
      isHttpsRequest(
        new Headers({ "x-forwarded-proto": "https, http" }),
        undefined,
        env({ NEXTAUTH_URL: http, LEVERS_TRUST_PROXY: true }),
      ),
    ).toBe(true);
    expect(isHttpsRequest(forwarded, undefined, env({ NEXTAUTH_URL: http, LEVERS_TRUST_PROXY: false }))).toBe(false);
    expect(
      isHttpsRequest(
        new Headers({ "x-forwarded-proto": "http" }),
        undefined,
        env({ NEXTAUTH_URL: http, LEVERS_TRUST_PROXY: true }),
      ),
    ).toBe(false);
  });
});
