// `npm run bench`: server time of the dashboard's, the board report's and the board's data
// functions on 10,000 initiatives and 100,000 KPI measurements. Starts its own embedded
// PostgreSQL (LEVERS_DATA_DIR/bench-postgres, port LEVERS_BENCH_PG_PORT or 54369) and a database
// of its own, seeds it in SQL, then calls the functions in-process: warm-up, then N timed runs.
// It prints median, p95 and the SQL query count of each; it asserts nothing. The cached pages' data
// is timed twice: read from the database (a read-cache miss: each run a minute later, a key of its
// own) and from the read cache (the same key again: one query, the data's stamp).
// Then the live-update latency across two app instances (scripts/lib/bench-live.ts): two `next start`
// on one database (demo data; ports LEVERS_BENCH_PORT_A/B, default 3131/3132), a move clicked in a
// browser on A, timed until a browser on B shows it; it prints p50 and p95.
// Then what users wait for (scripts/lib/bench-pages.ts): the built app on the demo data and on
// 10,000 initiatives (port LEVERS_BENCH_PORT_A): per page HTML bytes, median and p95 HTTP time and
// their ratio to /api/health, the board's load in Chromium, and the first-load JavaScript per route
// (gzip) against the framework's floor; a reorder in Chromium and the reorder action's round trip
// against a trivial call, at both sizes side by side (ports LEVERS_BENCH_PORT_A and _B); and Lighthouse (desktop) per route next to an empty Next page of the same
// Next and React (scripts/lib/bench-lighthouse.ts).
// Options: --runs=50 --warmup=5 --initiatives=10000 --measurements=100000 --live-runs=30
// --page-runs=30 --lighthouse-runs=3 --no-lighthouse --only=data, --only=pages or --only=live (or a list:
// --only=pages,live).
// --only=cache (not in the default run): the pages with the read cache on and off side by side, two
// instances of the same build on one 10,000-initiative database (scripts/lib/bench-cache.ts).
import { register } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../src/generated/prisma/client.ts";
import { seedBenchData } from "./lib/bench-data.ts";
import { PROJECT_ROOT } from "./lib/database.ts";
import { startEmbeddedPostgres } from "./lib/embedded-postgres.ts";
import { migrate } from "./lib/migrator.ts";
import { createDatabase } from "./lib/test-database.ts";

// `server-only` throws outside React's server bundler; here, as in Vitest, every module is server-side.
register(
  "data:text/javascript," +
    encodeURIComponent(
      `export async function resolve(specifier, context, next) {
        if (specifier === "server-only") return { url: "data:text/javascript,export{}", shortCircuit: true };
        return next(specifier, context);
      }`,
    ),
);

const arg = (name: string, fallback: number) => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = found ? Number(found.slice(name.length + 3)) : fallback;
  return Number.isFinite(value) && value > 0 ? Math.trunc(value) : fallback;
};
const RUNS = arg("runs", 50);
const WARMUP = arg("warmup", 5);
const SCALE = { initiatives: arg("initiatives", 10_000), measurements: arg("measurements", 100_000) };
const LIVE_RUNS = arg("live-runs", 30);
const PAGE_RUNS = arg("page-runs", 30);
const LIGHTHOUSE_RUNS = arg("lighthouse-runs", 3);
const onlyArg = process.argv.find((a) => a.startsWith("--only="))?.slice(7);
const parts = new Set(onlyArg ? onlyArg.split(",") : ["data", "pages", "live"]);

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

async function main(): Promise<void> {
  const dataDir = path.join(process.env.LEVERS_DATA_DIR ?? path.join(PROJECT_ROOT, ".data"), "bench-postgres");
  const server = await startEmbeddedPostgres({
    dataDir,
    port: Number(process.env.LEVERS_BENCH_PG_PORT ?? 54369),
    portEnvVar: "LEVERS_BENCH_PG_PORT",
  });
  let disconnect = async () => {};
  try {
    if (parts.has("data")) await benchDataFunctions(server.url("postgres"), (fn) => (disconnect = fn));
    if (parts.has("pages")) {
      console.log(`\n[bench] pages: the built app at the demo's size and at ${SCALE.initiatives} initiatives…`);
      const { benchPages } = await import("./lib/bench-pages.ts");
      await benchPages(server.url("postgres"), {
        port: Number(process.env.LEVERS_BENCH_PORT_A ?? 3131),
        runs: PAGE_RUNS,
        scale: SCALE,
        lighthouseRuns: process.argv.includes("--no-lighthouse") ? 0 : LIGHTHOUSE_RUNS,
        emptyAppPort: Number(process.env.LEVERS_BENCH_PORT_B ?? 3132),
        log: (line) => console.log(`[bench] ${line}`),
      });
    }
    if (parts.has("live")) await benchLiveUpdates(server.url("postgres"));
    if (parts.has("cache")) {
      console.log(`\n[bench] cache: the pages with the read cache on and off, side by side…`);
      const { benchReadCache } = await import("./lib/bench-cache.ts");
      await benchReadCache(server.url("postgres"), {
        ports: [Number(process.env.LEVERS_BENCH_PORT_A ?? 3131), Number(process.env.LEVERS_BENCH_PORT_B ?? 3132)],
        runs: PAGE_RUNS,
        scale: SCALE,
        log: (line) => console.log(`[bench] ${line}`),
      });
    }
  } finally {
    await disconnect();
    await server.stop();
  }
}

