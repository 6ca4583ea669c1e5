import "server-only";
import { z } from "zod";

// The one place that reads process.env on the server. Scripts (scripts/*.ts) set these
// variables before they start Next.
const milliseconds = (name: string, fallback: number) =>
  z.coerce
    .number({ message: `${name} must be a number of milliseconds` })
    .int(`${name} must be a whole number of milliseconds`)
    .min(100, `${name} must be at least 100 ms`)
    .max(600_000, `${name} must be at most 600000 ms (10 minutes)`)
    .default(fallback);

const schema = z.object({
  // Optional here so that `next build` can load modules without a database; db() requires it.
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgres:// connection string" }).optional(),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  LEVERS_DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  // The public URL of the app (scripts/start.ts sets it); https makes every cookie Secure.
  NEXTAUTH_URL: z.string().url().optional(),
  // Trust X-Forwarded-Proto from the reverse proxy in front of the app (Secure cookies behind an https proxy).
  LEVERS_TRUST_PROXY: z
    .enum(["true", "false", "1", "0", "yes", "no", ""])
    .default("false")
    .transform((value) => ["true", "1", "yes"].includes(value)),
  // A session unused for this long ends (minutes; the absolute limit stays 12 hours).
  LEVERS_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(720).default(120),
  // How often an open live-board stream re-checks its session, in seconds (at most 30).
  LEVERS_STREAM_SESSION_CHECK_SECONDS: z.coerce.number().int().min(1).max(30).default(30),
  // Every wait on the database is bounded (milliseconds): opening a connection or waiting for one
  // from the pool, one statement, and waiting for a lock another session holds.
  LEVERS_DB_CONNECT_TIMEOUT_MS: milliseconds("LEVERS_DB_CONNECT_TIMEOUT_MS", 5_000),
  LEVERS_DB_STATEMENT_TIMEOUT_MS: milliseconds("LEVERS_DB_STATEMENT_TIMEOUT_MS", 10_000),
  LEVERS_DB_LOCK_TIMEOUT_MS: milliseconds("LEVERS_DB_LOCK_TIMEOUT_MS", 5_000),
  // The live board's LISTEN connection, when DATABASE_URL goes through a transaction-pooling PgBouncer.
  LEVERS_LISTEN_DATABASE_URL: z
    .string()
    .url({ message: "LEVERS_LISTEN_DATABASE_URL must be a postgres:// connection string" })
    .optional(),
  LEVERS_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // Optional single sign-on through any OpenID Connect provider (all three, or none).
  LEVERS_OIDC_ISSUER: z.string().url().optional(),
  LEVERS_OIDC_CLIENT_ID: z.string().min(1).optional(),
  LEVERS_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  LEVERS_OIDC_NAME: z.string().min(1).default("single sign-on"),
  // The company named on the board pack's cover and in its footer.
  LEVERS_COMPANY_NAME: z.string().trim().min(1).max(120).default("Levers demo company"),
  // The read cache of the dashboard's, the report's and the KPI pages' data (src/server/cache): on or
  // off, and how many entries each instance keeps at most (least recently used ones go first).
  LEVERS_READ_CACHE: z.enum(["on", "off"], { message: "LEVERS_READ_CACHE must be on or off" }).default("on"),
  LEVERS_READ_CACHE_ENTRIES: z.coerce
    .number({ message: "LEVERS_READ_CACHE_ENTRIES must be a number" })
    .int("LEVERS_READ_CACHE_ENTRIES must be a whole number")
    .min(1, "LEVERS_READ_CACHE_ENTRIES must be at least 1")
    .max(100_000, "LEVERS_READ_CACHE_ENTRIES must be at most 100000")
    .default(500),
});

export type ServerEnv = z.infer<typeof schema>;

let cached: ServerEnv | undefined;

/** Validates an environment; throws one error naming every invalid variable. */
export function parseServerEnv(env: Record<string, string | undefined>): ServerEnv {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid server environment: ${problems}`);
  }
  return parsed.data;
}

export function serverEnv(): ServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}
