"use client";

import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/action-state";
import { LEVERS, RISK_LEVELS, STANDARDS_REVIEWS } from "@/lib/initiative-enums";
import { FormMessage } from "../form/form-message";
import { SelectField } from "../form/select-field";
import { SubmitButton } from "../form/submit-button";
import { TextField } from "../form/text-field";
import { TextareaField } from "../form/textarea-field";
import { useVersionedForm } from "../form/use-versioned-form";

type Person = { id: string; name: string };

interface Props {
  mode: "propose" | "edit";
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  people: { marketing: Person[]; it: Person[] };
  /** The shared KPIs an initiative can link to (edit only). */
  kpis?: { id: string; name: string }[];
  /** Current values (edit) as form strings. */
  initial?: Record<string, string>;
}

/** Propose or edit an initiative. After a refused save, every field shows what was typed. */
export function InitiativeForm({ mode, action, people, kpis = [], initial = {} }: Props) {
  const t = useTranslations();
  const { id, state, formAction, values, field, version, fieldsKey } = useVersionedForm(action, initial, "fields");
  const v = (name: string) => values[name] ?? "";
  const errors = (name: string) => state.fieldErrors[name];
  const success = state.ok && state.data?.signOffsWithdrawn ? { ...state, message: t("initiative.signOffsWithdrawn") } : state;

  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage state={success} />
      <div key={fieldsKey} className="grid gap-4 md:grid-cols-2">
        {mode === "edit" ? (
          <>
            <input type="hidden" name="id" value={initial.id} />
            <input type="hidden" name="version" value={version} />
          </>
        ) : null}
        <TextField {...field("title")} className="md:col-span-2" maxLength={200} required />
        <TextareaField {...field("description")} className="md:col-span-2" rows={6} hint={t("initiative.descriptionHint")} />
        <SelectField
          {...field("lever")}
          className="md:col-span-2"
          placeholder={t("initiative.choose")}
          options={LEVERS.map((lever) => ({ value: lever, label: `${t(`levers.${lever}`)} — ${t(`leverHelp.${lever}`)}` }))}
          required
        />
        <SelectField {...field("marketingOwnerId")} placeholder={t("initiative.choose")} options={people.marketing.map((p) => ({ value: p.id, label: p.name }))} required />
        <SelectField {...field("itOwnerId")} placeholder={t("initiative.choose")} options={people.it.map((p) => ({ value: p.id, label: p.name }))} required />
        <TextField {...field("targetDate")} type="date" />
        <div className="hidden md:block" />
        <TextareaField {...field("customerExperienceOutcome")} />
        <TextareaField {...field("businessOutcome")} />
        {mode === "edit" ? (
          <>
            <TextareaField {...field("requirementsDetail")} className="md:col-span-2" rows={4} />
            <fieldset className="md:col-span-2" aria-describedby={errors("kpiIds") ? `${id}-kpis-error` : undefined}>
              <legend className="text-sm font-medium text-slate-800">{t("initiative.kpis")}</legend>
              <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
                {kpis.map((kpi) => (
                  <label key={kpi.id} className="flex items-center gap-2 text-sm">
                    <input type="checkbox" name="kpiIds" value={kpi.id} defaultChecked={v("kpiIds").split(",").includes(kpi.id)} />
                    {kpi.name}
                  </label>
                ))}
              </div>
              {errors("kpiIds") ? <p id={`${id}-kpis-error`} className="mt-1 text-sm text-red-700">{errors("kpiIds")!.join(" ")}</p> : null}
            </fieldset>
            <TextField {...field("successMeasure")} className="md:col-span-2" />
            <SelectField {...field("riskLevel")} placeholder={t("initiative.choose")} options={RISK_LEVELS.map((r) => ({ value: r, label: t(`riskLevels.${r}`) }))} />
            <TextField {...field("riskNote")} />
            <SelectField {...field("standardsReview")} placeholder={t("initiative.choose")} options={STANDARDS_REVIEWS.map((r) => ({ value: r, label: t(`standardsReviews.${r}`) }))} />
            <TextField {...field("standardsReviewNote")} />
          </>
        ) : null}
      </div>
      <SubmitButton
        label={mode === "propose" ? t("initiative.submitPropose") : t("initiative.save")}
        pendingLabel={mode === "propose" ? t("initiative.proposing") : t("initiative.saving")}
      />
    </form>
  );
}
