"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { HEALTHS } from "@/lib/initiative-enums";
import { postCommentAction, postStatusUpdateAction } from "@/server/actions/workflow-actions";
import { FormMessage } from "../form/form-message";
import { SelectField } from "../form/select-field";
import { SubmitButton } from "../form/submit-button";
import { TextField } from "../form/text-field";
import { TextareaField } from "../form/textarea-field";

/** Forms to post a status update (health, progress, text) and a comment. React clears them after a success. */
export function UpdateForms({ initiativeId, health, progress, canUpdate }: { initiativeId: string; health: string; progress: number; canUpdate: boolean }) {
  const t = useTranslations();
  const id = useId();
  const [updateState, updateAction] = useActionState(postStatusUpdateAction, INITIAL_ACTION_STATE);
  const [commentState, commentAction] = useActionState(postCommentAction, INITIAL_ACTION_STATE);
  const u = updateState.ok ? {} : updateState.values;
  const c = commentState.ok ? {} : commentState.values;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {canUpdate ? (
        <form action={updateAction} noValidate aria-labelledby={`${id}-u`} className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4">
          <h3 id={`${id}-u`} className="font-semibold">{t("updates.newUpdate")}</h3>
          <FormMessage state={updateState} />
          <input type="hidden" name="initiativeId" value={initiativeId} />
          <div key={`u${JSON.stringify(u)}`} className="space-y-3">
            <div className="grid grid-cols-2 gap-3">
              <SelectField id={`${id}-health`} name="health" label={t("updates.health")} defaultValue={u.health ?? health} errors={updateState.fieldErrors.health} options={HEALTHS.map((h) => ({ value: h, label: t(`health.${h}`) }))} />
              <TextField id={`${id}-progress`} name="progress" type="number" min={0} max={100} step={1} inputMode="numeric" label={t("updates.progress")} defaultValue={u.progress ?? String(progress)} errors={updateState.fieldErrors.progress} />
            </div>
            <TextareaField id={`${id}-body`} name="body" label={t("updates.text")} defaultValue={u.body ?? ""} errors={updateState.fieldErrors.body} />
          </div>
          <SubmitButton label={t("updates.post")} pendingLabel={t("updates.posting")} />
        </form>
      ) : null}
      <form action={commentAction} noValidate aria-labelledby={`${id}-c`} className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4">
        <h3 id={`${id}-c`} className="font-semibold">{t("updates.newComment")}</h3>
        <FormMessage state={commentState} />
        <input type="hidden" name="initiativeId" value={initiativeId} />
        <TextareaField key={`c${JSON.stringify(c)}`} id={`${id}-comment`} name="body" label={t("updates.comment")} defaultValue={c.body ?? ""} errors={commentState.fieldErrors.body} />
        <SubmitButton label={t("updates.postComment")} pendingLabel={t("updates.posting")} />
      </form>
    </div>
  );
}
