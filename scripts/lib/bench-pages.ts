// What users wait for, measured on the built app (`next start`), at the demo's size and at 10,000
// initiatives: per page, the HTML's bytes and the median and p95 of its HTTP time against a trivial
// route of the same server (/api/health); the board's load in Chromium; a reorder (click → the
// action's answer in Chromium) at both sizes; and the first-load JavaScript of each route (gzip)
// against the framework's floor (the scripts every page of this build loads). It prints; it asserts
// nothing.
import type { ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "@playwright/test";
import { generateNKeysBetween } from "fractional-indexing";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts.ts";
import { seedDemoData } from "../../prisma/seed.ts";
import { PrismaClient } from "../../src/generated/prisma/client.ts";
import { seedBenchData } from "./bench-data.ts";
import { spawnInstance, waitForHealth } from "./bench-instance.ts";
import {
  ensureEmptyNextApp,
  printLighthouse,
  runLighthouse,
  sessionCookie,
  startEmptyNextApp,
  type LighthouseResult,
} from "./bench-lighthouse.ts";
import { ensureBuilt } from "./build.ts";
import { PROJECT_ROOT } from "./database.ts";

const PAGES = ["/board", "/dashboard", "/report", "/kpis"] as const;

export interface PagesOptions {
  port: number;
  runs: number;
  scale: { initiatives: number; measurements: number };
  /** Lighthouse runs per route at the demo size (0: none), and the empty Next app's port. */
  lighthouseRuns: number;
  emptyAppPort: number;
  log: (line: string) => void;
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}
const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
const p95 = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    95,
  );

async function startInstance(
  port: number,
  databaseUrl: string,
  portEnvVar = "LEVERS_BENCH_PORT_A",
): Promise<{ url: string; child: ChildProcess }> {
  const { assertPortFree } = await import("./embedded-postgres.ts");
  await assertPortFree(port, "bench instance", portEnvVar);
  const instance = spawnInstance(port, databaseUrl);
  try {
    await waitForHealth(instance.url, instance.child, 90_000);
  } catch (error) {
    await stopInstance(instance.child);
    throw error;
  }
  return instance;
}

async function stopInstance(child: ChildProcess): Promise<void> {
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  if (gone()) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const waitFor = (ms: number) => Promise.race([exited, new Promise((resolve) => setTimeout(resolve, ms))]);
  child.kill("SIGTERM");
  await waitFor(15_000);
  if (gone()) return;
  child.kill("SIGKILL");
  await waitFor(5_000); // its port is free once it has exited
}

