"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import type { InitiativeStatus } from "@/generated/prisma/enums";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { READINESS_ITEMS, type ReadinessItem } from "@/lib/readiness";
import { completeInitiativeAction, dropInitiativeAction, signOffAction, startInitiativeAction } from "@/server/actions/workflow-actions";
import { ConfirmSubmit } from "../form/confirm-submit";
import { FormMessage } from "../form/form-message";
import { SubmitButton } from "../form/submit-button";
import { TextareaField } from "../form/textarea-field";

interface Props {
  initiative: { id: string; title: string; version: number; status: InitiativeStatus; marketingSigned: boolean; itSigned: boolean };
  ready: Record<ReadinessItem, boolean>;
  may: { signMarketing: boolean; signIt: boolean; advance: boolean; drop: boolean };
}

/** Readiness checklist, sign-off and the status transitions the viewer may make. */
export function DecisionPanel({ initiative: i, ready, may }: Props) {
  const t = useTranslations();
  const id = useId();
  const [signState, sign] = useActionState(signOffAction, INITIAL_ACTION_STATE);
  const [startState, start] = useActionState(startInitiativeAction, INITIAL_ACTION_STATE);
  const [completeState, complete] = useActionState(completeInitiativeAction, INITIAL_ACTION_STATE);
  const [dropState, drop] = useActionState(dropInitiativeAction, INITIAL_ACTION_STATE);
  const hidden = (
    <>
      <input type="hidden" name="initiativeId" value={i.id} />
      <input type="hidden" name="version" value={i.version} />
    </>
  );
  const live = i.status === "PROPOSED" || i.status === "AGREED" || i.status === "IN_PROGRESS";
  return (
    <div className="space-y-4">
      {i.status === "PROPOSED" ? (
        <div>
          <h3 className="text-sm font-semibold text-slate-800">{t("workflow.checklist")}</h3>
          <ul className="mt-2 space-y-1 text-sm">
            {READINESS_ITEMS.map((item) => (
              <li key={item} className="flex items-center gap-2">
                <span aria-hidden className={ready[item] ? "text-green-700" : "text-red-700"}>{ready[item] ? "✓" : "✗"}</span>
                <span>{t(`readinessItems.${item}`)}</span>
                <span className="sr-only">: {ready[item] ? t("workflow.done") : t("workflow.missing")}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {[signState, startState, completeState, dropState].map((state, index) => (
        <FormMessage key={index} state={state} />
      ))}
      {i.status === "PROPOSED" && (may.signMarketing || may.signIt) ? (
        <div className="flex flex-wrap gap-2">
          {may.signMarketing && !i.marketingSigned ? (
            <form action={sign}>
              {hidden}
              <input type="hidden" name="side" value="MARKETING" />
              <ConfirmSubmit label={t("workflow.signMarketing")} pendingLabel={t("workflow.signing")} question={t("workflow.confirmSign", { title: i.title, side: t("initiative.marketingSide") })} />
            </form>
          ) : null}
          {may.signIt && !i.itSigned ? (
            <form action={sign}>
              {hidden}
              <input type="hidden" name="side" value="IT" />
              <ConfirmSubmit label={t("workflow.signIt")} pendingLabel={t("workflow.signing")} question={t("workflow.confirmSign", { title: i.title, side: t("initiative.itSide") })} />
            </form>
          ) : null}
        </div>
      ) : null}
      {i.status === "AGREED" && may.advance ? (
        <form action={start}>
          {hidden}
          <SubmitButton label={t("workflow.start")} pendingLabel={t("workflow.starting")} />
        </form>
      ) : null}
      {i.status === "IN_PROGRESS" && may.advance ? (
        <form action={complete} noValidate className="space-y-2">
          {hidden}
          <TextareaField id={`${id}-outcome`} name="outcomeNote" label={t("workflow.outcomeNote")} hint={t("workflow.outcomeHint")} defaultValue={completeState.values.outcomeNote} errors={completeState.fieldErrors.outcomeNote} key={`o${completeState.values.outcomeNote ?? ""}`} />
          <SubmitButton label={t("workflow.complete")} pendingLabel={t("workflow.completing")} />
        </form>
      ) : null}
      {live && may.drop ? (
        <details className="rounded-md border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-medium text-red-800">{t("workflow.drop")}</summary>
          <form action={drop} noValidate className="mt-2 space-y-2">
            {hidden}
            <TextareaField id={`${id}-drop`} name="dropReason" label={t("workflow.dropReason")} defaultValue={dropState.values.dropReason} errors={dropState.fieldErrors.dropReason} key={`d${dropState.values.dropReason ?? ""}`} />
            <ConfirmSubmit danger label={t("workflow.drop")} pendingLabel={t("workflow.dropping")} question={t("workflow.confirmDrop", { title: i.title })} />
          </form>
        </details>
      ) : null}
      {!live ? <p className="text-sm text-slate-600">{t("workflow.closed")}</p> : null}
    </div>
  );
}
