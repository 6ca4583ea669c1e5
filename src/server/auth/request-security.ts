import "server-only";
import { serverEnv } from "../env";

type HeaderBag = Headers | Record<string, unknown> | undefined | null;

function header(headers: HeaderBag, name: string): string | null {
  if (!headers) return null;
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  return typeof value === "string" ? value : Array.isArray(value) ? String(value[0]) : null;
}

/** The app's own origin, from NEXTAUTH_URL (what the sign-in redirects are checked against). */
export function appOrigin(): string {
  try {
    return new URL(serverEnv().NEXTAUTH_URL ?? "http://localhost:3000").origin;
  } catch {
    return "http://localhost:3000";
  }
}

/**
 * Whether the browser reached the app over https: NEXTAUTH_URL is https, or the request says so
 * itself, or a trusted reverse proxy (LEVERS_TRUST_PROXY=true) says so with X-Forwarded-Proto.
 * Session cookies are then `Secure` (and named `__Secure-…`).
 */
export function isHttpsRequest(headers: HeaderBag, requestUrl?: string, env = serverEnv()): boolean {
  if (env.NEXTAUTH_URL?.startsWith("https://")) return true;
  if (requestUrl?.startsWith("https://")) return true;
  if (!env.LEVERS_TRUST_PROXY) return false;
  // A chain of proxies appends: the first value is what the browser used.
  const forwarded = header(headers, "x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded === "https";
}
