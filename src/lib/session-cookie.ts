// next-auth's session cookie (its default names): `__Secure-`-prefixed when the browser came over
// https (src/server/auth/request-security.ts decides), plain otherwise.
export const SESSION_COOKIES = {
  plain: "next-auth.session-token",
  secure: "__Secure-next-auth.session-token",
} as const;

export function sessionCookieName(https: boolean): string {
  return https ? SESSION_COOKIES.secure : SESSION_COOKIES.plain;
}
