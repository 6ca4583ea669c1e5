import { getTranslations } from "@/i18n/server";

const FIELD = "mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

/**
 * The meeting the board pack is for (?meeting=YYYY-MM-DD, on its cover) and the date of the last
 * meeting (?since=YYYY-MM-DD, where "what changed" counts from): a plain GET form, so the report's
 * URL can be shared.
 */
export async function SinceForm({
  since,
  meeting,
  today,
  full,
}: {
  since: string;
  meeting: string;
  today: string;
  /** The long lists are kept when the dates change. */
  full: boolean;
}) {
  const t = await getTranslations("report");
  return (
    <form method="get" action="/report" className="flex flex-wrap items-end gap-2 print:hidden">
      {full ? <input type="hidden" name="full" value="1" /> : null}
      <div className="text-sm text-slate-700">
        <label htmlFor="report-meeting" className="block">
          {t("meeting.label")}
        </label>
        <input id="report-meeting" type="date" name="meeting" defaultValue={meeting} required className={FIELD} />
      </div>
      <div className="text-sm text-slate-700">
        <label htmlFor="report-since" className="block">
          {t("since.label")}
        </label>
        <input
          id="report-since"
          type="date"
          name="since"
          defaultValue={since}
          max={today}
          required
          aria-describedby="report-since-hint"
          className={FIELD}
        />
        <span id="report-since-hint" className="sr-only">
          {t("since.hint")}
        </span>
      </div>
      <button
        type="submit"
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
      >
        {t("since.submit")}
      </button>
    </form>
  );
}
