import { getFormatter, getTranslations } from "@/i18n/server";
import { INITIATIVE_STATUSES } from "@/lib/initiative-enums";
import type { HeadlineFigures as Figures } from "@/server/queries/dashboard";
import { Card } from "../ui/card";

function Figure({
  label,
  value,
  detail,
  tone = "text-slate-900",
}: {
  label: string;
  value: string;
  detail: string;
  tone?: string;
}) {
  return (
    <Card className="break-inside-avoid">
      <dt className="text-sm font-medium text-slate-700">{label}</dt>
      <dd className={`mt-1 text-3xl font-semibold tabular-nums ${tone}`}>{value}</dd>
      <dd className="mt-1 text-sm text-slate-600">{detail}</dd>
    </Card>
  );
}

/** The numbers a board asks for first: the list by status, how much is agreed and on track, what is late. */
export async function HeadlineFigures({ figures, completedLabel }: { figures: Figures; completedLabel: string }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const share = (part: number) => (figures.live === 0 ? "—" : format.number(part / figures.live, { style: "percent" }));
  const count = (n: number) => format.number(n, "count");
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5 print:grid-cols-5">
        {INITIATIVE_STATUSES.map((status) => (
          <Card key={status} className="py-3">
            <dt className="text-sm text-slate-700">{t(`status.${status}`)}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{count(figures.byStatus[status])}</dd>
          </Card>
        ))}
      </dl>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 print:grid-cols-4">
        <Figure
          label={t("dash.figures.agreed")}
          value={share(figures.agreedByBoth)}
          detail={t("dash.figures.agreedDetail", { count: figures.agreedByBoth, live: figures.live })}
        />
        <Figure
          label={t("dash.figures.onTrack")}
          value={share(figures.onTrack)}
          detail={t("dash.figures.onTrackDetail", { count: figures.onTrack, live: figures.live })}
        />
        <Figure
          label={t("dash.figures.overdue")}
          value={count(figures.overdue)}
          detail={t("dash.figures.overdueDetail", { count: figures.overdue })}
          tone={figures.overdue > 0 ? "text-red-800" : "text-slate-900"}
        />
        <Figure
          label={completedLabel}
          value={count(figures.completedInPeriod)}
          detail={t("dash.figures.completedDetail", { count: figures.completedInPeriod })}
        />
      </dl>
    </div>
  );
}
