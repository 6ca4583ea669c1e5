/** Every message of a catalogue (or a part of one), with its dotted key: [["board.title", "Board"], …]. */
export function messageLeaves(tree: unknown, prefix = ""): [string, string][] {
  if (typeof tree === "string") return [[prefix, tree]];
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) =>
    messageLeaves(value, prefix ? `${prefix}.${key}` : key),
  );
}

/** Whether a catalogue has a message (or a namespace) at a dotted key. */
export function hasMessage(messages: unknown, key: string): boolean {
  return (
    key
      .split(".")
      .reduce<unknown>(
        (node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined),
        messages,
      ) !== undefined
  );
}
