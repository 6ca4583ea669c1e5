import "server-only";
import { can, type Actor } from "@/lib/permissions";
import type { BoardFilter } from "@/lib/schemas/initiative-schemas";
import { cachedReads, minuteOf } from "../cache/read-cache";
import { listAwaitingSignOff, signOffSide, type AwaitingSignOff } from "./awaiting-sign-off";
import { loadBoard, type Board } from "./board";
import { listOwnerCandidates, type Person } from "./people";
import { loadBoardTriage } from "./triage";

export interface BoardPage {
  /** The first window of the list (BOARD_WINDOW rows), its total and the counts per lever. */
  board: Board;
  /** Who may own an initiative: the owner filter's choices. */
  people: { marketing: Person[]; it: Person[] };
  /** What waits for the viewer's side's sign-off (empty for a role that signs nothing). */
  awaiting: AwaitingSignOff[];
  triage: Awaited<ReturnType<typeof loadBoardTriage>>;
}

/**
 * Everything /board shows as it opens, from the read cache (src/server/cache/read-cache.ts): one SQL
 * statement (the data's stamp, read once for the four parts) until something the board reads
 * changes, instead of six. The board's live paths (the next windows as the list scrolls, the rows a
 * live event names, a move's answer) read the database directly.
 *
 * `board.view` is checked before the cache is asked. Four entries, each keyed by what it depends on,
 * so that none is copied for readers or filters that do not change it: the window by the filter
 * (read for the minute like the dashboard: "overdue" turns with the day and "one-sided" with the
 * clock); the owner choices once; what awaits sign-off by the viewer's side (the only part that
 * differs between readers: every marketing signer sees the same list, every IT signer theirs); the
 * capacity line (and the score ranks, shown on request) once.
 */
export async function loadBoardPage(
  actor: Actor,
  filter: BoardFilter,
  options: { scoreRanks: boolean },
  now = new Date(),
): Promise<BoardPage | null> {
  if (!can(actor, "board.view")) return null;
  const side = signOffSide(actor);
  return cachedReads(async (read) => {
    const [board, people, awaiting, triage] = await Promise.all([
      read(["board", JSON.stringify(filter)], () => loadBoard(actor, filter, now), minuteOf(now)),
      read(["board-owners"], () => listOwnerCandidates(actor)),
      read(["board-awaiting", side], () => listAwaitingSignOff(actor)),
      read(["board-triage", options.scoreRanks ? "scores" : ""], () => loadBoardTriage(actor, options)),
    ]);
    return { board, people, awaiting, triage };
  });
}
