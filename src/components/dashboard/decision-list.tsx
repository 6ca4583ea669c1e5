import { getFormatsKey, getFormatter, getTranslations } from "@/i18n/server";
import type { Decision } from "@/server/queries/dashboard";
import { badgeMarkup, type BadgeTone } from "../ui/badge";
import { cardClass } from "../ui/card";
import { madeOnce } from "@/lib/made-once";
import { EmptyState } from "../ui/empty-state";
import { el, escapedText, markup } from "../ui/markup";
import { MarkupList } from "../ui/markup-list";
import { titleMarkup } from "../initiatives/title-markup";
import type { SignOff } from "@/server/queries/report";

const KIND_TONES: Record<Decision["kind"], BadgeTone> = {
  SIGNED_OFF: "paleBlue",
  AGREED: "blue",
  DONE: "green",
  DROPPED: "grey",
};

/**
 * Decisions newest first: who decided what on which initiative, with the outcome note or the reason.
 * Written as text (markup.ts), once per list from the read cache and language (`madeOnce`): the
 * dashboard and the report list them by the dozen.
 */
export async function DecisionList({
  rows,
  empty,
}: {
  rows: readonly (Decision & { signOffs?: SignOff[] })[];
  empty: string;
}) {
  if (rows.length === 0) return <EmptyState>{empty}</EmptyState>;
  const [t, format, formats] = await Promise.all([getTranslations("dash.decisions"), getFormatter(), getFormatsKey()]);
  const medium = (at: string) => format.dateTime(new Date(at), { dateStyle: "medium" });
  const row = (decision: Decision & { signOffs?: SignOff[] }) =>
    el(
      "li",
      { class: "break-inside-avoid px-4 py-3" },
      markup(
        el(
          "p",
          { class: "flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" },
          markup(
            el("time", { datetime: decision.at, class: "tabular-nums text-slate-600" }, { text: medium(decision.at) }),
            badgeMarkup(KIND_TONES[decision.kind], t(`kind.${decision.kind}`, { side: decision.side ?? "NONE" })),
            decision.initiative && titleMarkup(decision.initiative),
            !!decision.actor &&
              !decision.signOffs?.length &&
              el("span", { class: "text-slate-600" }, { text: t("by", { name: decision.actor }) }),
          ),
        ),
        !!decision.signOffs?.length &&
          el(
            "p",
            { class: "mt-1 text-sm text-slate-700" },
            {
              text: decision.signOffs
                .map((signOff) =>
                  t("signOff", { side: signOff.side, name: signOff.actor ?? "—", date: medium(signOff.at) }),
                )
                .join(" · "),
            },
          ),
        !!decision.note &&
          el(
            "p",
            { class: "mt-1 text-sm text-slate-800" },
            markup(
              el("span", { class: "font-medium" }, { text: decision.kind === "DROPPED" ? t("reason") : t("outcome") }),
              escapedText(` ${decision.note}`),
            ),
          ),
      ),
    );
  return (
    <MarkupList
      as="ol"
      className={cardClass({ padding: "none", className: "divide-y divide-slate-100" })}
      rows={madeOnce(rows, `decisions|${formats}`, () => markup(...rows.map(row)))}
    />
  );
}
