import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/server/auth/session";
import { ChangeLines } from "@/components/history/change-lines";
import { historyFormat } from "@/components/history/history-format";
import {
  activityFilterSchema,
  listActivity,
  listActivityPeople,
  type ActivityRow,
} from "@/server/queries/activity-log";
import { forbidden } from "next/navigation";
import { dynamicKeys, type RootTranslator } from "@/i18n/translator";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activityLog"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const SUBJECTS = new Set(["scoringModel", "triageSession", "capacity", "session"]);

/** What an event is about, by name: an initiative or a KPI (linked), a person, a sign-in's account, or a kind of record. */
function Subject({ row, t }: { row: ActivityRow; t: RootTranslator }) {
  if (row.initiative)
    return (
      <Link className="text-brand-700 underline" href={`/initiatives/${row.initiative.id}`}>
        {row.initiative.title}
      </Link>
    );
  if (row.kpi)
    return (
      <Link className="text-brand-700 underline" href={`/kpis/${row.kpi.id}`}>
        {row.kpi.name}
      </Link>
    );
  if (row.unknownAccount) return <>{t("activityLog.unknownAccount")}</>;
  if (row.subject) return <>{row.subject}</>;
  return SUBJECTS.has(row.entityType) ? <>{dynamicKeys(t)(`activityLog.subjects.${row.entityType}`)}</> : <>—</>;
}

export default async function ActivityPage({ searchParams }: Props) {
  const user = await requireUser();
  const params = Object.fromEntries(
    Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  const filter = activityFilterSchema.parse(params);
  const [log, t, format] = await Promise.all([listActivity(user, filter), getTranslations(), getFormatter()]);
  if (!log) forbidden();
  const people = await listActivityPeople(user);
  const history = historyFormat(dynamicKeys(t), format);
  const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
  const nextHref = log.nextBefore
    ? `/activity?${new URLSearchParams({ ...Object.fromEntries(Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === "string")), before: log.nextBefore })}`
    : null;
  type Row = (typeof log.rows)[number];
  const columns: Column<Row>[] = [
    {
      header: t("activityLog.when"),
      className: "whitespace-nowrap",
      cell: (row) => (
        <time dateTime={row.at}>{format.dateTime(new Date(row.at), { dateStyle: "medium", timeStyle: "short" })}</time>
      ),
    },
    { header: t("activityLog.what"), cell: (row) => history.sentence(row) },
    { header: t("activityLog.subject"), cell: (row) => <Subject row={row} t={t} /> },
    { header: t("activityLog.details"), cell: (row) => <ChangeLines changes={row.changes} /> },
  ];
  return (
    <>
      <PageHeader title={t("activityLog.title")} intro={t("activityLog.intro")} />
      <Card
        as="form"
        padding="sm"
        method="get"
        role="search"
        aria-label={t("activityLog.filter")}
        className="mb-4 grid gap-3 sm:grid-cols-3 lg:grid-cols-6"
      >
        <div className="text-sm">
          <label htmlFor="a-action">{t("activityLog.action")}</label>
          <select id="a-action" name="action" defaultValue={filter.action ?? ""} className={field}>
            <option value="">{t("activityLog.any")}</option>
            {log.actions.map((a) => (
              <option key={a} value={a}>
                {history.action(a)}
              </option>
            ))}
          </select>
        </div>
        <div className="text-sm">
          <label htmlFor="a-actor">{t("activityLog.actor")}</label>
          <select id="a-actor" name="actor" defaultValue={filter.actor ?? ""} className={field}>
            <option value="">{t("activityLog.any")}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="text-sm">
          <label htmlFor="a-from">{t("activityLog.from")}</label>
          <input id="a-from" type="date" name="from" defaultValue={filter.from ?? ""} className={field} />
        </div>
        <div className="text-sm">
          <label htmlFor="a-to">{t("activityLog.to")}</label>
          <input id="a-to" type="date" name="to" defaultValue={filter.to ?? ""} className={field} />
        </div>
        <div className="flex items-center gap-2 self-end pb-1.5 text-sm">
          <input
            id="a-signins"
            type="checkbox"
            name="signIns"
            value="1"
            defaultChecked={filter.signIns === "1"}
            className="h-4 w-4"
          />
          <label htmlFor="a-signins">{t("activityLog.signIns")}</label>
        </div>
        <div className="flex items-end gap-2">
          <button type="submit" className="rounded-md bg-slate-800 px-3 py-1.5 text-sm font-medium text-white">
            {t("activityLog.filter")}
          </button>
          <Link href="/activity" className="px-2 py-1.5 text-sm text-brand-700 underline">
            {t("activityLog.clear")}
          </Link>
        </div>
      </Card>
      {log.rows.length === 0 ? (
        <EmptyState>{t("activityLog.empty")}</EmptyState>
      ) : (
        <DataTable caption={t("activityLog.title")} columns={columns} rows={log.rows} rowKey={(row) => row.id} tall />
      )}
      {filter.signIns || filter.action ? null : (
        <p className="mt-2 text-sm text-slate-600">{t("activityLog.signInsHidden")}</p>
      )}
      <nav className="mt-4 flex gap-4 text-sm" aria-label={t("activityLog.title")}>
        {filter.before ? (
          <Link className="text-brand-700 underline" href="/activity">
            {t("activityLog.newer")}
          </Link>
        ) : null}
        {nextHref ? (
          <Link className="text-brand-700 underline" href={nextHref}>
            {t("activityLog.older")}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
