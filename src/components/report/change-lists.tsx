import { getFormatsKey, getFormatter, getTranslations } from "@/i18n/server";
import type { AddedRow, HealthChangeRow, Listed, MoveRow } from "@/server/queries/report";
import { healthBadgeMarkup, leverBadgeMarkup, statusBadgeMarkup } from "../ui/badge";
import { cardClass } from "../ui/card";
import { titleMarkup } from "../initiatives/title-markup";
import { madeOnce } from "@/lib/made-once";
import { EmptyState } from "../ui/empty-state";
import { el, markup, type Markup } from "../ui/markup";
import { MarkupList } from "../ui/markup-list";

// The report's lists of what changed, written as text (markup.ts), once per list from the read cache
// and language (`madeOnce`): a board pack lists dozens of rows, and as elements each row cost React
// a render, a place in the page's payload and a parse back, and its words a translation, every time.

async function List<T>({
  name,
  list,
  empty,
  row,
}: {
  /** Which list: with the language, what its markup is kept under. */
  name: string;
  list: Listed<T>;
  empty: string;
  row: (row: T) => Markup;
}) {
  if (list.rows.length === 0) return <EmptyState variant="inline">{empty}</EmptyState>;
  const rows = madeOnce(list, `${name}|${await getFormatsKey()}`, () => markup(...list.rows.map(row)));
  return <MarkupList className={cardClass({ padding: "none", className: "divide-y divide-slate-100" })} rows={rows} />;
}

const quiet = (text: string) => el("span", { class: "text-slate-600" }, { text });

/** Initiatives proposed since the last meeting, with their lever, status and rank now. */
export async function AddedList({ added }: { added: Listed<AddedRow> }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <List
      name="added"
      list={added}
      empty={t("report.changes.none")}
      row={(row) =>
        el(
          "li",
          { class: "flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 text-sm break-inside-avoid" },
          markup(
            titleMarkup(row),
            leverBadgeMarkup(row.lever, t(`levers.${row.lever}`)),
            statusBadgeMarkup(row.status, t(`status.${row.status}`)),
            quiet(
              t("report.changes.addedOn", { date: format.dateTime(new Date(row.createdAt), { dateStyle: "medium" }) }),
            ),
            row.rank !== null && quiet(t("report.changes.rankNow", { rank: row.rank })),
          ),
        )
      }
    />
  );
}

/** Every move in rank since the last meeting: from → to, who moved it and why. */
export async function MoveList({ moves }: { moves: Listed<MoveRow> }) {
  const [t, format] = await Promise.all([getTranslations("report.changes"), getFormatter()]);
  return (
    <List
      name="moves"
      list={moves}
      empty={t("none")}
      row={(move) =>
        el(
          "li",
          { class: "px-4 py-2 text-sm break-inside-avoid" },
          markup(
            el(
              "p",
              { class: "flex flex-wrap items-center gap-x-3 gap-y-1" },
              markup(
                titleMarkup(move.initiative),
                el(
                  "span",
                  { class: "font-semibold tabular-nums text-slate-900" },
                  { text: t("movedFromTo", { from: move.from, to: move.to }) },
                ),
                quiet(
                  t("movedBy", {
                    name: move.actor ?? "—",
                    date: format.dateTime(new Date(move.at), { dateStyle: "medium" }),
                  }),
                ),
                quiet(move.rankNow !== null ? t("rankNow", { rank: move.rankNow }) : t("offList")),
              ),
            ),
            el(
              "p",
              { class: "mt-0.5 text-slate-800" },
              move.reason ? { text: t("reason", { reason: move.reason }) } : quiet(t("noReason")),
            ),
          ),
        )
      }
    />
  );
}

/** Initiatives whose health changed since the last meeting, worse ones first. */
export async function HealthChangeList({ changes }: { changes: Listed<HealthChangeRow> }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <List
      name="health"
      list={changes}
      empty={t("report.changes.none")}
      row={(change) =>
        el(
          "li",
          { class: "flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 text-sm break-inside-avoid" },
          markup(
            titleMarkup(change.initiative),
            el(
              "span",
              { class: "flex items-center gap-1" },
              markup(
                healthBadgeMarkup(change.from, t(`health.${change.from}`)),
                el("span", { "aria-hidden": "true" }, { text: "→" }),
                el("span", { class: "sr-only" }, { text: t("report.changes.to") }),
                healthBadgeMarkup(change.to, t(`health.${change.to}`)),
              ),
            ),
            el(
              "span",
              { class: change.worse ? "font-semibold text-red-800" : "font-semibold text-green-800" },
              { text: change.worse ? t("report.changes.worse") : t("report.changes.better") },
            ),
            quiet(
              t("report.changes.lastChanged", {
                date: format.dateTime(new Date(change.at), { dateStyle: "medium" }),
              }),
            ),
          ),
        )
      }
    />
  );
}
