import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { queryE2eDatabase } from "./support/database";
import { DEMO, expect, signInAs, test } from "./support/fixtures";

// The joint triage in Chromium: blind scoring in two browsers, and a triage session's minutes.
// Proposals are made here, at the bottom of the list, so no other test's ranks move.

async function insertProposal(title: string): Promise<string> {
  const [row] = await queryE2eDatabase<{ id: string }>(
    `INSERT INTO "Initiative" (id, title, lever, "marketingOwnerId", "itOwnerId", "createdById", "rankKey", status, "updatedAt")
     SELECT gen_random_uuid(), $1, 'TECHNOLOGIES', m.id, i.id, m.id, (SELECT max("rankKey") FROM "Initiative") || 'U' || $2 || 'V', 'PROPOSED', now()
       FROM "User" m, "User" i WHERE m.email = 'marketing2@levers.example' AND i.email = 'it2@levers.example'
     RETURNING id`,
    // A key of its own ("U" + random digits): another test may be inserting after the same last key right now.
    [title, String(Math.floor(Math.random() * 1e9)).padStart(9, "1")],
  );
  return row!.id;
}

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, email);
  return page;
}

// Two signed-in browsers and several round trips each: more than the default 30 s on a loaded machine.
test.describe.configure({ timeout: 90_000 });

const card = (page: Page, title: string) =>
  page.getByRole("article").filter({ has: page.getByRole("heading", { name: title }) });

async function score(page: Page, title: string, values: Record<string, string>, note: string) {
  const form = page.getByRole("form", { name: `Your scores: ${title}` });
  for (const [label, value] of Object.entries(values)) await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByLabel("Note on Business value").fill(note);
  await form.getByRole("button", { name: "Save scores" }).click();
  await expect(form.getByRole("status")).toContainText("Scores saved.");
}

