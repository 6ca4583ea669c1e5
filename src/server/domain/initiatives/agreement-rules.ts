import "server-only";
import type { Initiative } from "@/generated/prisma/client";
import { materialFields, type MaterialField } from "@/lib/agreement";
import { recordActivity } from "../activity";
import type { DomainContext } from "../context";
import { DomainError, labels } from "../errors";
import type { Actor, Tx } from "./initiative-transaction";

// One home for "does this change withdraw the sign-offs?" (the list of material fields is in
// src/lib/agreement.ts, shared with the edit form's warning).

/**
 * The material fields among `changed` when they withdraw sign-offs: the initiative is proposed or
 * agreed and at least one side has signed. Empty when the change keeps every sign-off.
 */
export function fieldsWithdrawingSignOffs(current: Initiative, changed: Iterable<string>): MaterialField[] {
  if (current.status !== "PROPOSED" && current.status !== "AGREED") return [];
  if (current.marketingApprovedAt === null && current.itApprovedAt === null) return [];
  return materialFields(changed);
}

/** A withdrawing change must be confirmed by its author (the form asks first); otherwise nothing is saved. */
export function assertWithdrawalConfirmed(fields: MaterialField[], confirmed: boolean): void {
  if (fields.length > 0 && !confirmed) {
    throw DomainError.conflict(
      "initiative.confirmWithdraw",
      { fields: labels("fields", fields) },
      { withdrawFields: fields.join(",") },
    );
  }
}

/** The columns that take both sign-offs back: the initiative is proposed again. */
export const SIGN_OFFS_WITHDRAWN = {
  status: "PROPOSED",
  marketingApprovedById: null,
  marketingApprovedAt: null,
  itApprovedById: null,
  itApprovedAt: null,
} as const;

/** The history's entry: which fields withdrew whose sign-offs. */
export async function recordSignOffsWithdrawn(
  tx: Tx,
  ctx: DomainContext,
  actor: Actor,
  current: Initiative,
  fields: MaterialField[],
) {
  await recordActivity(tx, {
    actorId: actor.id,
    action: "initiative.signoffs_withdrawn",
    entityType: "initiative",
    entityId: current.id,
    initiativeId: current.id,
    changes: {
      ...(current.status !== "PROPOSED" ? { status: { before: current.status, after: "PROPOSED" } } : {}),
      ...(current.marketingApprovedById
        ? { marketingApprovedById: { before: current.marketingApprovedById, after: null } }
        : {}),
      ...(current.itApprovedById ? { itApprovedById: { before: current.itApprovedById, after: null } } : {}),
      fields,
    },
    origin: ctx.origin,
  });
}
