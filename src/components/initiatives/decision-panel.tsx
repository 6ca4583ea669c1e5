"use client";

import { useTranslations } from "@/i18n/client";
import Link from "next/link";
import { useActionState, useId } from "react";
import type { InitiativeStatus } from "@/generated/prisma/enums";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { READINESS_FIELD, READINESS_ITEMS, type ReadinessItem } from "@/lib/readiness";
import {
  completeInitiativeAction,
  dropInitiativeAction,
  reopenInitiativeAction,
  signOffAction,
  startInitiativeAction,
  withdrawSignOffAction,
} from "@/server/actions/workflow-actions";
import { ConfirmSubmit } from "../form/confirm-submit";
import { FormMessage } from "../form/form-message";
import { SubmitButton } from "../form/submit-button";
import { DisclosedReasonForm, ReasonForm } from "./reason-form";
import { StandardsReviewForm } from "./standards-review-form";
import { isLive } from "@/lib/initiative-enums";

type Approval = { by: string; byId: string; at: string } | null;

interface Props {
  initiative: {
    id: string;
    title: string;
    version: number;
    status: InitiativeStatus;
    marketingApproval: Approval;
    itApproval: Approval;
    standardsReview: string | null;
    standardsReviewNote: string;
  };
  ready: Record<ReadinessItem, boolean>;
  viewerId: string;
  may: {
    signMarketing: boolean;
    signIt: boolean;
    advance: boolean;
    drop: boolean;
    reopen: boolean;
    review: boolean;
    edit: boolean;
  };
}

const NOTE = "text-sm text-slate-600";

/**
 * The decisions on an initiative the viewer may take, in the order of the workflow: the readiness
 * checklist (each missing item links to what fills it), sign-off by side, start, done, reopen and
 * drop. Where the viewer may not act, a one-line note says who does.
 */
