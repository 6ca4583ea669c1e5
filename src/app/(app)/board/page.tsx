import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { HealthBadge, LeverBadge, StatusBadge } from "@/components/badges";
import { PageHeading } from "@/components/page-heading";
import { requireUser } from "@/server/auth/session";
import { listBoard } from "@/server/queries/board";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("board"))("title") };
}

export default async function BoardPage() {
  const user = await requireUser();
  const [rows, t, format] = await Promise.all([listBoard(user), getTranslations(), getFormatter()]);
  return (
    <>
      <PageHeading title={t("board.title")} intro={t("board.intro")}>
        <p className="text-sm text-slate-600">{t("board.count", { count: rows.length })}</p>
      </PageHeading>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">{t("board.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">{t("board.intro")}</caption>
            <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2 text-right">{t("board.rank")}</th>
                <th scope="col" className="px-3 py-2">{t("board.initiative")}</th>
                <th scope="col" className="px-3 py-2">{t("board.lever")}</th>
                <th scope="col" className="px-3 py-2">{t("board.marketingOwner")}</th>
                <th scope="col" className="px-3 py-2">{t("board.itOwner")}</th>
                <th scope="col" className="px-3 py-2">{t("board.status")}</th>
                <th scope="col" className="px-3 py-2">{t("board.health")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("board.progress")}</th>
                <th scope="col" className="px-3 py-2">{t("board.targetDate")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.id}>
                  <td className="px-3 py-2 text-right font-semibold tabular-nums">{row.rank}</td>
                  <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">{row.title}</th>
                  <td className="px-3 py-2"><LeverBadge lever={row.lever} label={t(`levers.${row.lever}`)} /></td>
                  <td className="px-3 py-2">{row.marketingOwner.name}</td>
                  <td className="px-3 py-2">{row.itOwner.name}</td>
                  <td className="px-3 py-2"><StatusBadge status={row.status} label={t(`status.${row.status}`)} /></td>
                  <td className="px-3 py-2"><HealthBadge health={row.health} label={t(`health.${row.health}`)} /></td>
                  <td className="px-3 py-2 text-right tabular-nums">{format.number(row.progress / 100, { style: "percent" })}</td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {row.targetDate ? format.dateTime(new Date(row.targetDate), { dateStyle: "medium" }) : t("board.noDate")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
