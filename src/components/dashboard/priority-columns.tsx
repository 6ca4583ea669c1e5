import type { Formatter, RootTranslator } from "@/i18n/translator";
import Link from "next/link";
import type { PriorityRow } from "@/server/queries/dashboard";
import { OneSidedBadge } from "../board/one-sided-badge";
import { HealthBadge, LeverBadge, StatusBadge } from "../ui/badge";
import type { Column } from "../ui/data-table";
import { OverdueDate } from "../ui/overdue-date";

type T = RootTranslator;
type Format = Formatter;

/** The columns the dashboard's and the report's lists of ranked initiatives are made of. */
export function priorityColumns(t: T, format: Format) {
  const silent = { oneSided: t("board.oneSided"), MARKETING: t("board.silentMarketing"), IT: t("board.silentIt") };
  const date = (row: PriorityRow) =>
    row.targetDate ? format.dateTime(new Date(row.targetDate), { dateStyle: "medium" }) : t("board.noDate");
  return {
    rank: {
      header: t("board.rank"),
      align: "right",
      className: "font-semibold tabular-nums",
      cell: (row) => format.number(row.rank),
    },
    title: {
      header: t("board.initiative"),
      rowHeader: true,
      className: "min-w-48 cards:min-w-0",
      cell: (row) => (
        <>
          <Link href={`/initiatives/${row.id}`} className="hover:underline">
            {row.title}
          </Link>
          <OneSidedBadge silentSides={row.silentSides} labels={silent} showReason />
        </>
      ),
    },
    lever: {
      header: t("board.lever"),
      cell: (row) => <LeverBadge lever={row.lever} label={t(`levers.${row.lever}`)} />,
    },
    marketingOwner: { header: t("board.marketingOwner"), cell: (row) => row.marketingOwner },
    itOwner: { header: t("board.itOwner"), cell: (row) => row.itOwner },
    status: {
      header: t("board.status"),
      cell: (row) => <StatusBadge status={row.status} label={t(`status.${row.status}`)} />,
    },
    health: {
      header: t("board.health"),
      cell: (row) => <HealthBadge health={row.health} label={t(`health.${row.health}`)} />,
    },
    progress: {
      header: t("board.progress"),
      align: "right",
      className: "tabular-nums",
      cell: (row) => format.number(row.progress / 100, { style: "percent" }),
    },
    targetDate: {
      header: t("board.targetDate"),
      className: "whitespace-nowrap",
      cell: (row) => (row.overdue ? <OverdueDate date={date(row)} label={t("board.overdue")} /> : date(row)),
    },
  } satisfies Record<string, Column<PriorityRow>>;
}
