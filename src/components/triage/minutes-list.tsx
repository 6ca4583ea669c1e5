import { getFormatter, getTranslations } from "@/i18n/server";
import Link from "next/link";
import type { Minutes } from "@/server/queries/triage-session";
import { Card } from "../ui/card";
import { DataTable } from "../ui/data-table";
import { EmptyState } from "../ui/empty-state";

/** A session's minutes: date, who took part, and each decision with its reason. */
export async function MinutesList({ minutes }: { minutes: Minutes }) {
  const [t, format] = await Promise.all([getTranslations("triage"), getFormatter()]);
  const when = (iso: string) =>
    format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  return (
    <Card as="section" aria-labelledby={`minutes-${minutes.id}`}>
      <h2 id={`minutes-${minutes.id}`} className="font-semibold text-slate-900">
        {t("minutes.heading", { date: when(minutes.startedAt) })}
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        {t("minutes.participants", { names: minutes.participants.join(", ") })}
      </p>
      <p className="text-sm text-slate-700">
        {minutes.endedAt ? t("minutes.ended", { date: when(minutes.endedAt) }) : t("minutes.stillOpen")}
      </p>
      {minutes.decisions.length === 0 ? (
        <EmptyState variant="inline" className="mt-2">
          {t("minutes.noDecisions")}
        </EmptyState>
      ) : (
        <div className="mt-3">
          <DataTable
            caption={t("minutes.title")}
            plain
            rows={minutes.decisions}
            rowKey={(d) => d.id}
            columns={[
              {
                header: t("minutes.initiative"),
                rowHeader: true,
                className: "font-normal",
                cell: (d) => (
                  <Link href={`/initiatives/${d.initiativeId}`} className="hover:underline">
                    {d.title}
                  </Link>
                ),
              },
              {
                header: t("minutes.decision"),
                cell: (d) =>
                  d.kind === "PARK" && d.parkUntil
                    ? t("minutes.parkedUntil", {
                        date: format.dateTime(new Date(`${d.parkUntil}T00:00:00Z`), {
                          dateStyle: "medium",
                          timeZone: "UTC",
                        }),
                      })
                    : t(`session.kinds.${d.kind}`),
              },
              { header: t("minutes.reason"), cell: (d) => d.reason || "—" },
              { header: t("minutes.by"), cell: (d) => `${d.decidedBy}, ${when(d.decidedAt)}` },
            ]}
          />
        </div>
      )}
    </Card>
  );
}
