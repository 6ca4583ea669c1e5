"use server";

import type { ActionState } from "@/lib/action-state";
import {
  agreedScoreSchema,
  capacitySchema,
  decideModelSchema,
  decisionSchema,
  endSessionSchema,
  planSchema,
  proposeModelSchema,
  scoreInitiativeSchema,
  startSessionSchema,
} from "@/lib/schemas/triage-schemas";
import { decideScoringModel } from "../domain/triage/decide-scoring-model";
import { endTriageSession } from "../domain/triage/end-triage-session";
import { planInitiative } from "../domain/triage/plan-initiative";
import { proposeScoringModel } from "../domain/triage/propose-scoring-model";
import { recordTriageDecision } from "../domain/triage/record-triage-decision";
import { scoreInitiative } from "../domain/triage/score-initiative";
import { setAgreedScore } from "../domain/triage/set-agreed-score";
import { setCapacity } from "../domain/triage/set-capacity";
import { startTriageSession } from "../domain/triage/start-triage-session";
import { runAction } from "./run-action";

// The joint triage (CMO and CIO): the scoring model's two keys, blind scores, agreed scores,
// effort and capacity, and the triage session's decisions. Each domain function re-checks.

const TRIAGE_PAGES = ["/triage", "/triage/model", "/triage/session", "/board", "/report"];

export async function proposeScoringModelAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    permission: "triage.model",
    schema: proposeModelSchema,
    success: "triage.model.proposed",
    revalidate: TRIAGE_PAGES,
    run: (ctx, input) => proposeScoringModel(ctx, input).then(() => undefined),
  });
}

export async function decideScoringModelAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    permission: "triage.model",
    schema: decideModelSchema,
    success: "triage.model.decided",
    revalidate: TRIAGE_PAGES,
    run: (ctx, input) => decideScoringModel(ctx, input).then(() => undefined),
  });
}

export async function scoreInitiativeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    permission: "triage.score",
    schema: scoreInitiativeSchema,
    success: "triage.scoring.saved",
    revalidate: TRIAGE_PAGES,
    run: (ctx, input) => scoreInitiative(ctx, input).then(() => undefined),
  });
}

export async function setAgreedScoreAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    permission: "triage.score",
    schema: agreedScoreSchema,
    success: "triage.agreed.saved",
    revalidate: TRIAGE_PAGES,
    run: (ctx, input) => setAgreedScore(ctx, input),
  });
}

export async function planInitiativeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    permission: "triage.plan",
    schema: planSchema,
    success: "triage.plan.saved",
    revalidate: TRIAGE_PAGES,
    run: (ctx, input) => planInitiative(ctx, input),
  });
}

export async function setCapacityAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    schema: capacitySchema,
    success: "triage.capacity.saved",
    revalidate: TRIAGE_PAGES,
    run: (ctx, input) => setCapacity(ctx, input),
  });
}

export async function startTriageSessionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    permission: "triage.session",
    schema: startSessionSchema,
    success: "triage.session.started",
    revalidate: TRIAGE_PAGES,
    run: (ctx) => startTriageSession(ctx).then(() => undefined),
  });
}

export async function endTriageSessionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    permission: "triage.session",
    schema: endSessionSchema,
    success: "triage.session.endedOk",
    revalidate: TRIAGE_PAGES,
    run: (ctx, input) => endTriageSession(ctx, input),
  });
}

export async function recordTriageDecisionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    permission: "triage.session",
    schema: decisionSchema,
    success: "triage.session.decided",
    revalidate: TRIAGE_PAGES,
    run: (ctx, input) => recordTriageDecision(ctx, input).then(() => undefined),
  });
}
