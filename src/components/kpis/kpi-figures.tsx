import { getFormatter, getTranslations } from "@/i18n/server";
import { kpiAmount } from "@/lib/kpi-amount";
import { gapToTarget } from "@/lib/kpi-units";
import type { KpiSummary } from "@/server/queries/kpis";

/** Latest value (with its date and the gap to target), target and baseline of one KPI. */
export async function KpiFigures({ kpi, large = false }: { kpi: KpiSummary; large?: boolean }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const withUnit = (value: number) => kpiAmount(t, format, kpi.unit, value, { maximumFractionDigits: 2 });
  const gap = kpi.latest ? gapToTarget(kpi.direction, kpi.latest.value, kpi.target) : null;
  return (
    <dl className={`grid grid-cols-3 gap-3 ${large ? "text-base" : "text-sm"}`}>
      <div>
        <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{t("kpiRegister.latest")}</dt>
        <dd className={`font-semibold tabular-nums text-slate-900 ${large ? "text-2xl" : "text-lg"}`}>
          {kpi.latest ? withUnit(kpi.latest.value) : t("kpiRegister.none")}
        </dd>
        {kpi.latest ? (
          <dd className="text-xs text-slate-600">
            {t("kpiRegister.on", { date: new Date(`${kpi.latest.measuredOn}T00:00:00Z`) })}
            {gap !== null ? (
              <span className="block">
                {gap <= 0 ? t("kpiRegister.targetReached") : t("kpiRegister.toGo", { gap: withUnit(gap) })}
              </span>
            ) : null}
          </dd>
        ) : (
          <dd className="text-xs text-slate-600">{t("kpiRegister.noMeasurements")}</dd>
        )}
      </div>
      <div>
        <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{t("kpiRegister.target")}</dt>
        <dd className="tabular-nums text-slate-900">{withUnit(kpi.target)}</dd>
      </div>
      <div>
        <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{t("kpiRegister.baseline")}</dt>
        <dd className="tabular-nums text-slate-900">
          {kpi.baseline === null ? t("kpiRegister.none") : withUnit(kpi.baseline)}
        </dd>
      </div>
    </dl>
  );
}
