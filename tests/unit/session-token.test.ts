import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken, encodeSessionToken } from "@/server/auth/session-token";

// The session cookie as next-auth writes it: a cookie issued before this code (or by next-auth's own
// encode) still signs the user in, and next-auth can read ours. Foreign, altered and expired tokens
// are refused, as next-auth refuses them.
const secret = "unit-test-secret-unit-test-secret-unit";
const token = { id: "00000000-0000-4000-8000-000000000001", sid: "00000000-0000-4000-8000-000000000002" };

describe("the session token", () => {
  it("reads a token next-auth wrote, and next-auth reads ours", async () => {
    const theirs = await encode({ token, secret, maxAge: 3600 });
    expect(await decodeSessionToken({ token: theirs, secret })).toMatchObject(token);
    const ours = await encodeSessionToken({ token, secret, maxAge: 3600 });
    expect(await decode({ token: ours, secret })).toMatchObject(token);
  });

  it("keeps next-auth's claims: issued at, expiry after maxAge, a unique id", async () => {
    const before = Math.floor(Date.now() / 1000);
    const first = await decodeSessionToken({ token: await encodeSessionToken({ token, secret, maxAge: 600 }), secret });
    const second = await decodeSessionToken({
      token: await encodeSessionToken({ token, secret, maxAge: 600 }),
      secret,
    });
    expect(first!.iat).toBeGreaterThanOrEqual(before);
    expect(first!.exp).toBe((first!.iat as number) + 600);
    expect(first!.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(second!.jti).not.toBe(first!.jti);
  });

  it("refuses a token made with another secret, an altered one and an expired one", async () => {
    const other = await encode({ token, secret: "another-secret-another-secret-another", maxAge: 3600 });
    await expect(decodeSessionToken({ token: other, secret })).rejects.toThrow();
    const ours = await encodeSessionToken({ token, secret, maxAge: 3600 });
    const altered = ours.slice(0, -6) + (ours.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
    await expect(decodeSessionToken({ token: altered, secret })).rejects.toThrow();
    const expired = await encodeSessionToken({ token, secret, maxAge: -60 });
    // getCurrentUser logs every refusal but this one (a cookie past its end is no attack).
    await expect(decodeSessionToken({ token: expired, secret })).rejects.toMatchObject({ code: "ERR_JWT_EXPIRED" });
  });

  it("keeps secrets apart: a token we made with one secret is not read with another", async () => {
    const ours = await encodeSessionToken({ token, secret, maxAge: 3600 });
    await expect(
      decodeSessionToken({ token: ours, secret: "another-secret-another-secret-another" }),
    ).rejects.toThrow();
    expect(await decodeSessionToken({ token: ours, secret })).toMatchObject(token);
  });

  it("allows next-auth's 15 s of clock difference, no more", async () => {
    const justExpired = await encodeSessionToken({ token, secret, maxAge: -5 });
    expect(await decodeSessionToken({ token: justExpired, secret })).toMatchObject(token);
    const expired = await encodeSessionToken({ token, secret, maxAge: -60 });
    // getCurrentUser logs every refusal but this one (a cookie past its end is no attack).
    await expect(decodeSessionToken({ token: expired, secret })).rejects.toMatchObject({ code: "ERR_JWT_EXPIRED" });
  });

  it("keeps the salt apart: a token for one salt is not read with another", async () => {
    const salted = await encodeSessionToken({ token, secret, salt: "other-cookie", maxAge: 3600 });
    expect(await decode({ token: salted, secret, salt: "other-cookie" })).toMatchObject(token);
    await expect(decodeSessionToken({ token: salted, secret })).rejects.toThrow();
  });

  it("has nothing to read without a token", async () => {
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });
});
