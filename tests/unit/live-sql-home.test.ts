import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// "Live" and "rank among the live initiatives" have one home in SQL, src/server/live-sql.ts
// (liveSql, liveRankSql): no other file of src/ writes them by hand, as a literal list of statuses,
// as LIVE_STATUSES passed as a parameter, or as its own row_number() window over the rank keys.
const ROOT = path.resolve(import.meta.dirname, "../..");
const HOME = "src/server/live-sql.ts"; // beside db.ts: the queries and the domain both use it
/** Known exceptions, each with its reason (none today). */
const KNOWN: Record<string, string[]> = {};
const BY_HAND: [string, RegExp][] = [
  ["live statuses as a literal", /status"?\s+IN\s*\(\s*'PROPOSED'/i],
  ["live statuses as a parameter", /status(?:::text)?\s*=\s*ANY\s*\(\s*\$\{\s*\[\s*\.\.\.LIVE_STATUSES/],
  [
    "the live rank window",
    /row_number\(\)\s+OVER\s*\(\s*ORDER BY\s+[\w."]*"rankKey"(?:\s+COLLATE\s+"C")?\s*\)\)?::int\s+AS\s+rank\b/i,
  ],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

const byHand = (source: string) => BY_HAND.filter(([, pattern]) => pattern.test(source)).map(([name]) => name);

describe("live SQL has one home", () => {
  it("no file but live-sql.ts writes 'live' or the live rank in SQL by hand", () => {
    const found = sourceFiles(path.join(ROOT, "src"))
      .map((file) => path.relative(ROOT, file))
      .filter((file) => file !== HOME)
      .flatMap((file) =>
        byHand(readFileSync(path.join(ROOT, file), "utf8"))
          .filter((what) => !KNOWN[file]?.includes(what))
          .map((what) => `${file}: ${what}`),
      );
    expect(found).toEqual([]);
  });

  it("the checker recognises each hand-written form, and not a filtered list's own position", () => {
    expect(byHand(`WHERE i.status IN ('PROPOSED', 'AGREED', 'IN_PROGRESS')`)).toEqual(["live statuses as a literal"]);
    expect(byHand("WHERE i.status::text = ANY(${[...LIVE_STATUSES]}::text[])")).toEqual([
      "live statuses as a parameter",
    ]);
    expect(byHand(`(row_number() OVER (ORDER BY i."rankKey" COLLATE "C"))::int AS rank,`)).toEqual([
      "the live rank window",
    ]);
    expect(byHand(`(row_number() OVER (ORDER BY b."rankKey") - 1)::int AS position`)).toEqual([]);
  });
});
