import { describe, expect, it } from "vitest";
import { HOME_PATH, safeRedirectPath } from "@/lib/safe-redirect";

const ORIGIN = "http://localhost:3000";

describe("the target after sign-in", () => {
  it.each([
    "/board",
    "/initiatives/5b1c2f0e-8d7a-4f53-9f0a-1a2b3c4d5e6f",
    "/board?lever=METRICS&status=PROPOSED",
    "/board?title=50%25",
    "/kpis#trend",
    "http://localhost:3000/dashboard?period=all",
  ])("keeps a page of the app: %s", (target) => {
    expect(safeRedirectPath(target, ORIGIN)).toBe(target.replace(ORIGIN, ""));
  });

  it.each([
    ["protocol-relative", "//evil.example/phish"],
    ["backslash", "/\\evil.example/phish"],
    ["encoded backslash", "/%5Cevil.example/phish"],
    ["lower-case encoded backslash", "/%5cevil.example"],
    ["double-encoded backslash", "/%255Cevil.example/phish"],
    ["triple-encoded backslash", "/%25255Cevil.example"],
    ["tab", "/\t/evil.example"],
    ["encoded tab", "/%09/evil.example"],
    ["newline", "/\n/evil.example"],
    ["encoded slash pair", "/%2F%2Fevil.example"],
    ["double-encoded slash pair", "/%252F%252Fevil.example"],
    ["encoded slash after slash", "/%2Fevil.example"],
    ["backslash pair", "\\\\evil.example"],
    ["javascript:", "javascript:alert(document.cookie)"],
    ["encoded javascript:", "javascript%3Aalert(1)"],
    ["mixed-case JavaScript:", "JaVaScRiPt:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["another origin", "https://evil.example/board"],
    ["another port", "http://localhost:4000/board"],
    ["user info", "http://localhost:3000@evil.example/"],
    ["credentials on our origin", "http://user:pass@localhost:3000/board"],
    ["no leading slash", "evil.example"],
    ["the API", "/api/auth/signout"],
    ["the sign-in page", "/login?callbackUrl=//evil.example"],
    ["empty", ""],
    ["malformed escape", "/%E0%A4%A"],
    ["NUL", "/board\u0000"],
  ])("sends %s home", (_label, target) => {
    expect(safeRedirectPath(target, ORIGIN)).toBe(HOME_PATH);
  });

  it("sends anything that is not a string home", () => {
    expect(safeRedirectPath(undefined, ORIGIN)).toBe(HOME_PATH);
    expect(safeRedirectPath(["//evil.example", "/board"], ORIGIN)).toBe(HOME_PATH);
    expect(safeRedirectPath({ toString: () => "/board" }, ORIGIN)).toBe(HOME_PATH);
  });
});
