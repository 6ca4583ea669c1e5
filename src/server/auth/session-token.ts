import "server-only";
import hkdf from "@panva/hkdf";
import { EncryptJWT, jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";

// The session cookie's token, exactly as next-auth writes and reads it (next-auth/jwt: JWE, "dir" +
// A256GCM, a key derived from NEXTAUTH_SECRET by HKDF, 15 s of clock tolerance), with one difference:
// the key is derived once per secret, not on every call. next-auth derives it twice per signed-in
// request (read the cookie, write it back): about 1 ms of CPU each time in a profile of `next start`.
// tests/unit/session-token.test.ts holds the two to the same tokens in both directions.

const DEFAULT_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
const keys = new Map<string, Promise<Uint8Array>>();

function encryptionKey(secret: string | Buffer, salt: string): Promise<Uint8Array> {
  const id = `${salt}\u0000${typeof secret === "string" ? `s:${secret}` : `b:${secret.toString("base64")}`}`;
  let key = keys.get(id);
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`;
    key = hkdf("sha256", secret, salt, info, 32);
    keys.set(id, key);
  }
  return key;
}

export async function encodeSessionToken({
  token = {},
  secret,
  maxAge = DEFAULT_MAX_AGE_SECONDS,
  salt = "",
}: JWTEncodeParams): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new EncryptJWT(token)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt(now)
    .setExpirationTime(now + maxAge)
    .setJti(crypto.randomUUID())
    .encrypt(await encryptionKey(secret, salt));
}

export async function decodeSessionToken({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  // As next-auth: 15 s of clock tolerance. Stricter than next-auth: only the algorithms it writes.
  const { payload } = await jwtDecrypt(token, await encryptionKey(secret, salt), {
    clockTolerance: 15,
    keyManagementAlgorithms: ["dir"],
    contentEncryptionAlgorithms: ["A256GCM"],
  });
  return payload as JWT;
}
