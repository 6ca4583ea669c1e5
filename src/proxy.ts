import { NextResponse, type NextRequest } from "next/server";
import { checkActionEnvelope } from "@/lib/action-envelope";
import { securityHeaders } from "@/lib/security-headers";
import { SESSION_COOKIES } from "@/lib/session-cookie";

const REQUEST_ID_HEADER = "x-request-id";
const PUBLIC_PATHS = ["/login", "/api/"];

/**
 * Adds a per-request CSP nonce and the security headers, and sends anonymous page visits to the
 * sign-in page. Only a convenience: every page, query and server action checks the session itself.
 */
export async function proxy(request: NextRequest) {
  // One id per request, in the logs of everything it does (a reverse proxy's own id is kept).
  const incomingId = request.headers.get(REQUEST_ID_HEADER);
  const requestId = incomingId && /^[\w.:-]{8,128}$/.test(incomingId) ? incomingId : crypto.randomUUID();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const headers = securityHeaders(nonce, { dev: process.env.NODE_ENV === "development", https });

  // A server action call whose body Next could not decode gets a clear 4xx here, never a 500.
  if (request.method === "POST" && request.headers.has("next-action")) {
    const refused = await checkActionEnvelope(request);
    if (refused) {
      const answer = NextResponse.json({ error: refused.message }, { status: refused.status });
      for (const [name, value] of Object.entries(headers)) answer.headers.set(name, value);
      answer.headers.set(REQUEST_ID_HEADER, requestId);
      return answer;
    }
  }

  const { pathname, search } = request.nextUrl;
  const hasSession = Object.values(SESSION_COOKIES).some((name) => request.cookies.has(name));
  const isPublic = PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(path));
  if (!hasSession && !isPublic && request.method === "GET") {
    const login = new URL("/login", request.url);
    if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
    const redirect = NextResponse.redirect(login);
    for (const [name, value] of Object.entries(headers)) redirect.headers.set(name, value);
    redirect.headers.set(REQUEST_ID_HEADER, requestId);
    return redirect;
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  // public/ files (icon, manifest) are served to anyone, signed in or not.
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|icon.svg|icon-192.png|icon-512.png|apple-icon.png|manifest.webmanifest).*)",
  ],
};
