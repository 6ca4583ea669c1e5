import "server-only";
import { can, type Actor } from "@/lib/permissions";
import type { BoardFilter } from "@/lib/schemas/initiative-schemas";
import { cachedRead, minuteOf } from "../cache/read-cache";
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
 * statement (the data's stamp) until something the board reads changes, instead of six. The board's
 * live paths (the next windows as the list scrolls, the rows a live event names, a move's answer)
 * read the database directly.
 *
 * `board.view` is checked before the cache is asked. The key names everything else the answer
 * depends on: the filter, whether score ranks are shown, and the viewer's sign-off side (the only
 * part that differs between readers: the CMO's list of what awaits marketing's sign-off is the same
 * for every marketing signer). The window and the capacity line are the same for every reader.
 * "Overdue" turns with the day and "one-sided" with the clock: read for the minute, like the dashboard.
 */
export async function loadBoardPage(
  actor: Actor,
  filter: BoardFilter,
  options: { scoreRanks: boolean },
  now = new Date(),
): Promise<BoardPage | null> {
  if (!can(actor, "board.view")) return null;
  const side = signOffSide(actor);
  return cachedRead(
    ["board", JSON.stringify(filter), options.scoreRanks ? "scores" : "", side],
    async () => {
      const [board, people, awaiting, triage] = await Promise.all([
        loadBoard(actor, filter, now),
        listOwnerCandidates(actor),
        listAwaitingSignOff(actor),
        loadBoardTriage(actor, options),
      ]);
      return { board, people, awaiting, triage };
    },
    minuteOf(now),
  );
}
