import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { PriorityRow } from "@/server/queries/dashboard";
import { HealthBadge } from "../badges";
import { OneSidedBadge } from "../board/one-sided-badge";

/** Live initiatives at risk or off track, overdue, or one-sided, by rank, each with why it is listed. */
export async function AttentionList({ rows, total }: { rows: PriorityRow[]; total: number }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  if (rows.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">{t("dash.attention.empty")}</p>;
  const silent = { oneSided: t("board.oneSided"), MARKETING: t("board.silentMarketing"), IT: t("board.silentIt") };
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("dash.attention.title")}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 text-right">{t("board.rank")}</th>
            <th scope="col" className="px-3 py-2">{t("board.initiative")}</th>
            <th scope="col" className="px-3 py-2">{t("dash.attention.owners")}</th>
            <th scope="col" className="px-3 py-2">{t("dash.attention.why")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="px-3 py-2 text-right font-semibold tabular-nums">{format.number(row.rank)}</td>
              <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">
                <Link href={`/initiatives/${row.id}`} className="hover:underline">{row.title}</Link>
              </th>
              <td className="px-3 py-2 text-slate-700">{t("dash.attention.ownerPair", { marketing: row.marketingOwner, it: row.itOwner })}</td>
              <td className="px-3 py-2">
                <span className="flex flex-wrap items-center gap-2">
                  {row.health !== "ON_TRACK" ? <HealthBadge health={row.health} label={t(`health.${row.health}`)} /> : null}
                  {row.overdue && row.targetDate ? (
                    <span className="text-xs font-semibold text-red-800">
                      {t("dash.attention.overdueSince", { date: format.dateTime(new Date(row.targetDate), { dateStyle: "medium" }) })}
                    </span>
                  ) : null}
                  <OneSidedBadge silentSides={row.silentSides} labels={silent} />
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > rows.length ? <p className="border-t border-slate-100 px-3 py-2 text-sm text-slate-600">{t("dash.attention.more", { count: total - rows.length })}</p> : null}
    </div>
  );
}
