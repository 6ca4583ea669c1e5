import { getFormatter, getTranslations } from "@/i18n/server";
import { ChangeLines } from "@/components/history/change-lines";
import { historyFormat } from "@/components/history/history-format";
import type { HistoryEntry } from "@/server/queries/initiative-activity";
import { dynamicKeys } from "@/i18n/translator";

/** Every change to the initiative, newest first: who, when, field before → after. */
export async function HistoryTimeline({ entries }: { entries: HistoryEntry[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const history = historyFormat(dynamicKeys(t), format);
  if (entries.length === 0) return <p className="text-slate-600">{t("history.empty")}</p>;
  return (
    <ol className="space-y-3 border-l-2 border-slate-200 pl-4">
      {entries.map((entry) => (
        <li key={entry.id} className="relative">
          <span aria-hidden className="absolute -left-[1.4rem] top-1.5 h-2.5 w-2.5 rounded-full bg-slate-400" />
          <p className="text-sm">
            <span className="font-medium text-slate-900">{entry.actor ?? t("history.system")}</span>{" "}
            <span className="text-slate-700">{history.action(entry.action)}</span>{" "}
            <time dateTime={entry.at} className="text-slate-500">
              · {format.dateTime(new Date(entry.at), { dateStyle: "medium", timeStyle: "short" })}
            </time>
          </p>
          <ChangeLines changes={entry.changes} className="mt-1" />
        </li>
      ))}
    </ol>
  );
}
