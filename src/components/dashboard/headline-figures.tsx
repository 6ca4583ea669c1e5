import { madeOnceInLanguage } from "@/i18n/server";
import type { Formatter, RootTranslator } from "@/i18n/translator";
import { INITIATIVE_STATUSES } from "@/lib/initiative-enums";
import type { HeadlineFigures as Figures } from "@/server/queries/dashboard";
import { cardClass } from "../ui/card";

// HTML elements only (a card's look from `cardClass`): the figures are kept whole (see below).
function figure({
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
    <div className={cardClass({ className: "break-inside-avoid" })}>
      <dt className="text-sm font-medium text-slate-700">{label}</dt>
      <dd className={`mt-1 text-3xl font-semibold tabular-nums ${tone}`}>{value}</dd>
      <dd className="mt-1 text-sm text-slate-600">{detail}</dd>
    </div>
  );
}

/**
 * The numbers a board asks for first: the list by status, how much is agreed and on track, what is
 * late. Figures from the read cache are made once per data change, label and language (`madeOnce`).
 */
export async function HeadlineFigures({ figures, completedLabel }: { figures: Figures; completedLabel: string }) {
  return madeOnceInLanguage(figures, `figures|${JSON.stringify(completedLabel)}`, (t, format) =>
    headlineFigures(figures, completedLabel, t, format),
  );
}

function headlineFigures(figures: Figures, completedLabel: string, t: RootTranslator, format: Formatter) {
  const share = (part: number) => (figures.live === 0 ? "—" : format.number(part / figures.live, { style: "percent" }));
  const count = (n: number) => format.number(n, "count");
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5 print:grid-cols-5">
        {INITIATIVE_STATUSES.map((status) => (
          <div key={status} className={cardClass({ className: "py-3" })}>
            <dt className="text-sm text-slate-700">{t(`status.${status}`)}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{count(figures.byStatus[status])}</dd>
          </div>
        ))}
      </dl>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 print:grid-cols-4">
        {figure({
          label: t("dash.figures.agreed"),
          value: share(figures.agreedByBoth),
          detail: t("dash.figures.agreedDetail", { count: figures.agreedByBoth, live: figures.live }),
        })}
        {figure({
          label: t("dash.figures.onTrack"),
          value: share(figures.onTrack),
          detail: t("dash.figures.onTrackDetail", { count: figures.onTrack, live: figures.live }),
        })}
        {figure({
          label: t("dash.figures.overdue"),
          value: count(figures.overdue),
          detail: t("dash.figures.overdueDetail", { count: figures.overdue }),
          tone: figures.overdue > 0 ? "text-red-800" : "text-slate-900",
        })}
        {figure({
          label: completedLabel,
          value: count(figures.completedInPeriod),
          detail: t("dash.figures.completedDetail", { count: figures.completedInPeriod }),
        })}
      </dl>
    </div>
  );
}
