import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Run through `npm test` (or `npm run test:e2e`), which prepares E2E_DATABASE_URL and the build.
const port = Number(process.env.LEVERS_E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// A real OpenID provider for the single sign-on tests (tests/support/oidc-server.ts).
const oidcPort = Number(process.env.LEVERS_TEST_OIDC_PORT ?? 4411);
const oidcIssuer = `http://127.0.0.1:${oidcPort}`;

// Debian's Chromium where it is installed (CI, these machines); Playwright's own browser elsewhere.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => existsSync(file));

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [
    ["list"],
    ["json", { outputFile: `${process.env.LEVERS_DATA_DIR ?? ".data"}/test-results/playwright.json` }],
  ],
  outputDir: process.env.LEVERS_DATA_DIR ? `${process.env.LEVERS_DATA_DIR}/playwright-output` : "test-results",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], locale: "en-GB" } }],
  webServer: [
    {
      command: "node_modules/.bin/tsx tests/support/oidc-server.ts",
      url: `${oidcIssuer}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
      env: { LEVERS_TEST_OIDC_PORT: String(oidcPort), LEVERS_TEST_APP_URL: baseURL },
    },
    {
      command: `node_modules/.bin/next start --port ${port} --hostname 127.0.0.1`,
      url: `${baseURL}/login`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-only-secret-e2e-only-secret-e2e-only",
        NEXTAUTH_URL: baseURL,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        LEVERS_OIDC_ISSUER: oidcIssuer,
        LEVERS_OIDC_CLIENT_ID: "levers",
        LEVERS_OIDC_CLIENT_SECRET: "levers-test-client-secret",
        LEVERS_OIDC_NAME: "Test IdP",
        // The e2e tests play the reverse proxy: X-Forwarded-Proto: https makes cookies Secure.
        LEVERS_TRUST_PROXY: "true",
        // An open board stream re-checks its session every 5 s here (30 s by default).
        LEVERS_STREAM_SESSION_CHECK_SECONDS: "5",
      },
    },
  ],
});
