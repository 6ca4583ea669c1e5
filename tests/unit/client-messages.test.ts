import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  CLIENT_MESSAGE_PATHS,
  FRAME_MESSAGE_PATHS,
  messagesFor,
  pickMessages,
  SEGMENT_MESSAGE_PATHS,
  type MessageSegment,
} from "@/i18n/client-messages";
import { loadMessages } from "@/i18n/load-messages";
import { clientFiles, clientKeyUses, reachableFiles } from "../support/client-message-usage";
import { hasMessage } from "../support/message-leaves";

// The browser gets only part of the catalogue (src/i18n/client-messages.ts): the frame's on every
// page, a segment's in its pages. A key a client component reads outside what its page gets would
// show as a raw key. This reads every page, every client component it can render (and what that
// imports), and the keys they translate.
const ROOT = path.resolve(import.meta.dirname, "../..");
const SRC = path.join(ROOT, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

/** Field-label namespaces that useVersionedForm (a key built from its `labels` argument) reads, by caller. */
function versionedFormLabelNamespaces(files: string[]): { file: string; key: string }[] {
  return files.flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/useVersionedForm\(\s*\w+,\s*\w+,\s*"(\w+)"/g)].map((m) => ({
      file: path.relative(ROOT, file),
      key: m[1]!,
    })),
  );
}

describe("the browser gets every message a client component reads, and only those", async () => {
  const english = await loadMessages("en");
  const exists = (key: string) => hasMessage(english, key);
  const files = clientFiles(sourceFiles(SRC), SRC);
  const results = files.map((file) => clientKeyUses(path.relative(ROOT, file), readFileSync(file, "utf8"), exists));
  const labels = versionedFormLabelNamespaces(files);
  const uses = [
    ...results.flatMap((result) => result.uses),
    // use-versioned-form.ts reads them on behalf of its callers: counted as theirs.
    ...labels,
  ];
  const covered = (key: string) => CLIENT_MESSAGE_PATHS.some((p) => key === p || key.startsWith(`${p}.`));

  it("reads the client components", () => {
    expect(files.map((file) => path.relative(SRC, file))).toEqual(
      expect.arrayContaining(["components/board/board-item.tsx", "components/form/use-versioned-form.ts"]),
    );
    expect(uses.length).toBeGreaterThan(200);
    expect([...new Set(labels.map(({ key }) => key))].sort()).toEqual(["fields", "kpiFields"]);
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

  const isClient = (file: string) => /^\s*["']use client["']/.test(readFileSync(file, "utf8"));
  /** The keys the client components reachable from `entries` read. */
  const keysFrom = (entries: string[]) => {
    const reached = clientFiles(reachableFiles(entries, SRC).filter(isClient), SRC);
    const own = new Set(reached.map((file) => path.relative(ROOT, file)));
    return uses.filter(({ file }) => own.has(file));
  };
  const within = (paths: readonly string[]) => (key: string) => paths.some((p) => key === p || key.startsWith(`${p}.`));
  const APP = path.join(SRC, "app");
  const pages = sourceFiles(APP).filter((file) => path.basename(file) === "page.tsx");
  const segmentOf = (page: string): MessageSegment | undefined => {
    const folder = path.relative(APP, path.dirname(page)).split(path.sep).join("/");
    return (Object.keys(SEGMENT_MESSAGE_PATHS) as MessageSegment[]).find(
      (segment) => folder === segment || folder.startsWith(`${segment}/`),
    );
  };

  it("reads every page", () => {
    expect(pages.length).toBeGreaterThan(15);
    expect(pages.map((page) => segmentOf(page) ?? "-")).toContain("(app)/board");
  });

  it("sends every page the frame's messages, enough for the layouts' and the error pages' client parts", () => {
    const frame = ["layout.tsx", "(app)/layout.tsx", "error.tsx", "not-found.tsx", "forbidden.tsx"].map((file) =>
      path.join(APP, file),
    );
    const needed = keysFrom(frame);
    expect(needed.length).toBeGreaterThan(0);
    expect(
      needed.filter(({ key }) => !within(FRAME_MESSAGE_PATHS)(key)).map(({ file, key }) => `${file}: ${key}`),
    ).toEqual([]);
  });

  it("sends every page the messages of the client components it can render (its segment's, or the frame's)", () => {
    const missing = pages.flatMap((page) => {
      const segment = segmentOf(page);
      const sent = within([...FRAME_MESSAGE_PATHS, ...(segment ? SEGMENT_MESSAGE_PATHS[segment] : [])]);
      return keysFrom([page])
        .filter(({ key }) => !sent(key))
        .map(({ file, key }) => `${path.relative(APP, page)} (${segment ?? "frame only"}): ${file}: ${key}`);
    });
    expect(missing).toEqual([]);
  });

  it("sends each segment's messages from its own layout, and no segment lies inside another", () => {
    for (const segment of Object.keys(SEGMENT_MESSAGE_PATHS)) {
      const layout = readFileSync(path.join(APP, segment, "layout.tsx"), "utf8");
      expect(layout, segment).toContain(`<ClientMessages segment="${segment}">`);
      for (const other of Object.keys(SEGMENT_MESSAGE_PATHS))
        expect(other.startsWith(`${segment}/`), other).toBe(false);
    }
  });

  it("sends a fraction of the catalogue: the frame's to every page, a segment's only where needed", () => {
    const frame = messagesFor(english);
    expect(Object.keys(frame).sort()).toEqual(["errors", "language", "nav"]);
    expect(JSON.stringify(frame).length).toBeLessThan(JSON.stringify(english).length * 0.05);
    const board = messagesFor(english, "(app)/board");
    expect(Object.keys(board)).toEqual(expect.arrayContaining(["errors", "board", "reorder", "live"]));
    expect(Object.keys(board)).not.toContain("initiative");
    expect(Object.keys(board.triage as object)).toEqual(["board"]);
    expect(messagesFor(english, "(app)/board")).toBe(board);
    const all = pickMessages(english, CLIENT_MESSAGE_PATHS);
    expect(Object.keys(all)).not.toContain("history");
    expect(Object.keys(all)).not.toContain("dash");
    expect(JSON.stringify(all).length).toBeLessThan(JSON.stringify(english).length * 0.6);
  });
});

describe("pickMessages", () => {
  it("keeps the catalogue's shape for namespaces and sub-trees, and skips a path that is not there", () => {
    const messages = { a: { x: "1", y: { z: "2" } }, b: { c: "3", d: "4" }, e: "5" };
    expect(pickMessages(messages, ["a", "b.c", "nope.n", "e"])).toEqual({ a: messages.a, b: { c: "3" }, e: "5" });
  });
});
