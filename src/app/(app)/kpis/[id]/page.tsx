import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import Link from "next/link";
import { isUuid } from "@/lib/schemas/dates";
import { notFound } from "next/navigation";
import { ExportCsvLink } from "@/components/board/export-link";
import { KpiTrendChart } from "@/components/charts/kpi-trend-chart";
import { kpiSeries } from "@/components/kpis/kpi-series";
import { KpiFigures } from "@/components/kpis/kpi-figures";
import { KpiForm } from "@/components/kpis/kpi-form";
import { LinkedInitiatives } from "@/components/kpis/linked-initiatives";
import { MeasurementForm } from "@/components/kpis/measurement-form";
import { MeasurementsTable } from "@/components/kpis/measurements-table";
import { latestTodayIso, unitLabelKey } from "@/lib/kpi-units";
import { can } from "@/lib/permissions";
import { updateKpiAction } from "@/server/actions/kpi-actions";
import { requireUser } from "@/server/auth/session";
import { getKpi, type KpiDetail } from "@/server/queries/kpis";
import { dynamicKeys } from "@/i18n/translator";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireUser();
  const kpi = await getKpi(user, (await params).id);
  return { title: kpi?.name ?? (await getTranslations("errors"))("notFoundTitle") };
}

const formValues = (kpi: KpiDetail): Record<string, string> => ({
  id: kpi.id,
  version: String(kpi.version),
  name: kpi.name,
  description: kpi.description,
  unit: kpi.unit,
  direction: kpi.direction,
  baseline: kpi.baseline === null ? "" : String(kpi.baseline),
  target: String(kpi.target),
});

export default async function KpiPage({ params, searchParams }: Props) {
  const user = await requireUser();
  // A malformed id (not a UUID) is a page that does not exist: 404, never a database error.
  if (!isUuid((await params).id)) notFound();
  const [kpi, t] = await Promise.all([getKpi(user, (await params).id), getTranslations()]);
  if (!kpi) notFound();
  const mayManage = can(user, "kpi.manage");
  const mayRecord = can(user, "kpi.recordMeasurement");
  const editing = mayManage && (await searchParams).edit === "1";
  const unitKey = unitLabelKey(kpi.unit);
  const unit = unitKey ? dynamicKeys(t)(unitKey) : kpi.unit;
  return (
    <article className="space-y-5">
      <Link href="/kpis" className="text-sm text-brand-700 underline-offset-2 hover:underline">
        ← {t("kpiRegister.backToKpis")}
      </Link>
      <PageHeader title={kpi.name} intro={`${unit} · ${t(`kpiDirections.${kpi.direction}`)}`}>
        {mayManage && !editing ? (
          <Link
            href={`/kpis/${kpi.id}?edit=1`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
          >
            {t("kpiRegister.edit")}
          </Link>
        ) : null}
      </PageHeader>
      {editing ? (
        <Card as="section" padding="lg" aria-labelledby="edit-heading">
          <div className="mb-4 flex items-center justify-between">
            <h2 id="edit-heading" className="text-lg font-semibold">
              {t("kpiRegister.editTitle")}
            </h2>
            <Link href={`/kpis/${kpi.id}`} className="text-sm text-brand-700 underline">
              {t("kpiRegister.cancel")}
            </Link>
          </div>
          <KpiForm mode="edit" action={updateKpiAction} initial={formValues(kpi)} />
        </Card>
      ) : null}
      <Card as="section" padding="lg" aria-label={t("kpiRegister.description")} className="space-y-4">
        <p className="whitespace-pre-line text-slate-800">{kpi.description || t("kpiRegister.noDescription")}</p>
        <KpiFigures kpi={kpi} large />
      </Card>
      <KpiTrendChart kpi={kpiSeries(kpi, "all")} height={260} />
      <div className="grid gap-5 lg:grid-cols-2">
        {mayRecord ? (
          <Card as="section" padding="lg" aria-labelledby="record-heading">
            <h2 id="record-heading" className="mb-3 text-base font-semibold">
              {t("kpiRegister.record")}
            </h2>
            <MeasurementForm kpiId={kpi.id} unit={unit} maxDate={latestTodayIso()} />
          </Card>
        ) : null}
        <Card as="section" padding="lg" aria-labelledby="initiatives-heading">
          <h2 id="initiatives-heading" className="mb-3 text-base font-semibold">
            {t("kpiRegister.initiatives")}
          </h2>
          <LinkedInitiatives initiatives={kpi.initiatives} />
        </Card>
      </div>
      <Card as="section" padding="lg" aria-labelledby="measurements-heading">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 id="measurements-heading" className="text-base font-semibold">
            {t("kpiRegister.measurements")}
          </h2>
          {kpi.measurementCount > 0 ? <ExportCsvLink kind="kpiMeasurements" kpi={kpi} /> : null}
        </div>
        {kpi.measurements.length === 0 ? (
          <EmptyState variant="inline">
            {mayRecord ? t("kpiRegister.noMeasurementsCanRecord") : t("kpiRegister.noMeasurements")}
          </EmptyState>
        ) : (
          <>
            {kpi.measurementCount > kpi.measurements.length ? (
              <p className="mb-2 text-sm text-slate-600">
                {t("kpiRegister.shownOf", { shown: kpi.measurements.length, total: kpi.measurementCount })}
              </p>
            ) : null}
            <MeasurementsTable rows={kpi.measurements} unit={unit} caption={t("kpiRegister.measurements")} />
          </>
        )}
      </Card>
    </article>
  );
}
