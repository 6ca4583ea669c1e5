import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import Link from "next/link";
import { ExportCsvLink } from "@/components/board/export-link";
import { KpiCard } from "@/components/kpis/kpi-card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/permissions";
import { requireUser } from "@/server/auth/session";
import { listKpiCards } from "@/server/queries/kpis";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("kpis"))("title") };
}

export default async function KpisPage() {
  const user = await requireUser();
  const [kpis, t] = await Promise.all([listKpiCards(user), getTranslations()]);
  return (
    <>
      <PageHeader title={t("kpis.title")} intro={t("kpis.intro")}>
        <div className="flex items-center gap-3">
          {kpis.length > 0 ? <ExportCsvLink kind="kpiMeasurements" /> : null}
          {can(user, "kpi.manage") ? (
            <Link
              href="/kpis/new"
              className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
            >
              {t("kpiRegister.newKpi")}
            </Link>
          ) : null}
        </div>
      </PageHeader>
      {kpis.length === 0 ? (
        <EmptyState>{t("kpis.empty")}</EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {kpis.map((kpi) => (
            <KpiCard key={kpi.id} kpi={kpi} />
          ))}
        </ul>
      )}
    </>
  );
}