async function signIn(page: Page, base: string, email: string): Promise<void> {
  const { csrfToken } = (await (await page.request.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await page.request.post(`${base}/api/auth/callback/credentials`, {
    form: { csrfToken, email, password: DEMO_PASSWORD, json: "true" },
  });
  if (!response.ok()) throw new Error(`sign-in as ${email} failed`);
}

interface PageTiming {
  bytes: number;
  median: number;
  p95: number;
}

/** Requests per route before any is timed: a fresh `next start` answers twice as slowly until its JIT has warmed up. */
const WARMUP_REQUESTS = 40;

/**
 * HTTP time of routes side by side, as the signed-in CMO (each page's request only, as a browser's
 * first request). Every route is warmed up first (WARMUP_REQUESTS each, the empty page's server as
 * much as ours); then each timed round requests every route once, in alternating order, so that all
 * of them see the same machine (a noisy neighbour, a garbage collection) and no route is timed
 * while its code is still being compiled.
 */
async function timeRoutes(page: Page, urls: Record<string, string>, runs: number): Promise<Record<string, PageTiming>> {
  const routes = Object.entries(urls);
  const bytes: Record<string, number> = {};
  for (let i = 0; i < WARMUP_REQUESTS; i += 1)
    for (const [route, url] of routes) bytes[route] = (await (await page.request.get(url)).body()).length;
  const times: Record<string, number[]> = Object.fromEntries(routes.map(([route]) => [route, []]));
  for (let run = 0; run < runs; run += 1) {
    for (const [route, url] of run % 2 === 0 ? routes : [...routes].reverse()) {
      const started = performance.now();
      const response = await page.request.get(url);
      await response.body();
      times[route]!.push(performance.now() - started);
    }
  }
  return Object.fromEntries(
    routes.map(([route]) => [route, { bytes: bytes[route]!, median: median(times[route]!), p95: p95(times[route]!) }]),
  );
}

/** How many timed moves (after two warm-up moves) per size. */
const REORDER_MOVES = 24;
const REORDER_TITLE = "Bench reorder 1";
/** Round trips of the move action (and of the refused one) per size. */
const ACTION_RUNS = 20;
/** Rounds of both (a move and the refused request) each instance answers before anything is timed. */
const REORDER_WARMUP_ROUNDS = 150;

/** A pause after a timed move: the live event's read of the moved row ends before the next sample. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

/** Opens the board on the reorder's initiative, ready for `reorderOnce`. */
async function openReorder(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/board`);
  await page.getByRole("button", { name: `Move down: ${REORDER_TITLE}`, exact: true }).waitFor();
}

/**
 * Click → the move applied and announced from the action's answer, in Chromium; the top row moved
 * down (even runs) and back up (odd runs). Timed in the page (the button's click, then a
 * MutationObserver until the status says the move), not by Playwright's click and polling, which add
 * their own tens of milliseconds in steps.
 */
async function reorderOnce(page: Page, run: number): Promise<number> {
  const down = run % 2 === 0;
  const elapsed = await page.evaluate(
    ({ label, text }) =>
      new Promise<number>((resolve, reject) => {
        const button = [...document.querySelectorAll("button")].find((b) => b.getAttribute("aria-label") === label);
        if (!button) return reject(new Error(`no button "${label}"`));
        const timeout = setTimeout(() => reject(new Error(`"${text}" was not announced`)), 15_000);
        const started = performance.now();
        // No named functions in here: tsx would wrap them in a helper the page does not have.
        const observer = new MutationObserver(() => {
          const statuses = [...document.querySelectorAll('[role="status"]')];
          if (!statuses.some((node) => node.textContent?.includes(text))) return;
          observer.disconnect();
          clearTimeout(timeout);
          resolve(performance.now() - started);
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        button.click();
      }),
    {
      label: `${down ? "Move down" : "Move up"}: ${REORDER_TITLE}`,
      text: `“${REORDER_TITLE}” moved from ${down ? 1 : 2} to ${down ? 2 : 1}.`,
    },
  );
  await settle();
  return elapsed;
}

interface CapturedRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * The request a click on "Move down" / "Move up" sends, captured from the CMO's board, and the same
 * request with an initiative id that is not a UUID (authentication and validation only, refused
 * before any transaction: the floor of any action in this app).
 */
async function captureMoveRequests(
  page: Page,
  base: string,
): Promise<{ down: CapturedRequest; up: CapturedRequest; trivial: CapturedRequest }> {
  await page.goto(`${base}/board`);
  const captured: CapturedRequest[] = [];
  for (const [index, name] of ["Move down", "Move up"].entries()) {
    const request = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
    await page.getByRole("button", { name: `${name}: ${REORDER_TITLE}`, exact: true }).click();
    const sent = await request;
    const [from, to] = index === 0 ? [1, 2] : [2, 1];
    await page
      .getByRole("status")
      .filter({ hasText: `“${REORDER_TITLE}” moved from ${from} to ${to}.` })
      .waitFor();
    const headers = Object.fromEntries(
      Object.entries(sent.headers()).filter(
        ([key]) => !["cookie", "content-length", "host", "origin", "referer"].includes(key) && !key.startsWith(":"),
      ),
    );
    captured.push({ url: sent.url(), headers, body: sent.postData() ?? "" });
  }
  const [down, up] = captured as [CapturedRequest, CapturedRequest];
  const id = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.exec(down.body)?.[0] ?? "";
  return { down, up, trivial: { ...down, body: down.body.split(id).join("not-a-uuid") } };
}

/** One request's round trip as fetch() in the page, in ms. */
async function roundTrip(page: Page, request: CapturedRequest): Promise<number> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(async (request) => {
    const started = performance.now();
    const response = await fetch(request.url, {
      method: "POST",
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(15_000),
    });
    await response.text();
    if (!response.ok) throw new Error(`the action answered ${response.status}`);
    return performance.now() - started;
  }, request);
}

interface ReorderTimings {
  reorder: number[];
  actions: { move: number[]; trivial: number[] };
}

/**
 * The reorder at both sizes side by side: an instance of each (ports A and B), a CMO's board on
 * each, and every sample taken on one and then the other (in alternating order), so that both see
 * the same machine. Timed one size after the other, the 10,000 phase came out up to a third slower
 * in some runs although profiling the two side by side showed the same work: the ratio compared two
 * moments of the machine, not two sizes. Both instances first answer REORDER_WARMUP_ROUNDS rounds of
 * the action's requests; then the clicks (two warm-up moves), then the timed round trips (a move
 * down or up, then the refused request).
 */
async function timeReorderSideBySide(
  browser: Browser,
  sizes: { label: string; databaseUrl: string; port: number; portEnvVar: string }[],
  log: (line: string) => void,
): Promise<ReorderTimings[]> {
  const instances: { url: string; child: ChildProcess }[] = [];
  try {
    const boards: Page[] = [];
    for (const size of sizes) {
      log(`reorder: starting next start for ${size.label} on port ${size.port}…`);
      const instance = await startInstance(size.port, size.databaseUrl, size.portEnvVar);
      instances.push(instance);
      const context = await browser.newContext();
      context.setDefaultTimeout(30_000);
      const page = await context.newPage();
      await signIn(page, instance.url, "cmo@levers.example");
      boards.push(page);
    }
    const timings: ReorderTimings[] = sizes.map(() => ({ reorder: [], actions: { move: [], trivial: [] } }));
    const inTurn = (run: number) => (run % 2 === 0 ? [...boards.keys()] : [...boards.keys()].reverse());
    const requests: Awaited<ReturnType<typeof captureMoveRequests>>[] = [];
    for (const [index, page] of boards.entries()) requests.push(await captureMoveRequests(page, instances[index]!.url));
    // A fresh `next start` answers more slowly until its JIT has warmed up: both instances first
    // answer the same warm-up rounds, and their timed rounds are taken in turn.
    const roundTrips = async (rounds: number, keep: boolean) => {
      for (let run = 0; run < rounds; run += 1)
        for (const index of inTurn(run)) {
          const { down, up, trivial } = requests[index]!;
          const move = await roundTrip(boards[index]!, run % 2 === 0 ? down : up);
          // A timed move makes each board read its row again (a live event): let that end first.
          if (keep) await settle();
          const refused = await roundTrip(boards[index]!, trivial);
          if (keep) {
            timings[index]!.actions.move.push(move);
            timings[index]!.actions.trivial.push(refused);
            await settle();
          }
        }
    };
    log(`reorder: ${REORDER_WARMUP_ROUNDS} warm-up rounds on both sizes…`);
    await roundTrips(REORDER_WARMUP_ROUNDS, false);
    log("reorder: clicks on both sizes in turn…");
    for (const [index, page] of boards.entries()) await openReorder(page, instances[index]!.url);
    for (let run = 0; run < REORDER_MOVES + 2; run += 1)
      for (const index of inTurn(run)) {
        const elapsed = await reorderOnce(boards[index]!, run);
        if (run >= 2) timings[index]!.reorder.push(elapsed); // two warm-up moves
      }
    log("reorder: the action's round trips on both sizes in turn…");
    await roundTrips(ACTION_RUNS, true);
    for (const page of boards) await page.context().close();
    return timings;
  } finally {
    for (const instance of instances) await stopInstance(instance.child);
  }
}

/** The board's load in Chromium (navigation to the load event), median of `runs`. */
async function timeBoardLoad(page: Page, base: string, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < runs + 1; run += 1) {
    const started = performance.now();
    await page.goto(`${base}/board`, { waitUntil: "load" });
    await page.getByRole("table").getByRole("rowheader").first().waitFor();
    if (run > 0) samples.push(performance.now() - started);
  }
  return samples;
}

/** The gzip size of every script a route loads up to network idle (the first load, nothing cached). */
async function firstLoadJs(browser: Browser, base: string, email: string, route: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await signIn(page, base, email);
    const scripts = new Map<string, number>();
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      void response.body().then(
        (body) => scripts.set(response.url(), gzipSync(body).length),
        () => undefined,
      );
    });
    // Not "networkidle": the board's event stream stays open. Scripts loaded after the load event are counted too.
    await page.goto(`${base}${route}`, { waitUntil: "load" });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    return [...scripts.values()].reduce((sum, n) => sum + n, 0);
  } finally {
    await context.close();
  }
}

/** The framework's floor: the scripts every page of this build loads (build-manifest's root files; polyfills load only in old browsers). */
function frameworkFloor(): number {
  const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, ".next", "build-manifest.json"), "utf8")) as {
    rootMainFiles?: string[];
  };
  return (manifest.rootMainFiles ?? []).reduce((sum, file) => {
    const full = path.join(PROJECT_ROOT, ".next", file);
    return sum + (existsSync(full) ? gzipSync(readFileSync(full)).length : 0);
  }, 0);
}

export async function prepare(
  adminUrl: string,
  name: string,
  scale: { initiatives: number; measurements: number } | null,
  log: (line: string) => void,
): Promise<string> {
  const { createDatabase } = await import("./test-database.ts");
  const { migrate } = await import("./migrator.ts");
  const url = await createDatabase(adminUrl, name);
  await migrate(url);
  if (scale) {
    log(`seeding ${scale.initiatives} initiatives and ${scale.measurements} measurements…`);
    await seedBenchData(url, scale);
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    await seedDemoData(prisma); // the demo accounts sign in; their initiatives go after any others
    // Two unscored initiatives at the top for the reorder timing (a scored one moved far from its score rank needs a reason).
    const [first] = await prisma.$queryRawUnsafe<{ key: string }[]>(
      `SELECT min("rankKey" COLLATE "C") AS key FROM "Initiative"`,
    );
    const keys = generateNKeysBetween(null, first?.key ?? null, 2);
    for (const [index, key] of keys.entries()) {
      await prisma.$executeRawUnsafe(
        `INSERT INTO "Initiative" (id, title, lever, "marketingOwnerId", "itOwnerId", "createdById", "rankKey", status, "updatedAt")
         SELECT gen_random_uuid(), $1, 'METRICS', m.id, i.id, m.id, $2, 'PROPOSED', now() FROM "User" m, "User" i
          WHERE m.email = 'marketing1@levers.example' AND i.email = 'it1@levers.example'`,
        `Bench reorder ${index + 1}`,
        key,
      );
    }
  } finally {
    await prisma.$disconnect();
  }
  // Write the seeded pages to disk now. Otherwise PostgreSQL's next checkpoint spreads that writing
  // over the minutes that follow, which are the minutes this size is timed in: the empty Next page
  // (no database at all) measured 40% slower at 10,000 than at 12 in one run.
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query("CHECKPOINT");
  } finally {
    await admin.end();
  }
  return url;
}

async function firstDemoInitiative(url: string): Promise<{ id: string } | undefined> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ id: string }>(`SELECT id FROM "Initiative" WHERE title NOT LIKE 'bench %' LIMIT 1`))
      .rows[0];
  } finally {
    await client.end();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => value.toFixed(0);

export async function benchPages(adminUrl: string, options: PagesOptions): Promise<void> {
  const { log } = options;
  await ensureBuilt({ ...process.env }, log);
  const executablePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => existsSync(file));
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const sizes = [
    { label: "demo (12 live)", name: "levers_bench_pages_small", scale: null },
    {
      label: `${options.scale.initiatives.toLocaleString("en")} initiatives`,
      name: "levers_bench_pages_large",
      scale: options.scale,
    },
  ];
  const results: {
    label: string;
    databaseUrl: string;
    routes: Record<string, PageTiming>;
    boardLoad: number[];
    js: Record<string, number>;
  }[] = [];
  let reorders: ReorderTimings[] = [];
  let lighthouse: Map<string, LighthouseResult> | null = null;
  const dataDir = process.env.LEVERS_DATA_DIR ?? path.join(PROJECT_ROOT, ".data");
  const { assertPortFree } = await import("./embedded-postgres.ts");
  await assertPortFree(options.emptyAppPort, "empty Next app", "LEVERS_BENCH_PORT_B");
  const emptyApp = await startEmptyNextApp(ensureEmptyNextApp(dataDir, log), options.emptyAppPort);
  try {
    for (const size of sizes) {
      const url = await prepare(adminUrl, size.name, size.scale, log);
      log(`${size.label}: starting next start on port ${options.port}…`);
      const instance = await startInstance(options.port, url);
      try {
        const context = await browser.newContext();
        context.setDefaultTimeout(30_000);
        const page = await context.newPage();
        await signIn(page, instance.url, "cmo@levers.example");
        const routes = await timeRoutes(
          page,
          {
            [EMPTY_PAGE]: emptyApp.url,
            ...Object.fromEntries(["/api/health", ...PAGES].map((route) => [route, `${instance.url}${route}`])),
          },
          options.runs,
        );
        log(`${size.label}: pages timed; board load in Chromium…`);
        const boardLoad = await timeBoardLoad(page, instance.url, 5);
        log(`${size.label}: board load timed; first-load JavaScript…`);
        const js: Record<string, number> = {};
        const initiative = await firstDemoInitiative(url);
        for (const route of [...PAGES, `/initiatives/${initiative?.id}`])
          js[route.startsWith("/initiatives/") ? "/initiatives/[id]" : route] = await firstLoadJs(
            browser,
            instance.url,
            "cmo@levers.example",
            route,
          );
        // The board as a board member, who may not reorder: no drag-and-drop code at all.
        js["/board (board member)"] = await firstLoadJs(browser, instance.url, "board1@levers.example", "/board");
        await context.close();
        if (!size.scale && options.lighthouseRuns > 0)
          lighthouse = await lighthouseAtDemoSize(instance.url, emptyApp.url, url, options);
        results.push({ label: size.label, databaseUrl: url, routes, boardLoad, js });
      } finally {
        await stopInstance(instance.child);
      }
    }
    // The empty app's port is free for the second instance.
    await stopInstance(emptyApp.child);
    reorders = await timeReorderSideBySide(
      browser,
      results.map((result, index) => ({
        label: result.label,
        databaseUrl: result.databaseUrl,
        port: index === 0 ? options.port : options.emptyAppPort,
        portEnvVar: index === 0 ? "LEVERS_BENCH_PORT_A" : "LEVERS_BENCH_PORT_B",
      })),
      log,
    );
  } finally {
    await browser.close();
    await stopInstance(emptyApp.child);
  }

  const floor = frameworkFloor();
  for (const result of results) {
    const health = result.routes["/api/health"]!;
    const empty = result.routes[EMPTY_PAGE]!;
    console.log(
      `\nPages at ${result.label} (HTTP as the signed-in CMO, ${WARMUP_REQUESTS} warm-up requests per route, then ${options.runs} rounds over every route; ratios = median / median of /api/health, and of an empty Next page's dynamic route; goal ≤ 2× at 12, ≤ 3× at 10,000)`,
    );
    console.log(
      `${"route".padEnd(16)} ${"HTML".padStart(10)} ${"median ms".padStart(10)} ${"p95 ms".padStart(8)} ${"/api/health".padStart(12)} ${"empty page".padStart(11)}`,
    );
    for (const [route, timing] of Object.entries(result.routes)) {
      console.log(
        `${route.padEnd(16)} ${kb(timing.bytes).padStart(10)} ${ms(timing.median).padStart(10)} ${ms(timing.p95).padStart(8)} ${(timing.median / health.median).toFixed(2).padStart(11)}× ${(timing.median / empty.median).toFixed(2).padStart(10)}×`,
      );
    }
    console.log(
      `board in Chromium (navigation → load): median ${ms(median(result.boardLoad))} ms, p95 ${ms(p95(result.boardLoad))} ms`,
    );
  }
  const [small, large] = results.map((result, index) => ({ ...result, ...reorders[index]! })) as [
    (typeof results)[number] & ReorderTimings,
    (typeof results)[number] & ReorderTimings,
  ];
  console.log(
    `\nReorder, click → the move announced from the action's answer, in Chromium (median of ${small.reorder.length}; both sizes side by side, one instance each, moves taken in turn)`,
  );
  console.log(
    `${small.label}: ${ms(median(small.reorder))} ms · ${large.label}: ${ms(median(large.reorder))} ms · ratio ${(median(large.reorder) / median(small.reorder)).toFixed(2)}×`,
  );
  console.log(
    `\nThe reorder action's round trip (fetch in Chromium, median of ${small.actions.move.length}) against the same action refused by validation (the trivial floor)`,
  );
  for (const result of [small, large]) {
    const move = median(result.actions.move);
    const trivial = median(result.actions.trivial);
    console.log(
      `${result.label}: move ${ms(move)} ms · trivial ${ms(trivial)} ms · ratio ${(move / trivial).toFixed(2)}×`,
    );
  }
  console.log(
    `move at ${large.label} / move at ${small.label}: ${(median(large.actions.move) / median(small.actions.move)).toFixed(2)}× (goal ≤ 1.2×; ≤ 2× the trivial action)`,
  );
  console.log(
    `\nFirst-load JavaScript, gzip (framework floor: ${kb(floor)}, the scripts every page of this build loads)`,
  );
  console.log(`${"route".padEnd(22)} ${"total".padStart(10)} ${"above floor".padStart(12)}`);
  for (const [route, bytes] of Object.entries(large.js))
    console.log(`${route.padEnd(22)} ${kb(bytes).padStart(10)} ${kb(bytes - floor).padStart(12)}`);
  if (lighthouse) printLighthouse(lighthouse, EMPTY_PAGE, options.lighthouseRuns);
}

const EMPTY_PAGE = "empty Next page";

/** Lighthouse on the demo-size instance (as the CMO; the sign-in page signed out) and on an empty Next page. */
async function lighthouseAtDemoSize(
  base: string,
  emptyUrl: string,
  databaseUrl: string,
  options: PagesOptions,
): Promise<Map<string, LighthouseResult>> {
  const cookie = await sessionCookie(base, "cmo@levers.example", DEMO_PASSWORD);
  const initiative = await firstDemoInitiative(databaseUrl);
  return runLighthouse(
    [
      { label: EMPTY_PAGE, url: emptyUrl },
      { label: "/login", url: `${base}/login` },
      ...[...PAGES, "/initiatives/[id]"].map((route) => ({
        label: route,
        url: `${base}${route.replace("[id]", initiative?.id ?? "")}`,
        cookie,
      })),
    ],
    options.lighthouseRuns,
    options.log,
  );
}
