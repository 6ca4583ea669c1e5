import type { Metadata } from "next";
import { getFormatter, getTranslations } from "@/i18n/server";
import type { ReactNode } from "react";
import { DecisionList } from "@/components/dashboard/decision-list";
import { HeadlineFigures } from "@/components/dashboard/headline-figures";
import { KpiCharts } from "@/components/dashboard/kpi-charts";
import { PriorityTable } from "@/components/dashboard/priority-table";
import { AddedList, HealthChangeList, MoveList } from "@/components/report/change-lists";
import { KpiMovements } from "@/components/report/kpi-movements";
import { ListLengthLink, ShownOf } from "@/components/report/list-length";
import { PrintButton } from "@/components/report/print-button";
import { SinceForm } from "@/components/report/since-form";
import { Card } from "@/components/ui/card";
import { firstParam, isoDay, parseMeeting, parseSince } from "@/lib/dashboard-period";
import { requireUser } from "@/server/auth/session";
import { firstItems, firstRows, loadReport, REPORT_LIST_LIMIT, REPORT_SHORT_LIST } from "@/server/queries/report";
import { TriageSessionsList } from "@/components/triage/triage-sessions-list";
import { listSessionsSince } from "@/server/queries/triage-session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("report"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A top-level part of the report; in print, `newPage` starts it on a new page. */
function Part({
  id,
  title,
  intro,
  newPage = false,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  newPage?: boolean;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      className={`mt-10 first:mt-0 ${newPage ? "print:mt-0 print:break-before-page" : "print:mt-6"}`}
    >
      <h2 id={id} className="border-b border-slate-300 pb-1 text-xl font-semibold text-slate-900">
        {title}
      </h2>
      {intro ? <p className="mt-2 text-sm text-slate-700">{intro}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}

/** A part's list; `list`: one the report may have shortened, which then says so under it. */
function Sub({
  title,
  children,
  list,
}: {
  title: string;
  children: ReactNode;
  list?: { rows: unknown[]; total: number };
}) {
  return (
    <div className="mt-6 first:mt-0">
      <h3 className="mb-2 font-semibold text-slate-900 break-after-avoid">{title}</h3>
      {children}
      {list ? <ShownOf shown={list.rows.length} total={list.total} /> : null}
    </div>
  );
}

/** A text for a CSS `content` property: a quoted string, escaped (no quote, backslash, line break or `<` gets through). */
const cssString = (text: string) =>
  `"${text
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/</g, "\\3c ")
    .replace(/[\n\r]+/g, " ")}"`;

/**
 * The footer of every printed page (CSS page-margin boxes): company, title and meeting date on the
 * left, "Page 2 of 5" on the right, in the reader's language.
 */
function printFooter(left: string, pageOf: (page: string, pages: string) => string): string {
  const [before = "", middle = "", after = ""] = pageOf("\u0001", "\u0002").split(/[\u0001\u0002]/);
  const right = `${cssString(before)} counter(page) ${cssString(middle)} counter(pages) ${cssString(after)}`;
  const box = "font-family: system-ui, sans-serif; font-size: 9pt; color: #334155;";
  return `@page { margin: 12mm 12mm 16mm; @bottom-left { content: ${cssString(left)}; ${box} } @bottom-right { content: ${right}; ${box} } }`;
}

/**
 * The printable board report (the board pack): a cover, a one-page summary, what changed since the
 * last meeting, the ranked list and the KPI charts; A4 landscape with a footer on every page.
 */
export default async function ReportPage({ searchParams }: Props) {
  const user = await requireUser();
  const now = new Date();
  const params = await searchParams;
  const since = parseSince(firstParam(params.since), now);
  const meeting = parseMeeting(firstParam(params.meeting), now);
  // Short lists as the report opens; ?full=1 shows up to REPORT_LIST_LIMIT rows in each.
  const full = firstParam(params.full) === "1";
  const listLimit = full ? REPORT_LIST_LIMIT : REPORT_SHORT_LIST;
  const [report, t, format, sessions] = await Promise.all([
    loadReport(user, since, now),
    getTranslations(),
    getFormatter(),
    listSessionsSince(user, new Date(since)),
  ]);
  if (!report) return <p>{t("errors.forbidden")}</p>;
  const longDate = (date: string) => format.dateTime(new Date(date), { dateStyle: "long", timeZone: "UTC" });
  const sinceDate = longDate(since);
  const meetingDate = longDate(meeting);
  const { figures } = report;
  const changes = {
    ...report.changes,
    added: firstRows(report.changes.added, listLimit),
    decisions: firstRows(report.changes.decisions, listLimit),
    moves: firstRows(report.changes.moves, listLimit),
    health: firstRows(report.changes.health, listLimit),
  };
  const ranked = firstItems(report.ranked, listLimit);
  const lengthSwitch = (anchor: string) => (
    <ListLengthLink
      href={`/report?${new URLSearchParams({ since, meeting, ...(full ? {} : { full: "1" }) })}#${anchor}`}
      longer={!full}
      count={full ? REPORT_SHORT_LIST : REPORT_LIST_LIMIT}
    />
  );
  const counts = changes.decisions.counts;
  const summary = t("report.changes.summary", {
    added: changes.added.total,
    agreed: counts.AGREED,
    done: counts.DONE,
    dropped: counts.DROPPED,
    moves: changes.moves.total,
    health: changes.health.total,
  });
  const footer = printFooter(t("report.footer.left", { company: report.company, date: meetingDate }), (page, pages) =>
    t("report.footer.page", { page, pages }),
  );
  return (
    <article className="board-pack mx-auto max-w-[1200px] print:max-w-none">
      <style>{`@media print { ${footer} }`}</style>
      <section
        aria-label={t("report.cover.label")}
        className="hidden print:flex print:min-h-[150mm] print:break-after-page print:flex-col print:justify-center print:gap-6"
      >
        <p className="text-lg font-medium text-slate-700">{report.company}</p>
        <p className="text-4xl font-semibold tracking-tight text-slate-900">{t("report.title")}</p>
        <p className="text-2xl text-slate-800">{t("report.cover.meeting", { date: meetingDate })}</p>
        <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-base text-slate-800">
          <dt className="font-medium">{t("report.cover.preparedBy")}</dt>
          <dd>{t("report.cover.preparer", { name: user.name, role: t(`roles.${user.role}`) })}</dd>
          <dt className="font-medium">{t("report.cover.preparedOn")}</dt>
          <dd>{longDate(report.generatedAt)}</dd>
          <dt className="font-medium">{t("report.cover.changesSince")}</dt>
          <dd>{sinceDate}</dd>
        </dl>
      </section>
      <header className="mb-8 flex flex-wrap items-end justify-between gap-4 border-b border-slate-300 pb-4 print:hidden">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("report.title")}</h1>
          <p className="mt-1 text-slate-700">
            {t("report.heading", {
              company: report.company,
              meeting: meetingDate,
              date: longDate(report.generatedAt),
              since: sinceDate,
            })}
          </p>
        </div>
        <div className="flex flex-wrap items-end gap-4 print:hidden">
          <SinceForm since={since} meeting={meeting} today={isoDay(now)} full={full} />
          <PrintButton />
        </div>
      </header>
      <Part
        id="report-summary"
        title={t("report.summary.title")}
        intro={t("report.summary.intro", { since: sinceDate })}
      >
        <HeadlineFigures figures={figures} completedLabel={t("report.completedSince", { since: sinceDate })} />
        <Card as="p" className="mt-4 text-base text-slate-900">
          {summary}
        </Card>
      </Part>
      <Part newPage id="report-changes" title={t("report.changes.title", { since: sinceDate })} intro={summary}>
        {[changes.added, changes.decisions, changes.moves, changes.health].some(
          (list) => list.total > REPORT_SHORT_LIST,
        ) ? (
          <p className="mb-4 print:hidden">{lengthSwitch("report-changes")}</p>
        ) : null}
        <Sub title={t("report.changes.added", { count: changes.added.total })} list={changes.added}>
          <AddedList added={changes.added} />
        </Sub>
        <Sub title={t("report.changes.decisions", { count: changes.decisions.total })} list={changes.decisions}>
          {changes.decisions.rows.length === 0 ? (
            <p className="text-sm text-slate-600">{t("report.changes.none")}</p>
          ) : (
            <DecisionList rows={changes.decisions.rows} empty={t("report.changes.none")} />
          )}
        </Sub>
        <Sub title={t("report.changes.moved", { count: changes.moves.total })} list={changes.moves}>
          <MoveList moves={changes.moves} />
        </Sub>
        <Sub title={t("triage.minutes.reportTitle")}>
          <TriageSessionsList sessions={sessions} />
        </Sub>
        <Sub title={t("report.changes.health", { count: changes.health.total })} list={changes.health}>
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
        intro={
          ranked.length < figures.live
            ? t("report.ranked.partial", { shown: ranked.length, live: figures.live })
            : t("report.ranked.all", { live: figures.live })
        }
      >
        {ranked.length === 0 ? (
          <p className="text-slate-600">{t("dash.top.empty")}</p>
        ) : (
          <PriorityTable rows={ranked} caption={t("report.ranked.title")} />
        )}
        {figures.live > REPORT_SHORT_LIST ? <p className="mt-2 print:hidden">{lengthSwitch("report-ranked")}</p> : null}
      </Part>
      <Part newPage id="report-kpis" title={t("report.charts.title")} intro={t("report.charts.intro")}>
        <KpiCharts kpis={report.kpis} height={180} />
      </Part>
    </article>
  );
}
