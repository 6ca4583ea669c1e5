import { getFormatter, getTranslations } from "@/i18n/server";
import Link from "next/link";
import type { SessionSummary } from "@/server/queries/triage-session";
import { EmptyState } from "../ui/empty-state";

/** The report's list of triage sessions since the last meeting, each linked to its minutes. */
export async function TriageSessionsList({ sessions }: { sessions: readonly SessionSummary[] }) {
  const [t, format] = await Promise.all([getTranslations("triage.minutes"), getFormatter()]);
  if (sessions.length === 0) return <EmptyState variant="inline">{t("reportNone")}</EmptyState>;
  return (
    <ul className="space-y-1 text-sm">
      {sessions.map((s) => (
        <li key={s.id}>
          <Link href={`/triage/session/${s.id}`} className="underline">
            {t("reportItem", {
              date: format.dateTime(new Date(s.startedAt), { dateStyle: "medium" }),
              agree: s.decisions.AGREE,
              park: s.decisions.PARK,
              sendBack: s.decisions.SEND_BACK,
              drop: s.decisions.DROP,
            })}
          </Link>
        </li>
      ))}
    </ul>
  );
}
