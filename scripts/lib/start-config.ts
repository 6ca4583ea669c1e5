// Settings of `npm start` / `npm run dev`, from the environment (documented in README.md).
import path from "node:path";
import { z } from "zod";
import { PROJECT_ROOT } from "./database.ts";
import { StartupError } from "./embedded-postgres.ts";

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => ["true", "1", "yes"].includes(value));

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  LEVERS_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  LEVERS_DATA_DIR: z.string().min(1).default(path.join(PROJECT_ROOT, ".data")),
  LEVERS_MIGRATE_ON_START: flag.default(true),
  LEVERS_DEMO_DATA: flag.optional(),
  LEVERS_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  LEVERS_PG_MAX_RESTARTS: z.coerce.number().int().min(0).max(100).default(5),
});

export interface StartConfig {
  port: number;
  host: string;
  pgPort: number;
  dataDir: string;
  migrateOnStart: boolean;
  /** undefined: demo data only with the embedded database. */
  demoData: boolean | undefined;
  /** How long requests in flight may take to finish at shutdown before the app is stopped (ms). */
  shutdownTimeoutMs: number;
  /** Restarts of the embedded PostgreSQL within 5 minutes before giving up. */
  pgMaxRestarts: number;
}

export function readStartConfig(env: Record<string, string | undefined> = process.env): StartConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new StartupError(`Invalid setting: ${problems}. See "Configuration" in README.md.`);
  }
  const value = parsed.data;
  return {
    port: value.PORT,
    host: value.HOST,
    pgPort: value.LEVERS_PG_PORT,
    dataDir: path.resolve(value.LEVERS_DATA_DIR),
    migrateOnStart: value.LEVERS_MIGRATE_ON_START,
    demoData: value.LEVERS_DEMO_DATA,
    shutdownTimeoutMs: value.LEVERS_SHUTDOWN_TIMEOUT_MS,
    pgMaxRestarts: value.LEVERS_PG_MAX_RESTARTS,
  };
}

/**
 * Node's settings for the app's server process (`next start`), added to NODE_OPTIONS: a young
 * generation of up to 64 MB per semi-space instead of Node 20's 16 MB. A page allocates a few MB and
 * keeps almost none of it, so fewer, equally small scavenges: A/B of one build on the bench's
 * databases, 150 interleaved rounds, every page 3–14 % faster (README, "Benchmarks"). The young
 * generation is three semi-spaces, so under load the process may hold up to about 150 MB more. An
 * operator's own `--max-semi-space-size` (or `--max_semi_space_size`) in NODE_OPTIONS wins.
 */
export const SERVER_NODE_OPTIONS = ["--max-semi-space-size=64"] as const;

/** A V8 flag's name as a pattern: V8 reads `-` and `_` in a flag's name alike. */
const flagName = (option: string) => new RegExp(`(^|\\s)${option.split("=")[0]!.replace(/[-_]/g, "[-_]")}(=|\\s|$)`);

export function serverNodeOptions(existing: string | undefined): string {
  const own = (existing ?? "").trim();
  const added = SERVER_NODE_OPTIONS.filter((option) => !flagName(option).test(own));
  return [own, ...added].filter(Boolean).join(" ");
}
