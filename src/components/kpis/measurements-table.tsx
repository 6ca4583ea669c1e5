import { getFormatter, getTranslations } from "next-intl/server";
import type { MeasurementRow } from "@/server/queries/kpis";

/** A KPI's measurements, newest first, with who recorded them and when. */
export async function MeasurementsTable({ rows, unit, caption }: { rows: MeasurementRow[]; unit: string; caption: string }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">{t("kpiRegister.date")}</th>
            <th scope="col" className="px-3 py-2 text-right">{`${t("kpiRegister.value")} (${unit})`}</th>
            <th scope="col" className="px-3 py-2">{t("kpiRegister.note")}</th>
            <th scope="col" className="px-3 py-2">{t("kpiRegister.recordedBy")}</th>
            <th scope="col" className="px-3 py-2">{t("kpiRegister.recordedAt")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="whitespace-nowrap px-3 py-2 text-left font-normal">
                <time dateTime={row.date}>{format.dateTime(new Date(`${row.date}T00:00:00Z`), { dateStyle: "medium" })}</time>
              </th>
              <td className="px-3 py-2 text-right tabular-nums">{format.number(row.value, { maximumFractionDigits: 4 })}</td>
              <td className="px-3 py-2 text-slate-700">{row.note}</td>
              <td className="px-3 py-2">{t("kpiRegister.byline", { name: row.recordedBy.name, role: t(`roles.${row.recordedBy.role}`) })}</td>
              <td className="whitespace-nowrap px-3 py-2 text-slate-600">
                <time dateTime={row.recordedAt}>{format.dateTime(new Date(row.recordedAt), { dateStyle: "medium", timeStyle: "short" })}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
