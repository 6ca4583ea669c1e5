import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { KpiForm } from "@/components/kpis/kpi-form";
import { PageHeading } from "@/components/page-heading";
import { can } from "@/lib/permissions";
import { createKpiAction } from "@/server/actions/kpi-actions";
import { requireUser } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("kpiRegister"))("newKpi") };
}

export default async function NewKpiPage() {
  const user = await requireUser();
  const t = await getTranslations();
  return (
    <>
      <Link href="/kpis" className="text-sm text-brand-700 underline-offset-2 hover:underline">← {t("kpiRegister.backToKpis")}</Link>
      <PageHeading title={t("kpiRegister.newKpi")} intro={t("kpiRegister.newKpiIntro")} />
      {can(user, "kpi.manage") ? (
        <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <KpiForm mode="create" action={createKpiAction} />
        </section>
      ) : (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 p-4 text-amber-900">{t("errors.forbidden")}</p>
      )}
    </>
  );
}
