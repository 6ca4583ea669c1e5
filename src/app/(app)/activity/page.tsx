import type { Metadata } from "next";
import { getFormatter, getTranslations } from "@/i18n/server";
import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterBar, FilterCheckbox, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
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
      <FilterBar
        action="/activity"
        label={t("activityLog.filter")}
        submitLabel={t("activityLog.filter")}
        clearLabel={t("activityLog.clear")}
      >
        <FilterSelect
          id="a-action"
          name="action"
          label={t("activityLog.action")}
          value={filter.action}
          anyLabel={t("activityLog.any")}
          options={log.actions.map((action) => ({ value: action, label: history.action(action) }))}
        />
        <FilterSelect
          id="a-actor"
          name="actor"
          label={t("activityLog.actor")}
          value={filter.actor}
          anyLabel={t("activityLog.any")}
          options={people.map((person) => ({ value: person.id, label: person.name }))}
        />
        <FilterInput id="a-from" type="date" name="from" label={t("activityLog.from")} value={filter.from} />
        <FilterInput id="a-to" type="date" name="to" label={t("activityLog.to")} value={filter.to} />
        <FilterCheckbox id="a-signins" name="signIns" label={t("activityLog.signIns")} value={filter.signIns} />
      </FilterBar>
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
