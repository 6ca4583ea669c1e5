import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { Decision } from "@/server/queries/dashboard";

const KIND_STYLES: Record<Decision["kind"], string> = {
  SIGNED_OFF: "bg-blue-50 text-blue-900",
  AGREED: "bg-blue-100 text-blue-900",
  DONE: "bg-green-100 text-green-900",
  DROPPED: "bg-slate-200 text-slate-800",
};

/** Decisions newest first: who decided what on which initiative, with the outcome note or the reason. */
export async function DecisionList({ rows, empty }: { rows: Decision[]; empty: string }) {
  const [t, format] = await Promise.all([getTranslations("dash.decisions"), getFormatter()]);
  if (rows.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">{empty}</p>;
  return (
    <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
      {rows.map((decision) => (
        <li key={decision.id} className="break-inside-avoid px-4 py-3">
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
            <time dateTime={decision.at} className="tabular-nums text-slate-600">{format.dateTime(new Date(decision.at), { dateStyle: "medium" })}</time>
            <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${KIND_STYLES[decision.kind]}`}>
              {t(`kind.${decision.kind}`, { side: decision.side ?? "NONE" })}
            </span>
            {decision.initiative ? (
              <Link href={`/initiatives/${decision.initiative.id}`} className="font-medium text-slate-900 hover:underline">{decision.initiative.title}</Link>
            ) : null}
            {decision.actor ? <span className="text-slate-600">{t("by", { name: decision.actor })}</span> : null}
          </p>
          {decision.note ? (
            <p className="mt-1 text-sm text-slate-800">
              <span className="font-medium">{decision.kind === "DROPPED" ? t("reason") : t("outcome")}</span> {decision.note}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
