// The CSV exports' data: every initiative with owners by name and email and the live rank; every
// KPI measurement with who recorded it. Encoded and read back as a spreadsheet would.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { toCsv } from "@/lib/csv";
import { db } from "@/server/db";
import { exportInitiatives, exportKpiMeasurements } from "@/server/queries/export";
import { makeInitiative, makeKpi, makeMeasurement, makeUser } from "../support/factories";
import { parseCsv } from "../support/parse-csv";
import { useOwnDatabase } from "../support/raw-sql";

beforeAll(async () => {
  await useOwnDatabase("export");
});

const roundTrip = (table: { header: string[]; rows: unknown[][] }) =>
  parseCsv(toCsv(table.header, table.rows as never));

describe("the initiatives export", () => {
  it("has every initiative, owners by name and email, the rank as position among live ones, and tricky text intact", async () => {
    const [marketing, it, board] = await Promise.all([
      makeUser("MARKETING", { name: "Giulia Ferrì" }),
      makeUser("IT", { name: 'Marco, "IT" Gallo' }),
      makeUser("BOARD"),
    ]);
    const owners = { marketingOwnerId: marketing.id, itOwnerId: it.id, createdById: marketing.id };
    const tricky = `Omnichannel, "think" big\nact small — città ${randomUUID().slice(0, 4)}`;
    await makeInitiative(owners, "First", { rankKey: "a0" });
    await makeInitiative(owners, tricky, { rankKey: "a1" });
    await makeInitiative(owners, '=HYPERLINK("http://evil.example")', {
      status: "DROPPED",
      dropReason: "superseded",
      rankKey: "a2",
    });
    const kpi = await makeKpi({ name: `NPS ${randomUUID().slice(0, 4)}` });
    const linked = await db().initiative.findFirstOrThrow({ where: { title: tricky } });
    await db().initiativeKpi.create({ data: { initiativeId: linked.id, kpiId: kpi.id } });

    const [header, ...rows] = roundTrip((await exportInitiatives(board))!);
    const column = (name: string) => header!.indexOf(name);
    expect(header).toEqual(
      expect.arrayContaining([
        "Rank",
        "Title",
        "Status",
        "Marketing owner",
        "Marketing owner email",
        "IT owner",
        "IT owner email",
        "Linked KPIs",
        "Drop reason",
        "Version",
      ]),
    );
    expect(rows.map((row) => [row[column("Rank")], row[column("Title")]])).toEqual([
      ["1", "First"],
      ["2", tricky],
      ["", `'=HYPERLINK("http://evil.example")`],
    ]);
    const row = rows[1]!;
    expect(row[column("Marketing owner")]).toBe("Giulia Ferrì");
    expect(row[column("Marketing owner email")]).toBe(marketing.email);
    expect(row[column("IT owner")]).toBe('Marco, "IT" Gallo');
    expect(row[column("IT owner email")]).toBe(it.email);
    expect(row[column("Linked KPIs")]).toBe(kpi.name);
    expect(row[column("Status")]).toBe("PROPOSED");
    expect(row[column("Created at")]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(rows[2]![column("Drop reason")]).toBe("superseded");
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
  });

  it("is for those who may read the board only", async () => {
    expect(await exportInitiatives({ id: randomUUID(), role: "SOMETHING" as never })).toBeNull();
  });
});

describe("the KPI measurements export", () => {
  it("lists every measurement by KPI then date with who recorded it; one KPI's with its id", async () => {
    const [it, board] = await Promise.all([makeUser("IT", { name: "Elena Costa" }), makeUser("BOARD")]);
    const kpi = await makeKpi({
      name: "Campaign time-to-market",
      unit: "days",
      direction: "LOWER_IS_BETTER",
      baseline: 42,
      target: 21,
    });
    const other = await makeKpi({ name: "Attributed pipeline", unit: "EUR k" });
    await makeMeasurement(kpi.id, it.id, "2026-02-01", 38.5, "=cmd|' /C calc'!A0");
    await makeMeasurement(kpi.id, it.id, "2026-01-01", 40);
    await makeMeasurement(other.id, it.id, "2026-01-01", 905);

    const [header, ...rows] = roundTrip((await exportKpiMeasurements(board))!);
    expect(header!.slice(0, 10)).toEqual([
      "KPI",
      "Unit",
      "Direction",
      "Date",
      "Value",
      "Baseline",
      "Target",
      "Note",
      "Recorded by",
      "Recorded by email",
    ]);
    expect(rows.map((r) => r.slice(0, 5))).toEqual([
      ["Attributed pipeline", "EUR k", "HIGHER_IS_BETTER", "2026-01-01", "905"],
      ["Campaign time-to-market", "days", "LOWER_IS_BETTER", "2026-01-01", "40"],
      ["Campaign time-to-market", "days", "LOWER_IS_BETTER", "2026-02-01", "38.5"],
    ]);
    expect(rows[2]!.slice(7, 10)).toEqual(["'=cmd|' /C calc'!A0", "Elena Costa", it.email]);
    const one = roundTrip((await exportKpiMeasurements(board, other.id))!);
    expect(one).toHaveLength(2);
    expect(roundTrip((await exportKpiMeasurements(board, "not-a-uuid"))!)).toHaveLength(4);
  });
});
