import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { hashPassword } from "@/server/auth/password";
import { db } from "@/server/db";
import type { DomainContext } from "@/server/domain/context";
import { uniqueRankKey } from "./raw-sql";

export const TEST_PASSWORD = "correct horse battery staple";
let passwordHash: Promise<string> | undefined;

/** A user with a unique email (tests share one database and run in parallel). */
export async function makeUser(role: Role, overrides: { name?: string; active?: boolean } = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const id = randomUUID();
  return db().user.create({
    data: {
      id,
      email: `${role.toLowerCase()}-${id}@test.example`,
      name: overrides.name ?? `${role} ${id.slice(0, 6)}`,
      role,
      active: overrides.active ?? true,
      passwordHash: await passwordHash,
    },
  });
}

export function ctxFor(actor: { id: string; role: Role } | null, now?: Date): DomainContext {
  return { actor, origin: { ip: "127.0.0.1", userAgent: "vitest" }, ...(now ? { now } : {}) };
}

/** An initiative owned by the given people, with a random unique rank key (anywhere on the list). */
export async function makeInitiative(
  owners: { marketingOwnerId: string; itOwnerId: string; createdById: string },
  title = `Initiative ${randomUUID().slice(0, 8)}`,
  extra: Partial<Prisma.InitiativeUncheckedCreateInput> = {},
) {
  return db().initiative.create({ data: { title, lever: "PROCESSES", rankKey: uniqueRankKey(), ...owners, ...extra } });
}

/** Everything the readiness checklist asks for. */
export const READY = {
  requirementsDetail: "Consent flags from the CRM; nightly sync; EU data residency.",
  successMeasure: "NPS +5 in the pilot region",
  riskLevel: "MEDIUM",
  riskNote: "Personal data leaves the CRM; DPIA done.",
  standardsReview: "PASSED",
} as const;

/** An initiative already signed off by both sides, in the given status. */
export async function makeSignedInitiative(
  status: "AGREED" | "IN_PROGRESS",
  owners: { marketingOwnerId: string; itOwnerId: string; createdById: string },
) {
  const [cmo, cio] = await Promise.all([makeUser("CMO"), makeUser("CIO")]);
  const now = new Date();
  return makeInitiative(owners, undefined, {
    ...READY,
    status,
    marketingApprovedById: cmo.id,
    marketingApprovedAt: now,
    itApprovedById: cio.id,
    itApprovedAt: now,
  });
}

/** A shared KPI with a unique name (percent, higher is better, unless overridden). */
export async function makeKpi(overrides: Partial<Prisma.KpiUncheckedCreateInput> = {}) {
  return db().kpi.create({
    data: {
      name: `KPI ${randomUUID()}`,
      unit: "%",
      direction: "HIGHER_IS_BETTER",
      baseline: 40,
      target: 80,
      ...overrides,
    },
  });
}

/** A measurement of `kpiId` on the YYYY-MM-DD `date`, recorded by `recordedById`. */
export async function makeMeasurement(kpiId: string, recordedById: string, date: string, value: number, note = "") {
  return db().kpiMeasurement.create({
    data: { kpiId, recordedById, measuredOn: new Date(`${date}T00:00:00Z`), value, note },
  });
}
