import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/load-messages";
import { messageLeaves } from "../support/message-leaves";

// Italian complete: every Italian message is Italian. A message whose Italian text equals its English
// text, or that still holds an English word, fails, unless every word of it is a brand or technical
// word both languages write alike (ALLOWED). Counts go through the `count` number format of
// src/i18n/formats.ts (`{n, number, count}`), never a bare `{n}` or a plural's `#` ("1792" for "1.792").

/** Words Italian writes as English does: brands, acronyms, technical terms. Lower case. */
const ALLOWED = new Set([
  "levers",
  "kpi",
  "kpis",
  "csv",
  "pdf",
  "sso",
  "email",
  "e-mail",
  "it",
  "cmo",
  "cio",
  "nps",
  "markdown",
  "excel",
  "password",
  "account",
  "browser",
  "marketing",
  "staff",
  "triage",
  "url",
  "id",
  "ok",
  "english",
  "italiano",
  "no",
  "report",
  "v",
  "€",
  "%",
  "—",
  "·",
  "…",
  "→",
  "×",
  "nul",
  "escape",
  "link",
  "database",
  "backlog",
  "web",
  "data",
]);

/** English words (and unit codes) that are never Italian: one of them in an Italian message is a piece left untranslated. */
const ENGLISH = new Set([
  "eur",
  "the",
  "and",
  "of",
  "to",
  "for",
  "with",
  "is",
  "are",
  "was",
  "this",
  "that",
  "your",
  "you",
  "not",
  "by",
  "from",
  "on",
  "at",
  "or",
  "days",
  "day",
  "points",
  "point",
  "weeks",
  "months",
  "done",
  "signed",
  "sign",
  "agreed",
  "proposed",
  "dropped",
  "progress",
  "pending",
  "review",
  "target",
  "since",
  "show",
  "save",
  "cancel",
  "edit",
  "owner",
  "owners",
  "health",
  "track",
  "risk",
  "change",
  "changes",
  "update",
  "updates",
  "page",
  "prepared",
  "meeting",
  "summary",
  "board",
  "live",
  "measurements",
  "measurement",
  "initiative",
  "initiatives",
]);

type Tree = { [key: string]: string | Tree };

/** The text a reader sees, without the ICU syntax (argument names, select keys). */
function literal(elements: MessageFormatElement[]): string {
  return elements
    .map((element) => {
      if (element.type === TYPE.literal) return element.value;
      if (element.type === TYPE.select || element.type === TYPE.plural) {
        return Object.values(element.options)
          .map((option) => literal(option.value))
          .join(" ");
      }
      if (element.type === TYPE.tag) return literal(element.children);
      return " ";
    })
    .join("");
}

/** Counts not formatted as a count: a bare `{n}`, a `{n, number}` of another style, or a plural's `#` (not grouped in Italian). */
function unformattedCounts(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((element) => {
    if (element.type === TYPE.pound) return ["#"];
    if (element.type === TYPE.argument && COUNT.test(element.value)) return [`{${element.value}}`];
    if (element.type === TYPE.number && COUNT.test(element.value) && element.style !== "count")
      return [`{${element.value}, number}`];
    if (element.type === TYPE.select || element.type === TYPE.plural)
      return Object.values(element.options).flatMap((o) => unformattedCounts(o.value));
    if (element.type === TYPE.tag) return unformattedCounts(element.children);
    return [];
  });
}

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}%€'’-]+/u)
    .map((word) => word.replace(/^['’-]+|['’-]+$/g, ""))
    .filter((word) => /\p{L}/u.test(word));

/** Why an Italian message is not Italian, or null. */
export function notItalian(italian: string, english: string): string | null {
  const text = literal(parse(italian, { ignoreTag: true }));
  const own = words(text).filter((word) => !ALLOWED.has(word));
  const englishWords = own.filter((word) => ENGLISH.has(word));
  if (englishWords.length > 0) return `English words: ${englishWords.join(", ")}`;
  if (own.length > 0 && text.trim() === literal(parse(english, { ignoreTag: true })).trim())
    return "same as the English";
  return null;
}

/** Argument names that hold a count (or a number) and must be formatted by the locale. */
const COUNT =
  /^(count|total|live|shown|added|agreed|done|dropped|moves|health|proposed|inProgress|onTrack|atRisk|offTrack|n|number|measurements|rows)$/;

const en = (await loadMessages("en")) as Tree;
const it_ = (await loadMessages("it")) as Tree;
const english = new Map(messageLeaves(en));

describe("the Italian catalogue", () => {
  it("has no English message outside brand and technical words", () => {
    const found = messageLeaves(it_)
      .map(([key, value]) => [key, notItalian(value, english.get(key) ?? "")] as const)
      .filter(([, why]) => why !== null)
      .map(([key, why]) => `${key}: ${why}`);
    expect(found).toEqual([]);
  });

  it("the check finds an English message and lets brand words through", () => {
    expect(notItalian("{count} days", "{count} days")).toMatch(/days/);
    expect(notItalian("Target", "Target")).toMatch(/target/);
    expect(notItalian("Dashboard", "Dashboard")).toBe("same as the English");
    expect(notItalian("{value} EUR k", "{value} EUR k")).not.toBeNull();
    expect(notItalian("{value} k€", "€{value}k")).toBeNull();
    expect(notItalian("{n, plural, one {# punto} other {# points}}", "")).toMatch(/points/);
    expect(notItalian("Esporta CSV", "Export CSV")).toBeNull();
  });

  it("has a distinct word for every status, health, review verdict and risk level", () => {
    const labels = ["status", "health", "standardsReviews", "riskLevels"].flatMap((namespace) =>
      Object.values(it_[namespace] as Tree).map((label) => String(label).toLowerCase()),
    );
    expect(labels.filter((label, index) => labels.indexOf(label) !== index)).toEqual([]);
  });

  it.each([
    ["en", en],
    ["it", it_],
  ] as const)("formats every count as a count of the locale (%s)", (_locale, catalogue) => {
    const bare = messageLeaves(catalogue).flatMap(([key, value]) =>
      unformattedCounts(parse(value, { ignoreTag: true })).map((what) => `${key}: ${what}`),
    );
    expect(bare).toEqual([]);
  });
});
