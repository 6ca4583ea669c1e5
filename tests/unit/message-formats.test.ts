import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import compile from "icu-minify/compile";
import { _createCache, _createIntlFormatters } from "next-intl";
import formatMessage from "use-intl/format-message/format-only";
import { describe, expect, it } from "vitest";
import { FORMATS } from "@/i18n/formats";
import { loadMessages } from "@/i18n/load-messages";
import { messageLeaves } from "../support/message-leaves";

// The app compiles its messages at build time (next.config.ts, next-intl's precompile). A compiled
// message knows no ICU default style: `{at, date, medium}` shows "12/1/2026" unless "medium" is one of
// FORMATS' named formats. Every style a message names must be defined there.
const dir = path.resolve(import.meta.dirname, "../../src/i18n/messages");
const catalogues = readdirSync(dir)
  .filter((file) => file.endsWith(".json"))
  .map((file) => [file, readFileSync(path.join(dir, file), "utf8")] as const);

function stylesUsed(kind: "date" | "time" | "number"): Set<string> {
  const styles = new Set<string>();
  for (const [, text] of catalogues)
    for (const match of text.matchAll(new RegExp(`\\{\\s*\\w+\\s*,\\s*${kind}\\s*,\\s*(\\w+)\\s*\\}`, "g")))
      styles.add(match[1]!);
  return styles;
}

describe("named formats in messages", () => {
  it("every date and time style a message names is defined (compiled messages have no ICU defaults)", () => {
    const used = new Set([...stylesUsed("date"), ...stylesUsed("time")]);
    expect(used.size).toBeGreaterThan(0);
    for (const style of used) expect(Object.keys(FORMATS.dateTime), `date/time style "${style}"`).toContain(style);
  });

  it("a style name means one thing: 'medium' is only a date, 'short' only a time", () => {
    // Date and time styles share one set of named formats, so `{x, date, short}` would show a time.
    for (const style of stylesUsed("date")) expect(["medium"], `date style "${style}"`).toContain(style);
    for (const style of stylesUsed("time")) expect(["short"], `time style "${style}"`).toContain(style);
  });

  it("every number style a message names is defined", () => {
    for (const style of stylesUsed("number"))
      expect(Object.keys(FORMATS.number), `number style "${style}"`).toContain(style);
  });

  it("no message formats a date or time without a style (its look would differ between server and browser)", () => {
    for (const [file, text] of catalogues) expect(text, file).not.toMatch(/\{\s*\w+\s*,\s*(date|time)\s*\}/);
  });
});

// What the built app does with a message: compile it (as next.config.ts's precompile does at build
// time) and format it with use-intl's format-only, against FORMATS and in UTC.
const formatters = _createIntlFormatters(_createCache());
function compiled(locale: "en" | "it", message: string, values: Record<string, string | number | Date>): string {
  const options = { cache: _createCache(), formatters, globalFormats: FORMATS, locale, timeZone: "UTC" };
  return String(formatMessage("key", compile(message), values, options as never));
}

describe("compiled messages, as the built app formats them", () => {
  it("show dates, times and counts as the uncompiled ones do", () => {
    const at = new Date("2026-12-01T14:05:00Z");
    expect(compiled("en", "on {at, date, medium}", { at })).toBe("on Dec 1, 2026");
    expect(compiled("it", "il {at, date, medium}", { at })).toBe("il 1 dic 2026");
    expect(compiled("en", "at {at, time, short}", { at })).toBe("at 2:05 PM");
    expect(compiled("it", "alle {at, time, short}", { at })).toBe("alle 14:05");
    expect(compiled("it", "{count, number, count} decisioni", { count: 1792 })).toBe("1.792 decisioni");
  });

  it("every message of both catalogues compiles", async () => {
    for (const locale of ["en", "it"] as const) {
      const messages = messageLeaves(await loadMessages(locale));
      expect(messages.length).toBeGreaterThan(500);
      for (const [key, message] of messages) expect(() => compile(message), `${locale}: ${key}`).not.toThrow();
    }
  });
});
