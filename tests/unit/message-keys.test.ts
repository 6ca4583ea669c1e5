import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMessages, MESSAGE_AREAS } from "@/i18n/load-messages";
import { LOCALES } from "@/i18n/locales";
import { hasMessage } from "../support/message-leaves";

// Keys that would silently vanish: a key written twice (in one file, or a namespace's key in two area
// files: the later one wins when they are merged), and a key the code uses that a catalogue lacks.
const ROOT = path.resolve(import.meta.dirname, "../..");
const MESSAGES = path.join(ROOT, "src/i18n/messages");

/** Every key path of a JSON text in writing order, duplicates kept (JSON.parse would drop them). */
function keyPaths(text: string): string[] {
  const paths: string[] = [];
  const stack: string[] = [];
  let pendingKey: string | null = null;
  const tokens = text.match(/"(?:[^"\\]|\\.)*"|[{}[\]:,]|true|false|null|-?\d[\d.eE+-]*/g) ?? [];
  const containers: ("object" | "array")[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (token === "{" || token === "[") {
      containers.push(token === "{" ? "object" : "array");
      if (pendingKey !== null) {
        stack.push(pendingKey);
        pendingKey = null;
      }
    } else if (token === "}" || token === "]") {
      containers.pop();
      if (containers.length > 0 && containers.at(-1) === "object") stack.pop();
    } else if (token.startsWith('"') && tokens[i + 1] === ":" && containers.at(-1) === "object") {
      pendingKey = JSON.parse(token) as string;
      paths.push([...stack, pendingKey].join("."));
      i += 1;
    } else if (pendingKey !== null) {
      pendingKey = null;
    }
  }
  return paths;
}

const duplicates = (list: string[]) => [...new Set(list.filter((item, index) => list.indexOf(item) !== index))];
/** The messages themselves: paths that are no other path's prefix. */
const leaves = (paths: string[]) => paths.filter((p) => !paths.some((other) => other.startsWith(`${p}.`)));

describe("the message catalogues have one namespace per file and no key twice", () => {
  it.each(LOCALES.map((locale) => [locale]))("in %s", (locale) => {
    const files = MESSAGE_AREAS.map((area) =>
      keyPaths(readFileSync(path.join(MESSAGES, `${area}.${locale}.json`), "utf8")),
    );
    files.forEach((paths, index) =>
      expect(duplicates(leaves(paths)), `${MESSAGE_AREAS[index]}.${locale}.json`).toEqual([]),
    );
    // A namespace lives in one file: split over two, a key written in both would silently win.
    expect(duplicates(files.flatMap((paths) => [...new Set(paths.map((p) => p.split(".")[0]!))]))).toEqual([]);
  });

  it("the checker finds a duplicate", () => {
    expect(duplicates(leaves(keyPaths('{ "a": { "b": "x", "c": ["y"], "b": "z" }, "d": 1 }')))).toEqual(["a.b"]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

/**
 * Literal keys passed to a translator, each with the namespaces it may be under: those of the
 * translator's `(use|get)Translations("ns")` in the file ("" for the whole catalogue); a `t` from a
 * destructured Promise.all may be any of the file's.
 */
function usedKeys(source: string): { key: string; namespaces: string[] }[] {
  const declared = new Map<string, Set<string>>();
  const all = new Set<string>();
  for (const match of source.matchAll(/(?:use|get)Translations\((?:"([\w.]+)")?\)/g)) all.add(match[1] ?? "");
  for (const match of source.matchAll(
    /(?:const|let)\s+(\w+)\s*=\s*(?:await\s+)?(?:use|get)Translations\((?:"([\w.]+)")?\)/g,
  )) {
    declared.set(match[1]!, (declared.get(match[1]!) ?? new Set()).add(match[2] ?? ""));
  }
  if (all.size > 0) declared.set("t", new Set([...(declared.get("t") ?? []), ...all]));
  const keys: { key: string; namespaces: string[] }[] = [];
  for (const [name, namespaces] of declared) {
    for (const match of source.matchAll(new RegExp(`\\b${name}(?:\\.rich|\\.markup)?\\("([\\w.]+)"`, "g"))) {
      keys.push({ key: match[1]!, namespaces: [...namespaces] });
    }
  }
  return keys;
}

describe("every message key the code names exists in both languages", async () => {
  const catalogues = await Promise.all(LOCALES.map(async (locale) => [locale, await loadMessages(locale)] as const));
  const used = sourceFiles(path.join(ROOT, "src")).flatMap((file) =>
    usedKeys(readFileSync(file, "utf8")).map((use) => ({ file: path.relative(ROOT, file), ...use })),
  );

  it("finds the keys it checks", () => {
    expect(used.length).toBeGreaterThan(300);
    expect(usedKeys('const t = useTranslations("board");\nt("title"); t.rich("intro", {})')).toEqual([
      { key: "title", namespaces: ["board"] },
      { key: "intro", namespaces: ["board"] },
    ]);
  });

  it.each(LOCALES.map((locale) => [locale]))("in %s", (locale) => {
    const messages = catalogues.find(([name]) => name === locale)![1];
    const missing = used.filter(
      ({ key, namespaces }) =>
        !namespaces.some((namespace) => hasMessage(messages, namespace ? `${namespace}.${key}` : key)),
    );
    expect(missing.map(({ file, key }) => `${file}: ${key}`)).toEqual([]);
  });
});

/**
 * Message keys written as plain strings, which no translator call names: every "validation.…" key,
 * and every key-shaped string of a form schema (zod's messages). The action wrapper shows the generic
 * error for a key the catalogue lacks, so a missing one would hide what is wrong with a field.
 */
function messageLiterals(file: string, source: string): string[] {
  const keys = [...source.matchAll(/"(validation\.[\w.]+)"/g)].map((match) => match[1]!);
  if (file.startsWith("src/lib/schemas/")) {
    keys.push(...[...source.matchAll(/"([a-z]+(?:\.[A-Za-z]+)+)"/g)].map((match) => match[1]!));
  }
  return keys;
}

describe("every message a form schema or a domain refusal names exists in both languages", async () => {
  const catalogues = await Promise.all(LOCALES.map(async (locale) => [locale, await loadMessages(locale)] as const));
  const used = sourceFiles(path.join(ROOT, "src")).flatMap((file) => {
    const relative = path.relative(ROOT, file);
    return [...new Set(messageLiterals(relative, readFileSync(file, "utf8")))].map((key) => ({ file: relative, key }));
  });

  it("finds the keys it checks", () => {
    expect(used.length).toBeGreaterThan(40);
    expect(used).toContainEqual({ file: "src/lib/schemas/reorder-schema.ts", key: "validation.position" });
  });

  it.each(LOCALES.map((locale) => [locale]))("in %s", (locale) => {
    const messages = catalogues.find(([name]) => name === locale)![1];
    expect(used.filter(({ key }) => !hasMessage(messages, key)).map(({ file, key }) => `${file}: ${key}`)).toEqual([]);
  });
});
