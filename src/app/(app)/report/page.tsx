import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DecisionList } from "@/components/dashboard/decision-list";
import { HeadlineFigures } from "@/components/dashboard/headline-figures";
import { KpiCharts } from "@/components/dashboard/kpi-charts";
import { PriorityTable } from "@/components/dashboard/priority-table";
import { AddedList, HealthChangeList, MoveList } from "@/components/report/change-lists";
import { KpiMovements } from "@/components/report/kpi-movements";
import { PrintButton } from "@/components/report/print-button";
import { SinceForm } from "@/components/report/since-form";
import { firstParam, isoDay, parseSince } from "@/lib/dashboard-period";
import { requireUser } from "@/server/auth/session";
import { loadReport } from "@/server/queries/report";
import { TriageSessionsList } from "@/components/triage/triage-sessions-list";
import { listSessionsSince } from "@/server/queries/triage-session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("report"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A top-level part of the report; in print, `newPage` starts it on a new page. */
function Part({ id, title, intro, newPage = false, children }: { id: string; title: string; intro?: string; newPage?: boolean; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={`mt-10 first:mt-0 ${newPage ? "print:mt-0 print:break-before-page" : "print:mt-6"}`}>
      <h2 id={id} className="border-b border-slate-300 pb-1 text-xl font-semibold text-slate-900">{title}</h2>
      {intro ? <p className="mt-2 text-sm text-slate-700">{intro}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}

function Sub({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mt-6 first:mt-0">
      <h3 className="mb-2 font-semibold text-slate-900 break-after-avoid">{title}</h3>
      {children}
    </div>
  );
}

/** The printable board report: A4 landscape, one part per page, what changed since the last meeting. */
export default async function ReportPage({ searchParams }: Props) {
  const user = await requireUser();
  const now = new Date();
  const since = parseSince(firstParam((await searchParams).since), now);
  const [report, t, format, sessions] = await Promise.all([loadReport(user, since, now), getTranslations(), getFormatter(), listSessionsSince(user, new Date(since))]);
  if (!report) return <p>{t("errors.forbidden")}</p>;
  const sinceDate = format.dateTime(new Date(since), { dateStyle: "long" });
  const { changes, figures } = report;
  const counts = changes.decisions.counts;
  return (
    <article className="mx-auto max-w-[1040px] print:max-w-none">
      <header className="mb-8 flex flex-wrap items-end justify-between gap-4 border-b border-slate-300 pb-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("report.title")}</h1>
          <p className="mt-1 text-slate-700">
            {t("report.subtitle", { date: format.dateTime(new Date(report.generatedAt), { dateStyle: "long" }), since: sinceDate })}
          </p>
        </div>
        <div className="flex flex-wrap items-end gap-4 print:hidden">
          <SinceForm since={since} today={isoDay(now)} />
          <PrintButton />
        </div>
      </header>
      <Part id="report-figures" title={t("report.figures")}>
        <HeadlineFigures figures={figures} completedLabel={t("report.completedSince", { since: sinceDate })} />
      </Part>
      <Part
        id="report-changes"
        title={t("report.changes.title", { since: sinceDate })}
        intro={t("report.changes.summary", {
          added: changes.added.total, agreed: counts.AGREED, done: counts.DONE, dropped: counts.DROPPED,
          moves: changes.moves.total, health: changes.health.total,
        })}
      >
        <Sub title={t("report.changes.added", { count: changes.added.total })}>
          <AddedList added={changes.added} />
        </Sub>
        <Sub title={t("report.changes.decisions", { count: changes.decisions.total })}>
          {changes.decisions.rows.length === 0 ? (
            <p className="text-sm text-slate-600">{t("report.changes.none")}</p>
          ) : (
            <DecisionList rows={changes.decisions.rows} empty={t("report.changes.none")} />
          )}
        </Sub>
        <Sub title={t("report.changes.moved", { count: changes.moves.total })}>
          <MoveList moves={changes.moves} />
        </Sub>
        <Sub title={t("triage.minutes.reportTitle")}>
          <TriageSessionsList sessions={sessions} />
        </Sub>
        <Sub title={t("report.changes.health", { count: changes.health.total })}>
          <HealthChangeList changes={changes.health} />
        </Sub>
        <Sub title={t("report.kpis.title")}>
          <KpiMovements kpis={changes.kpis} />
        </Sub>
      </Part>
      <Part
        newPage
        id="report-ranked"
        title={t("report.ranked.title")}
        intro={report.ranked.length < figures.live ? t("report.ranked.partial", { shown: report.ranked.length, live: figures.live }) : t("report.ranked.all", { live: figures.live })}
      >
        {report.ranked.length === 0 ? <p className="text-slate-600">{t("dash.top.empty")}</p> : <PriorityTable rows={report.ranked} caption={t("report.ranked.title")} />}
      </Part>
      <Part newPage id="report-kpis" title={t("report.charts.title")} intro={t("report.charts.intro")}>
        <KpiCharts kpis={report.kpis} height={180} />
      </Part>
    </article>
  );
}
