// Builds the production bundle when the sources changed since the last build, so a second
// `npm start` starts at once.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./database.ts";

const INPUTS = ["src", "public", "next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];
const DIST = path.join(PROJECT_ROOT, process.env.LEVERS_DIST_DIR ?? ".next");
const STAMP = path.join(DIST, "levers-build-stamp");

function* files(entry: string): Generator<string> {
  if (!existsSync(entry)) return;
  if (statSync(entry).isDirectory()) {
    for (const child of readdirSync(entry).sort()) yield* files(path.join(entry, child));
  } else {
    yield entry;
  }
}

export function sourceFingerprint(): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(path.join(PROJECT_ROOT, input))) {
      hash.update(path.relative(PROJECT_ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
    }
  }
  return hash.digest("hex");
}

export async function ensureBuilt(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
  const fingerprint = sourceFingerprint();
  const built = existsSync(path.join(DIST, "BUILD_ID")) && existsSync(STAMP);
  if (built && readFileSync(STAMP, "utf8") === fingerprint) {
    log("production build is up to date");
    return;
  }
  log("building the production bundle (first start or sources changed; this takes a minute)…");
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(path.join(PROJECT_ROOT, "node_modules", ".bin", "next"), ["build"], {
      cwd: PROJECT_ROOT,
      env: { ...env, NODE_ENV: "production" },
      stdio: "inherit",
    });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit code ${code})`))));
  });
  writeFileSync(STAMP, fingerprint);
  log(`built in ${Math.round((Date.now() - started) / 1000)} s`);
}
