import type { Locale } from "./locales";

// Message catalogues, one JSON file per area and language (src/i18n/messages/<area>.<locale>.json).
// Each top-level namespace lives in exactly one area file (tests/unit/message-keys.test.ts). Add an area here and tests/unit/locales.test.ts reads it too.
export const MESSAGE_AREAS = ["core", "board", "workflow", "kpis", "dashboard", "operations", "triage"] as const;

const loaded = new Map<Locale, Promise<Record<string, unknown>>>();

/** The whole catalogue of `locale`, merged from its area files once per server (it never changes while running). */
export function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = mergeAreas(locale);
    loaded.set(locale, messages);
    messages.catch(() => loaded.delete(locale)); // a failed read is tried again next time
  }
  return messages;
}

async function mergeAreas(locale: Locale): Promise<Record<string, unknown>> {
  const parts = await Promise.all(
    MESSAGE_AREAS.map(
      async (area) =>
        (await import(`./messages/${area}.${locale}.json`)).default as Record<string, Record<string, unknown>>,
    ),
  );
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [namespace, entries] of Object.entries(part)) merged[namespace] = { ...merged[namespace], ...entries };
  }
  return merged;
}
