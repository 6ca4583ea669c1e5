import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import Link from "next/link";
import { KpiForm } from "@/components/kpis/kpi-form";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/permissions";
import { createKpiAction } from "@/server/actions/kpi-actions";
import { requireUser } from "@/server/auth/session";
import { forbidden } from "next/navigation";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("kpiRegister"))("newKpi") };
}

export default async function NewKpiPage() {
  const user = await requireUser();
  if (!can(user, "kpi.manage")) forbidden();
  const t = await getTranslations();
  return (
    <>
      <Link href="/kpis" className="text-sm text-brand-700 underline-offset-2 hover:underline">
        ← {t("kpiRegister.backToKpis")}
      </Link>
      <PageHeader title={t("kpiRegister.newKpi")} intro={t("kpiRegister.newKpiIntro")} />
      <Card as="section" padding="lg">
        <KpiForm mode="create" action={createKpiAction} />
      </Card>
    </>
  );
}
