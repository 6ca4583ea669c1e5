// The part of the message catalogue that the browser needs: what client components translate
// themselves. Everything else (page text, history, charts, dashboard, report, validation messages,
// which server actions translate) is rendered on the server and never sent as a catalogue.
// And only on the pages that need it: every page carries the frame's few messages (the header, the
// error page); a part of the app whose client components translate more adds them in its own layout
// (`<ClientMessages segment=…>`, src/components/client-messages.tsx). The dashboard, the KPI list and
// the report carry 1.7 kB of messages instead of 19 kB, the board 8 kB.
// tests/unit/client-messages.test.ts reads every page, the client components it renders and what
// they import, and fails if a page can reach a key that neither the frame nor its segment sends (add
// the path here), if a path here is used by none, or if a segment has no layout that sends it.

/** What the root layout sends to every page: the header's client parts, the error page. */
export const FRAME_MESSAGE_PATHS = ["errors", "language", "nav.signOut"] as const;

/** A KPI's form, on its own page and on the new KPI's. */
const KPI_FORM_PATHS = ["common", "kpiDirections", "kpiFields", "kpiHints", "kpiRegister", "kpiUnitChoices"] as const;

/**
 * What each part of the app (a folder of src/app, by its path) adds for its own client components,
 * sent by that folder's layout.tsx with the frame's: namespaces, or sub-trees of one ("triage.board").
 * A nested provider replaces its parent's messages, so no segment may lie inside another.
 */
export const SEGMENT_MESSAGE_PATHS = {
  "(app)/account": ["account", "common"],
  "(app)/admin/users": ["admin", "common", "roles"],
  "(app)/board": [
    "board",
    "common",
    "filters.perLever",
    "health",
    "levers",
    "live",
    "reorder",
    "status",
    "triage.board",
    "workflow",
  ],
  "(app)/initiatives": [
    "common",
    "fields",
    "health",
    "initiative",
    "leverHelp",
    "levers",
    "readinessItems",
    "riskLevels",
    "standardsReviews",
    "updates",
    "workflow",
  ],
  "(app)/kpis/[id]": KPI_FORM_PATHS,
  "(app)/kpis/new": KPI_FORM_PATHS,
  "(app)/report": ["report.print"],
  "(app)/triage": ["common", "live", "report.print"],
  login: ["signIn"],
} as const satisfies Record<string, readonly string[]>;

export type MessageSegment = keyof typeof SEGMENT_MESSAGE_PATHS;

/** Every path the browser may get somewhere. */
export const CLIENT_MESSAGE_PATHS: readonly string[] = [
  ...new Set([...FRAME_MESSAGE_PATHS, ...Object.values(SEGMENT_MESSAGE_PATHS).flat()]),
].sort();

type Tree = { [key: string]: unknown };

/** The messages under `paths` (each a namespace or a dotted sub-tree), in the catalogue's shape. */
export function pickMessages(messages: Tree, paths: readonly string[]): Tree {
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

const picked = new WeakMap<Tree, Map<string, Tree>>();

/**
 * The messages the browser gets: the frame's, plus a segment's when given. Picked once per catalogue
 * (one per language) and segment, not per request.
 */
export function messagesFor(messages: Tree, segment?: MessageSegment): Tree {
  let bySegment = picked.get(messages);
  if (!bySegment) picked.set(messages, (bySegment = new Map()));
  const key = segment ?? "";
  let result = bySegment.get(key);
  if (!result) {
    result = pickMessages(messages, [...FRAME_MESSAGE_PATHS, ...(segment ? SEGMENT_MESSAGE_PATHS[segment] : [])]);
    bySegment.set(key, result);
  }
  return result;
}

const serialised = new WeakMap<Tree, string>();

/** `messagesFor` as JSON text, for `<MessagesProvider>` (src/components/messages-provider.tsx): written once too. */
export function messagesJsonFor(messages: Tree, segment?: MessageSegment): string {
  const tree = messagesFor(messages, segment);
  let json = serialised.get(tree);
  if (json === undefined) serialised.set(tree, (json = JSON.stringify(tree)));
  return json;
}
