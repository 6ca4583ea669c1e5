"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action-state";
import {
  correctMeasurementSchema,
  createKpiSchema,
  editKpiSchema,
  recordMeasurementSchema,
} from "@/lib/schemas/kpi-schemas";
import { createKpi } from "../domain/kpis/create-kpi";
import { correctMeasurement, recordMeasurement } from "../domain/kpis/record-measurement";
import { updateKpi } from "../domain/kpis/update-kpi";
import { runAction } from "./run-action";

export async function createKpiAction(
  _previous: ActionState<{ version: number }>,
  formData: FormData,
): Promise<ActionState<{ version: number }>> {
  let createdId: string | undefined;
  const state = await runAction<typeof createKpiSchema, { version: number }>(formData, {
    permission: "kpi.manage",
    schema: createKpiSchema,
    success: "kpiRegister.created",
    revalidate: ["/kpis"],
    run: async (ctx, input) => {
      createdId = (await createKpi(ctx, input)).id;
    },
  });
  if (state.ok && createdId) redirect(`/kpis/${createdId}`);
  return state;
}

export async function updateKpiAction(
  _previous: ActionState<{ version: number }>,
  formData: FormData,
): Promise<ActionState<{ version: number }>> {
  return runAction(formData, {
    permission: "kpi.manage",
    schema: editKpiSchema,
    success: "kpiRegister.saved",
    revalidate: (input) => ["/kpis", `/kpis/${input.id}`],
    run: async (ctx, input) => ({ data: { version: (await updateKpi(ctx, input)).version } }),
  });
}

export async function recordMeasurementAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    permission: "kpi.recordMeasurement",
    schema: recordMeasurementSchema,
    success: "kpiRegister.measurementRecorded",
    revalidate: (input) => ["/kpis", `/kpis/${input.kpiId}`],
    run: (ctx, input) => recordMeasurement(ctx, input).then(() => undefined),
  });
}

export async function correctMeasurementAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    permission: "kpi.recordMeasurement",
    schema: correctMeasurementSchema,
    success: "kpiRegister.measurementCorrected",
    revalidate: (input) => ["/kpis", `/kpis/${input.kpiId}`],
    run: (ctx, input) => correctMeasurement(ctx, input).then(() => undefined),
  });
}
