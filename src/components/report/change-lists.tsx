import { getFormatter, getTranslations } from "@/i18n/server";
import Link from "next/link";
import type { ReactNode } from "react";
import type { AddedRow, HealthChangeRow, Listed, MoveRow } from "@/server/queries/report";
import { HealthBadge, LeverBadge, StatusBadge } from "../ui/badge";
import { Card } from "../ui/card";
import { EmptyState } from "../ui/empty-state";

function List<T>({ list, empty, item }: { list: Listed<T>; empty: string; item: (row: T) => ReactNode }) {
  if (list.rows.length === 0) return <EmptyState variant="inline">{empty}</EmptyState>;
  return (
    <Card as="ul" padding="none" className="divide-y divide-slate-100">
      {list.rows.map(item)}
    </Card>
  );
}

const Title = ({ id, title }: { id: string; title: string }) => (
  <Link href={`/initiatives/${id}`} className="font-medium text-slate-900 hover:underline">
    {title}
  </Link>
);

/** Initiatives proposed since the last meeting, with their lever, status and rank now. */
export async function AddedList({ added }: { added: Listed<AddedRow> }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <List
      list={added}
      empty={t("report.changes.none")}
      item={(row) => (
        <li key={row.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 text-sm break-inside-avoid">
          <Title id={row.id} title={row.title} />
          <LeverBadge lever={row.lever} label={t(`levers.${row.lever}`)} />
          <StatusBadge status={row.status} label={t(`status.${row.status}`)} />
          <span className="text-slate-600">
            {t("report.changes.addedOn", { date: format.dateTime(new Date(row.createdAt), { dateStyle: "medium" }) })}
          </span>
          {row.rank !== null ? (
            <span className="text-slate-600">{t("report.changes.rankNow", { rank: row.rank })}</span>
          ) : null}
        </li>
      )}
    />
  );
}

/** Every move in rank since the last meeting: from → to, who moved it and why. */
export async function MoveList({ moves }: { moves: Listed<MoveRow> }) {
  const [t, format] = await Promise.all([getTranslations("report.changes"), getFormatter()]);
  return (
    <List
      list={moves}
      empty={t("none")}
      item={(move) => (
        <li key={move.id} className="px-4 py-2 text-sm break-inside-avoid">
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <Title id={move.initiative.id} title={move.initiative.title} />
            <span className="font-semibold tabular-nums text-slate-900">
              {t("movedFromTo", { from: move.from, to: move.to })}
            </span>
            <span className="text-slate-600">
              {t("movedBy", {
                name: move.actor ?? "—",
                date: format.dateTime(new Date(move.at), { dateStyle: "medium" }),
              })}
            </span>
            {move.rankNow !== null ? (
              <span className="text-slate-600">{t("rankNow", { rank: move.rankNow })}</span>
            ) : (
              <span className="text-slate-600">{t("offList")}</span>
            )}
          </p>
          <p className="mt-0.5 text-slate-800">
            {move.reason ? (
              t("reason", { reason: move.reason })
            ) : (
              <span className="text-slate-600">{t("noReason")}</span>
            )}
          </p>
        </li>
      )}
    />
  );
}

/** Initiatives whose health changed since the last meeting, worse ones first. */
export async function HealthChangeList({ changes }: { changes: Listed<HealthChangeRow> }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <List
      list={changes}
      empty={t("report.changes.none")}
      item={(change) => (
        <li
          key={change.initiative.id}
          className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 text-sm break-inside-avoid"
        >
          <Title id={change.initiative.id} title={change.initiative.title} />
          <span className="flex items-center gap-1">
            <HealthBadge health={change.from} label={t(`health.${change.from}`)} />
            <span aria-hidden="true">→</span>
            <span className="sr-only">{t("report.changes.to")}</span>
            <HealthBadge health={change.to} label={t(`health.${change.to}`)} />
          </span>
          <span className={change.worse ? "font-semibold text-red-800" : "font-semibold text-green-800"}>
            {change.worse ? t("report.changes.worse") : t("report.changes.better")}
          </span>
          <span className="text-slate-600">
            {t("report.changes.lastChanged", { date: format.dateTime(new Date(change.at), { dateStyle: "medium" }) })}
          </span>
        </li>
      )}
    />
  );
}
