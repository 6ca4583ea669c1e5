import type { Metadata } from "next";
import { getFormatter, getTranslations } from "@/i18n/server";
import type { ReactNode } from "react";
import { AttentionList } from "@/components/dashboard/attention-list";
import { DecisionList } from "@/components/dashboard/decision-list";
import { HeadlineFigures } from "@/components/dashboard/headline-figures";
import { HealthChart } from "@/components/dashboard/health-chart";
import { KpiCharts } from "@/components/dashboard/kpi-charts";
import { LeverProgressChart } from "@/components/dashboard/lever-progress-chart";
import { PeriodFilter } from "@/components/dashboard/period-filter";
import { PriorityTable } from "@/components/dashboard/priority-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { firstParam, periodSchema } from "@/lib/dashboard-period";
import { requireUser } from "@/server/auth/session";
import { loadDashboard } from "@/server/queries/dashboard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10 first:mt-0">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {intro ? <p className="mb-3 text-sm text-slate-600">{intro}</p> : <div className="mb-3" />}
      {children}
    </section>
  );
}

/** The board's progress dashboard: read-only figures, charts and lists; the period is in the URL. */
export default async function DashboardPage({ searchParams }: Props) {
  const user = await requireUser();
  const period = periodSchema.parse(firstParam((await searchParams).period));
  const [dashboard, t, format] = await Promise.all([loadDashboard(user, period), getTranslations(), getFormatter()]);
  if (!dashboard) return <p>{t("errors.forbidden")}</p>;
  const sinceText = dashboard.from
    ? t("dash.sinceDate", { date: format.dateTime(new Date(dashboard.from), { dateStyle: "medium" }) })
    : t("dash.allTime");
  const { decisions } = dashboard;
  return (
    <>
      <PageHeader title={t("dashboard.title")} intro={t("dash.intro")}>
        <PeriodFilter period={period} />
      </PageHeader>
      <Section id="figures" title={t("dash.figures.title")} intro={t("dash.figures.intro", { period })}>
        <HeadlineFigures figures={dashboard.figures} completedLabel={t("dash.figures.completed", { period })} />
      </Section>
      <Section id="levers" title={t("dash.levers.title")} intro={t("dash.levers.intro")}>
        <div className="grid gap-4 lg:grid-cols-2">
          <LeverProgressChart levers={dashboard.levers} />
          <HealthChart health={dashboard.health} />
        </div>
      </Section>
      <Section id="kpis" title={t("dash.kpis.title")} intro={t("dash.kpis.intro", { since: sinceText })}>
        <KpiCharts kpis={dashboard.kpis} />
      </Section>
      <Section id="top" title={t("dash.top.title", { count: dashboard.top.length })} intro={t("dash.top.intro")}>
        {dashboard.top.length === 0 ? (
          <EmptyState>{t("dash.top.empty")}</EmptyState>
        ) : (
          <PriorityTable rows={dashboard.top} caption={t("dash.top.title", { count: dashboard.top.length })} />
        )}
      </Section>
      <Section
        id="attention"
        title={t("dash.attention.title")}
        intro={t("dash.attention.intro", { count: dashboard.attention.total })}
      >
        <AttentionList rows={dashboard.attention.rows} total={dashboard.attention.total} />
      </Section>
      <Section
        id="decisions"
        title={t("dash.decisions.title")}
        intro={t("dash.decisions.intro", { count: decisions.total, shown: decisions.rows.length, since: sinceText })}
      >
        <DecisionList rows={decisions.rows} empty={t("dash.decisions.empty", { since: sinceText })} />
      </Section>
    </>
  );
}
