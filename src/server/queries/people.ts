import "server-only";
import { can, type Actor } from "@/lib/permissions";
import { db } from "../db";

export interface Person {
  id: string;
  name: string;
  role: "CMO" | "CIO" | "MARKETING" | "IT";
}

/** Active people who may own an initiative, by side, for the owner pickers and the owner filter. */
export async function listOwnerCandidates(actor: Actor): Promise<{ marketing: Person[]; it: Person[] }> {
  if (!can(actor, "board.view")) return { marketing: [], it: [] };
  const people = await db().user.findMany({
    where: { active: true, role: { in: ["CMO", "CIO", "MARKETING", "IT"] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true },
  });
  const owners = people as Person[];
  return {
    marketing: owners.filter((p) => p.role === "CMO" || p.role === "MARKETING"),
    it: owners.filter((p) => p.role === "CIO" || p.role === "IT"),
  };
}
