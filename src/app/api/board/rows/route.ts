import { z } from "zod";
import { can } from "@/lib/permissions";
import { boardFilterSchema } from "@/lib/schemas/initiative-schemas";
import { getCurrentUser } from "@/server/auth/session";
import { BOARD_WINDOW, loadBoard, MAX_BOARD_WINDOW } from "@/server/queries/board";

export const dynamic = "force-dynamic";

const windowSchema = z.union([
  z.object({
    ids: z
      .string()
      .transform((value) => value.split(",").filter(Boolean))
      .pipe(z.array(z.uuid()).min(1).max(MAX_BOARD_WINDOW)),
  }),
  z.object({
    offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
    limit: z.coerce.number().int().min(1).max(MAX_BOARD_WINDOW).default(BOARD_WINDOW),
  }),
]);

/**
 * A window of the board as JSON, for the browser's virtualised list: `?offset=&limit=` (rows by
 * position, at most MAX_BOARD_WINDOW) or `?ids=` (given initiatives, wherever they are now), under
 * the same filters as the page (lever, status, health, owner, q), with the list's size and lever
 * counts now. A live change reads only the initiatives it names. Signed-in readers only.
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user || !can(user, "board.view")) return Response.json({ error: "Sign in to read the board." }, { status: 401 });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const window = windowSchema.safeParse(params);
  if (!window.success)
    return Response.json({ error: "Ask for offset and limit (at most 300), or for ids." }, { status: 400 });
  const filter = boardFilterSchema.parse(params);
  const board = await loadBoard(user, filter, new Date(), window.data);
  return Response.json(
    { rows: board.rows, offset: board.offset, total: board.total, leverCounts: board.leverCounts },
    { headers: { "Cache-Control": "no-store" } },
  );
}
