import { getLocale } from "next-intl/server";
import type { NextRequest } from "next/server";
import { csvDialectFor, csvDownload, datedFilename, toCsv } from "@/lib/csv";
import { can } from "@/lib/permissions";
import { getCurrentUser } from "@/server/auth/session";
import { exportInitiatives } from "@/server/queries/export";

export const dynamic = "force-dynamic";

/**
 * Every initiative as CSV (everyone who may read the board). 401 when signed out, 403 without the
 * permission. Semicolons and decimal commas for Italian readers or with `?format=semicolon`.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const user = await getCurrentUser();
  if (!user)
    return new Response("Sign in to export.\n", {
      status: 401,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  const table = can(user, "board.view") ? await exportInitiatives(user) : null;
  if (!table)
    return new Response("Forbidden.\n", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return csvDownload(
    datedFilename("levers-initiatives"),
    toCsv(table.header, table.rows, {
      dialect: csvDialectFor(request.nextUrl.searchParams.get("format"), await getLocale()),
    }),
  );
}
