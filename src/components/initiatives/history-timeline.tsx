import { getFormatter, getTranslations } from "next-intl/server";
import type { HistoryEntry } from "@/server/queries/initiative-activity";
import { fieldLabel, formatChangeValue } from "./change-value";

const HIDDEN = new Set(["version", "fields", "signedOff", "marketingApprovedAt", "itApprovedAt"]);

/** Every change to the initiative, newest first: who, when, field before → after. */
export async function HistoryTimeline({ entries }: { entries: HistoryEntry[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const label = (field: string) => fieldLabel(field, t);
  const value = (field: string, raw: unknown) => formatChangeValue(field, raw, t, format);
  const actionLabel = (action: string) => {
    const key = `history.actions.${action.replace(".", "_")}`;
    return t.has(key) ? t(key) : action;
  };
  if (entries.length === 0) return <p className="text-slate-600">{t("history.empty")}</p>;
  return (
    <ol className="space-y-3 border-l-2 border-slate-200 pl-4">
      {entries.map((entry) => (
        <li key={entry.id} className="relative">
          <span aria-hidden className="absolute -left-[1.4rem] top-1.5 h-2.5 w-2.5 rounded-full bg-slate-400" />
          <p className="text-sm">
            <span className="font-medium text-slate-900">{entry.actor ?? t("history.system")}</span>{" "}
            <span className="text-slate-700">{actionLabel(entry.action)}</span>{" "}
            <time dateTime={entry.at} className="text-slate-500">· {format.dateTime(new Date(entry.at), { dateStyle: "medium", timeStyle: "short" })}</time>
          </p>
          <ul className="mt-1 space-y-0.5 text-sm text-slate-700">
            {Object.entries(entry.changes)
              .filter(([field, change]) => !HIDDEN.has(field) && field !== "reason" && change && typeof change === "object")
              .map(([field, change]) => {
                const c = change as { before?: unknown; after?: unknown };
                return <li key={field}>{t("history.from", { field: label(field), before: value(field, c.before), after: value(field, c.after) })}</li>;
              })}
            {Array.isArray(entry.changes.fields) ? (
              <li>{t("history.because", { fields: entry.changes.fields.map((field) => label(String(field))).join(", ") })}</li>
            ) : null}
            {typeof entry.changes.reason === "string" ? <li className="italic">{t("history.reason", { reason: entry.changes.reason })}</li> : null}
          </ul>
        </li>
      ))}
    </ol>
  );
}
