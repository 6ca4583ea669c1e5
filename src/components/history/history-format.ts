import type { getFormatter } from "next-intl/server";
import type { DynamicTranslator } from "@/i18n/translator";
import { fieldLabel, formatChangeValue } from "@/components/initiatives/change-value";

type Translate = DynamicTranslator;
type Format = Awaited<ReturnType<typeof getFormatter>>;

const HIDDEN = new Set(["version", "fields", "signedOff", "marketingApprovedAt", "itApprovedAt", "reason"]);

/**
 * How an activity event reads, for the initiative's timeline and the activity log alike: the action's
 * label, one "field: before → after" line per change (labels, dates and numbers as the UI shows them),
 * the fields that caused it, and the reason.
 */
export function historyFormat(t: Translate, format: Format) {
  const label = (field: string) => fieldLabel(field, t);
  const value = (field: string, raw: unknown) => formatChangeValue(field, raw, t, format);
  return {
    action(action: string): string {
      const key = `history.actions.${action.replace(".", "_")}`;
      return t.has(key) ? t(key) : action;
    },
    changes(changes: Record<string, unknown>): { key: string; text: string; italic?: boolean }[] {
      const lines: { key: string; text: string; italic?: boolean }[] = Object.entries(changes)
        .filter(([field, change]) => !HIDDEN.has(field) && change !== null && typeof change === "object" && !Array.isArray(change))
        .map(([field, change]) => {
          const c = change as { before?: unknown; after?: unknown };
          return { key: field, text: t("history.from", { field: label(field), before: value(field, c.before), after: value(field, c.after) }) };
        });
      if (Array.isArray(changes.fields)) {
        lines.push({ key: "fields", text: t("history.because", { fields: changes.fields.map((field) => label(String(field))).join(", ") }) });
      }
      if (typeof changes.reason === "string") lines.push({ key: "reason", text: t("history.reason", { reason: changes.reason }), italic: true });
      return lines;
    },
  };
}
