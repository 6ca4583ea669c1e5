import path from "node:path";
import { distDir, firstLoadJs } from "../../scripts/lib/first-load-js";
import { expect, test } from "./support/fixtures";

// The JavaScript budget (issue 13): on every page people read, the app's own first-load JavaScript is at
// most 50 kB gzip above the framework's floor. Read from the production build this run tests (its
// manifests: bytes, no browser and no timing); `npm run bench -- --only=pages` measures the same in Chromium.
// Dynamically imported chunks count too. (The board, whose drag and drop loads only for those who may
// reorder, has its own budget with its own code.)
const BUDGET = 50 * 1024;
const ROUTES = ["/dashboard", "/report", "/kpis", "/kpis/[id]", "/initiatives/[id]"];

test("each page's own first-load JavaScript stays within 50 kB gzip above the framework's floor", () => {
  const { floor, routes } = firstLoadJs(distDir(path.resolve(import.meta.dirname, "../..")), ROUTES);
  expect(floor, "the floor is the framework's own scripts").toBeGreaterThan(50 * 1024);
  for (const { route, aboveFloor, dynamic } of routes) {
    const bytes = aboveFloor + dynamic;
    expect(bytes, `${route}: ${(bytes / 1024).toFixed(1)} kB above the floor`).toBeLessThanOrEqual(BUDGET);
  }
});
