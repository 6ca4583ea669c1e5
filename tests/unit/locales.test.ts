import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "@/i18n/locales";
import { loadMessages, MESSAGE_AREAS } from "@/i18n/load-messages";

describe("the language a visitor sees", () => {
  it("is Italian for a browser that prefers Italian", () => {
    expect(localeFromAcceptLanguage("it-IT,it;q=0.9,en;q=0.8")).toBe("it");
  });

  it("is English for a browser that prefers English, or a language Levers does not have", () => {
    expect(localeFromAcceptLanguage("en-GB,en;q=0.9")).toBe("en");
    expect(localeFromAcceptLanguage("de-DE,fr;q=0.5")).toBe("en");
    expect(localeFromAcceptLanguage(null)).toBe("en");
  });

  it("follows the browser's quality weights", () => {
    expect(localeFromAcceptLanguage("fr;q=0.9,it;q=0.8,en;q=0.7")).toBe("it");
    expect(localeFromAcceptLanguage("it;q=0.2,en;q=0.9")).toBe("en");
  });
});

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

const en = await loadMessages("en");
const it_ = await loadMessages("it");

describe("the message catalogues", () => {
  it("are split into the areas the loader knows", () => {
    expect(MESSAGE_AREAS).toContain("core");
  });

  it("have the same keys in English and Italian", () => {
    expect(keys(it_).sort()).toEqual(keys(en).sort());
  });

  it("have no empty message", () => {
    for (const catalogue of [en, it_]) {
      for (const key of keys(catalogue)) {
        const value = key
          .split(".")
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue);
        expect(String(value).trim(), key).not.toBe("");
      }
    }
  });
});
