import { getTranslations } from "next-intl/server";

/** The date of the last meeting (?since=YYYY-MM-DD): a plain GET form, so the report's URL can be shared. */
export async function SinceForm({ since, today }: { since: string; today: string }) {
  const t = await getTranslations("report");
  return (
    <form method="get" action="/report" className="flex flex-wrap items-end gap-2 print:hidden">
      <div className="text-sm text-slate-700">
        <label htmlFor="report-since" className="block">{t("since.label")}</label>
        <input
          id="report-since"
          type="date"
          name="since"
          defaultValue={since}
          max={today}
          required
          aria-describedby="report-since-hint"
          className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
        />
        <span id="report-since-hint" className="sr-only">{t("since.hint")}</span>
      </div>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50">
        {t("since.submit")}
      </button>
    </form>
  );
}
