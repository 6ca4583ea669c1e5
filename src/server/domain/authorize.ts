import "server-only";
import { can, type Actor, type OwnedRecord, type Permission } from "@/lib/permissions";
import { DomainError } from "./errors";

/** Every domain function calls this first. An anonymous caller is refused as such. */
export function assertCan(
  actor: Actor | null | undefined,
  permission: Permission,
  record?: OwnedRecord,
): asserts actor is Actor {
  if (!actor) throw DomainError.unauthenticated();
  if (!can(actor, permission, record)) throw DomainError.forbidden();
}
