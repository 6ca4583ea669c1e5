// The read cache's effect on the pages, side by side (`npm run bench -- --only=cache`): two instances
// of the same build on one 10,000-initiative database, one with the read cache on and one with
// LEVERS_READ_CACHE=off, signed in as the CMO; each route is requested from both in turn (the order
// alternating), so both see the same machine load. Prints per route the median and its ratio to
// /api/health of the same instance. It prints; it asserts nothing.
import type { ChildProcess } from "node:child_process";
import { performance } from "node:perf_hooks";
import { request, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts.ts";
import { spawnInstance, waitForHealth } from "./bench-instance.ts";
import { ensureBuilt } from "./build.ts";
import { prepare } from "./bench-pages.ts";

const ROUTES = ["/api/health", "/board", "/dashboard", "/report", "/kpis"] as const;

export interface CacheBenchOptions {
  ports: [number, number];
  runs: number;
  scale: { initiatives: number; measurements: number };
  log: (line: string) => void;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil(values.length / 2) - 1)]!;

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  if (child.exitCode === null) child.kill("SIGKILL");
}

async function signedIn(base: string): Promise<APIRequestContext> {
  const context = await request.newContext({ timeout: 30_000 });
  const { csrfToken } = (await (await context.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await context.post(`${base}/api/auth/callback/credentials`, {
    form: { csrfToken, email: "cmo@levers.example", password: DEMO_PASSWORD, json: "true" },
  });
  if (!response.ok()) throw new Error(`sign-in on ${base} failed`);
  return context;
}

export async function benchReadCache(adminUrl: string, options: CacheBenchOptions): Promise<void> {
  const { log } = options;
  await ensureBuilt({ ...process.env }, log);
  const url = await prepare(adminUrl, "levers_bench_cache", options.scale, log);
  const previous = process.env.LEVERS_READ_CACHE;
  const start = (port: number, setting: "on" | "off") => {
    process.env.LEVERS_READ_CACHE = setting; // read by the instance at its start
    try {
      return spawnInstance(port, url);
    } finally {
      if (previous === undefined) delete process.env.LEVERS_READ_CACHE;
      else process.env.LEVERS_READ_CACHE = previous;
    }
  };
  log(`read cache on (port ${options.ports[0]}) and off (port ${options.ports[1]}), side by side…`);
  const instances = [
    { label: "on" as const, ...start(options.ports[0], "on") },
    { label: "off" as const, ...start(options.ports[1], "off") },
  ];
  const contexts: APIRequestContext[] = [];
  try {
    await Promise.all(instances.map((instance) => waitForHealth(instance.url, instance.child, 120_000)));
    for (const instance of instances) contexts.push(await signedIn(instance.url));
    const times = instances.map(() => Object.fromEntries(ROUTES.map((route) => [route, [] as number[]])));
    for (let run = -3; run < options.runs; run += 1) {
      for (const route of ROUTES) {
        for (const which of run % 2 === 0 ? [0, 1] : [1, 0]) {
          const started = performance.now();
          await (await contexts[which]!.get(`${instances[which]!.url}${route}`)).body();
          if (run >= 0) times[which]![route]!.push(performance.now() - started); // three warm-up rounds
        }
      }
    }
    console.log(
      `\nRead cache on and off, side by side at ${options.scale.initiatives.toLocaleString("en")} initiatives (HTTP as the signed-in CMO, ${options.runs} alternating runs; ratio = median / median of the same instance's /api/health)`,
    );
    console.log(`${"route".padEnd(14)} ${"cache on".padStart(20)} ${"cache off".padStart(20)}`);
    for (const route of ROUTES) {
      const cell = (which: number) => {
        const value = median(times[which]![route]!);
        const ratio = value / median(times[which]!["/api/health"]!);
        return `${value.toFixed(0)} ms (${ratio.toFixed(1)}×)`.padStart(20);
      };
      console.log(`${route.padEnd(14)} ${cell(0)} ${cell(1)}`);
    }
  } finally {
    await Promise.all(contexts.map((context) => context.dispose()));
    await Promise.all(instances.map((instance) => stop(instance.child)));
  }
}
