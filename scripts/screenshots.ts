// `npm run screenshots`: docs/screenshots/{board,dashboard,report}-{390,820,1440}-{en,it}.png, taken
// in Chromium from the app on the demo data. With LEVERS_SCREENSHOTS_URL it photographs a running app
// (signed in with the demo accounts); without, it starts its own `npm start` on a port and an
// embedded database of its own (a fresh data folder, so the demo data is today's) and stops it after.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { DEMO_PASSWORD } from "../prisma/demo-accounts.ts";
import { PROJECT_ROOT } from "./lib/database.ts";

const OUT = path.join(PROJECT_ROOT, "docs", "screenshots");
const WIDTHS = [390, 820, 1440] as const;
const LOCALES = ["en", "it"] as const;
// Who looks at each page: the CMO runs the board; board members read the dashboard and the report.
const SHOTS = [
  { name: "board", path: "/board", email: "cmo@levers.example" },
  { name: "dashboard", path: "/dashboard", email: "board1@levers.example" },
  { name: "report", path: "/report", email: "board1@levers.example" },
] as const;
/** A long page is cut at this height (CSS px), so the files stay small enough for a repository. */
const MAX_HEIGHT = 4000;
const log = (line: string) => console.log(`[screenshots] ${line}`);

async function waitForApp(url: string, app: ChildProcess | null, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app && app.exitCode !== null) throw new Error(`the app stopped (exit code ${app.exitCode}) before it answered`);
    const ok = await fetch(`${url}/login`, { signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error(`the app at ${url} did not answer within ${timeoutMs / 1000} s`);
}

/** `npm start` on its own port, database port and data folder (a first run: migrations, demo data, build). */
function startApp(port: number, pgPort: number): ChildProcess {
  const dataDir = path.join(PROJECT_ROOT, ".data", "screenshots");
  rmSync(dataDir, { recursive: true, force: true });
  log(
    `starting the app on 127.0.0.1:${port} (PostgreSQL on ${pgPort}, data in ${path.relative(PROJECT_ROOT, dataDir)})`,
  );
  return spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      LEVERS_PG_PORT: String(pgPort),
      LEVERS_DATA_DIR: dataDir,
      DATABASE_URL: "",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function stopApp(app: ChildProcess): Promise<void> {
  if (app.exitCode !== null || app.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => app.once("exit", () => resolve()));
  app.kill("SIGTERM");
  const inTime = await Promise.race([
    exited.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000)),
  ]);
  if (!inTime) {
    app.kill("SIGKILL");
    await exited;
  }
}

async function photograph(browser: Browser, baseURL: string): Promise<string[]> {
  mkdirSync(OUT, { recursive: true });
  const written: string[] = [];
  for (const locale of LOCALES) {
    for (const width of WIDTHS) {
      for (const shot of SHOTS) {
        const context = await browser.newContext({
          baseURL,
          viewport: { width, height: 900 },
          locale: locale === "it" ? "it-IT" : "en-GB",
          reducedMotion: "reduce",
          timezoneId: "Europe/Rome",
        });
        try {
          await context.addCookies([{ name: "LEVERS_LOCALE", value: locale, url: baseURL }]);
          const page = await context.newPage();
          const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
          const signIn = await page.request.post("/api/auth/callback/credentials", {
            form: {
              csrfToken,
              email: shot.email,
              password: process.env.LEVERS_SCREENSHOTS_PASSWORD ?? DEMO_PASSWORD,
              json: "true",
              callbackUrl: "/",
            },
          });
          if (!signIn.ok()) throw new Error(`could not sign in as ${shot.email} (${signIn.status()})`);
          await page.goto(shot.path, { waitUntil: "networkidle", timeout: 60_000 });
          await page.locator("main h1").first().waitFor({ timeout: 30_000 });
          const height = Math.min(MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
          const file = path.join(OUT, `${shot.name}-${width}-${locale}.png`);
          await page.screenshot({
            path: file,
            fullPage: true,
            clip: { x: 0, y: 0, width, height },
            animations: "disabled",
          });
          written.push(path.relative(PROJECT_ROOT, file));
          log(`wrote ${path.relative(PROJECT_ROOT, file)}`);
        } finally {
          await context.close();
        }
      }
    }
  }
  return written;
}

async function main(): Promise<void> {
  const external = process.env.LEVERS_SCREENSHOTS_URL?.replace(/\/$/, "");
  const port = Number(process.env.LEVERS_SCREENSHOTS_PORT ?? 3190);
  const pgPort = Number(process.env.LEVERS_SCREENSHOTS_PG_PORT ?? 54390);
  const baseURL = external ?? `http://127.0.0.1:${port}`;
  const app = external ? null : startApp(port, pgPort);
  const stop = () => (app ? stopApp(app) : Promise.resolve());
  process.once("SIGINT", () => void stop().then(() => process.exit(130)));
  let browser: Browser | null = null;
  try {
    await waitForApp(baseURL, app, 15 * 60_000);
    const executablePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => existsSync(file));
    browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
    const written = await photograph(browser, baseURL);
    log(`${written.length} screenshots in ${path.relative(PROJECT_ROOT, OUT)}/`);
  } finally {
    await browser?.close();
    await stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[screenshots] failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
