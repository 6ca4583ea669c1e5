"use client";

import { useTranslations } from "@/i18n/client";
import { useActionState, useId } from "react";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { REVIEW_VERDICTS } from "@/lib/initiative-enums";
import { reviewStandardsAction } from "@/server/actions/workflow-actions";
import { ConfirmSubmit } from "../form/confirm-submit";
import { FormMessage } from "../form/form-message";
import { SelectField } from "../form/select-field";
import { SubmitButton } from "../form/submit-button";
import { TextField } from "../form/text-field";

interface Props {
  initiativeId: string;
  version: number;
  verdict: string | null;
  note: string;
  /** A sign-off exists: a new verdict withdraws it, so the form asks first. */
  signed: boolean;
}

/** The IT side's verdict on the IT-standards review (the CIO or IT staff only). */
export function StandardsReviewForm({ initiativeId, version, verdict, note, signed }: Props) {
  const t = useTranslations();
  const id = useId();
  const [state, formAction] = useActionState(reviewStandardsAction, INITIAL_ACTION_STATE);
  const values = state.ok ? {} : state.values;
  const labels: Record<string, string> = { verdict: t("workflow.verdict"), note: t("workflow.verdictNote") };
  return (
    <form
      id="standards-review"
      action={formAction}
      noValidate
      aria-labelledby={`${id}-h`}
      className="space-y-3 rounded-md border border-slate-200 p-3"
    >
      <h3 id={`${id}-h`} className="text-sm font-semibold text-slate-800">
        {t("workflow.reviewTitle")}
      </h3>
      <FormMessage
        state={state}
        field={(name) => (labels[name] ? { id: `${id}-${name}`, label: labels[name] } : null)}
      />
      <input type="hidden" name="initiativeId" value={initiativeId} />
      <input type="hidden" name="version" value={version} />
      {signed ? <input type="hidden" name="confirmWithdraw" value="true" /> : null}
      <div key={`${version}${JSON.stringify(values)}`} className="grid gap-3 sm:grid-cols-2">
        <SelectField
          id={`${id}-verdict`}
          name="verdict"
          label={labels.verdict!}
          placeholder={t("initiative.choose")}
          defaultValue={values.verdict ?? (verdict && verdict !== "PENDING" ? verdict : "")}
          errors={state.fieldErrors.verdict}
          options={REVIEW_VERDICTS.map((v) => ({ value: v, label: t(`standardsReviews.${v}`) }))}
        />
        <TextField
          id={`${id}-note`}
          name="note"
          label={labels.note!}
          defaultValue={values.note ?? note}
          errors={state.fieldErrors.note}
        />
      </div>
      {signed ? (
        <ConfirmSubmit
          label={t("workflow.saveVerdict")}
          pendingLabel={t("initiative.saving")}
          question={t("workflow.confirmVerdictWithdraws")}
        />
      ) : (
        <SubmitButton variant="secondary" label={t("workflow.saveVerdict")} pendingLabel={t("initiative.saving")} />
      )}
    </form>
  );
}
