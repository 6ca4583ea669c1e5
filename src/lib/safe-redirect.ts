// Where to send a browser after sign-in. A target is parsed as a URL against the app's own origin
// and kept only when it is a page of this app; anything else (another host, a scheme, a path a
// browser would read as another host: `//`, `/\`, `/%5C`, tabs, encoded or double-encoded) is
// replaced by the home page, which sends each role to its own start page.

export const HOME_PATH = "/";

// Control characters (browsers drop tabs and line breaks inside URLs) and backslashes (read as `/`).
const UNSAFE_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\\]/;
// Paths that are not pages to land on.
const NOT_A_PAGE = /^\/(?:api|_next)(?:\/|$)|^\/login(?:\/|$)/;

/** Decodes percent-escapes until nothing changes (at most 5 rounds); null when undecodable. */
function fullyDecoded(text: string): string | null {
  let current = text;
  for (let round = 0; round < 5; round += 1) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      // A stray "%" in an already-decoded value (a search for "50%") ends the decoding there.
      return round === 0 ? null : current;
    }
    if (next === current) return current;
    current = next;
  }
  return null;
}

/**
 * The path (with query and fragment) to go to after sign-in, or HOME_PATH. `origin` is the app's
 * own origin (`http://localhost:3000`); a same-origin absolute URL is accepted and made relative.
 */
export function safeRedirectPath(target: unknown, origin: string): string {
  const raw = Array.isArray(target) ? target[0] : target;
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2048) return HOME_PATH;
  const decoded = fullyDecoded(raw);
  if (decoded === null || UNSAFE_CHARACTERS.test(raw) || UNSAFE_CHARACTERS.test(decoded)) return HOME_PATH;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(raw, base);
  } catch {
    return HOME_PATH;
  }
  if (url.origin !== base.origin || url.username || url.password) return HOME_PATH;
  // A relative target must be a plain path: "//host", "/\host" and their encoded forms never pass.
  if (!/^https?:\/\//i.test(raw) && !(raw.startsWith("/") && !raw.startsWith("//"))) return HOME_PATH;
  if (decoded.replace(/^https?:\/\/[^/]*/i, "").startsWith("//")) return HOME_PATH;
  if (NOT_A_PAGE.test(url.pathname)) return HOME_PATH;
  return `${url.pathname}${url.search}${url.hash}`;
}
