import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { Minutes } from "@/server/queries/triage-session";

/** A session's minutes: date, who took part, and each decision with its reason. */
export async function MinutesList({ minutes }: { minutes: Minutes }) {
  const [t, format] = await Promise.all([getTranslations("triage"), getFormatter()]);
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  return (
    <section aria-labelledby={`minutes-${minutes.id}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id={`minutes-${minutes.id}`} className="font-semibold text-slate-900">
        {t("minutes.heading", { date: when(minutes.startedAt) })}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("minutes.participants", { names: minutes.participants.join(", ") })}</p>
      <p className="text-sm text-slate-700">{minutes.endedAt ? t("minutes.ended", { date: when(minutes.endedAt) }) : t("minutes.stillOpen")}</p>
      {minutes.decisions.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("minutes.noDecisions")}</p>
      ) : (
        <table className="mt-3 min-w-full text-sm">
          <caption className="sr-only">{t("minutes.title")}</caption>
          <thead className="text-left text-xs uppercase text-slate-600">
            <tr>
              <th scope="col" className="py-1 pr-3">{t("minutes.initiative")}</th>
              <th scope="col" className="py-1 pr-3">{t("minutes.decision")}</th>
              <th scope="col" className="py-1 pr-3">{t("minutes.reason")}</th>
              <th scope="col" className="py-1 pr-3">{t("minutes.by")}</th>
            </tr>
          </thead>
          <tbody>
            {minutes.decisions.map((d) => (
              <tr key={d.id} className="border-t border-slate-100">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  <Link href={`/initiatives/${d.initiativeId}`} className="hover:underline">
                    {d.title}
                  </Link>
                </th>
                <td className="py-1 pr-3">
                  {d.kind === "PARK" && d.parkUntil
                    ? t("minutes.parkedUntil", { date: format.dateTime(new Date(`${d.parkUntil}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) })
                    : t(`session.kinds.${d.kind}`)}
                </td>
                <td className="py-1 pr-3">{d.reason || "—"}</td>
                <td className="py-1 pr-3">
                  {d.decidedBy}, {when(d.decidedAt)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
