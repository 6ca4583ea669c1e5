import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { PriorityRow } from "@/server/queries/dashboard";
import { HealthBadge, LeverBadge, StatusBadge } from "../badges";
import { OneSidedBadge } from "../board/one-sided-badge";

/** Ranked initiatives with owners, status, health, progress and target date; titles link to the initiative. */
export async function PriorityTable({ rows, caption }: { rows: PriorityRow[]; caption: string }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const silent = { oneSided: t("board.oneSided"), MARKETING: t("board.silentMarketing"), IT: t("board.silentIt") };
  const head = "px-2 py-2";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm print:overflow-visible print:shadow-none">
      <table className="min-w-full divide-y divide-slate-200 text-sm print:text-xs">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className={`${head} text-right`}>{t("board.rank")}</th>
            <th scope="col" className={head}>{t("board.initiative")}</th>
            <th scope="col" className={head}>{t("board.lever")}</th>
            <th scope="col" className={head}>{t("board.marketingOwner")}</th>
            <th scope="col" className={head}>{t("board.itOwner")}</th>
            <th scope="col" className={head}>{t("board.status")}</th>
            <th scope="col" className={head}>{t("board.health")}</th>
            <th scope="col" className={`${head} text-right`}>{t("board.progress")}</th>
            <th scope="col" className={head}>{t("board.targetDate")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className="break-inside-avoid">
              <td className="px-2 py-2 text-right font-semibold tabular-nums">{format.number(row.rank)}</td>
              <th scope="row" className="min-w-48 px-2 py-2 text-left font-medium text-slate-900">
                <Link href={`/initiatives/${row.id}`} className="hover:underline">{row.title}</Link>
                <OneSidedBadge silentSides={row.silentSides} labels={silent} />
              </th>
              <td className="px-2 py-2"><LeverBadge lever={row.lever} label={t(`levers.${row.lever}`)} /></td>
              <td className="px-2 py-2">{row.marketingOwner}</td>
              <td className="px-2 py-2">{row.itOwner}</td>
              <td className="px-2 py-2"><StatusBadge status={row.status} label={t(`status.${row.status}`)} /></td>
              <td className="px-2 py-2"><HealthBadge health={row.health} label={t(`health.${row.health}`)} /></td>
              <td className="px-2 py-2 text-right tabular-nums">{format.number(row.progress / 100, { style: "percent" })}</td>
              <td className={`whitespace-nowrap px-2 py-2 ${row.overdue ? "font-semibold text-red-800" : ""}`}>
                {row.targetDate ? format.dateTime(new Date(row.targetDate), { dateStyle: "medium" }) : t("board.noDate")}
                {row.overdue ? <span className="ml-1 text-xs font-medium">({t("board.overdue")})</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
