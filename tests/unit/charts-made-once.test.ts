import type { ReactElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { loadMessages } from "@/i18n/load-messages";
import { deepFreeze } from "@/server/cache/read-cache";

// The dashboard's and report's charts and headline figures from the read cache are made once per
// data change and language: the next request gets the same element (its words, numbers and SVG
// already written).
const request = vi.hoisted(() => ({ locale: "en" as "en" | "it", timeZone: "UTC" }));
vi.mock("next-intl/server", () => ({
  getLocale: async () => request.locale,
  getMessages: async () => loadMessages(request.locale),
  getTimeZone: async () => request.timeZone,
}));
const { HealthChart } = await import("@/components/dashboard/health-chart");
const { LeverProgressChart } = await import("@/components/dashboard/lever-progress-chart");
const { KpiTrendChart } = await import("@/components/charts/kpi-trend-chart");
const { HeadlineFigures } = await import("@/components/dashboard/headline-figures");

type Toggle = ReactElement<{ title: string; summary: string; table: { rows?: string[][] }; children: unknown }>;

const health = () => ({ ON_TRACK: 1200, AT_RISK: 3, OFF_TRACK: 1 });
const levers = () => {
  const counts = { PROPOSED: 1, AGREED: 2, IN_PROGRESS: 3, DONE: 4 };
  return { TALENTS: { ...counts }, PROCESSES: { ...counts }, TECHNOLOGIES: { ...counts }, METRICS: { ...counts } };
};
const kpi = () => ({
  name: "Lead conversion",
  unit: "%",
  direction: "HIGHER_IS_BETTER" as const,
  target: 12,
  baseline: 8,
  points: [
    { date: "2026-10-31", value: 9.5 },
    { date: "2026-11-30", value: 10.25 },
  ],
  measurements: 2,
});

describe("charts of data from the read cache", () => {
  it("are made once per frozen counts and language, and again for other counts or another language", async () => {
    request.locale = "en";
    const counts = deepFreeze(health());
    const first = (await HealthChart({ health: counts })) as Toggle;
    expect(first.props.summary).toContain("1,204");
    expect(first.props.table.rows?.[0]).toEqual(["On track", "1,200", "100%"]);
    expect(await HealthChart({ health: counts })).toBe(first);
    expect(await HealthChart({ health: deepFreeze(health()) })).not.toBe(first);

    request.locale = "it";
    const italian = (await HealthChart({ health: counts })) as Toggle;
    expect(italian).not.toBe(first);
    expect(italian.props.table.rows?.[0]).toEqual(["In linea", "1.200", "100%"]);
    request.locale = "en";
    expect(await HealthChart({ health: counts })).toBe(first);
  });

  it("are made anew every time for data that is not frozen (it could change under the chart)", async () => {
    request.locale = "en";
    const counts = health();
    const first = await HealthChart({ health: counts });
    counts.AT_RISK = 50;
    const second = (await HealthChart({ health: counts })) as Toggle;
    expect(second).not.toBe(first);
    expect(second.props.table.rows?.[1]?.[1]).toBe("50");
  });

  it("keep the lever chart per counts and language", async () => {
    request.locale = "en";
    const counts = deepFreeze(levers());
    const first = (await LeverProgressChart({ levers: counts })) as Toggle;
    expect(first.props.table.rows?.[0]).toEqual(["Talents", "1", "2", "3", "4", "10"]);
    expect(await LeverProgressChart({ levers: counts })).toBe(first);
    request.locale = "it";
    expect(await LeverProgressChart({ levers: counts })).not.toBe(first);
    request.locale = "en";
  });

  it("keep a KPI's trend per KPI, height, title and language", async () => {
    request.locale = "en";
    const series = deepFreeze(kpi());
    const first = (await KpiTrendChart({ kpi: series, height: 200 })) as Toggle;
    expect(first.props.title).toBe("Lead conversion (%)");
    expect(first.props.summary).toContain("Nov 30, 2026");
    expect(await KpiTrendChart({ kpi: series, height: 200 })).toBe(first);
    expect(await KpiTrendChart({ kpi: series, height: 140 })).not.toBe(first);
    expect(await KpiTrendChart({ kpi: series, height: 200, title: "Trend" })).not.toBe(first);
    request.timeZone = "Pacific/Kiritimati";
    expect(await KpiTrendChart({ kpi: series, height: 200 })).not.toBe(first);
    request.timeZone = "UTC";
    expect(await KpiTrendChart({ kpi: series, height: 200 })).toBe(first);
  });

  it("keep the headline figures per figures, label and language", async () => {
    request.locale = "en";
    const figures = deepFreeze({
      byStatus: { PROPOSED: 1, AGREED: 2, IN_PROGRESS: 3, DONE: 4, DROPPED: 0 },
      live: 6,
      agreedByBoth: 3,
      onTrack: 5,
      overdue: 1,
      completedInPeriod: 2,
    });
    const first = await HeadlineFigures({ figures, completedLabel: "Completed this quarter" });
    expect(JSON.stringify(first)).toContain("Completed this quarter");
    expect(JSON.stringify(first)).toContain("50%");
    expect(await HeadlineFigures({ figures, completedLabel: "Completed this quarter" })).toBe(first);
    expect(await HeadlineFigures({ figures, completedLabel: "Completed this year" })).not.toBe(first);
    request.locale = "it";
    expect(JSON.stringify(await HeadlineFigures({ figures, completedLabel: "x" }))).toContain("Proposta");
    request.locale = "en";
  });
});
