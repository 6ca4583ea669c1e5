import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/page-heading";
import { requireUser } from "@/server/auth/session";
import { countByStatus } from "@/server/queries/status-counts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage() {
  const user = await requireUser();
  const [counts, t, format] = await Promise.all([countByStatus(user), getTranslations(), getFormatter()]);
  const statuses = Object.keys(counts) as (keyof typeof counts)[];
  return (
    <>
      <PageHeading title={t("dashboard.title")} intro={t("dashboard.intro")} />
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-5">
        {statuses.map((status) => (
          <div key={status} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <dt className="text-sm text-slate-600">{t(`status.${status}`)}</dt>
            <dd className="mt-1 text-3xl font-semibold tabular-nums">{format.number(counts[status])}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-8 text-slate-600">{t("dashboard.comingSoon")}</p>
    </>
  );
}