async function benchLiveUpdates(adminUrl: string): Promise<void> {
  const ports: [number, number] = [
    Number(process.env.LEVERS_BENCH_PORT_A ?? 3131),
    Number(process.env.LEVERS_BENCH_PORT_B ?? 3132),
  ];
  console.log(
    `\n[bench] live-update latency: two app instances (ports ${ports.join(", ")}) on one database, ${LIVE_RUNS} moves…`,
  );
  const { measureLiveLatency } = await import("./lib/bench-live.ts");
  const { samples, steps } = await measureLiveLatency(adminUrl, {
    runs: LIVE_RUNS,
    ports,
    log: (line) => console.log(`[bench] ${line}`),
  });
  const sorted = [...samples].sort((a, b) => a - b);
  console.log(
    `\n${"live update, A's click → B's screen".padEnd(40)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"max ms".padStart(8)} ${"runs".padStart(6)}`,
  );
  console.log(
    `${"move on instance A, seen on B".padEnd(40)} ${percentile(sorted, 50).toFixed(0).padStart(8)} ${percentile(sorted, 95).toFixed(0).padStart(8)} ${sorted.at(-1)!.toFixed(0).padStart(8)} ${String(sorted.length).padStart(6)}`,
  );
  const median = (values: number[]) =>
    percentile(
      values.filter(Number.isFinite).sort((a, b) => a - b),
      50,
    ).toFixed(0);
  console.log(
    `where it goes (medians, ms after the click): A's action answered ${median(steps.map((s) => s.actionAnswered))} · B heard the change ${median(steps.map((s) => s.changeHeard))} · B's row read answered ${median(steps.map((s) => s.rowRead))}`,
  );
}

async function benchDataFunctions(adminUrl: string, onDisconnect: (fn: () => Promise<void>) => void): Promise<void> {
  const url = await createDatabase(adminUrl, "levers_bench");
  await migrate(url);
  console.log(`[bench] seeding ${SCALE.initiatives} initiatives and ${SCALE.measurements} KPI measurements…`);
  const seededAt = performance.now();
  const counts = await seedBenchData(url, SCALE);
  console.log(`[bench] seeded in ${Math.round(performance.now() - seededAt)} ms:`, counts);

  let queries = 0;
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: 10 }),
    log: [{ emit: "event", level: "query" }],
  });
  onDisconnect(() => prisma.$disconnect());
  prisma.$on("query", () => {
    queries += 1;
  });
  (globalThis as { leversPrisma?: unknown }).leversPrisma = prisma;
  const [{ loadDashboard }, { loadReport }, { loadBoard }, { defaultSince }] = await Promise.all([
    import("../src/server/queries/dashboard.ts"),
    import("../src/server/queries/report.ts"),
    import("../src/server/queries/board.ts"),
    import("../src/lib/dashboard-period.ts"),
  ]);
  const board = await prisma.user.findFirstOrThrow({ where: { role: "BOARD" }, select: { id: true, role: true } });
  const cmo = await prisma.user.findFirstOrThrow({ where: { role: "CMO" }, select: { id: true, role: true } });
  const start = Date.now();
  let minute = 0;
  const missAndHit = (name: string, read: (now: Date) => Promise<unknown>): [string, () => Promise<unknown>][] => [
    [name, () => read(new Date(start + (minute += 1) * 60_000))],
    [`  … from the read cache`, () => read(new Date(start))],
  ];
  const cases: [string, () => Promise<unknown>][] = [
    ...missAndHit("dashboard (period=year, default)", (now) => loadDashboard(board, "year", now)),
    ...missAndHit("dashboard (period=quarter)", (now) => loadDashboard(board, "quarter", now)),
    ...missAndHit("dashboard (period=all)", (now) => loadDashboard(board, "all", now)),
    ...missAndHit("report (since 30 days ago)", (now) => loadReport(board, defaultSince(now), now)),
    ["board (loadBoard, unfiltered)", () => loadBoard(cmo, {})],
  ];
  console.log(
    `\n[bench] ${RUNS} runs after ${WARMUP} warm-up runs each; ${SCALE.initiatives} initiatives, ${counts.measurements} measurements\n`,
  );
  console.log(`${"function".padEnd(34)} ${"median ms".padStart(10)} ${"p95 ms".padStart(8)} ${"queries".padStart(8)}`);
  for (const [name, work] of cases) {
    for (let i = 0; i < WARMUP; i += 1) await work();
    queries = 0;
    await work();
    const perRun = queries;
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const started = performance.now();
      await work();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${name.padEnd(34)} ${percentile(times, 50).toFixed(1).padStart(10)} ${percentile(times, 95).toFixed(1).padStart(8)} ${String(perRun).padStart(8)}`,
    );
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error("[bench] failed:", error);
    process.exit(1);
  },
);
