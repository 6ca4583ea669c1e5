import "server-only";
import { headers } from "next/headers";
import pino, { type Logger } from "pino";
import { serverEnv } from "./env";

// Structured JSON logs on stdout, one object a line (pino). Each line of a request carries its
// request id (the `x-request-id` header, set by src/proxy.ts and echoed in the response).

const globalForLog = globalThis as unknown as { leversLogger?: Logger };

export function logger(): Logger {
  globalForLog.leversLogger ??= pino({
    level: serverEnv().LEVERS_LOG_LEVEL,
    base: { app: "levers", pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: {
      paths: ["password", "*.password", "newPassword", "currentPassword", "headers.cookie", "headers.authorization"],
      remove: true,
    },
  });
  return globalForLog.leversLogger;
}

export const REQUEST_ID_HEADER = "x-request-id";

/** The current request's id, or undefined outside a request. */
export async function currentRequestId(): Promise<string | undefined> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch {
    return undefined;
  }
}

/** A child logger carrying the current request's id. */
export async function requestLogger(): Promise<Logger> {
  const requestId = await currentRequestId();
  return requestId ? logger().child({ requestId }) : logger();
}
