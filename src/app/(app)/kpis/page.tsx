import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/page-heading";
import { requireUser } from "@/server/auth/session";
import { listKpis } from "@/server/queries/kpis";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("kpis"))("title") };
}

export default async function KpisPage() {
  const user = await requireUser();
  const [kpis, t, format] = await Promise.all([listKpis(user), getTranslations("kpis"), getFormatter()]);
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      {kpis.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {kpis.map((kpi) => (
            <li key={kpi.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <h2 className="font-semibold text-slate-900">{kpi.name}</h2>
              <p className="mt-2 text-sm text-slate-700">
                {kpi.latest
                  ? t("latest", {
                      value: format.number(kpi.latest.value, { maximumFractionDigits: 1 }),
                      unit: kpi.unit,
                      date: format.dateTime(new Date(kpi.latest.measuredOn), { dateStyle: "medium" }),
                    })
                  : t("noMeasurements")}
              </p>
              <p className="text-sm text-slate-600">
                {t("target", { value: format.number(kpi.target, { maximumFractionDigits: 1 }), unit: kpi.unit })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
