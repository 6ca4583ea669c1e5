import { useLocale } from "next-intl";
import { useTranslations } from "@/i18n/server";
import { csvDialectFor } from "@/lib/csv";

const EXPORTS = {
  initiatives: { href: "/api/export/initiatives.csv", label: "initiativesLabel" },
  kpiMeasurements: { href: "/api/export/kpi-measurements.csv", label: "measurementsLabel" },
} as const;

/**
 * "Export CSV": a plain download link (the route answers with an attachment). `kind` picks the
 * file: every initiative (the board) or every KPI measurement; `kpi` narrows the latter to one KPI.
 */
export function ExportCsvLink({
  kind = "initiatives",
  kpi,
}: {
  kind?: keyof typeof EXPORTS;
  kpi?: { id: string; name: string };
}) {
  const t = useTranslations("exportCsv");
  const target = EXPORTS[kind];
  const href = kpi ? `${target.href}?kpi=${encodeURIComponent(kpi.id)}` : target.href;
  const label = kpi ? t("kpiMeasurementsLabel", { name: kpi.name }) : t(target.label);
  // The file follows the reader's language (semicolons for Italian); the other dialect is one click away.
  const other = csvDialectFor(null, useLocale()) === "semicolon" ? "comma" : "semicolon";
  const otherHref = `${href}${href.includes("?") ? "&" : "?"}format=${other}`;
  return (
    <span className="inline-flex items-center gap-2">
      <a
        href={href}
        download
        aria-label={label}
        title={label}
        className="inline-flex items-center gap-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
      >
        <span aria-hidden="true">⤓</span>
        {t(kind === "initiatives" ? "initiatives" : "measurements")}
      </a>
      <a
        href={otherHref}
        download
        title={t(`${other}Label`)}
        aria-label={t(`${other}Label`)}
        className="text-xs text-brand-700 underline"
      >
        {t(other)}
      </a>
    </span>
  );
}
