// `npm run mutate`: mutation testing with StrykerJS (Vitest runner) over src/lib (against the unit
// tests) and src/server/domain (against the integration tests that call it, on a PostgreSQL started
// here: LEVERS_MUTATE_PG_PORT, default 54380). Prints each part's and the overall mutation score and
// every surviving mutant; reports/mutation/*.json keep the details. Not part of `npm test` (minutes).
// `npm run mutate -- --only=lib` (or domain) runs one part; `--files=<glob>[,<glob>…]` mutates only
// the matching files of each part (e.g. `--files=src/server/domain/initiatives/workflow.ts`), and
// runs only the parts those globs fall in; `--incremental` re-tests only the mutants whose code or
// covering tests changed since the part's last report (Stryker's incremental mode, that report as
// its baseline) and reuses the other results.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./lib/database.ts";
import { startEmbeddedPostgres, type EmbeddedServer } from "./lib/embedded-postgres.ts";

const PARTS = {
  lib: { root: "src/lib/", config: "tests/mutation/lib.stryker.config.mjs", report: "reports/mutation/lib.json" },
  domain: {
    root: "src/server/domain/",
    config: "tests/mutation/domain.stryker.config.mjs",
    report: "reports/mutation/domain.json",
  },
} as const;
type Part = keyof typeof PARTS;

interface Mutant {
  status: string;
  mutatorName: string;
  replacement?: string;
  location: { start: { line: number } };
}
interface Report {
  files: Record<string, { source: string; mutants: Mutant[] }>;
}

const onlyArg = process.argv.find((arg) => arg.startsWith("--only="));
const filesArg = process.argv.find((arg) => arg.startsWith("--files="));
const incremental = process.argv.includes("--incremental");
const fileGlobs = filesArg ? filesArg.slice("--files=".length).split(",").filter(Boolean) : null;
/** The globs of `--files` that fall in a part (null: the part's whole directory, as configured). */
const globsOf = (part: Part) =>
  fileGlobs?.filter((glob) => glob.replace(/^\.\//, "").startsWith(PARTS[part].root)) ?? null;
const parts = ((onlyArg ? onlyArg.slice(7).split(",") : Object.keys(PARTS)) as Part[]).filter((part) => {
  const globs = globsOf(part);
  return globs === null || globs.length > 0;
});
if (parts.length === 0) {
  console.error(
    `[mutate] no part to run: --files must name files under ${Object.values(PARTS)
      .map((part) => part.root)
      .join(" or ")}`,
  );
  process.exit(1);
}

function stryker(part: Part, globs: string[] | null, env: NodeJS.ProcessEnv): Promise<number> {
  const args = [
    "run",
    PARTS[part].config,
    ...(globs ? ["--mutate", globs.join(",")] : []),
    // The JSON report has the incremental file's format: the last report is the baseline.
    ...(incremental ? ["--incremental", "--incrementalFile", PARTS[part].report] : []),
  ];
  return new Promise((resolve) => {
    const child = spawn(path.join(PROJECT_ROOT, "node_modules", ".bin", "stryker"), args, {
      cwd: PROJECT_ROOT,
      env,
      stdio: "inherit",
    });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

/** Killed and timed-out mutants count as detected; survivors and uncovered ones do not (Stryker's score). */
function tally(report: Report) {
  const counts = { detected: 0, survived: 0, noCoverage: 0, ignored: 0 };
  const survivors: string[] = [];
  for (const [file, { source, mutants }] of Object.entries(report.files)) {
    const lines = source.split("\n");
    for (const mutant of mutants) {
      if (mutant.status === "Killed" || mutant.status === "Timeout") counts.detected += 1;
      else if (mutant.status === "Survived" || mutant.status === "NoCoverage") {
        if (mutant.status === "Survived") counts.survived += 1;
        else counts.noCoverage += 1;
        const line = mutant.location.start.line;
        const original = (lines[line - 1] ?? "").trim().slice(0, 70);
        const replacement = (mutant.replacement ?? "").replace(/\s+/g, " ").slice(0, 60);
        survivors.push(
          `${file}:${line} ${mutant.mutatorName}${mutant.status === "NoCoverage" ? " (no test runs it)" : ""}: ${original} → ${replacement}`,
        );
      } else counts.ignored += 1;
    }
  }
  const total = counts.detected + counts.survived + counts.noCoverage;
  return { ...counts, total, score: total ? (100 * counts.detected) / total : 100, survivors };
}

async function main(): Promise<number> {
  let server: EmbeddedServer | null = null;
  const env = { ...process.env };
  try {
    if (parts.includes("domain") && !env.TEST_DATABASE_URL) {
      server = await startEmbeddedPostgres({
        dataDir: path.join(env.LEVERS_DATA_DIR ?? path.join(PROJECT_ROOT, ".data"), "mutate-postgres"),
        port: Number(env.LEVERS_MUTATE_PG_PORT ?? 54380),
        portEnvVar: "LEVERS_MUTATE_PG_PORT",
      });
      env.TEST_DATABASE_URL = server.url("postgres");
    }
    for (const part of parts) {
      const globs = globsOf(part);
      console.log(
        `\n[mutate] ${part}: stryker run ${PARTS[part].config}${globs ? ` --mutate ${globs.join(",")}` : ""}${incremental ? " --incremental" : ""}`,
      );
      if ((await stryker(part, globs, env)) !== 0) return 1;
    }
  } finally {
    await server?.stop();
  }

  const summary: string[] = [];
  let detected = 0;
  let total = 0;
  for (const part of parts) {
    const file = path.join(PROJECT_ROOT, PARTS[part].report);
    if (!existsSync(file)) continue;
    const result = tally(JSON.parse(readFileSync(file, "utf8")) as Report);
    detected += result.detected;
    total += result.total;
    const scope = globsOf(part)?.join(", ") ?? PARTS[part].root;
    summary.push(
      `## ${part} (${scope}): ${result.score.toFixed(1)}% (${result.detected} of ${result.total} detected; ${result.survived} survived, ${result.noCoverage} without a test)`,
      ...result.survivors.map((line) => `- ${line}`),
      "",
    );
  }
  const overall = `Mutation score: ${total ? ((100 * detected) / total).toFixed(1) : "100.0"}% (${detected} of ${total} mutants detected)`;
  writeFileSync(path.join(PROJECT_ROOT, "reports", "mutation", "summary.md"), `${overall}\n\n${summary.join("\n")}`);
  console.log(`\n${summary.join("\n")}\n${overall}\n(reports/mutation/summary.md)`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("[mutate] failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
