import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { PageHeading } from "@/components/page-heading";
import { requireUser } from "@/server/auth/session";
import { ChangeLines } from "@/components/history/change-lines";
import { historyFormat } from "@/components/history/history-format";
import { activityFilterSchema, listActivity, listActivityPeople } from "@/server/queries/activity-log";
import { forbidden } from "next/navigation";
import { dynamicKeys } from "@/i18n/translator";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activityLog"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ActivityPage({ searchParams }: Props) {
  const user = await requireUser();
  const params = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filter = activityFilterSchema.parse(params);
  const [log, t, format] = await Promise.all([listActivity(user, filter), getTranslations(), getFormatter()]);
  if (!log) forbidden();
  const people = await listActivityPeople(user);
  const actionLabel = historyFormat(dynamicKeys(t), format).action;
  const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
  const nextHref = log.nextBefore ? `/activity?${new URLSearchParams({ ...Object.fromEntries(Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === "string")), before: log.nextBefore })}` : null;
  return (
    <>
      <PageHeading title={t("activityLog.title")} intro={t("activityLog.intro")} />
      <form method="get" role="search" aria-label={t("activityLog.filter")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:grid-cols-5">
        <div className="text-sm"><label htmlFor="a-action">{t("activityLog.action")}</label>
          <select id="a-action" name="action" defaultValue={filter.action ?? ""} className={field}>
            <option value="">{t("activityLog.any")}</option>
            {log.actions.map((a) => <option key={a} value={a}>{a}</option>)}
          </select></div>
        <div className="text-sm"><label htmlFor="a-actor">{t("activityLog.actor")}</label>
          <select id="a-actor" name="actor" defaultValue={filter.actor ?? ""} className={field}>
            <option value="">{t("activityLog.any")}</option>
            {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select></div>
        <div className="text-sm"><label htmlFor="a-from">{t("activityLog.from")}</label><input id="a-from" type="date" name="from" defaultValue={filter.from ?? ""} className={field} /></div>
        <div className="text-sm"><label htmlFor="a-to">{t("activityLog.to")}</label><input id="a-to" type="date" name="to" defaultValue={filter.to ?? ""} className={field} /></div>
        <div className="flex items-end gap-2">
          <button type="submit" className="rounded-md bg-slate-800 px-3 py-1.5 text-sm font-medium text-white">{t("activityLog.filter")}</button>
          <Link href="/activity" className="px-2 py-1.5 text-sm text-brand-700 underline">{t("activityLog.clear")}</Link>
        </div>
      </form>
      {log.rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">{t("activityLog.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2">{t("activityLog.when")}</th>
                <th scope="col" className="px-3 py-2">{t("activityLog.actor")}</th>
                <th scope="col" className="px-3 py-2">{t("activityLog.action")}</th>
                <th scope="col" className="px-3 py-2">{t("activityLog.subject")}</th>
                <th scope="col" className="px-3 py-2">{t("activityLog.details")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {log.rows.map((row) => (
                <tr key={row.id} className="align-top">
                  <td className="whitespace-nowrap px-3 py-2"><time dateTime={row.at}>{format.dateTime(new Date(row.at), { dateStyle: "medium", timeStyle: "short" })}</time></td>
                  <td className="px-3 py-2">{row.actor ?? t("history.system")}</td>
                  <td className="px-3 py-2">{actionLabel(row.action)}<span className="block text-xs text-slate-500">{row.action}</span></td>
                  <td className="px-3 py-2">{row.initiative ? <Link className="text-brand-700 underline" href={`/initiatives/${row.initiative.id}`}>{row.initiative.title}</Link> : row.unknownAccount ? t("activityLog.unknownAccount") : (row.subject ?? row.entityType)}</td>
                  <td className="px-3 py-2"><ChangeLines changes={row.changes} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="mt-4 flex gap-4 text-sm" aria-label={t("activityLog.title")}>
        {filter.before ? <Link className="text-brand-700 underline" href="/activity">{t("activityLog.newer")}</Link> : null}
        {nextHref ? <Link className="text-brand-700 underline" href={nextHref}>{t("activityLog.older")}</Link> : null}
      </nav>
    </>
  );
}
