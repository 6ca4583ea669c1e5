import type { NextRequest } from "next/server";
import { getLocale } from "next-intl/server";
import { csvDialectFor, csvDownload, datedFilename, toCsv } from "@/lib/csv";
import { can } from "@/lib/permissions";
import { isUuid } from "@/lib/schemas/dates";
import { getCurrentUser } from "@/server/auth/session";
import { exportKpiMeasurements } from "@/server/queries/export";

export const dynamic = "force-dynamic";

/** Every KPI measurement as CSV, or one KPI's with `?kpi=<id>`. 401 when signed out, 403 without the permission. */
export async function GET(request: NextRequest): Promise<Response> {
  const user = await getCurrentUser();
  if (!user)
    return new Response("Sign in to export.\n", {
      status: 401,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  const kpiId = request.nextUrl.searchParams.get("kpi") ?? undefined;
  if (kpiId !== undefined && !isUuid(kpiId)) {
    return new Response("The kpi parameter must be a KPI id.\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const table = can(user, "board.view") ? await exportKpiMeasurements(user, kpiId) : null;
  if (!table)
    return new Response("Forbidden.\n", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return csvDownload(
    datedFilename("levers-kpi-measurements"),
    toCsv(table.header, table.rows, {
      dialect: csvDialectFor(request.nextUrl.searchParams.get("format"), await getLocale()),
    }),
  );
}
