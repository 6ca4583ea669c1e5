import { describe, expect, it, vi } from "vitest";
import { loadMessages } from "@/i18n/load-messages";

// src/i18n/server.ts keeps Intl formatters (and parsed messages) for the server's lifetime, per
// locale and time zone, instead of per request: requests in different languages, one after another,
// must each still read their own language, number formats and time zone.
const request = vi.hoisted(() => ({ locale: "en" as "en" | "it", timeZone: "UTC" }));
vi.mock("next-intl/server", () => ({
  getLocale: async () => request.locale,
  getMessages: async () => loadMessages(request.locale),
  getTimeZone: async () => request.timeZone,
}));
const { getFormatter, getTranslations } = await import("@/i18n/server");

async function countLine(locale: "en" | "it", count: number) {
  request.locale = locale;
  return (await getTranslations("board"))("count", { count });
}

describe("server translations and formatters, shared by requests", () => {
  it("answer each request in its own language, whichever language came first", async () => {
    expect(await countLine("en", 1792)).toBe("1,792 live initiatives");
    expect(await countLine("it", 1792)).toBe("1.792 iniziative attive");
    expect(await countLine("en", 1)).toBe("1 live initiative");
    expect(await countLine("it", 0)).toBe("Nessuna iniziativa attiva");
  });

  it("format numbers and dates in the request's locale and in UTC", async () => {
    request.locale = "it";
    const italian = await getFormatter();
    request.locale = "en";
    const english = await getFormatter();
    expect(italian.number(1792, "count")).toBe("1.792");
    expect(english.number(1792, "count")).toBe("1,792");
    const lateEvening = new Date("2026-12-31T23:30:00Z");
    expect(english.dateTime(lateEvening, { dateStyle: "medium" })).toBe("Dec 31, 2026");
  });

  it("use the request's time zone, not the first request's (the app's is UTC)", async () => {
    const lateEvening = new Date("2026-12-31T23:30:00Z");
    request.locale = "en";
    request.timeZone = "UTC";
    expect((await getFormatter()).dateTime(lateEvening, { dateStyle: "medium" })).toBe("Dec 31, 2026");
    request.timeZone = "Pacific/Kiritimati"; // UTC+14: already the next day
    expect((await getFormatter()).dateTime(lateEvening, { dateStyle: "medium" })).toBe("Jan 1, 2027");
    const t = await getTranslations("board");
    expect(t("awaitingWithdrawn", { date: lateEvening, fields: "Title" })).toContain("on Jan 1, 2027");
    request.timeZone = "UTC";
  });

  it("remember a formatted date by its value and options, per language and time zone", async () => {
    const month = new Date("2026-03-01T00:00:00Z");
    request.locale = "en";
    request.timeZone = "UTC";
    const english = await getFormatter();
    for (let i = 0; i < 2; i++) {
      expect(english.dateTime(month, { month: "short", year: "numeric", timeZone: "UTC" })).toBe("Mar 2026");
      expect(english.dateTime(month, { dateStyle: "medium", timeZone: "UTC" })).toBe("Mar 1, 2026");
      expect(english.dateTime(month, "medium")).toBe("Mar 1, 2026");
      expect(english.dateTime(month.getTime() + 86_400_000, { dateStyle: "medium" })).toBe("Mar 2, 2026");
    }
    request.locale = "it";
    expect((await getFormatter()).dateTime(month, { month: "short", year: "numeric", timeZone: "UTC" })).toBe(
      "mar 2026",
    );
    request.locale = "en";
  });

  it("read the catalogue once: the same object for every request in a language", async () => {
    expect(await loadMessages("en")).toBe(await loadMessages("en"));
    expect(await loadMessages("it")).not.toBe(await loadMessages("en"));
  });
});
