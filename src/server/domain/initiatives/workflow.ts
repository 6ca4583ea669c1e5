import "server-only";
import type { InitiativeStatus } from "@/generated/prisma/client";
import { isLive, LIVE_STATUSES } from "@/lib/initiative-enums";
import { missingReadiness } from "@/lib/readiness";
import { assertCan } from "../authorize";
import type { DomainContext } from "../context";
import { DomainError, labels } from "../errors";
import { assertFilled, saveInitiative, withInitiative } from "./initiative-transaction";
import { assertFreshVersion } from "../fresh-version";

// The status workflow: PROPOSED → AGREED (both sign-offs, ready) → IN_PROGRESS → DONE (outcome
// note); CMO or CIO may DROP a live initiative with a reason, or reopen a DONE one. Refused
// transitions say why. (The database refuses any other status change too: see the migrations.)

export function wrongStatus(current: InitiativeStatus, allowed: InitiativeStatus[]): DomainError {
  return DomainError.conflict("workflow.wrongStatus", {
    status: labels("status", [current]),
    allowed: labels("status", allowed),
  });
}

/**
 * The CMO signs for marketing, the CIO for IT; with both signatures the initiative is AGREED. A side
 * signs once: a second sign-off is refused with who signed and when, and nothing is written.
 */
export async function signOff(
  ctx: DomainContext,
  input: { initiativeId: string; version: number; side: "MARKETING" | "IT" },
) {
  assertCan(ctx.actor, input.side === "MARKETING" ? "initiative.signOffMarketing" : "initiative.signOffIt");
  return withInitiative(ctx, input.initiativeId, async (tx, current, actor) => {
    await assertFreshVersion(tx, "initiative", current, input.version);
    if (current.status !== "PROPOSED") throw wrongStatus(current.status, ["PROPOSED"]);
    const [signedBy, signedAt] =
      input.side === "MARKETING"
        ? [current.marketingApprovedById, current.marketingApprovedAt]
        : [current.itApprovedById, current.itApprovedAt];
    if (signedBy && signedAt) {
      const signer = await tx.user.findUnique({ where: { id: signedBy }, select: { name: true } });
      throw DomainError.conflict("workflow.alreadySigned", {
        name: signer?.name ?? "?",
        time: { time: signedAt.toISOString() },
      });
    }
    const kpiCount = await tx.initiativeKpi.count({ where: { initiativeId: current.id } });
    const missing = missingReadiness({ ...current, kpiCount });
    if (missing.length > 0)
      throw DomainError.conflict("workflow.notReady", { missing: labels("readinessItems", missing) });
    const now = ctx.now ?? new Date();
    const signature =
      input.side === "MARKETING"
        ? { marketingApprovedById: actor.id, marketingApprovedAt: now }
        : { itApprovedById: actor.id, itApprovedAt: now };
    const otherSigned =
      input.side === "MARKETING" ? current.itApprovedAt !== null : current.marketingApprovedAt !== null;
    const agreed = otherSigned ? { status: "AGREED" as const } : {};
    const changes = {
      signedOff: { before: null, after: input.side },
      ...(otherSigned ? { status: { before: "PROPOSED", after: "AGREED" } } : {}),
    };
    return saveInitiative(tx, ctx, actor, current, { ...signature, ...agreed }, "initiative.signed_off", changes);
  });
}

/** AGREED → IN_PROGRESS, by its owners, the CMO or the CIO. */
export async function startInitiative(ctx: DomainContext, input: { initiativeId: string; version: number }) {
  return withInitiative(ctx, input.initiativeId, async (tx, current, actor) => {
    assertCan(actor, "initiative.edit", current);
    await assertFreshVersion(tx, "initiative", current, input.version);
    if (current.status !== "AGREED") throw wrongStatus(current.status, ["AGREED"]);
    return saveInitiative(tx, ctx, actor, current, { status: "IN_PROGRESS" }, "initiative.status_changed", {
      status: { before: "AGREED", after: "IN_PROGRESS" },
    });
  });
}

/** IN_PROGRESS → DONE (from no other status), closing the loop with an outcome note (did it move its KPI?). */
export async function completeInitiative(
  ctx: DomainContext,
  input: { initiativeId: string; version: number; outcomeNote: string },
) {
  const outcomeNote = assertFilled(input.outcomeNote, "outcomeNote", "validation.outcomeNoteRequired");
  return withInitiative(ctx, input.initiativeId, async (tx, current, actor) => {
    assertCan(actor, "initiative.edit", current);
    await assertFreshVersion(tx, "initiative", current, input.version);
    if (current.status !== "IN_PROGRESS") throw wrongStatus(current.status, ["IN_PROGRESS"]);
    return saveInitiative(
      tx,
      ctx,
      actor,
      current,
      { status: "DONE", outcomeNote, progress: 100 },
      "initiative.status_changed",
      {
        status: { before: "IN_PROGRESS", after: "DONE" },
        outcomeNote: { before: null, after: outcomeNote },
      },
    );
  });
}

/** Any live initiative → DROPPED, by the CMO or the CIO, with a reason. */
export async function dropInitiative(
  ctx: DomainContext,
  input: { initiativeId: string; version: number; dropReason: string },
) {
  assertCan(ctx.actor, "initiative.drop");
  const dropReason = assertFilled(input.dropReason, "dropReason", "validation.dropReasonRequired");
  return withInitiative(
    ctx,
    input.initiativeId,
    async (tx, current, actor) => {
      await assertFreshVersion(tx, "initiative", current, input.version);
      if (!isLive(current.status)) throw wrongStatus(current.status, [...LIVE_STATUSES]);
      return saveInitiative(tx, ctx, actor, current, { status: "DROPPED", dropReason }, "initiative.status_changed", {
        status: { before: current.status, after: "DROPPED" },
        dropReason: { before: null, after: dropReason },
      });
    },
    { ranking: true }, // leaving the ranked list is a change to it
  );
}
