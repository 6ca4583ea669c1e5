import { readFileSync } from "node:fs";
import path from "node:path";

// Which message keys the browser needs: what the client components (a "use client" file and every
// source file it imports, transitively) pass to a translator from useTranslations(). Read from the
// source text, conservatively: a key built at run time needs its whole sub-tree.

export interface ClientKeyUse {
  file: string;
  /** A full key ("board.title") or a sub-tree whose every key may be read ("levers"). */
  key: string;
}

// Static imports and re-exports, and dynamic import("…") (a component loaded on demand, such as the
// board's drag and drop, renders in the same page).
const IMPORT = /(?:(?:import|export)\s[^;]*?from\s+|\bimport\(\s*)"(@\/[^"]+|\.{1,2}\/[^"]+)"/g;

function resolveImport(fromFile: string, specifier: string, srcRoot: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(srcRoot, specifier.slice(2))
    : path.resolve(path.dirname(fromFile), specifier);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ]) {
    try {
      if (readFileSync(candidate, "utf8") !== undefined) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

/** Every source file `entries` import from src/, transitively (server and client alike), with the entries. */
export function reachableFiles(entries: string[], srcRoot: string): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      if (/^import\s+type\s/.test(match[0])) continue;
      const target = resolveImport(file, match[1]!, srcRoot);
      if (target && !seen.has(target)) queue.push(target);
    }
  }
  return [...seen];
}

/** "use client" files and everything they import from src/, transitively. */
export function clientFiles(allFiles: string[], srcRoot: string): string[] {
  const seen = new Set<string>();
  const queue = allFiles.filter((file) => /^\s*["']use client["']/.test(readFileSync(file, "utf8")));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    // A server action's module is only a reference in the browser; its imports stay on the server.
    if (/^\s*["']use server["']/.test(source)) continue;
    for (const match of source.matchAll(IMPORT)) {
      if (/^import\s+type\s/.test(match[0])) continue;
      const target = resolveImport(file, match[1]!, srcRoot);
      if (target && !seen.has(target)) queue.push(target);
    }
  }
  return [...seen].sort();
}

/** The text between a call's parentheses, from the index of its "(". */
function callArguments(source: string, open: number): string {
  let depth = 0;
  for (let i = open; i < source.length; i += 1) {
    if (source[i] === "(") depth += 1;
    else if (source[i] === ")" && (depth -= 1) === 0) return source.slice(open + 1, i);
  }
  return source.slice(open + 1);
}

const join = (namespace: string, key: string) => [namespace, key].filter(Boolean).join(".");

/**
 * The keys one client file reads. `exists(key)` tells whether a key or sub-tree is in the catalogue
 * (a string literal inside a call, such as a condition's "MARKETING", is a key only if it exists).
 * Returns null for a call whose key cannot be known from the text at all (the caller must list it).
 */
export function clientKeyUses(
  file: string,
  source: string,
  exists: (key: string) => boolean,
): { uses: ClientKeyUse[]; unknown: string[] } {
  const uses: ClientKeyUse[] = [];
  const unknown: string[] = [];
  for (const declaration of source.matchAll(
    /(?:const|let)\s+(\w+)\s*=\s*(?:dynamicKeys\()?useTranslations\((?:"([\w.]+)")?\)/g,
  )) {
    const [, name, namespace = ""] = declaration;
    for (const call of source.matchAll(new RegExp(`\\b${name}(?:\\.rich|\\.markup|\\.has)?\\(`, "g"))) {
      const args = callArguments(source, call.index! + call[0].length - 1).trim();
      const literal = /^"([\w.]+)"/.exec(args);
      if (literal) {
        uses.push({ file, key: join(namespace, literal[1]!) });
        continue;
      }
      const template = /^`([^`$]*)\$\{/.exec(args);
      if (template) {
        const prefix = template[1]!.slice(0, template[1]!.lastIndexOf(".") + 1).replace(/\.$/, "");
        if (prefix || namespace) uses.push({ file, key: join(namespace, prefix) });
        else unknown.push(`${path.basename(file)}: ${name}(${args.slice(0, 40)}…)`);
        continue;
      }
      const literals = [...args.matchAll(/"([\w.]+)"/g)].map((m) => join(namespace, m[1]!)).filter(exists);
      if (literals.length > 0) uses.push(...literals.map((key) => ({ file, key })));
      else if (namespace) uses.push({ file, key: namespace });
      else unknown.push(`${path.basename(file)}: ${name}(${args.slice(0, 40)}…)`);
    }
  }
  return { uses, unknown };
}
