import "server-only";
import type { CorrectMeasurementInput, RecordMeasurementInput } from "@/lib/schemas/kpi-schemas";
import { db } from "../../db";
import { recordActivity } from "../activity";
import { assertCan } from "../authorize";
import type { DomainContext } from "../context";
import { DomainError, notFound } from "../errors";
import { assertNotFuture, assertValueFits, isoDay, lockKpi } from "./kpi-rules";

/**
 * Records one measurement of a KPI (CMO, CIO and their staff). A KPI has at most one measurement a
 * day: a second one is refused with the value already there, and the refusal carries that
 * measurement's id so the form can offer to correct it instead.
 */
export async function recordMeasurement(ctx: DomainContext, input: RecordMeasurementInput): Promise<{ id: string }> {
  assertCan(ctx.actor, "kpi.recordMeasurement");
  const actor = ctx.actor;
  assertNotFuture(input.measuredOn, ctx.now ?? new Date());
  return db().$transaction(async (tx) => {
    const kpi = await lockKpi(tx, input.kpiId);
    assertValueFits(kpi.unit, input.value);
    const measuredOn = new Date(`${input.measuredOn}T00:00:00Z`);
    const existing = await tx.kpiMeasurement.findUnique({
      where: { kpiId_measuredOn: { kpiId: kpi.id, measuredOn } },
      select: { id: true, value: true },
    });
    if (existing) {
      throw DomainError.conflict(
        "kpiValidation.duplicate",
        { value: existing.value, date: { day: input.measuredOn } },
        { duplicateOf: existing.id, existingValue: String(existing.value), newValue: String(input.value) },
      );
    }
    const created = await tx.kpiMeasurement.create({
      data: { kpiId: kpi.id, value: input.value, measuredOn, note: input.note, recordedById: actor.id },
      select: { id: true },
    });
    await recordActivity(tx, {
      actorId: actor.id,
      action: "kpi.measurement_recorded",
      entityType: "kpi_measurement",
      entityId: created.id,
      changes: {
        kpi: kpi.name,
        measuredOn: input.measuredOn,
        value: { before: null, after: input.value },
        ...(input.note ? { note: { before: null, after: input.note } } : {}),
      },
      origin: ctx.origin,
    });
    return created;
  });
}

/**
 * Replaces the value of a recorded measurement (the same roles as recording one), keeping who
 * recorded it. Audited with before → after. Refused when the value is no longer the one the person
 * saw (someone corrected it meanwhile). A blank note keeps the note already there.
 */
export async function correctMeasurement(ctx: DomainContext, input: CorrectMeasurementInput): Promise<{ id: string }> {
  assertCan(ctx.actor, "kpi.recordMeasurement");
  const actor = ctx.actor;
  return db().$transaction(async (tx) => {
    const found = await tx.kpiMeasurement.findUnique({ where: { id: input.measurementId }, select: { kpiId: true } });
    if (!found || found.kpiId !== input.kpiId) throw notFound();
    const kpi = await lockKpi(tx, found.kpiId);
    const current = await tx.kpiMeasurement.findUniqueOrThrow({ where: { id: input.measurementId } });
    if (current.value !== input.expectedValue) {
      throw DomainError.conflict("kpiValidation.changedMeanwhile", {
        value: current.value,
        date: { day: isoDay(current.measuredOn) },
      });
    }
    assertValueFits(kpi.unit, input.value);
    const note = input.note || current.note;
    if (current.value === input.value && current.note === note) return { id: current.id };
    await tx.kpiMeasurement.update({ where: { id: current.id }, data: { value: input.value, note } });
    await recordActivity(tx, {
      actorId: actor.id,
      action: "kpi.measurement_corrected",
      entityType: "kpi_measurement",
      entityId: current.id,
      changes: {
        kpi: kpi.name,
        measuredOn: isoDay(current.measuredOn),
        value: { before: current.value, after: input.value },
        ...(note !== current.note ? { note: { before: current.note, after: note } } : {}),
      },
      origin: ctx.origin,
    });
    return { id: current.id };
  });
}
