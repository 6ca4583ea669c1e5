import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The layer rules of eslint.config.mjs (docs/architecture.md), run on small files placed in each
// layer: `npm test` runs ESLint over src/, so a forbidden import there fails it the same way.
const ROOT = path.resolve(import.meta.dirname, "../..");
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function layerErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = [x];\n`, { filePath: path.join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports").map((m) => m.message);
}

const PAGE = "src/app/(app)/fixture/page.tsx";
const COMPONENT = "src/components/fixture/fixture.tsx";

describe("the linter refuses imports that skip a layer", { timeout: 60_000 }, () => {
  it.each([
    [PAGE, 'import { db as x } from "@/server/db";'],
    [PAGE, 'import { createKpi as x } from "@/server/domain/kpis/create-kpi";'],
    [COMPONENT, 'import { db as x } from "@/server/db";'],
    [COMPONENT, 'import { requireUser as x } from "@/server/auth/session";'],
    [COMPONENT, 'import { loadBoard as x } from "@/server/queries/board";'],
    [COMPONENT, 'import { db as x } from "../../server/db";'],
    ["src/lib/fixture.ts", 'import { db as x } from "@/server/db";'],
    ["src/lib/fixture.ts", 'import { db as x } from "../server/db";'],
    ["src/lib/fixture.ts", 'import { Card as x } from "@/components/ui/card";'],
    ["src/server/queries/fixture.ts", 'import { DomainError as x } from "../domain/errors";'],
    ["src/server/queries/fixture.ts", 'import type { KpiSeries as x } from "@/components/charts/kpi-trend-chart";'],
    ["src/server/domain/kpis/fixture.ts", 'import { loadBoard as x } from "../../queries/board";'],
    ["src/server/domain/fixture.ts", 'import { runAction as x } from "@/server/actions/run-action";'],
  ])("%s: %s", async (file, source) => {
    expect(await layerErrors(file, source)).toHaveLength(1);
  });
});

describe("the linter allows what the layers permit", { timeout: 60_000 }, () => {
  it.each([
    [PAGE, 'import { loadBoard as x } from "@/server/queries/board";'],
    [PAGE, 'import { requireUser as x } from "@/server/auth/session";'],
    [PAGE, 'import { createKpiAction as x } from "@/server/actions/kpi-actions";'],
    [COMPONENT, 'import { createKpiAction as x } from "@/server/actions/kpi-actions";'],
    [COMPONENT, 'import type { BoardRow as x } from "@/server/queries/board";'],
    ["src/lib/fixture.ts", 'import { LEVERS as x } from "./initiative-enums";'],
    ["src/server/queries/fixture.ts", 'import { db as x } from "../db";'],
    ["src/server/domain/kpis/fixture.ts", 'import { db as x } from "../../db";'],
  ])("%s: %s", async (file, source) => {
    expect(await layerErrors(file, source)).toEqual([]);
  });
});
