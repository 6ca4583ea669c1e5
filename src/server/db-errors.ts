import "server-only";
import { randomBytes } from "node:crypto";
import { DB_UNAVAILABLE_DIGEST } from "@/lib/error-digest";

// Which failures mean "the database is busy or unreachable" (try again later) rather than a bug:
// a bounded wait ran out (statement_timeout, lock_timeout, no free pooled connection in time), or
// the server is down, restarting or refusing connections.

/** Postgres SQLSTATEs: 57014 statement timeout, 55P03 lock timeout, 57P0x shutdown/restart, 53300 too many connections, 08xxx connection. */
const UNAVAILABLE_SQLSTATES = new Set(["57014", "55P03", "57P01", "57P02", "57P03", "53300", "53400"]);
/** Prisma's codes for an unreachable server, a timeout, a closed connection, an exhausted pool. */
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** Driver adapter error kinds (@prisma/driver-adapter-utils) with the same meaning. */
const UNAVAILABLE_ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
const UNAVAILABLE_NODE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);
/** node-postgres' own messages: pool wait, a dropped socket, a client-side query_timeout. */
const UNAVAILABLE_MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /connection terminated/i,
  /query read timeout/i,
  /Connection terminated unexpectedly/i,
  /Client has encountered a connection error/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

type Inspectable = {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: unknown;
  kind?: unknown;
  originalCode?: unknown;
};

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const e = error as Inspectable;
  const code = typeof e.code === "string" ? e.code : undefined;
  if (
    code &&
    (UNAVAILABLE_SQLSTATES.has(code) ||
      code.startsWith("08") ||
      UNAVAILABLE_PRISMA_CODES.has(code) ||
      UNAVAILABLE_NODE_CODES.has(code))
  )
    return true;
  if (
    typeof e.originalCode === "string" &&
    (UNAVAILABLE_SQLSTATES.has(e.originalCode) || e.originalCode.startsWith("08"))
  )
    return true;
  if (typeof e.kind === "string" && UNAVAILABLE_ADAPTER_KINDS.has(e.kind)) return true;
  if (typeof e.message === "string" && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(e.message as string)))
    return true;
  const adapterError = (e.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
  if (adapterError && isDatabaseUnavailable((adapterError as Inspectable).cause ?? adapterError, depth + 1))
    return true;
  return e.cause !== undefined && isDatabaseUnavailable(e.cause, depth + 1);
}

/**
 * Stamps a "database unavailable" error with a digest of ours (kept by Next), so the error page can
 * tell the user to try again; every other error is left alone. Returns the error for rethrowing.
 */
export function markDatabaseUnavailable<T>(error: T): T {
  if (isDatabaseUnavailable(error)) {
    const target = error as { digest?: string };
    if (!target.digest) target.digest = `${DB_UNAVAILABLE_DIGEST}-${randomBytes(6).toString("hex")}`;
  }
  return error;
}
