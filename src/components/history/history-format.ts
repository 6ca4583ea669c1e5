import type { DynamicTranslator, Formatter } from "@/i18n/translator";
import { fieldLabel, formatChangeValue } from "@/components/initiatives/change-value";

type Translate = DynamicTranslator;
type Format = Formatter;

const HIDDEN = new Set(["version", "fields", "signedOff", "marketingApprovedAt", "itApprovedAt", "reason"]);

type Change = { before?: unknown; after?: unknown };
const after = (changes: Record<string, unknown>, field: string): unknown => {
  const change = changes[field];
  return change !== null && typeof change === "object" && "after" in change ? (change as Change).after : change;
};
const before = (changes: Record<string, unknown>, field: string): unknown => {
  const change = changes[field];
  return change !== null && typeof change === "object" && "before" in change ? (change as Change).before : undefined;
};

/**
 * How an activity event reads, for the initiative's timeline and the activity log alike: the action's
 * label, one "field: before → after" line per change (labels, dates and numbers as the UI shows them),
 * the fields that caused it, and the reason.
 */
export function historyFormat(t: Translate, format: Format) {
  const label = (field: string) => fieldLabel(field, t);
  const value = (field: string, raw: unknown) => formatChangeValue(field, raw, t, format);
  const action = (name: string): string => {
    const key = `history.actions.${name.replace(".", "_")}`;
    return t.has(key) ? t(key) : t("history.actions.other");
  };
  return {
    action,
    /**
     * The event as a sentence, "Chiara Marino signed off for marketing": its actor by name (null:
     * the system), values by label. What it is about (initiative, KPI, person) is named beside it.
     */
    sentence(event: { actor: string | null; action: string; changes: Record<string, unknown> }): string {
      const { changes } = event;
      // The side: recorded as { signedOff } by the app (and the demo data), as the approver field by older data.
      const side =
        after(changes, "signedOff") ??
        ("marketingApprovedById" in changes ? "MARKETING" : "itApprovedById" in changes ? "IT" : changes.side);
      const text = (field: string, raw: unknown) => (raw === undefined || raw === null ? "—" : value(field, raw));
      const values = {
        actor: event.actor ?? t("history.system"),
        side: typeof side === "string" ? side : "NONE",
        status: text("status", after(changes, "status")),
        healthLabel: text("health", after(changes, "health")),
        progress: text("progress", after(changes, "progress")),
        verdict: text("standardsReview", after(changes, "standardsReview")),
        role: t.has(`roles.${String(after(changes, "role"))}`) ? t(`roles.${String(after(changes, "role"))}`) : "—",
        from: text("rank", before(changes, "rank")),
        to: text("rank", after(changes, "rank")),
      };
      const key = `history.sentences.${event.action.replace(".", "_")}`;
      return t.has(key) ? t(key, values) : t("history.sentences.other", { ...values, action: action(event.action) });
    },
    changes(changes: Record<string, unknown>): { key: string; text: string; italic?: boolean }[] {
      const lines: { key: string; text: string; italic?: boolean }[] = Object.entries(changes)
        .filter(
          ([field, change]) =>
            !HIDDEN.has(field) && change !== null && typeof change === "object" && !Array.isArray(change),
        )
        .map(([field, change]) => {
          const c = change as { before?: unknown; after?: unknown };
          return {
            key: field,
            text: t("history.from", {
              field: label(field),
              before: value(field, c.before),
              after: value(field, c.after),
            }),
          };
        });
      if (Array.isArray(changes.fields)) {
        lines.push({
          key: "fields",
          text: t("history.because", { fields: changes.fields.map((field) => label(String(field))).join(", ") }),
        });
      }
      if (typeof changes.reason === "string")
        lines.push({ key: "reason", text: t("history.reason", { reason: changes.reason }), italic: true });
      return lines;
    },
  };
}
