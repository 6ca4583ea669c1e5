import "server-only";
import type { KpiDirection } from "@/generated/prisma/enums";
import { can, type Actor } from "@/lib/permissions";
import { db } from "../db";

export interface KpiSummary {
  id: string;
  name: string;
  unit: string;
  direction: KpiDirection;
  baseline: number | null;
  target: number;
  latest: { value: number; measuredOn: string } | null;
}

export async function listKpis(actor: Actor): Promise<KpiSummary[]> {
  if (!can(actor, "board.view")) return [];
  const kpis = await db().kpi.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      unit: true,
      direction: true,
      baseline: true,
      target: true,
      measurements: { orderBy: { measuredOn: "desc" }, take: 1, select: { value: true, measuredOn: true } },
    },
  });
  return kpis.map(({ measurements, ...kpi }) => {
    const latest = measurements[0];
    return { ...kpi, latest: latest ? { value: latest.value, measuredOn: latest.measuredOn.toISOString().slice(0, 10) } : null };
  });
}
