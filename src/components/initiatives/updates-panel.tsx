"use client";

import { useTranslations } from "@/i18n/client";
import { startTransition, useActionState, useEffect, useId, useState } from "react";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { HEALTHS } from "@/lib/initiative-enums";
import { postCommentAction, postStatusUpdateAction } from "@/server/actions/workflow-actions";
import { FormMessage } from "../form/form-message";
import { SelectField } from "../form/select-field";
import { SubmitButton } from "../form/submit-button";
import { TextField } from "../form/text-field";
import { TextareaField } from "../form/textarea-field";
import { Card } from "../ui/card";

/**
 * Forms to post a status update (health, progress, text) and a comment. After a post, the update
 * form starts from the health and progress the initiative has now (what was just posted), so a
 * quick second note never silently resets them; the text fields are cleared. With `focusUpdate`
 * (the board's "Post status update", `?update=1`), the update form is scrolled to and its first
 * field focused.
 */
export function UpdateForms({
  initiativeId,
  health,
  progress,
  canUpdate,
  focusUpdate = false,
}: {
  initiativeId: string;
  health: string;
  progress: number;
  canUpdate: boolean;
  focusUpdate?: boolean;
}) {
  const t = useTranslations();
  const id = useId();
  useEffect(() => {
    if (!focusUpdate) return;
    const field = document.getElementById(`${id}-health`);
    field?.scrollIntoView({ block: "center" });
    field?.focus();
  }, [focusUpdate, id]);
  const [updateState, updateAction, updating] = useActionState(postStatusUpdateAction, INITIAL_ACTION_STATE);
  const [commentState, commentAction] = useActionState(postCommentAction, INITIAL_ACTION_STATE);
  const u = updateState.ok ? {} : updateState.values;
  // Health and progress show what was just posted. The form is submitted by hand (not through its
  // `action`), so React's automatic form reset never puts back the values the page started with.
  const [shown, setShown] = useState({ health, progress: String(progress) });
  const [answered, setAnswered] = useState(updateState);
  if (answered !== updateState) {
    setAnswered(updateState);
    const next = updateState.ok ? updateState.data : updateState.values;
    if (next?.health !== undefined || next?.progress !== undefined)
      setShown({ health: next.health ?? shown.health, progress: next.progress ?? shown.progress });
  }
  const c = commentState.ok ? {} : commentState.values;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {canUpdate ? (
        <Card
          as="form"
          tone="muted"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            startTransition(() => updateAction(data));
          }}
          noValidate
          aria-labelledby={`${id}-u`}
          className="space-y-3"
        >
          <h3 id={`${id}-u`} className="font-semibold">
            {t("updates.newUpdate")}
          </h3>
          <FormMessage
            state={updateState}
            field={(name) =>
              name === "body"
                ? { id: `${id}-body`, label: t("updates.text") }
                : name === "progress"
                  ? { id: `${id}-progress`, label: t("updates.progress") }
                  : null
            }
          />
          <input type="hidden" name="initiativeId" value={initiativeId} />
          <div className="space-y-3">
            <div className="grid grid-cols-2 gap-3">
              <SelectField
                id={`${id}-health`}
                name="health"
                label={t("updates.health")}
                value={shown.health}
                onChange={(event) => setShown({ ...shown, health: event.target.value })}
                errors={updateState.fieldErrors.health}
                options={HEALTHS.map((h) => ({ value: h, label: t(`health.${h}`) }))}
              />
              <TextField
                id={`${id}-progress`}
                name="progress"
                type="number"
                min={0}
                max={100}
                step={1}
                inputMode="numeric"
                label={t("updates.progress")}
                value={shown.progress}
                onChange={(event) => setShown({ ...shown, progress: event.target.value })}
                errors={updateState.fieldErrors.progress}
              />
            </div>
            <TextareaField
              key={`b${updateState.data?.updateId ?? ""}${JSON.stringify(u)}`}
              id={`${id}-body`}
              name="body"
              label={t("updates.text")}
              defaultValue={u.body ?? ""}
              errors={updateState.fieldErrors.body}
            />
          </div>
          <SubmitButton label={t("updates.post")} pendingLabel={t("updates.posting")} pending={updating} />
        </Card>
      ) : null}
      <Card as="form" tone="muted" action={commentAction} noValidate aria-labelledby={`${id}-c`} className="space-y-3">
        <h3 id={`${id}-c`} className="font-semibold">
          {t("updates.newComment")}
        </h3>
        <FormMessage
          state={commentState}
          field={(name) => (name === "body" ? { id: `${id}-comment`, label: t("updates.comment") } : null)}
        />
        <input type="hidden" name="initiativeId" value={initiativeId} />
        <TextareaField
          key={`c${JSON.stringify(c)}`}
          id={`${id}-comment`}
          name="body"
          label={t("updates.comment")}
          defaultValue={c.body ?? ""}
          errors={commentState.fieldErrors.body}
        />
        <SubmitButton label={t("updates.postComment")} pendingLabel={t("updates.posting")} />
      </Card>
    </div>
  );
}
