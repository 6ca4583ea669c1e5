import { getTranslations } from "@/i18n/server";
import Link from "next/link";
import { PERIODS, type Period } from "@/lib/dashboard-period";

/** The period (?period=) as three links: shareable, works without JavaScript, changes nothing. */
export async function PeriodFilter({ period }: { period: Period }) {
  const t = await getTranslations("dash");
  return (
    <nav aria-label={t("period.label")} className="print:hidden">
      <p className="mb-1 text-sm text-slate-600" aria-hidden="true">
        {t("period.label")}
      </p>
      <ul className="flex overflow-hidden rounded-md border border-slate-300 bg-white text-sm">
        {PERIODS.map((value) => (
          <li key={value} className="border-l border-slate-300 first:border-l-0">
            <Link
              href={`/dashboard?period=${value}`}
              aria-current={value === period ? "page" : undefined}
              className="block px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-slate-900 aria-[current=page]:text-white"
            >
              {t(`period.${value}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
