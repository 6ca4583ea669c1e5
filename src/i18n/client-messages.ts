// The part of the message catalogue that the browser needs: what client components translate
// themselves. Everything else (page text, history, charts, dashboard, report, validation messages,
// which server actions translate) is rendered on the server and never sent as a catalogue. Each
// page carried the whole catalogue (about 42 kB) in its RSC payload before.
// tests/unit/client-messages.test.ts reads every client component and fails if it uses a key that
// is not under one of these paths (add the path here), or if a path here is used by none.

/** Namespaces, or sub-trees of a namespace ("triage.board"), that client components read. */
export const CLIENT_MESSAGE_PATHS = [
  "account",
  "admin",
  "board",
  "common",
  "errors",
  "fields",
  "filters.perLever",
  "health",
  "initiative",
  "kpiDirections",
  "kpiFields",
  "kpiHints",
  "kpiRegister",
  "kpiUnitChoices",
  "language",
  "leverHelp",
  "levers",
  "live",
  "nav.signOut",
  "readinessItems",
  "reorder",
  "report.print",
  "riskLevels",
  "roles",
  "signIn",
  "standardsReviews",
  "status",
  "triage.board",
  "updates",
  "workflow",
] as const;

type Tree = { [key: string]: unknown };

/** The messages under `paths` (each a namespace or a dotted sub-tree), in the catalogue's shape. */
export function pickMessages(messages: Tree, paths: readonly string[] = CLIENT_MESSAGE_PATHS): Tree {
  const picked: Tree = {};
  for (const dotted of paths) {
    const parts = dotted.split(".");
    let source: unknown = messages;
    for (const part of parts) source = source && typeof source === "object" ? (source as Tree)[part] : undefined;
    if (source === undefined) continue;
    let target = picked;
    for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Tree;
    target[parts.at(-1)!] = source;
  }
  return picked;
}
