"use client";

import { useTranslations } from "@/i18n/client";
import { useRef, useState } from "react";
import type { ActionState } from "@/lib/action-state";
import { changedMaterialFields, type MaterialField } from "@/lib/agreement";
import { LEVERS, RISK_LEVELS } from "@/lib/initiative-enums";
import { FormMessage } from "../form/form-message";
import { SelectField } from "../form/select-field";
import { SubmitButton } from "../form/submit-button";
import { TextField } from "../form/text-field";
import { TextareaField } from "../form/textarea-field";
import { useVersionedForm } from "../form/use-versioned-form";
import { ConfirmDialog } from "../ui/confirm-dialog";

type Person = { id: string; name: string };

interface Props {
  mode: "propose" | "edit";
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  people: { marketing: Person[]; it: Person[] };
  /** The shared KPIs an initiative can link to (edit only). */
  kpis?: { id: string; name: string }[];
  /** Current values (edit) as form strings. */
  initial?: Record<string, string>;
  /** True when a material change would withdraw sign-offs (edit of a signed, proposed or agreed initiative). */
  signed?: boolean;
  /** The field to focus on opening (from a readiness checklist link). */
  focus?: string;
}

/** The form's current values, with the linked KPIs under the name the agreement rule uses. */
function currentValues(form: HTMLFormElement): Record<string, string> {
  const data = new FormData(form);
  const values: Record<string, string> = {};
  for (const [key, value] of data.entries())
    if (typeof value === "string") values[key] = key in values ? `${values[key]},${value}` : value;
  values.kpis = values.kpiIds ?? "";
  return values;
}

/**
 * Propose or edit an initiative. After a refused save, every field shows what was typed. Editing a
 * signed initiative, the form says before saving which changes will withdraw the sign-offs, and
 * asks to confirm (the server refuses an unconfirmed one as well).
 */
export function InitiativeForm({ mode, action, people, kpis = [], initial = {}, signed = false, focus }: Props) {
  const t = useTranslations();
  const { id, state, formAction, values, field, summaryField, version, fieldsKey } = useVersionedForm(
    action,
    initial,
    "fields",
    focus,
  );
  const v = (name: string) => values[name] ?? "";
  const errors = (name: string) => state.fieldErrors[name];
  const [material, setMaterial] = useState<MaterialField[]>([]);
  const [confirming, setConfirming] = useState(false);
  const confirmed = useRef<HTMLInputElement>(null);
  const baseline = { ...initial, kpis: initial.kpiIds ?? "" };
  const changedLabels = material.map((f) => t(`fields.${f}`)).join(", ");

  return (
    <form
      action={formAction}
      noValidate
      className="space-y-5"
      onInput={(event) => signed && setMaterial(changedMaterialFields(baseline, currentValues(event.currentTarget)))}
      onChange={(event) => signed && setMaterial(changedMaterialFields(baseline, currentValues(event.currentTarget)))}
      onSubmit={(event) => {
        if (!signed || confirmed.current?.value === "true") return;
        const changed = changedMaterialFields(baseline, currentValues(event.currentTarget));
        if (changed.length === 0) return;
        event.preventDefault();
        setMaterial(changed);
        setConfirming(true);
      }}
    >
      <FormMessage state={state} field={summaryField} />
      <div key={fieldsKey} className="grid gap-4 md:grid-cols-2">
        {mode === "edit" ? (
          <>
            <input type="hidden" name="id" value={initial.id} />
            <input type="hidden" name="version" value={version} />
            <input ref={confirmed} type="hidden" name="confirmWithdraw" defaultValue="false" />
          </>
        ) : null}
        <TextField {...field("title")} className="md:col-span-2" maxLength={200} required />
        <TextareaField
          {...field("description")}
          className="md:col-span-2"
          rows={6}
          hint={t("initiative.descriptionHint")}
        />
        <SelectField
          {...field("lever")}
          className="md:col-span-2"
          placeholder={t("initiative.choose")}
          options={LEVERS.map((lever) => ({
            value: lever,
            label: `${t(`levers.${lever}`)} — ${t(`leverHelp.${lever}`)}`,
          }))}
          required
        />
        <SelectField
          {...field("marketingOwnerId")}
          placeholder={t("initiative.choose")}
          options={people.marketing.map((p) => ({ value: p.id, label: p.name }))}
          required
        />
        <SelectField
          {...field("itOwnerId")}
          placeholder={t("initiative.choose")}
          options={people.it.map((p) => ({ value: p.id, label: p.name }))}
          required
        />
        <TextField {...field("targetDate")} type="date" />
        <div className="hidden md:block" />
        <TextareaField {...field("customerExperienceOutcome")} />
        <TextareaField {...field("businessOutcome")} />
        {mode === "edit" ? (
          <>
            <TextareaField {...field("requirementsDetail")} className="md:col-span-2" rows={4} />
            <fieldset className="md:col-span-2" aria-describedby={errors("kpiIds") ? `${id}-kpiIds-error` : undefined}>
              <legend className="text-sm font-medium text-slate-800">{t("initiative.kpis")}</legend>
              <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
                {kpis.map((kpi, index) => (
                  <label key={kpi.id} className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      name="kpiIds"
                      value={kpi.id}
                      id={index === 0 ? `${id}-kpiIds` : undefined}
                      defaultChecked={v("kpiIds").split(",").includes(kpi.id)}
                    />
                    {kpi.name}
                  </label>
                ))}
              </div>
              {errors("kpiIds") ? (
                <p id={`${id}-kpiIds-error`} className="mt-1 text-sm text-red-700">
                  {errors("kpiIds")!.join(" ")}
                </p>
              ) : null}
            </fieldset>
            <TextField {...field("successMeasure")} className="md:col-span-2" />
            <SelectField
              {...field("riskLevel")}
              placeholder={t("initiative.choose")}
              options={RISK_LEVELS.map((r) => ({ value: r, label: t(`riskLevels.${r}`) }))}
            />
            <TextField {...field("riskNote")} />
            <p className="text-sm text-slate-600 md:col-span-2">{t("initiative.reviewByIt")}</p>
          </>
        ) : null}
      </div>
      {signed && material.length > 0 ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("initiative.willWithdraw", { fields: changedLabels })}
        </p>
      ) : null}
      <SubmitButton
        label={mode === "propose" ? t("initiative.submitPropose") : t("initiative.save")}
        pendingLabel={mode === "propose" ? t("initiative.proposing") : t("initiative.saving")}
      />
      {/* "Saving will withdraw both sign-offs (changed: …)": opened on submit; confirm submits again, now confirmed. */}
      <ConfirmDialog
        open={confirming}
        question={t("initiative.confirmWithdrawQuestion", { fields: changedLabels })}
        confirmLabel={t("initiative.saveAndWithdraw")}
        cancelLabel={t("initiative.keepEditing")}
        tone="warning"
        onConfirm={(form) => {
          if (confirmed.current) confirmed.current.value = "true";
          setConfirming(false);
          form?.requestSubmit();
        }}
        onCancel={() => setConfirming(false)}
      />
    </form>
  );
}
