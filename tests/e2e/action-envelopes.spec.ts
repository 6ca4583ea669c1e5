import { readFileSync } from "node:fs";
import path from "node:path";
import { queryE2eDatabase } from "./support/database";
import { DEMO, expect, signInAs, test } from "./support/fixtures";

// Every server action is a public POST endpoint. Whatever envelope a caller sends (a JSON or text
// body, a wrong content type, a truncated multipart form, a body over the 1 MB limit), the answer is
// a clear 4xx: never a 500, and nothing is saved.

function actionId(name: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(process.env.LEVERS_DIST_DIR ?? ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, { exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name);
  if (!found) throw new Error(`no server action ${name} in the build`);
  return found[0];
}

const title = `Envelope check ${Date.now()}`;
const cases: { name: string; contentType?: string; body: string | Buffer }[] = [
  { name: "a JSON document", contentType: "application/json", body: JSON.stringify({ title }) },
  { name: "plain text that is not JSON", contentType: "text/plain;charset=UTF-8", body: `title=${title}` },
  { name: "no body at all", body: "" },
  {
    name: "a multipart form without a boundary",
    contentType: "multipart/form-data",
    body: `--x\r\nContent-Disposition: form-data; name="title"\r\n\r\n${title}\r\n--x--\r\n`,
  },
  {
    name: "a truncated multipart form",
    contentType: "multipart/form-data; boundary=XX",
    body: `--XX\r\nContent-Disposition: form-data; name="1_title"\r\n\r\n${title}\r\n--XX\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--X`,
  },
  {
    name: "a body over the 1 MB limit",
    contentType: "text/plain;charset=UTF-8",
    body: JSON.stringify([title, "x".repeat(1_100_000)]),
  },
];

test.describe("a server action called with a bad envelope", () => {
  for (const { name, contentType, body } of cases) {
    test(`answers ${name} with a clear 4xx, not a 500`, async ({ page }) => {
      await signInAs(page, DEMO.cmo);
      const response = await page.request.post("/initiatives/new", {
        headers: {
          "Next-Action": actionId("proposeInitiativeAction"),
          ...(contentType ? { "Content-Type": contentType } : {}),
        },
        data: body,
        failOnStatusCode: false,
      });
      expect(response.status(), await response.text()).toBeGreaterThanOrEqual(400);
      expect(response.status()).toBeLessThan(500);
      expect(await response.text()).not.toMatch(/at .*\.js|PrismaClient|stack/i);
    });
  }

  test("refuses well-formed JSON arguments instead of a form with 415, and saves nothing", async ({ page }) => {
    await signInAs(page, DEMO.cmo);
    const response = await page.request.post("/initiatives/new", {
      headers: { "Next-Action": actionId("proposeInitiativeAction"), "Content-Type": "text/plain;charset=UTF-8" },
      data: JSON.stringify([{}, { title }]),
      failOnStatusCode: false,
    });
    expect(response.status()).toBe(415);
    expect(await response.text()).toContain("accepts a form (multipart/form-data) only; nothing was saved.");
    expect(await queryE2eDatabase(`SELECT 1 FROM "Initiative" WHERE title = $1`, [title])).toHaveLength(0);
  });
});
