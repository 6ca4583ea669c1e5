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

describe("the content security policy, directive by directive", () => {
  const directives = (options: { dev: boolean; https: boolean }) => contentSecurityPolicy("n0nce", options).split("; ");

  it("loads everything from the app's own origin only, images also from blob: and data: URLs", () => {
    expect(directives({ dev: false, https: false })).toEqual([
      "default-src 'self'",
      "script-src 'self' 'nonce-n0nce' 'strict-dynamic'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' blob: data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]);
  });

  it("allows eval for the development server only, and asks browsers to upgrade requests over https", () => {
    expect(directives({ dev: true, https: false })[1]).toBe(
      "script-src 'self' 'nonce-n0nce' 'strict-dynamic' 'unsafe-eval'",
    );
    expect(directives({ dev: false, https: true }).at(-1)).toBe("upgrade-insecure-requests");
    expect(directives({ dev: false, https: true })).toHaveLength(11);
  });

  it("come with no framing, no powerful features, and two years of HSTS over https", () => {
    expect(securityHeaders("n0nce", { dev: false, https: true })).toEqual({
      "Content-Security-Policy": contentSecurityPolicy("n0nce", { dev: false, https: true }),
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
      "X-Frame-Options": "DENY",
      "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
      "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
    });
    expect(securityHeaders("n0nce", { dev: true, https: false })["Content-Security-Policy"]).toContain("'unsafe-eval'");
  });
});
