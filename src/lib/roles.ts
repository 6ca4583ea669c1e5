import type { Role } from "@/generated/prisma/enums";

export const ROLES = ["CMO", "CIO", "MARKETING", "IT", "BOARD", "ADMIN"] as const satisfies readonly Role[];
export type Side = "MARKETING" | "IT";

/** CMO and MARKETING are the marketing side; CIO and IT the IT side; BOARD and ADMIN neither. */
export function sideOf(role: Role): Side | null {
  switch (role) {
    case "CMO":
    case "MARKETING":
      return "MARKETING";
    case "CIO":
    case "IT":
      return "IT";
    default:
      return null;
  }
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
