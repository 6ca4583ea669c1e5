"use client";

import { useFormatter, useTranslations } from "@/i18n/client";
import { useActionState, useId } from "react";
import { INITIAL_ACTION_STATE, type ActionState } from "@/lib/action-state";
import { correctMeasurementAction, recordMeasurementAction } from "@/server/actions/kpi-actions";
import { FormMessage } from "../form/form-message";
import { SubmitButton } from "../form/submit-button";
import { TextField } from "../form/text-field";
import { dynamicKeys } from "@/i18n/translator";

/** Both forms share one answer: record a measurement, or (after a duplicate) correct the one already there. */
async function recordOrCorrect(previous: ActionState, formData: FormData): Promise<ActionState> {
  return formData.get("intent") === "correct"
    ? correctMeasurementAction(previous, formData)
    : recordMeasurementAction(previous, formData);
}

/**
 * Records a measurement of one KPI. A second measurement on the same date is refused with the value
 * already recorded, and a button offers to replace that value with the one just typed.
 */
export function MeasurementForm({ kpiId, unit, maxDate }: { kpiId: string; unit: string; maxDate: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const id = useId();
  const [state, formAction] = useActionState(recordOrCorrect, INITIAL_ACTION_STATE);
  const values = state.ok ? {} : state.values;
  const duplicate = !state.ok && state.refusal?.duplicateOf ? state.refusal : null;
  const field = (name: string) => ({
    id: `${id}-${name}`,
    name,
    label: dynamicKeys(t)(`kpiFields.${name}`),
    defaultValue: values[name] ?? "",
    errors: state.fieldErrors[name],
  });
  return (
    <div className="space-y-3">
      {duplicate ? (
        <div
          role="alert"
          className="space-y-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          <p>{state.message}</p>
          <form action={formAction} className="flex flex-wrap items-center gap-3">
            <input type="hidden" name="intent" value="correct" />
            <input type="hidden" name="kpiId" value={kpiId} />
            <input type="hidden" name="measurementId" value={duplicate.duplicateOf} />
            <input type="hidden" name="value" value={duplicate.newValue ?? ""} />
            <input type="hidden" name="expectedValue" value={duplicate.existingValue ?? ""} />
            <input type="hidden" name="measuredOn" value={values.measuredOn ?? ""} />
            <input type="hidden" name="note" value={values.note ?? ""} />
            <SubmitButton
              variant="secondary"
              label={t("kpiRegister.replaceWith", {
                value: format.number(Number(duplicate.newValue), { maximumFractionDigits: 4 }),
              })}
              pendingLabel={t("kpiRegister.replacing")}
            />
            <span>{t("kpiRegister.keepExisting")}</span>
          </form>
        </div>
      ) : (
        <FormMessage state={state} />
      )}
      <form action={formAction} noValidate className="space-y-3">
        <input type="hidden" name="kpiId" value={kpiId} />
        <div key={state.ok ? "saved" : JSON.stringify(state.values)} className="grid gap-3 sm:grid-cols-2">
          <TextField
            {...field("value")}
            label={`${t("kpiFields.value")} (${unit})`}
            inputMode="decimal"
            autoComplete="off"
            required
          />
          <TextField {...field("measuredOn")} type="date" max={maxDate} required />
          <TextField {...field("note")} className="sm:col-span-2" maxLength={1000} />
        </div>
        <p className="text-xs text-slate-600">{t("kpiRegister.recordHint")}</p>
        <SubmitButton label={t("kpiRegister.recordSubmit")} pendingLabel={t("kpiRegister.recording")} />
      </form>
    </div>
  );
}
