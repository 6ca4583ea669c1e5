import "server-only";
import type { Initiative, InitiativeStatus, Prisma } from "@/generated/prisma/client";
import { LIVE_STATUSES } from "@/lib/initiative-enums";
import { missingReadiness } from "@/lib/readiness";
import { db } from "../../db";
import { recordActivity } from "../activity";
import { assertCan } from "../authorize";
import type { DomainContext } from "../context";
import { DomainError } from "../errors";
import { assertVersion, lockInitiative } from "./lock-initiative";
import { lockRanking } from "./ranking-lock";

// The status workflow: PROPOSED → AGREED (both sign-offs, ready) → IN_PROGRESS → DONE (outcome
// note); CMO or CIO may DROP a live initiative with a reason. Refused transitions say why.

type Tx = Prisma.TransactionClient;
type Actor = NonNullable<DomainContext["actor"]>;

function wrongStatus(current: InitiativeStatus, allowed: InitiativeStatus[]): DomainError {
  return new DomainError("conflict", "workflow.wrongStatus", { status: current, allowed: allowed.join(", ") });
}

/**
 * Runs `work` in one transaction with the initiative locked. With `ranking`, the ranking lock is
 * taken first (the same order as a move takes them: ranking, then row), so the two never deadlock.
 */
async function withInitiative<T>(ctx: DomainContext, id: string, work: (tx: Tx, current: Initiative, actor: Actor) => Promise<T>, options: { ranking?: boolean } = {}): Promise<T> {
  if (!ctx.actor) throw new DomainError("unauthenticated", "errors.unauthenticated");
  const actor = ctx.actor;
  return db().$transaction(async (tx) => {
    if (options.ranking) await lockRanking(tx);
    return work(tx, await lockInitiative(tx, id), actor);
  });
}

async function save(tx: Tx, ctx: DomainContext, actor: Actor, current: Initiative, data: Prisma.InitiativeUpdateInput, action: string, changes: Record<string, unknown>) {
  const updated = await tx.initiative.update({ where: { id: current.id }, data: { ...data, version: { increment: 1 } }, select: { version: true, status: true } });
  await recordActivity(tx, {
    actorId: actor.id,
    action,
    entityType: "initiative",
    entityId: current.id,
    initiativeId: current.id,
    changes: { ...changes, version: { before: current.version, after: updated.version } } as Prisma.InputJsonValue,
    origin: ctx.origin,
  });
  return updated;
}

/** The CMO signs for marketing, the CIO for IT; with both signatures the initiative is AGREED. */
export async function signOff(ctx: DomainContext, input: { initiativeId: string; version: number; side: "MARKETING" | "IT" }) {
  assertCan(ctx.actor, input.side === "MARKETING" ? "initiative.signOffMarketing" : "initiative.signOffIt");
  return withInitiative(ctx, input.initiativeId, async (tx, current, actor) => {
    await assertVersion(tx, current, input.version);
    if (current.status !== "PROPOSED") throw wrongStatus(current.status, ["PROPOSED"]);
    const kpiCount = await tx.initiativeKpi.count({ where: { initiativeId: current.id } });
    const missing = missingReadiness({ ...current, kpiCount });
    if (missing.length > 0) throw new DomainError("conflict", "workflow.notReady", { missing: missing.join(", ") });
    const now = ctx.now ?? new Date();
    const signature = input.side === "MARKETING" ? { marketingApprovedById: actor.id, marketingApprovedAt: now } : { itApprovedById: actor.id, itApprovedAt: now };
    const otherSigned = input.side === "MARKETING" ? current.itApprovedAt !== null : current.marketingApprovedAt !== null;
    const agreed = otherSigned ? { status: "AGREED" as const } : {};
    const changes = { signedOff: { before: null, after: input.side }, ...(otherSigned ? { status: { before: "PROPOSED", after: "AGREED" } } : {}) };
    return save(tx, ctx, actor, current, { ...signature, ...agreed }, "initiative.signed_off", changes);
  });
}

/** AGREED → IN_PROGRESS, by its owners, the CMO or the CIO. */
export async function startInitiative(ctx: DomainContext, input: { initiativeId: string; version: number }) {
  return withInitiative(ctx, input.initiativeId, async (tx, current, actor) => {
    assertCan(actor, "initiative.edit", current);
    await assertVersion(tx, current, input.version);
    if (current.status !== "AGREED") throw wrongStatus(current.status, ["AGREED"]);
    return save(tx, ctx, actor, current, { status: "IN_PROGRESS" }, "initiative.status_changed", { status: { before: "AGREED", after: "IN_PROGRESS" } });
  });
}

/** IN_PROGRESS → DONE, closing the loop with an outcome note (did it move its KPI?). */
export async function completeInitiative(ctx: DomainContext, input: { initiativeId: string; version: number; outcomeNote: string }) {
  return withInitiative(ctx, input.initiativeId, async (tx, current, actor) => {
    assertCan(actor, "initiative.edit", current);
    await assertVersion(tx, current, input.version);
    if (current.status !== "IN_PROGRESS") throw wrongStatus(current.status, ["IN_PROGRESS"]);
    return save(tx, ctx, actor, current, { status: "DONE", outcomeNote: input.outcomeNote, progress: 100 }, "initiative.status_changed", {
      status: { before: "IN_PROGRESS", after: "DONE" },
      outcomeNote: { before: null, after: input.outcomeNote },
    });
  });
}

/** Any live initiative → DROPPED, by the CMO or the CIO, with a reason. */
export async function dropInitiative(ctx: DomainContext, input: { initiativeId: string; version: number; dropReason: string }) {
  assertCan(ctx.actor, "initiative.drop");
  return withInitiative(ctx, input.initiativeId, async (tx, current, actor) => {
    await assertVersion(tx, current, input.version);
    const live: InitiativeStatus[] = [...LIVE_STATUSES];
    if (!live.includes(current.status)) throw wrongStatus(current.status, live);
    return save(tx, ctx, actor, current, { status: "DROPPED", dropReason: input.dropReason }, "initiative.status_changed", {
      status: { before: current.status, after: "DROPPED" },
      dropReason: { before: null, after: input.dropReason },
    });
  }, { ranking: true }); // leaving the ranked list is a change to it
}
