import type { Role } from "@/generated/prisma/enums";

// The one permission map (role × permission). The domain layer refuses with it; the UI uses it
// only to show or hide controls. Ownership rules (an initiative's two owners may edit it) are
// applied by `can` when a record is given.
export const PERMISSIONS = {
  "initiative.propose": ["CMO", "CIO", "MARKETING", "IT"],
  "initiative.edit": ["CMO", "CIO"],
  "initiative.reorder": ["CMO", "CIO"],
  "initiative.signOffMarketing": ["CMO"],
  "initiative.signOffIt": ["CIO"],
  "initiative.drop": ["CMO", "CIO"],
  "initiative.reopen": ["CMO", "CIO"],
  /** The IT-standards verdict is the IT side's voice. */
  "initiative.reviewStandards": ["CIO", "IT"],
  "initiative.postUpdate": ["CMO", "CIO", "MARKETING", "IT"],
  "kpi.manage": ["CMO", "CIO"],
  "kpi.recordMeasurement": ["CMO", "CIO", "MARKETING", "IT"],
  "activity.view": ["CMO", "CIO", "BOARD", "ADMIN"],
  "users.manage": ["ADMIN"],
  "board.view": ["CMO", "CIO", "MARKETING", "IT", "BOARD", "ADMIN"],
  /** Joint triage: the scoring model's two keys, scoring, agreed scores, effort and the session are the executives'. */
  "triage.model": ["CMO", "CIO"],
  "triage.score": ["CMO", "CIO"],
  "triage.plan": ["CMO", "CIO"],
  "triage.session": ["CMO", "CIO"],
  /** Each side's capacity is set by its executive. */
  "triage.capacityMarketing": ["CMO"],
  "triage.capacityIt": ["CIO"],
  /** Each side's scores (staff: once both executives have scored the item). */
  "triage.viewInputs": ["CMO", "CIO", "MARKETING", "IT"],
  /** Agreed scores, weighted scores, the matrix and the minutes. */
  "triage.view": ["CMO", "CIO", "MARKETING", "IT", "BOARD", "ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export interface Actor {
  id: string;
  role: Role;
}

/** A record that has owners, for the ownership rule of "initiative.edit". */
export interface OwnedRecord {
  marketingOwnerId: string;
  itOwnerId: string;
}

export function can(actor: Actor | null | undefined, permission: Permission, record?: OwnedRecord): boolean {
  if (!actor) return false;
  if ((PERMISSIONS[permission] as readonly Role[]).includes(actor.role)) return true;
  if (permission === "initiative.edit" && record) {
    return record.marketingOwnerId === actor.id || record.itOwnerId === actor.id;
  }
  return false;
}
