import path from "node:path";
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { Page } from "@playwright/test";
import { DEMO, expect, signInAs, test } from "./support/fixtures";
import { DATA_DIR, seedDemoData, startApp, startPostgres, type Running } from "./support/processes";

// Faults a user lives through, on an app instance and a database of this file's own (so stopping the
// database disturbs no other test): a table locked by another session, the database going away in
// the middle of typing, and the database restarting under an open board. The app is started with
// short bounded waits (1 s lock and connection timeouts, 3 s per statement) to keep the test quick.
// Ports: LEVERS_E2E_FAULT_PORT (default 3123) and LEVERS_E2E_FAULT_PG_PORT (default 54383).

test.describe.configure({ mode: "serial", timeout: 90_000 }); // database restarts take their time

const appPort = Number(process.env.LEVERS_E2E_FAULT_PORT ?? 3123);
const pgPort = Number(process.env.LEVERS_E2E_FAULT_PG_PORT ?? 54383);
const pgDataDir = path.join(DATA_DIR, "e2e-fault-postgres");
const BUSY = "Levers is busy or the database is unreachable; nothing was saved. Try again.";

let database: (Running & { url: string }) | null = null;
let app: (Running & { url: string }) | null = null;

async function sql<T extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database!.url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** Databases stopped by the tests, kept for their output. */
const stopped: Running[] = [];

async function stopDatabase(): Promise<void> {
  const running = database!;
  database = null;
  stopped.push(running);
  await running.stop();
}

async function restartDatabase(): Promise<void> {
  database = await startPostgres(pgDataDir, pgPort, "levers_fault");
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  database = await startPostgres(pgDataDir, pgPort, "levers_fault");
  await seedDemoData(database.url);
  app = await startApp(appPort, database.url, {
    LEVERS_DB_CONNECT_TIMEOUT_MS: "1000",
    LEVERS_DB_LOCK_TIMEOUT_MS: "1000",
    LEVERS_DB_STATEMENT_TIMEOUT_MS: "3000",
  });
});

// When a test here fails, the fault app's and database's last lines say what they lived through.
test.afterEach(async ({ page }, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus) return;
  console.log(`--- the page was at ${page.url()}: ${await page.title().catch(() => "(no title)")} ---`);
  const processes: [string, Running | null][] = [
    ["app", app],
    ...stopped.map((running, index): [string, Running] => [`database stopped ${index + 1}`, running]),
    ["database", database],
  ];
  for (const [name, running] of processes)
    console.log(
      `--- the fault ${name} (exit ${running?.child.exitCode ?? running?.child.signalCode ?? "-"}): last output ---\n` +
        (running?.output().slice(-4_000) ?? "(none)"),
    );
});

/**
 * Waits until React has taken over the page's form. A click before that is a plain browser post,
 * whose answer is a whole new page, rendered with the database (the error page when it is down).
 */
async function formIsInteractive(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const form = document.querySelector("main form");
    return !!form && Object.keys(form).some((key) => key.startsWith("__reactProps"));
  });
}

test.afterAll(async () => {
  await app?.stop();
  await database?.stop();
});

test.use({ baseURL: `http://127.0.0.1:${appPort}` });

test("a page whose table another session has locked says Levers is busy, within the lock timeout, and recovers by itself", async ({
  page,
}) => {
  await signInAs(page, DEMO.cio);
  const locker = new pg.Client({ connectionString: database!.url });
  await locker.connect();
  try {
    await locker.query("BEGIN");
    await locker.query('LOCK TABLE "Initiative" IN ACCESS EXCLUSIVE MODE');
    // Without bounded waits this navigation hangs for as long as the lock is held.
    await page.goto("/board", { timeout: 15_000 });
    await expect(page.getByRole("heading", { name: "Levers is busy" })).toBeVisible();
    await expect(page.getByText(BUSY)).toBeVisible();
    // The reference shown is the digest of a JSON log line (with the request's id), for support to find.
    const reference = await page.getByText(/^Reference for support: /).innerText();
    const digest = reference.replace("Reference for support: ", "");
    expect(digest).toMatch(/^levers-db-unavailable-[0-9a-f]+$/);
    await expect
      .poll(
        () =>
          app!
            .output()
            .split("\n")
            .find((line) => line.includes(`"digest":"${digest}"`)) ?? "",
      )
      .toMatch(/"requestId":"[^"]+"/);
  } finally {
    await locker.query("ROLLBACK").catch(() => undefined);
    await locker.end();
  }
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: "Board" })).toBeVisible();
});

test("a form sent while the database is down keeps what was typed, and the same click works once it is back", async ({
  page,
}) => {
  await signInAs(page, DEMO.cmo);
  await page.goto("/initiatives/new");
  await formIsInteractive(page);
  const title = `Typed during an outage ${randomUUID().slice(0, 6)}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Lever").selectOption("PROCESSES");
  await page.getByLabel("Marketing owner").selectOption({ label: "Luca Bianchi" });
  await page.getByLabel("IT owner").selectOption({ label: "Davide Greco" });
  await page.getByLabel("Business outcome").fill("Kept through the outage");

  await stopDatabase();
  await page.getByRole("button", { name: "Propose initiative" }).click();
  await expect(page.locator("main form").getByRole("alert")).toHaveText(BUSY, { timeout: 15_000 });
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await expect(page.getByLabel("Business outcome")).toHaveValue("Kept through the outage");

  await restartDatabase();
  await page.getByRole("button", { name: "Propose initiative" }).click();
  await expect(page).toHaveURL(/\/board/, { timeout: 15_000 });
  expect(await sql(`SELECT 1 FROM "Initiative" WHERE title = $1`, [title])).toHaveLength(1);
});

test("an open board shows Reconnecting… while the database restarts, then Live, and changes arrive again without a reload", async ({
  page,
}) => {
  await signInAs(page, DEMO.cio);
  await page.goto("/board");
  const indicator = page.getByRole("status").filter({ hasText: /^(Live|Connecting…|Reconnecting…|Offline)$/ });
  await expect(indicator).toHaveText("Live");
  await expect(indicator).toHaveAttribute("aria-live", "polite");

  await stopDatabase();
  await expect(indicator).toHaveText("Reconnecting…", { timeout: 15_000 });
  await new Promise((resolve) => setTimeout(resolve, 3_000)); // longer than one retry
  await restartDatabase();
  await expect(indicator).toHaveText("Live", { timeout: 20_000 });

  const title = `After the restart ${randomUUID().slice(0, 6)}`;
  await sql(
    `INSERT INTO "Initiative" (id, title, lever, "marketingOwnerId", "itOwnerId", "createdById", "rankKey", status, "updatedAt")
     SELECT gen_random_uuid(), $1, 'METRICS', m.id, i.id, m.id, 'a0' || replace(gen_random_uuid()::text, '-', '') || 'V', 'PROPOSED', now()
       FROM "User" m, "User" i WHERE m.email = $2 AND i.email = $3`,
    [title, DEMO.marketing, DEMO.it],
  );
  await expect(page.getByRole("link", { name: title })).toBeVisible({ timeout: 10_000 });
});
