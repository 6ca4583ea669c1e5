import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security-headers";

describe("security headers", () => {
  it("allow scripts only by nonce with strict-dynamic, and forbid plugins, framing and base tags", () => {
    const csp = contentSecurityPolicy("abc123", { dev: false, https: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'none'");
  });

  it("send HSTS and upgrade-insecure-requests only over https", () => {
    expect(securityHeaders("n", { dev: false, https: false })).not.toHaveProperty("Strict-Transport-Security");
    const https = securityHeaders("n", { dev: false, https: true });
    expect(https["Strict-Transport-Security"]).toMatch(/max-age=\d{8}/);
    expect(https["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  });

  it("send nosniff and a strict referrer policy", () => {
    const headers = securityHeaders("n", { dev: false, https: false });
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("same-origin");
  });
});
