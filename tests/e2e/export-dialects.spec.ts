import { readAsItalianExcel } from "../support/parse-csv";
import { insertE2eInitiative } from "./support/database";
import { DEMO, expect, signInAs, test } from "./support/fixtures";

const KPI_HEADER = [
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
  "Recorded at",
  "Measurement ID",
  "KPI ID",
];
const FORMULA = /^[\s\u200B-\u200F\u2060\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

test("an Italian reader's CSV has semicolons and decimal commas; ?format= picks either", async ({ page }) => {
  await signInAs(page, DEMO.cmo);
  const italian = await (
    await page.request.get("/api/export/kpi-measurements.csv", { headers: { "accept-language": "it-IT,it;q=0.9" } })
  ).text();
  expect(italian.split("\r\n")[0]).toBe(`\uFEFF${KPI_HEADER.map((name) => `"${name}"`).join(";")}`);
  expect(italian).not.toMatch(/;-?\d+\.\d+;/);
  const english = await (
    await page.request.get("/api/export/kpi-measurements.csv", { headers: { "accept-language": "en-GB" } })
  ).text();
  expect(english.split("\r\n")[0]).toBe(`\uFEFF${KPI_HEADER.map((name) => `"${name}"`).join(",")}`);
  const chosen = await (
    await page.request.get("/api/export/kpi-measurements.csv?format=semicolon", {
      headers: { "accept-language": "en-GB" },
    })
  ).text();
  expect(chosen.split("\r\n")[0]).toContain('"KPI";"Unit"');
});

test("no cell of either initiatives file starts like a formula when Excel in Italian opens it", async ({ page }) => {
  await insertE2eInitiative({
    title: `a;=1+1 ${Date.now()}`,
    marketingEmail: DEMO.marketing,
    itEmail: DEMO.it,
    dropReason: 'line one\n=HYPERLINK("http://evil.example")\n\u200B@SUM(A1)',
  });
  await signInAs(page, DEMO.cio);
  for (const format of ["comma", "semicolon"]) {
    const text = await (await page.request.get(`/api/export/initiatives.csv?format=${format}`)).text();
    expect(text).toMatch(/a;'?=1\+1/);
    const cells = readAsItalianExcel(text).flat();
    expect(
      cells.filter((cell) => !/^-?\d+(,\d+)?$/.test(cell) && FORMULA.test(cell)),
      format,
    ).toEqual([]);
  }
});
