import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// Messages are compiled at build time (ICU → a compact form), so neither the server nor the browser
// parses a message while rendering, and the browser does not load the ICU parser.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./src/i18n/request.ts",
  experimental: { messages: { path: "./src/i18n/messages", format: "json", locales: "infer", precompile: true } },
});

const nextConfig: NextConfig = {
  // A separate build folder lets two test runs share one checkout (LEVERS_DIST_DIR=.next-other).
  distDir: process.env.LEVERS_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and server-only packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "pino"],
  typedRoutes: false,
  // Bodies over this are refused with 413 by src/proxy.ts (ACTION_BODY_LIMIT_BYTES in src/lib/action-envelope.ts);
  // forbidden() answers a refused page with the one 403 page (src/app/forbidden.tsx).
  experimental: { serverActions: { bodySizeLimit: "1mb" }, authInterrupts: true },
};

export default withNextIntl(nextConfig);
