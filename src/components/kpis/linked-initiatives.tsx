import { getTranslations } from "@/i18n/server";
import Link from "next/link";
import type { KpiDetail } from "@/server/queries/kpis";
import { StatusBadge } from "@/components/ui/badge";

/** The initiatives linked to a KPI, live ones first in rank order, each a link to its page. */
export async function LinkedInitiatives({ initiatives }: { initiatives: KpiDetail["initiatives"] }) {
  const t = await getTranslations();
  if (initiatives.length === 0) return <p className="text-sm text-slate-600">{t("kpiRegister.noInitiatives")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {initiatives.map((initiative) => (
        <li key={initiative.id} className="flex flex-wrap items-center gap-2 py-2 text-sm">
          {initiative.rank !== null ? (
            <span className="tabular-nums text-slate-600">{t("kpiRegister.rank", { rank: initiative.rank })}</span>
          ) : null}
          <Link
            href={`/initiatives/${initiative.id}`}
            className="font-medium text-brand-700 underline-offset-2 hover:underline"
          >
            {initiative.title}
          </Link>
          <StatusBadge status={initiative.status} label={t(`status.${initiative.status}`)} />
        </li>
      ))}
    </ul>
  );
}
