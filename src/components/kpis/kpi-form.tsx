"use client";

import { useTranslations } from "@/i18n/client";
import type { ActionState } from "@/lib/action-state";
import { KPI_DIRECTIONS, KPI_UNITS } from "@/lib/kpi-units";
import { FormMessage } from "../form/form-message";
import { SelectField } from "../form/select-field";
import { SubmitButton } from "../form/submit-button";
import { TextField } from "../form/text-field";
import { TextareaField } from "../form/textarea-field";
import { useVersionedForm } from "../form/use-versioned-form";

interface Props {
  mode: "create" | "edit";
  action: (previous: ActionState<{ version: number }>, formData: FormData) => Promise<ActionState<{ version: number }>>;
  /** Current values (edit) as form strings. */
  initial?: Record<string, string>;
}

/** Create or edit a shared KPI (CMO, CIO). After a refused save, every field shows what was typed. */
export function KpiForm({ mode, action, initial = {} }: Props) {
  const t = useTranslations();
  const { state, formAction, field, summaryField, version, fieldsKey } = useVersionedForm(action, initial, "kpiFields");
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage state={state} field={summaryField} />
      <div key={fieldsKey} className="grid gap-4 md:grid-cols-2">
        {mode === "edit" ? (
          <>
            <input type="hidden" name="id" value={initial.id} />
            <input type="hidden" name="version" value={version} />
          </>
        ) : null}
        <TextField {...field("name")} className="md:col-span-2" maxLength={120} required />
        <SelectField
          {...field("unit")}
          placeholder={t("kpiRegister.choose")}
          options={KPI_UNITS.map((unit) => ({ value: unit.code, label: t(`kpiUnitChoices.${unit.key}`) }))}
          required
        />
        <SelectField
          {...field("direction")}
          placeholder={t("kpiRegister.choose")}
          options={KPI_DIRECTIONS.map((direction) => ({ value: direction, label: t(`kpiDirections.${direction}`) }))}
          required
        />
        <TextField {...field("baseline")} inputMode="decimal" autoComplete="off" hint={t("kpiHints.baseline")} />
        <TextField {...field("target")} inputMode="decimal" autoComplete="off" hint={t("kpiHints.number")} required />
        <TextareaField {...field("description")} className="md:col-span-2" rows={3} />
      </div>
      <SubmitButton
        label={mode === "create" ? t("kpiRegister.create") : t("kpiRegister.save")}
        pendingLabel={mode === "create" ? t("kpiRegister.creating") : t("kpiRegister.saving")}
      />
    </form>
  );
}