export function DecisionPanel({ initiative: i, ready, viewerId, may }: Props) {
  const t = useTranslations();
  const id = useId();
  const [signState, sign] = useActionState(signOffAction, INITIAL_ACTION_STATE);
  const [startState, start] = useActionState(startInitiativeAction, INITIAL_ACTION_STATE);
  const hidden = { initiativeId: i.id, version: i.version };
  const hiddenInputs = Object.entries(hidden).map(([key, value]) => (
    <input key={key} type="hidden" name={key} value={value} />
  ));
  const live = isLive(i.status);
  const missing = READINESS_ITEMS.filter((item) => !ready[item]);
  const signed = i.marketingApproval !== null || i.itApproval !== null;

  const checklistLink = (item: ReadinessItem) => {
    if (item === "standardsReview") {
      return may.review ? (
        <a href="#standards-review" className="text-brand-700 underline">
          {t("workflow.giveVerdict")}
        </a>
      ) : (
        <span className="text-slate-500">{t("workflow.verdictByIt")}</span>
      );
    }
    return may.edit ? (
      <Link
        href={`/initiatives/${i.id}?edit=1&focus=${READINESS_FIELD[item]}#edit-heading`}
        className="text-brand-700 underline"
      >
        {t("workflow.fillIn")}
      </Link>
    ) : null;
  };

  const signButton = (side: "MARKETING" | "IT") => (
    <form action={sign}>
      {hiddenInputs}
      <input type="hidden" name="side" value={side} />
      <ConfirmSubmit
        label={t(side === "MARKETING" ? "workflow.signMarketing" : "workflow.signIt")}
        pendingLabel={t("workflow.signing")}
        question={t("workflow.confirmSign", {
          title: i.title,
          side: t(side === "MARKETING" ? "initiative.marketingSide" : "initiative.itSide"),
        })}
        disabled={missing.length > 0}
        describedBy={missing.length > 0 ? `${id}-not-ready` : undefined}
      />
    </form>
  );

  const ownWithdrawal = (side: "MARKETING" | "IT") => (
    <DisclosedReasonForm
      action={withdrawSignOffAction}
      hidden={{ ...hidden, side }}
      name="reason"
      label={t("workflow.withdrawReason")}
      button={t("workflow.withdrawMine")}
      pendingLabel={t("workflow.withdrawing")}
      question={t("workflow.confirmWithdrawMine", { title: i.title })}
    />
  );

  return (
    <div className="space-y-4">
      {i.status === "PROPOSED" ? (
        <div>
          <h3 className="text-sm font-semibold text-slate-800">{t("workflow.checklist")}</h3>
          <ul className="mt-2 space-y-1 text-sm">
            {READINESS_ITEMS.map((item) => (
              <li key={item} className="flex flex-wrap items-center gap-x-2">
                <span aria-hidden className={ready[item] ? "text-green-700" : "text-red-700"}>
                  {ready[item] ? "✓" : "✗"}
                </span>
                <span>{t(`readinessItems.${item}`)}</span>
                <span className="sr-only">: {ready[item] ? t("workflow.done") : t("workflow.missing")}</span>
                {!ready[item] ? checklistLink(item) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {live && may.review ? (
        <StandardsReviewForm
          initiativeId={i.id}
          version={i.version}
          verdict={i.standardsReview}
          note={i.standardsReviewNote}
          signed={signed}
        />
      ) : null}
      <FormMessage state={signState} />
      <FormMessage state={startState} />
      {i.status === "PROPOSED" ? (
        <div className="space-y-2">
          <p className="text-sm font-medium text-slate-800">
            {i.marketingApproval && !i.itApproval
              ? t("workflow.halfSignedMARKETING")
              : i.itApproval && !i.marketingApproval
                ? t("workflow.halfSignedIT")
                : t("workflow.waitingForBoth")}
          </p>
          {(may.signMarketing && !i.marketingApproval) || (may.signIt && !i.itApproval) ? (
            <div className="flex flex-wrap gap-2">
              {may.signMarketing && !i.marketingApproval ? signButton("MARKETING") : null}
              {may.signIt && !i.itApproval ? signButton("IT") : null}
            </div>
          ) : null}
          {missing.length > 0 && (may.signMarketing || may.signIt) ? (
            <p id={`${id}-not-ready`} className={NOTE}>
              {t("workflow.completeChecklistFirst", {
                missing: missing.map((item) => t(`readinessItems.${item}`)).join(", "),
              })}
            </p>
          ) : null}
          {!may.signMarketing && !may.signIt ? <p className={NOTE}>{t("workflow.signOffByExecutives")}</p> : null}
          {i.marketingApproval?.byId === viewerId ? ownWithdrawal("MARKETING") : null}
          {i.itApproval?.byId === viewerId ? ownWithdrawal("IT") : null}
        </div>
      ) : null}
      {i.status === "AGREED" ? (
        may.advance ? (
          <form action={start}>
            {hiddenInputs}
            <SubmitButton label={t("workflow.start")} pendingLabel={t("workflow.starting")} />
          </form>
        ) : (
          <p className={NOTE}>{t("workflow.startedByOwners")}</p>
        )
      ) : null}
      {i.status === "IN_PROGRESS" ? (
        may.advance ? (
          <ReasonForm
            action={completeInitiativeAction}
            hidden={hidden}
            name="outcomeNote"
            label={t("workflow.outcomeNote")}
            hint={t("workflow.outcomeHint")}
            button={t("workflow.complete")}
            pendingLabel={t("workflow.completing")}
            question={t("workflow.confirmComplete", { title: i.title })}
          />
        ) : (
          <p className={NOTE}>{t("workflow.completedByOwners")}</p>
        )
      ) : null}
      {i.status === "DONE" && may.reopen ? (
        <DisclosedReasonForm
          action={reopenInitiativeAction}
          hidden={hidden}
          name="reason"
          label={t("workflow.reopenReason")}
          button={t("workflow.reopen")}
          pendingLabel={t("workflow.reopening")}
          question={t("workflow.confirmReopen", { title: i.title })}
        />
      ) : null}
      {live && may.drop ? (
        <DisclosedReasonForm
          action={dropInitiativeAction}
          hidden={hidden}
          name="dropReason"
          label={t("workflow.dropReason")}
          button={t("workflow.drop")}
          pendingLabel={t("workflow.dropping")}
          question={t("workflow.confirmDrop", { title: i.title })}
          danger
        />
      ) : null}
      {!live ? (
        <p className={NOTE}>{t(i.status === "DONE" && may.reopen ? "workflow.closedReopenable" : "workflow.closed")}</p>
      ) : null}
    </div>
  );
}
