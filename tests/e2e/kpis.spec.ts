import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { parseCsv } from "../support/parse-csv";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { insertE2eInitiative } from "./support/database";
import { DEMO, expect, signInAs, test } from "./support/fixtures";

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const shown = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString("en", { dateStyle: "medium", timeZone: "UTC" });

test("the CMO creates a KPI and records measurements: bad input is refused with its message and kept; a second one on a date offers a correction", async ({
  page,
}) => {
  await signInAs(page, DEMO.cmo);
  const name = `Checkout conversion ${randomUUID().slice(0, 6)}`;
  await page.goto("/kpis");
  await page.getByRole("link", { name: "New KPI" }).click();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Unit").selectOption("%");
  await page.getByLabel("Direction").selectOption("HIGHER_IS_BETTER");
  await page.getByLabel("Target").fill("150");
  await page.getByRole("button", { name: "Create KPI" }).click();
  await expect(page.getByText("Enter a percentage from 0 to 100.", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue(name);
  await page.getByLabel("Baseline").fill("2,1");
  await page.getByLabel("Target").fill("3,5");
  await page.getByRole("button", { name: "Create KPI" }).click();
  await page.waitForURL(/\/kpis\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("No measurements yet: record the first one above.")).toBeVisible();

  const value = page.getByLabel("Value (%)");
  const date = page.getByLabel("Date", { exact: true });
  const record = page.getByRole("button", { name: "Record measurement" });
  await value.fill("abc");
  await date.fill(day(-3));
  await page.getByLabel("Note").fill("First wave");
  await record.click();
  await expect(page.getByText("Enter a number, such as 12.5 or 12,5.")).toBeVisible();
  await expect(value).toHaveValue("abc");
  await expect(page.getByLabel("Note")).toHaveValue("First wave");

  await value.fill("2,8");
  await date.fill(day(30));
  await record.click();
  await expect(page.getByText("The date cannot be in the future.")).toBeVisible();
  await expect(value).toHaveValue("2,8");
  await expect(date).toHaveValue(day(30));

  await date.fill(day(-3));
  await record.click();
  await expect(page.getByRole("status").filter({ hasText: "Measurement recorded." })).toBeVisible();
  const measurements = page.getByRole("table", { name: "Measurements" });
  await expect(measurements.getByRole("row").nth(1)).toContainText("2.8");
  await expect(measurements.getByRole("row").nth(1)).toContainText("Chiara Marino (CMO)");
  await expect(value).toHaveValue("");

  await value.fill("3,1");
  await date.fill(day(-3));
  await record.click();
  const refusal = page
    .getByRole("alert")
    .filter({ hasText: `There is already a measurement of 2.8 on ${shown(day(-3))}.` });
  await expect(refusal).toBeVisible();
  await refusal.getByRole("button", { name: "Replace it with 3.1" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Measurement corrected." })).toBeVisible();
  await expect(measurements.getByRole("row")).toHaveCount(2);
  await expect(measurements.getByRole("row").nth(1)).toContainText("3.1");
  await expectNoSeriousA11yViolations(page);

  await page.goto("/kpis");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name, exact: true }) });
  await expect(card).toContainText("3.1%");
  await expect(card).toContainText("0.4% to go");
});

test("a board member reads the KPIs: the NPS trend, as a chart or a table, and no write control", async ({ page }) => {
  await signInAs(page, DEMO.board);
  await page.goto("/kpis");
  const trend = page.getByRole("figure", { name: "Trend: Net Promoter Score" });
  await expect(trend).toBeVisible();
  await expect(page.getByRole("link", { name: "New KPI" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await trend.getByRole("button", { name: "Show as table" }).click();
  await expect(trend.getByRole("table")).toBeVisible();
  await expect(trend.getByRole("row")).toHaveCount(15); // a header and 14 months of demo data
  // The rows are written in the browser from the line's points: a day in the medium style, a number.
  const latest = trend.getByRole("row").last();
  await expect(latest.getByRole("rowheader")).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
  await expect(latest.getByRole("cell")).toHaveText(/^-?\d[\d,]*(\.\d)?$/);
  await expect(trend.getByText(/^Net Promoter Score: /)).toContainText(
    `${await latest.getByRole("cell").innerText()} points on ${await latest.getByRole("rowheader").innerText()}`,
  );
  await expect(trend.getByRole("button", { name: "Show as chart" })).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("link", { name: "Net Promoter Score", exact: true }).click();
  await page.waitForURL(/\/kpis\/[0-9a-f-]{36}$/);
  const chart = page.getByRole("figure", { name: "Net Promoter Score (points)" });
  await expect(chart.locator('[data-chart="line"] polyline')).toBeVisible();
  await chart.getByRole("button", { name: "Show as table" }).click();
  await expect(chart.getByRole("table")).toBeVisible();
  await expect(page.getByRole("table", { name: "Measurements" }).getByRole("row")).toHaveCount(15);
  const main = page.locator("main");
  await expect(main.locator("form, input, select, textarea")).toHaveCount(0);
  await expect(main.getByRole("button")).toHaveCount(1); // the chart's own table toggle
  await expect(main.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await expect(
    page.getByRole("region", { name: "Initiatives that mean to move it" }).getByRole("link").first(),
  ).toHaveAttribute("href", /^\/initiatives\/[0-9a-f-]{36}$/);
  await expectNoSeriousA11yViolations(page);
});

test("the CSV exports: a BOM, RFC 4180 quoting that round-trips tricky titles, formulas neutralised, 401 when signed out", async ({
  page,
  request,
}) => {
  const tag = randomUUID().slice(0, 6);
  const tricky = `Omnichannel, "think" big\nact small — città, qualità ${tag}`;
  const formula = `=HYPERLINK("http://evil.example","${tag}")`;
  for (const title of [tricky, formula])
    await insertE2eInitiative({ title, marketingEmail: "marketing2@levers.example", itEmail: "it2@levers.example" });

  expect((await request.get("/api/export/initiatives.csv")).status()).toBe(401);
  expect((await request.get("/api/export/kpi-measurements.csv")).status()).toBe(401);

  await signInAs(page, DEMO.board);
  const response = await page.request.get("/api/export/initiatives.csv");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(response.headers()["content-disposition"]).toMatch(
    /^attachment; filename="levers-initiatives-\d{4}-\d{2}-\d{2}\.csv"$/,
  );
  const bytes = await response.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(bytes.toString("utf8"));
  const col = (name: string) => header!.indexOf(name);
  const trickyRow = rows.find((row) => row[col("Title")] === tricky);
  expect(trickyRow?.[col("Marketing owner")]).toBe("Luca Bianchi");
  expect(trickyRow?.[col("IT owner email")]).toBe("it2@levers.example");
  expect(trickyRow?.[col("Status")]).toBe("DROPPED");
  expect(trickyRow?.[col("Rank")]).toBe("");
  expect(rows.some((row) => row[col("Title")] === `'${formula}`)).toBe(true);
  const ranks = rows
    .map((row) => row[col("Rank")])
    .filter(Boolean)
    .map(Number);
  expect(ranks).toEqual(ranks.map((_, n) => n + 1));

  await page.goto("/kpis");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export CSV of all KPI measurements" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^levers-kpi-measurements-\d{4}-\d{2}-\d{2}\.csv$/);
  const measurements = parseCsv(await readFile((await download.path())!, "utf8"));
  expect(measurements[0]!.slice(0, 5)).toEqual(["KPI", "Unit", "Direction", "Date", "Value"]);
  expect(measurements.filter((row) => row[0] === "Net Promoter Score").length).toBeGreaterThanOrEqual(14);
});
