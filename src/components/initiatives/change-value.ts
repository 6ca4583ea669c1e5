import type { useFormatter } from "@/i18n/client";

// How a recorded change's value is shown: as the rest of the UI shows it (dates and numbers in the
// reader's locale, enums by label, people by name — names are resolved by the query), never as a
// raw ISO string, code or id. Shared by every view of the history.

type Translate = { (key: string): string; has(key: string): boolean };
type Format = Pick<ReturnType<typeof useFormatter>, "dateTime" | "number">;

/** Enum-valued fields, shown with their labels (field → message namespace). */
const ENUM_LABELS: Record<string, string> = {
  status: "status",
  lever: "levers",
  health: "health",
  riskLevel: "riskLevels",
  standardsReview: "standardsReviews",
  signedOff: "sides",
};
const DATE_ONLY = /^(\d{4}-\d{2}-\d{2})(T00:00:00(\.000)?Z)?$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const MAX_LENGTH = 80;

export function formatChangeValue(field: string, raw: unknown, t: Translate, format: Format): string {
  if (raw === null || raw === undefined || raw === "") return "—";
  const namespace = ENUM_LABELS[field];
  if (namespace && typeof raw === "string" && t.has(`${namespace}.${raw}`)) return t(`${namespace}.${raw}`);
  if (typeof raw === "number")
    return field === "progress" ? format.number(raw / 100, { style: "percent" }) : format.number(raw);
  if (typeof raw === "boolean") return t(raw ? "history.yes" : "history.no");
  if (typeof raw === "string") {
    const dateOnly = DATE_ONLY.exec(raw);
    if (dateOnly)
      return format.dateTime(new Date(`${dateOnly[1]}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
    if (TIMESTAMP.test(raw)) return format.dateTime(new Date(raw), { dateStyle: "medium", timeStyle: "short" });
    return raw.length > MAX_LENGTH ? `${raw.slice(0, MAX_LENGTH - 1)}…` : raw;
  }
  return "—";
}

/** A field's label, or the field itself when the catalogue has none. */
export function fieldLabel(field: string, t: Translate): string {
  return t.has(`fields.${field}`) ? t(`fields.${field}`) : field;
}
