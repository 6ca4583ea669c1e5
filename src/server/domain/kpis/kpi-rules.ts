import "server-only";
import type { Kpi, Prisma } from "@/generated/prisma/client";
import { isFutureDate, kpiUnit, unitValueIssue } from "@/lib/kpi-units";
import { DomainError, notFound } from "../errors";

type Tx = Prisma.TransactionClient;

/** The KPI, locked for the rest of the transaction (FOR UPDATE): edits and measurements of one KPI queue up. */
export async function lockKpi(tx: Tx, id: string): Promise<Kpi> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Kpi" WHERE id = ${id}::uuid FOR UPDATE`;
  if (rows.length === 0) throw notFound();
  return tx.kpi.findUniqueOrThrow({ where: { id } });
}

/** Names are unique whatever their case: "NPS" and "nps" would be the same KPI on every screen. */
export async function assertNameFree(tx: Tx, name: string, exceptId?: string): Promise<void> {
  const taken = await tx.kpi.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw nameTaken();
}

export const nameTaken = () => DomainError.invalid({ name: "kpiValidation.nameTaken" });

/** The database's unique index on the name, hit by a concurrent create: the same field message. */
export function kpiErrorFromDatabase(error: unknown): DomainError | null {
  const code = (error as { code?: unknown })?.code;
  const text =
    JSON.stringify((error as { meta?: unknown })?.meta ?? {}) + String((error as { message?: unknown })?.message ?? "");
  return code === "P2002" && text.includes("name") ? nameTaken() : null;
}

/** A value that fits the KPI's unit, on the form field `field`. */
export function assertValueFits(unit: string, value: number, field = "value"): void {
  const issue = unitValueIssue(unit, value);
  if (issue) throw DomainError.invalid({ [field]: issue });
}

/** A measurement date that has begun somewhere (the schema checks it too; the domain never trusts the form). */
export function assertNotFuture(isoDate: string, now: Date): void {
  if (isFutureDate(isoDate, now)) throw DomainError.invalid({ measuredOn: "kpiValidation.futureDate" });
}

/** Refuses a unit change that would leave recorded measurements outside the new unit's range. */
export async function assertUnitFitsMeasurements(tx: Tx, kpiId: string, code: string): Promise<void> {
  const unit = kpiUnit(code);
  if (!unit) return;
  const [row] = await tx.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM "KpiMeasurement"
     WHERE "kpiId" = ${kpiId}::uuid
       AND (value < ${unit.min} OR value > ${unit.max ?? Number.MAX_VALUE} OR (${unit.whole} AND value <> trunc(value)))`;
  if (row && row.n > 0n) throw DomainError.invalid({ unit: "kpiValidation.unitConflict" });
}

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