test("the CMO and the CIO score the same proposal in two browsers: blind until both have, then the divergence for both", async ({
  browser,
}) => {
  const title = `Loyalty app rebuild ${randomUUID().slice(0, 6)}`;
  const cmoNote = `CMO-NOTE-${randomUUID().slice(0, 8)}`;
  await insertProposal(title);
  const cmo = await signedInPage(browser, DEMO.cmo);
  const cio = await signedInPage(browser, DEMO.cio);
  try {
    await cmo.goto("/triage");
    await expect(cmo.getByText("Live", { exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(cmo);
    await score(
      cmo,
      title,
      { "Customer-experience impact": "4", "Business value": "5", Urgency: "3", Confidence: "4" },
      cmoNote,
    );
    await expect(card(cmo, title)).toContainText("Marketing: scored · IT: not scored yet");

    // The CIO has not scored: neither the screen nor the page's data (HTML with the React payload) holds the CMO's score.
    await cio.goto("/triage");
    await expect(card(cio, title)).toContainText("Marketing: scored · IT: not scored yet");
    expect(await cio.content()).not.toContain(cmoNote);
    const raw = await cio.request.get("/triage");
    expect(await raw.text()).not.toContain(cmoNote);
    const rsc = await cio.request.get("/triage", { headers: { RSC: "1" } });
    expect(await rsc.text()).not.toContain(cmoNote);
    await expect(card(cio, title).getByText(/CMO \d · CIO \d on/)).toHaveCount(0);

    // A score out of range is refused on its field, and what was typed stays.
    const cioForm = cio.getByRole("form", { name: `Your scores: ${title}` });
    await cioForm.getByLabel("Urgency", { exact: true }).fill("7");
    await cioForm.getByLabel("Customer-experience impact", { exact: true }).fill("4");
    await cioForm.getByRole("button", { name: "Save scores" }).click();
    await expect(cioForm.getByRole("alert")).toContainText("Urgency: Enter a whole number from 1 to 5.");
    await expect(cioForm.getByLabel("Urgency", { exact: true })).toHaveValue("7");
    await expect(cioForm.getByLabel("Customer-experience impact", { exact: true })).toHaveValue("4");

    await score(
      cio,
      title,
      { "Customer-experience impact": "4", "Business value": "2", Urgency: "3", Confidence: "4" },
      "A report, not revenue",
    );
    await expect(card(cio, title)).toContainText("CMO 5 · CIO 2 on Business value");
    await expect(card(cio, title)).toContainText(cmoNote); // now both see both
    // The CMO's open page follows without a reload.
    await expect(card(cmo, title)).toContainText("CMO 5 · CIO 2 on Business value");
    await expect(card(cmo, title)).toContainText("scored with model v2");

    // The board shows the score rank beside the rank on request, with the model version, and the capacity line.
    await cmo.goto("/board");
    await cmo.getByRole("link", { name: "Show the score rank beside the rank" }).click();
    await expect(cmo.getByRole("columnheader", { name: "Score rank" })).toBeVisible();
    await expect(
      cmo
        .getByRole("row")
        .filter({ hasText: title })
        .getByRole("cell", { name: /^\d+ \(v2\)$/ }),
    ).toBeVisible();
    await expect(cmo.getByText(/^IT over capacity from rank \d+ in \d{4}-Q[1-4]/)).toBeVisible();
  } finally {
    await cmo.context().close();
    await cio.context().close();
    await queryE2eDatabase(
      `UPDATE "Initiative" SET status = 'DROPPED', "dropReason" = 'e2e clean-up' WHERE title = $1`,
      [title],
    );
  }
});

test("a triage session records a park and a drop, and the minutes list them", async ({ browser }) => {
  const parked = `Chatbot pilot ${randomUUID().slice(0, 6)}`;
  const dropped = `Fax campaign ${randomUUID().slice(0, 6)}`;
  await insertProposal(parked);
  await insertProposal(dropped);
  const cmo = await signedInPage(browser, DEMO.cmo);
  const cio = await signedInPage(browser, DEMO.cio);
  try {
    await cmo.goto("/triage/session");
    const start = cmo.getByRole("button", { name: "Start a session" });
    if (await start.isVisible()) await start.click();
    await expect(cmo.getByText(/^Session open/)).toBeVisible();
    await expectNoSeriousA11yViolations(cmo);
    await cio.goto("/triage/session");
    await expect(cio.getByText(/^Session open/)).toBeVisible();

    // The CMO parks one…
    await cmo.getByRole("navigation", { name: "Awaiting a decision" }).getByRole("link", { name: parked }).click();
    await expect(cmo.getByRole("heading", { level: 2, name: parked })).toBeVisible();
    const parkForm = cmo.getByRole("form", { name: `Decision on ${parked}` });
    await parkForm.getByLabel("Decision").selectOption("PARK");
    await parkForm.getByRole("button", { name: "Record decision" }).click();
    await expect(parkForm.getByRole("alert")).toContainText("Park until: Choose the day it comes back to triage.");
    await expect(parkForm.getByLabel("Decision")).toHaveValue("PARK");
    await parkForm.getByLabel("Park until").fill("2099-01-15");
    await parkForm.getByLabel("Reason, or what is missing").fill("After the budget round");
    await parkForm.getByRole("button", { name: "Record decision" }).click();
    const minutes = (page: Page) => page.getByRole("table", { name: "Triage minutes" });
    await expect(minutes(cmo).getByRole("row").filter({ hasText: parked })).toContainText("Parked until Jan 15, 2099");

    // …the CIO, on a page that followed along, drops the other with a reason.
    await expect(minutes(cio).getByRole("row").filter({ hasText: parked })).toContainText("After the budget round");
    await cio.getByRole("navigation", { name: "Awaiting a decision" }).getByRole("link", { name: dropped }).click();
    const dropForm = cio.getByRole("form", { name: `Decision on ${dropped}` });
    await dropForm.getByLabel("Decision").selectOption("DROP");
    await dropForm.getByLabel("Reason, or what is missing").fill("Nobody reads faxes");
    await dropForm.getByRole("button", { name: "Record decision" }).click();
    await expect(minutes(cio).getByRole("row").filter({ hasText: dropped })).toContainText("Nobody reads faxes");
    await expect(minutes(cmo).getByRole("row").filter({ hasText: dropped })).toContainText("Drop");

    // The printable minutes list both, with who took part; the report links the session.
    await cio.getByRole("link", { name: "Printable minutes" }).click();
    await expect(cio.getByRole("heading", { name: "Triage minutes" })).toBeVisible();
    const printable = minutes(cio);
    await expect(printable.getByRole("row").filter({ hasText: parked })).toContainText("Parked until Jan 15, 2099");
    await expect(printable.getByRole("row").filter({ hasText: dropped })).toContainText("Nobody reads faxes");
    await expect(cio.getByText(/^Took part: /)).toContainText("Chiara Marino");
    await expect(cio.getByText(/^Took part: /)).toContainText("Ivan Moretti");
    await expectNoSeriousA11yViolations(cio);
    const [status] = await queryE2eDatabase<{ status: string; dropReason: string }>(
      `SELECT status, "dropReason" FROM "Initiative" WHERE title = $1`,
      [dropped],
    );
    expect(status).toEqual({ status: "DROPPED", dropReason: "Nobody reads faxes" });

    await cio.goto("/report");
    await expect(cio.getByRole("link", { name: /1 parked, 0 sent back, 1 dropped/ }).first()).toBeVisible();
  } finally {
    await cmo.context().close();
    await cio.context().close();
    await queryE2eDatabase(
      `UPDATE "Initiative" SET status = 'DROPPED', "dropReason" = 'e2e clean-up' WHERE title = ANY($1) AND status = 'PROPOSED'`,
      [[parked, dropped]],
    );
  }
});
