import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { AwaitingSignOffList } from "@/components/board/awaiting-sign-off";
import { BoardFilters } from "@/components/board/board-filters";
import { LeverCounts } from "@/components/board/lever-counts";
import { BoardCount, BoardSummaryProvider } from "@/components/board/board-summary";
import { BoardTable } from "@/components/board/board-table";
import { BOARD_LIST_ID } from "@/components/board/board-list-id";
import { ExportCsvLink } from "@/components/board/export-link";
import { LiveRefresh } from "@/components/board/live-refresh";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/permissions";
import { boardFilterSchema } from "@/lib/schemas/initiative-schemas";
import { requireUser } from "@/server/auth/session";
import { signOffSide } from "@/server/queries/awaiting-sign-off";
import { loadBoardPage } from "@/server/queries/board-page";
import { CapacitySummary } from "@/components/triage/capacity-summary";
import { ScoreRankToggle } from "@/components/board/score-rank-toggle";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("board"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BoardPage({ searchParams }: Props) {
  const user = await requireUser();
  const params = Object.fromEntries(
    Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  const filter = boardFilterSchema.parse(params);
  const showScores = params.scores === "1"; // the score rank column, on request (?scores=1)
  const [page, t] = await Promise.all([loadBoardPage(user, filter, { scoreRanks: showScores }), getTranslations()]);
  if (!page) forbidden();
  const { board, people, awaiting, triage } = page;
  return (
    <BoardSummaryProvider initial={{ total: board.total, leverCounts: board.leverCounts }}>
      {board.total > 0 ? (
        // The first Tab stop of the page's content: straight to the list (one more Tab reaches its handle).
        <a
          href={`#${BOARD_LIST_ID}`}
          className="sr-only focus:not-sr-only focus:mb-2 focus:inline-block focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900 focus:shadow"
        >
          {t("board.skipToList")}
        </a>
      ) : null}
      <PageHeader title={t("board.title")} intro={t("board.intro")}>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <BoardCount initial={board.total} />
          <LiveRefresh />
          <ExportCsvLink />
          {can(user, "initiative.propose") ? (
            <Link
              href="/initiatives/new"
              className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
            >
              {t("board.propose")}
            </Link>
          ) : null}
        </div>
      </PageHeader>
      {signOffSide(user) ? <AwaitingSignOffList items={awaiting} /> : null}
      <BoardFilters filter={filter} people={[...people.marketing, ...people.it]} />
      <LeverCounts counts={board.leverCounts} filter={filter} />
      {board.total === 0 ? (
        <EmptyState>{board.filtered ? t("board.noMatch") : t("board.empty")}</EmptyState>
      ) : (
        <>
          {board.filtered && can(user, "initiative.reorder") ? (
            <p className="mb-2 text-sm text-slate-600">{t("filters.filteredNote")}</p>
          ) : null}
          <BoardTable
            initial={{ rows: board.rows, offset: board.offset, total: board.total }}
            query={new URLSearchParams(
              Object.entries(filter).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
            ).toString()}
            canReorder={can(user, "initiative.reorder") && !board.filtered}
            canPostUpdate={can(user, "initiative.postUpdate")}
            caption={t("board.intro")}
            scoreRanks={showScores ? triage.scoreRanks : undefined}
          />
        </>
      )}
      <div className="mt-4">
        <ScoreRankToggle shown={showScores} params={params} />
        <CapacitySummary lines={triage.capacity} />
      </div>
    </BoardSummaryProvider>
  );
}
