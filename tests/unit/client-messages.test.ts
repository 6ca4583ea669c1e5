import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_MESSAGE_PATHS, pickMessages } from "@/i18n/client-messages";
import { loadMessages } from "@/i18n/load-messages";
import { clientFiles, clientKeyUses } from "../support/client-message-usage";

// The browser gets only CLIENT_MESSAGE_PATHS of the catalogue: a key a client component reads
// outside them would show as a raw key. This reads every client component (and what it imports).
const ROOT = path.resolve(import.meta.dirname, "../..");
const SRC = path.join(ROOT, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

/** Field-label namespaces that useVersionedForm (a key built from its `labels` argument) reads. */
function versionedFormLabelNamespaces(files: string[]): string[] {
  return files.flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/useVersionedForm\(\s*\w+,\s*\w+,\s*"(\w+)"/g)].map((m) => m[1]!),
  );
}

describe("the browser gets every message a client component reads, and only those", async () => {
  const english = await loadMessages("en");
  const exists = (key: string) =>
    key
      .split(".")
      .reduce<unknown>(
        (node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined),
        english,
      ) !== undefined;
  const files = clientFiles(sourceFiles(SRC), SRC);
  const results = files.map((file) => clientKeyUses(path.relative(ROOT, file), readFileSync(file, "utf8"), exists));
  const labels = versionedFormLabelNamespaces(files);
  const uses = [
    ...results.flatMap((result) => result.uses),
    ...labels.map((key) => ({ file: "src/components/form/use-versioned-form.ts", key })),
  ];
  const covered = (key: string) => CLIENT_MESSAGE_PATHS.some((p) => key === p || key.startsWith(`${p}.`));

  it("reads the client components", () => {
    expect(files.map((file) => path.relative(SRC, file))).toEqual(
      expect.arrayContaining(["components/board/board-item.tsx", "components/form/use-versioned-form.ts"]),
    );
    expect(uses.length).toBeGreaterThan(200);
    expect(labels.sort()).toEqual(["fields", "kpiFields"]);
  });

  it("knows every key a client component builds at run time (or this test lists where it comes from)", () => {
    const unknown = results.flatMap((result) => result.unknown);
    // use-versioned-form.ts builds `${labels}.${name}`: its callers' `labels` are read above.
    expect(unknown.every((call) => call.startsWith("use-versioned-form.ts:"))).toBe(true);
  });

  it("covers every key a client component reads", () => {
    expect(uses.filter(({ key }) => !covered(key)).map(({ file, key }) => `${file}: ${key}`)).toEqual([]);
  });

  it("lists no path that no client component reads, and none that the catalogue lacks", () => {
    const unused = CLIENT_MESSAGE_PATHS.filter(
      (p) => !uses.some(({ key }) => key === p || key.startsWith(`${p}.`) || p.startsWith(`${key}.`)),
    );
    expect(unused).toEqual([]);
    expect(CLIENT_MESSAGE_PATHS.filter((p) => !exists(p))).toEqual([]);
  });

  it("sends a fraction of the catalogue", () => {
    const picked = pickMessages(english);
    expect(Object.keys(picked)).not.toContain("history");
    expect(Object.keys(picked)).not.toContain("dash");
    expect((picked.triage as Record<string, unknown>).board).toBeDefined();
    expect(Object.keys(picked.triage as object)).toEqual(["board"]);
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(english).length * 0.6);
  });
});

describe("pickMessages", () => {
  it("keeps the catalogue's shape for namespaces and sub-trees, and skips a path that is not there", () => {
    const messages = { a: { x: "1", y: { z: "2" } }, b: { c: "3", d: "4" }, e: "5" };
    expect(pickMessages(messages, ["a", "b.c", "nope.n", "e"])).toEqual({ a: messages.a, b: { c: "3" }, e: "5" });
  });
});
