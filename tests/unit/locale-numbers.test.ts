import { createFormatter, createTranslator, type AbstractIntlMessages } from "next-intl";
import { describe, expect, it } from "vitest";
import { FORMATS } from "@/i18n/formats";
import { loadMessages } from "@/i18n/load-messages";
import type { Locale } from "@/i18n/locales";
import { kpiAmount } from "@/lib/kpi-amount";

// Counts and KPI values read as numbers of the reader's locale, with the unit in the reader's language.
async function intl(locale: Locale) {
  const messages = (await loadMessages(locale)) as AbstractIntlMessages;
  return {
    t: createTranslator({ locale, messages, formats: FORMATS }) as unknown as (
      key: string,
      values?: Record<string, string | number>,
    ) => string,
    format: createFormatter({ locale, formats: FORMATS, timeZone: "UTC" }),
  };
}
const en = await intl("en");
const it_ = await intl("it");

describe("counts", () => {
  it("have the locale's thousands separator, Italian included", () => {
    const intro = (t: typeof en.t) => t("dash.decisions.intro", { count: 1792, since: "—", shown: 10 });
    expect(intro(en.t)).toContain("1,792 decisions");
    expect(intro(it_.t)).toContain("1.792 decisioni");
    expect(en.format.number(1792, "count")).toBe("1,792");
    expect(it_.format.number(1792, "count")).toBe("1.792");
  });

  it("agree with their noun in Italian (1 completata, 2 completate)", () => {
    const line = (done: number) =>
      it_.t("dash.levers.summaryLine", { lever: "Processi", proposed: 1, agreed: 1, inProgress: 0, done });
    expect(line(1)).toBe("Processi: 1 proposta, 1 concordata, 0 in corso, 1 completata.");
    expect(line(2)).toContain("2 completate");
  });

  it("count measurements in a KPI chart's sentence for screen readers", () => {
    const sentence = en.t("charts.kpiSummary", {
      name: "NPS",
      value: "41 points",
      date: "1 Mar 2026",
      target: "50 points",
      count: 366,
    });
    expect(sentence).toBe("NPS: 41 points on 1 Mar 2026 (target 50 points); 366 measurements.");
  });
});

describe("a KPI value with its unit", () => {
  it.each([
    ["days", 12, "12 days", "12 giorni"],
    ["days", 1, "1 day", "1 giorno"],
    ["points", 41.5, "41.5 points", "41,5 punti"],
    ["EUR k", 1200, "€1,200k", "1.200 mila €"],
    ["%", 38, "38%", "38%"],
    ["count", 1792, "1,792", "1.792"],
  ] as const)("%s %d reads “%s” and “%s”", (unit, value, english, italian) => {
    expect(kpiAmount(en.t, en.format, unit, value)).toBe(english);
    expect(kpiAmount(it_.t, it_.format, unit, value)).toBe(italian);
  });

  it("puts the sign of a change in front of the whole amount", () => {
    expect(kpiAmount(en.t, en.format, "EUR k", 335, { signed: true })).toBe("+€335k");
    expect(kpiAmount(en.t, en.format, "days", -13, { signed: true })).toBe("-13 days");
    expect(kpiAmount(it_.t, it_.format, "points", 1, { signed: true })).toBe("+1 punto");
    expect(kpiAmount(en.t, en.format, "%", 0, { signed: true })).toBe("0%");
  });
});
