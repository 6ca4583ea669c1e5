import { getFormatter, getTranslations } from "@/i18n/server";
import Link from "next/link";
import type { Decision } from "@/server/queries/dashboard";
import { Badge, type BadgeTone } from "../ui/badge";
import { Card } from "../ui/card";
import { EmptyState } from "../ui/empty-state";
import type { SignOff } from "@/server/queries/report";

const KIND_TONES: Record<Decision["kind"], BadgeTone> = {
  SIGNED_OFF: "paleBlue",
  AGREED: "blue",
  DONE: "green",
  DROPPED: "grey",
};

/** Decisions newest first: who decided what on which initiative, with the outcome note or the reason. */
export async function DecisionList({ rows, empty }: { rows: (Decision & { signOffs?: SignOff[] })[]; empty: string }) {
  const [t, format] = await Promise.all([getTranslations("dash.decisions"), getFormatter()]);
  if (rows.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <Card as="ol" padding="none" className="divide-y divide-slate-100">
      {rows.map((decision) => (
        <li key={decision.id} className="break-inside-avoid px-4 py-3">
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
            <time dateTime={decision.at} className="tabular-nums text-slate-600">
              {format.dateTime(new Date(decision.at), { dateStyle: "medium" })}
            </time>
            <Badge tone={KIND_TONES[decision.kind]}>
              {t(`kind.${decision.kind}`, { side: decision.side ?? "NONE" })}
            </Badge>
            {decision.initiative ? (
              <Link
                href={`/initiatives/${decision.initiative.id}`}
                className="font-medium text-slate-900 hover:underline"
              >
                {decision.initiative.title}
              </Link>
            ) : null}
            {decision.actor && !decision.signOffs?.length ? (
              <span className="text-slate-600">{t("by", { name: decision.actor })}</span>
            ) : null}
          </p>
          {decision.signOffs?.length ? (
            <p className="mt-1 text-sm text-slate-700">
              {decision.signOffs
                .map((signOff) =>
                  t("signOff", {
                    side: signOff.side,
                    name: signOff.actor ?? "—",
                    date: format.dateTime(new Date(signOff.at), { dateStyle: "medium" }),
                  }),
                )
                .join(" · ")}
            </p>
          ) : null}
          {decision.note ? (
            <p className="mt-1 text-sm text-slate-800">
              <span className="font-medium">{decision.kind === "DROPPED" ? t("reason") : t("outcome")}</span>{" "}
              {decision.note}
            </p>
          ) : null}
        </li>
      ))}
    </Card>
  );
}
