// Lighthouse (desktop preset, its default simulated throttling) on Levers' routes as the signed-in CMO,
// next to an empty Next.js page built with the same Next and React (the floor): performance score,
// total blocking time and cumulative layout shift. The empty app is written and built once under
// LEVERS_DATA_DIR/bench-empty-next (about 15 s). It prints; it asserts nothing.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { PROJECT_ROOT } from "./database.ts";
import { serverNodeOptions } from "./start-config.ts";

export interface LighthouseResult {
  score: number;
  totalBlockingTime: number;
  cumulativeLayoutShift: number;
  largestContentfulPaint: number;
}

const EMPTY_APP_FILES: Record<string, string> = {
  "package.json": `{ "name": "empty-next", "private": true }\n`,
  "next.config.mjs": "export default {};\n",
  "app/layout.tsx": `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.tsx": `export const dynamic = "force-dynamic";

export default function Page() {
  return (
    <main>
      <h1>Empty</h1>
    </main>
  );
}
`,
};

function nextVersion(): string {
  return (
    JSON.parse(readFileSync(path.join(PROJECT_ROOT, "node_modules", "next", "package.json"), "utf8")) as {
      version: string;
    }
  ).version;
}

/** Writes and builds an empty Next app (this project's node_modules, so the same Next and React) unless built already. */
export function ensureEmptyNextApp(dataDir: string, log: (line: string) => void): string {
  const dir = path.join(dataDir, "bench-empty-next");
  const stamp = path.join(dir, ".built-with-next");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === nextVersion()) return dir;
  rmSync(dir, { recursive: true, force: true });
  for (const [file, content] of Object.entries(EMPTY_APP_FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  symlinkSync(path.join(PROJECT_ROOT, "node_modules"), path.join(dir, "node_modules"));
  log("building an empty Next app for the Lighthouse floor…");
  const built = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next"), "build"],
    {
      cwd: dir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
      stdio: "ignore",
      timeout: 180_000,
    },
  );
  if (built.status !== 0) throw new Error(`the empty Next app did not build (exit ${built.status})`);
  writeFileSync(stamp, nextVersion());
  return dir;
}

export async function startEmptyNextApp(dir: string, port: number): Promise<{ url: string; child: ChildProcess }> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [
      path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next"),
      "start",
      "--port",
      String(port),
      "--hostname",
      "127.0.0.1",
    ],
    {
      cwd: dir,
      // The same Node settings as the app's server (start-config.ts), so the floor is compared like for like.
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        NODE_ENV: "production",
        NODE_OPTIONS: serverNodeOptions(process.env.NODE_OPTIONS),
      },
      stdio: "ignore",
    },
  );
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the empty Next app exited (${child.exitCode})`);
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      return { url, child };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill("SIGKILL");
  throw new Error("the empty Next app did not answer within 60 s");
}

/** The session cookie of a user signed in with the credentials form, for Lighthouse's request headers. */
export async function sessionCookie(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((cookie) => cookie.includes("session-token="));
  if (!session) throw new Error(`sign-in as ${email} gave no session cookie`);
  return [...jar, session.split(";")[0]].join("; ");
}

/** Lighthouse's desktop performance run on each URL (in one headless Chromium), `runs` times each; medians. */
export async function runLighthouse(
  urls: { label: string; url: string; cookie?: string }[],
  runs: number,
  log: (line: string) => void,
): Promise<Map<string, LighthouseResult>> {
  const chromePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => existsSync(file));
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  const results = new Map<string, LighthouseResult>();
  try {
    for (const target of urls) {
      const samples: LighthouseResult[] = [];
      for (let run = 0; run < runs; run += 1) {
        const result = await lighthouse(
          target.url,
          {
            port: chrome.port,
            output: "json",
            logLevel: "error",
            onlyCategories: ["performance"],
            ...(target.cookie ? { extraHeaders: { Cookie: target.cookie } } : {}),
          },
          desktopConfig,
        );
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse gave no result for ${target.label}`);
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
        samples.push({
          score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          totalBlockingTime: audit("total-blocking-time"),
          cumulativeLayoutShift: audit("cumulative-layout-shift"),
          largestContentfulPaint: audit("largest-contentful-paint"),
        });
      }
      const mid = <K extends keyof LighthouseResult>(key: K) =>
        samples.map((sample) => sample[key]).sort((a, b) => a - b)[Math.floor((samples.length - 1) / 2)]!;
      results.set(target.label, {
        score: mid("score"),
        totalBlockingTime: mid("totalBlockingTime"),
        cumulativeLayoutShift: Math.max(...samples.map((sample) => sample.cumulativeLayoutShift)),
        largestContentfulPaint: mid("largestContentfulPaint"),
      });
      log(`Lighthouse: ${target.label} done`);
    }
  } finally {
    chrome.kill();
  }
  return results;
}

export function printLighthouse(results: Map<string, LighthouseResult>, floorLabel: string, runs: number): void {
  const floor = results.get(floorLabel);
  console.log(
    `\nLighthouse, desktop preset with its simulated throttling (median of ${runs}; CLS the worst run). Goal: score within 10 points of the empty page, CLS < 0.1`,
  );
  console.log(
    `${"route".padEnd(22)} ${"score".padStart(6)} ${"vs empty".padStart(9)} ${"TBT ms".padStart(7)} ${"LCP ms".padStart(7)} ${"CLS".padStart(6)}`,
  );
  for (const [label, result] of results) {
    const delta = floor ? result.score - floor.score : Number.NaN;
    console.log(
      `${label.padEnd(22)} ${String(result.score).padStart(6)} ${(delta >= 0 ? `+${delta}` : String(delta)).padStart(9)} ${result.totalBlockingTime.toFixed(0).padStart(7)} ${result.largestContentfulPaint.toFixed(0).padStart(7)} ${result.cumulativeLayoutShift.toFixed(3).padStart(6)}`,
    );
  }
}
