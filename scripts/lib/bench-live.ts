// Live-update latency across two app instances, as a user sees it: two `next start` instances on
// one database (demo data), a CMO's browser on instance A and a CIO's browser on instance B, both on
// the board. Each sample is one "Move up"/"Move down" click on A, timed until B's table shows the
// new order (no reload: Postgres NOTIFY → B's LISTEN → B's event stream → B's page refresh).
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { chromium, type Page } from "@playwright/test";
import { PrismaPg } from "@prisma/adapter-pg";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts.ts";
import { seedDemoData } from "../../prisma/seed.ts";
import { PrismaClient } from "../../src/generated/prisma/client.ts";
import { spawnInstance, waitForHealth } from "./bench-instance.ts";
import { ensureBuilt } from "./build.ts";

export interface LiveLatency {
  samples: number[];
  /** Where each sample's time went (ms after the click, wall clock): A's action answered, B heard the change, B's row read answered. */
  steps: { actionAnswered: number; changeHeard: number; rowRead: number }[];
}

async function signIn(page: Page, base: string, email: string): Promise<void> {
  const { csrfToken } = (await (await page.request.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await page.request.post(`${base}/api/auth/callback/credentials`, {
    form: { csrfToken, email, password: DEMO_PASSWORD, json: "true" },
  });
  if (!response.ok()) throw new Error(`sign-in as ${email} failed`);
}

const titles = (page: Page) => page.locator("table th[scope=row] a").allTextContents();

export async function measureLiveLatency(
  adminUrl: string,
  options: { runs: number; ports: [number, number]; log: (line: string) => void },
): Promise<LiveLatency> {
  const { createDatabase } = await import("./test-database.ts");
  const { migrate } = await import("./migrator.ts");
  const url = await createDatabase(adminUrl, "levers_bench_live");
  await migrate(url);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    await seedDemoData(prisma);
    // Two unscored initiatives at the bottom to move (a scored one far from its score rank needs a reason).
    await prisma.$executeRawUnsafe(
      `INSERT INTO "Initiative" (id, title, lever, "marketingOwnerId", "itOwnerId", "createdById", "rankKey", status, "updatedAt")
       SELECT gen_random_uuid(), t.title, 'METRICS', m.id, i.id, m.id, (SELECT max("rankKey" COLLATE "C") FROM "Initiative") || t.suffix, 'PROPOSED', now()
         FROM (VALUES ('Bench live move one', 'V'), ('Bench live move two', 'W')) AS t(title, suffix), "User" m, "User" i
        WHERE m.email = 'marketing1@levers.example' AND i.email = 'it1@levers.example'`,
    );
  } finally {
    await prisma.$disconnect();
  }
  await ensureBuilt({ ...process.env }, options.log);

  const { assertPortFree } = await import("./embedded-postgres.ts");
  for (const [index, port] of options.ports.entries())
    await assertPortFree(port, `bench instance ${"AB"[index]}`, `LEVERS_BENCH_PORT_${"AB"[index]}`);
  const instances = options.ports.map((port) => spawnInstance(port, url));
  const executablePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => existsSync(file));
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    await Promise.all(instances.map((instance) => waitForHealth(instance.url, instance.child)));
    const [a, b] = instances as [(typeof instances)[number], (typeof instances)[number]];
    const mover = await (await browser.newContext()).newPage();
    const watcher = await (await browser.newContext()).newPage();
    await signIn(mover, a.url, "cmo@levers.example");
    await signIn(watcher, b.url, "cio@levers.example");
    await mover.goto(`${a.url}/board`);
    // When B's page hears a change (the live stream's event, as the board list receives it).
    await watcher.addInitScript(() => {
      const heard: number[] = [];
      (window as unknown as { leversHeard: number[] }).leversHeard = heard;
      window.addEventListener("levers:board-change", () => heard.push(Date.now()));
    });
    await watcher.goto(`${b.url}/board`);
    await watcher
      .getByRole("status")
      .filter({ hasText: /^Live$/ })
      .waitFor();

    const order = await titles(watcher);
    const [upper, lower] = order.slice(-2) as [string, string];
    const samples: number[] = [];
    const steps: LiveLatency["steps"] = [];
    let actionAt = 0;
    let rowReadAt = 0;
    mover.on("response", (response) => {
      if (response.request().method() === "POST" && response.request().headers()["next-action"]) actionAt = Date.now();
    });
    watcher.on("response", (response) => {
      if (response.url().includes("/api/board/rows")) rowReadAt = Date.now();
    });
    for (let run = 0; run < options.runs; run += 1) {
      // Alternately move the last row up and back down; B must then show that order.
      const moving = lower;
      const up = run % 2 === 0;
      const expectedFirst = up ? lower : upper;
      const seen = watcher.waitForFunction(
        ([first, second]) => {
          const shown = [...document.querySelectorAll("table th[scope=row] a")].map((link) => link.textContent ?? "");
          const i = shown.indexOf(first!);
          const j = shown.indexOf(second!);
          return i >= 0 && j >= 0 && i < j;
        },
        [expectedFirst, expectedFirst === lower ? upper : lower],
        { polling: "raf", timeout: 15_000 },
      );
      seen.catch(() => undefined); // awaited below; a timeout must not go unhandled meanwhile
      await watcher.evaluate(() => (window as unknown as { leversHeard: number[] }).leversHeard.splice(0));
      [actionAt, rowReadAt] = [0, 0];
      const started = performance.now();
      const startedAt = Date.now();
      await mover.getByRole("button", { name: `${up ? "Move up" : "Move down"}: ${moving}` }).click();
      await seen;
      samples.push(performance.now() - started);
      const heardAt =
        (await watcher.evaluate(() => (window as unknown as { leversHeard: number[] }).leversHeard[0])) ?? 0;
      const after = (at: number) => (at ? at - startedAt : Number.NaN);
      steps.push({ actionAnswered: after(actionAt), changeHeard: after(heardAt), rowRead: after(rowReadAt) });
      await mover.getByRole("status").filter({ hasText: "moved" }).waitFor();
      await new Promise((resolve) => setTimeout(resolve, 400)); // independent samples
    }
    return { samples, steps };
  } finally {
    await browser.close();
    for (const instance of instances) instance.child.kill("SIGTERM");
  }
}
