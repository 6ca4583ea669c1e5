// Every server action, called (through the domain function behind it) as each role and as an
// anonymous caller: what the permission map refuses is refused and changes no row; what it
// allows succeeds. An action without an entry here fails the first test.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import type { Role } from "@/generated/prisma/enums";
import { ROLES } from "@/lib/roles";
import { db } from "@/server/db";
import type { DomainContext } from "@/server/domain/context";
import { DomainError } from "@/server/domain/errors";
import { proposeInitiative } from "@/server/domain/initiatives/propose-initiative";
import { reorderInitiative } from "@/server/domain/initiatives/reorder-initiative";
import { updateInitiative } from "@/server/domain/initiatives/update-initiative";
import { postComment, postStatusUpdate } from "@/server/domain/initiatives/post-update";
import { reopenInitiative } from "@/server/domain/initiatives/reopen-initiative";
import { reviewStandards } from "@/server/domain/initiatives/review-standards";
import { withdrawSignOff } from "@/server/domain/initiatives/withdraw-sign-off";
import { completeInitiative, dropInitiative, signOff, startInitiative } from "@/server/domain/initiatives/workflow";
import { createKpi } from "@/server/domain/kpis/create-kpi";
import { correctMeasurement, recordMeasurement } from "@/server/domain/kpis/record-measurement";
import { updateKpi } from "@/server/domain/kpis/update-kpi";
import { startSession } from "@/server/auth/server-sessions";
import { changeOwnPassword } from "@/server/domain/users/change-own-password";
import { endAllOwnSessions } from "@/server/domain/users/end-all-own-sessions";
import { endOwnSession } from "@/server/domain/users/end-own-session";
import {
  changeUserRole,
  createUser,
  resetUserPassword,
  setUserActive,
  signOutEverywhere,
} from "@/server/domain/users/manage-users";
import { decideScoringModel } from "@/server/domain/triage/decide-scoring-model";
import { endTriageSession } from "@/server/domain/triage/end-triage-session";
import { planInitiative } from "@/server/domain/triage/plan-initiative";
import { proposeScoringModel } from "@/server/domain/triage/propose-scoring-model";
import { recordTriageDecision } from "@/server/domain/triage/record-triage-decision";
import { scoreInitiative } from "@/server/domain/triage/score-initiative";
import { setAgreedScore } from "@/server/domain/triage/set-agreed-score";
import { setCapacity } from "@/server/domain/triage/set-capacity";
import { startTriageSession } from "@/server/domain/triage/start-triage-session";
import { CRITERIA, DEFAULT_WEIGHTS } from "@/lib/triage";
import {
  ctxFor,
  makeInitiative,
  makeKpi,
  makeMeasurement,
  makeSignedInitiative,
  makeUser,
  READY,
  TEST_PASSWORD,
} from "../support/factories";
import { useOwnDatabase } from "../support/raw-sql";

interface Entry {
  /** Roles the permission map allows; the rest and anonymous callers must be refused. */
  allowed: readonly Role[];
  /** Fresh data for one call, made before the "no row changed" snapshot. */
  prepare?: () => Promise<{ id: string }>;
  /** Runs the domain function behind the action as `ctx`. */
  call: (ctx: DomainContext, prepared: { id: string } | undefined) => Promise<unknown>;
}

const target = () => makeUser("BOARD");
/** A live initiative with fresh owners (its key is random, so it may sit anywhere on the list). */
const initiative = async () => {
  const [marketing, it] = await Promise.all([makeUser("MARKETING"), makeUser("IT")]);
  return makeInitiative({ marketingOwnerId: marketing.id, itOwnerId: it.id, createdById: marketing.id });
};

const signed = async (status: "AGREED" | "IN_PROGRESS") => {
  const [marketing, it] = await Promise.all([makeUser("MARKETING"), makeUser("IT")]);
  return makeSignedInitiative(status, { marketingOwnerId: marketing.id, itOwnerId: it.id, createdById: marketing.id });
};

const allScores = (value: number) =>
  Object.fromEntries(CRITERIA.map((c) => [c, { value, note: "" }])) as Parameters<typeof scoreInitiative>[1]["scores"];
/** No model proposal waiting (one at a time), then optionally a fresh one by a CMO who is not the caller. */
const clearPendingModels = () =>
  db().scoringModel.updateMany({ where: { status: "PROPOSED" }, data: { status: "REJECTED" } });
/** The open triage session, started by a fresh CMO when none is open. */
const openSession = async () => startTriageSession(ctxFor(await makeUser("CMO")));

const MATRIX: Record<string, Entry> = {
  proposeScoringModelAction: {
    allowed: ["CMO", "CIO"],
    prepare: async () => {
      await clearPendingModels();
      return { id: "" };
    },
    call: (ctx) => proposeScoringModel(ctx, { weights: DEFAULT_WEIGHTS, note: "matrix" }),
  },
  decideScoringModelAction: {
    allowed: ["CMO", "CIO"],
    prepare: async () => {
      await clearPendingModels();
      return proposeScoringModel(ctxFor(await makeUser("CMO")), { weights: DEFAULT_WEIGHTS, note: "matrix" });
    },
    call: (ctx, prepared) => decideScoringModel(ctx, { modelId: prepared!.id, decision: "APPROVE" }),
  },
  scoreInitiativeAction: {
    allowed: ["CMO", "CIO"],
    prepare: initiative,
    call: (ctx, prepared) => scoreInitiative(ctx, { initiativeId: prepared!.id, scores: allScores(4) }),
  },
  setAgreedScoreAction: {
    allowed: ["CMO", "CIO"],
    prepare: async () => {
      const row = await initiative();
      const [cmo, cio] = await Promise.all([makeUser("CMO"), makeUser("CIO")]);
      await scoreInitiative(ctxFor(cmo), { initiativeId: row.id, scores: allScores(5) });
      await scoreInitiative(ctxFor(cio), { initiativeId: row.id, scores: allScores(2) });
      return row;
    },
    call: (ctx, prepared) =>
      setAgreedScore(ctx, { initiativeId: prepared!.id, criterion: "businessValue", value: 4, note: "matrix" }),
  },
  planInitiativeAction: {
    allowed: ["CMO", "CIO"],
    prepare: initiative,
    call: (ctx, prepared) =>
      planInitiative(ctx, { initiativeId: prepared!.id, marketingEffort: 2, itEffort: 3, targetQuarter: "2027-Q1" }),
  },
  setCapacityAction: {
    // For IT: the CIO only (the CMO sets marketing's; tests/integration/triage.test.ts).
    allowed: ["CIO"],
    call: (ctx) =>
      setCapacity(ctx, { side: "IT", quarter: `20${String(Math.floor(Math.random() * 90) + 10)}-Q1`, personWeeks: 12 }),
  },
  startTriageSessionAction: {
    allowed: ["CMO", "CIO"],
    prepare: async () => {
      await db().triageSession.updateMany({ where: { endedAt: null }, data: { endedAt: new Date() } });
      return { id: "" };
    },
    call: (ctx) => startTriageSession(ctx),
  },
  endTriageSessionAction: {
    allowed: ["CMO", "CIO"],
    prepare: openSession,
    call: (ctx, prepared) => endTriageSession(ctx, { sessionId: prepared!.id }),
  },
  recordTriageDecisionAction: {
    allowed: ["CMO", "CIO"],
    prepare: async () => {
      const [session, row] = await Promise.all([openSession(), initiative()]);
      return { id: row.id, sessionId: session.id };
    },
    call: (ctx, prepared) => {
      const { id, sessionId } = prepared as unknown as { id: string; sessionId: string };
      return recordTriageDecision(ctx, {
        sessionId,
        initiativeId: id,
        kind: "PARK",
        parkUntil: "2099-01-01",
        reason: "matrix",
      });
    },
  },
  createUserAction: {
    allowed: ["ADMIN"],
    call: (ctx) =>
      createUser(ctx, {
        name: "Matrix Person",
        email: `matrix-${randomUUID()}@test.example`,
        role: "IT",
        password: undefined,
      }),
  },
  changeUserRoleAction: {
    allowed: ["ADMIN"],
    prepare: target,
    call: (ctx, prepared) => changeUserRole(ctx, { userId: prepared!.id, role: "MARKETING" }),
  },
  setUserActiveAction: {
    allowed: ["ADMIN"],
    prepare: target,
    call: (ctx, prepared) => setUserActive(ctx, { userId: prepared!.id, active: false }),
  },
  resetUserPasswordAction: {
    allowed: ["ADMIN"],
    prepare: target,
    call: (ctx, prepared) => resetUserPassword(ctx, { userId: prepared!.id }),
  },
  signOutEverywhereAction: {
    allowed: ["ADMIN"],
    prepare: target,
    call: (ctx, prepared) => signOutEverywhere(ctx, { userId: prepared!.id }),
  },
  reorderInitiativeAction: {
    allowed: ["CMO", "CIO"],
    prepare: initiative,
    call: (ctx, prepared) => reorderInitiative(ctx, { initiativeId: prepared!.id, position: 1, reason: "matrix" }),
  },
  proposeInitiativeAction: {
    allowed: ["CMO", "CIO", "MARKETING", "IT"],
    prepare: initiative,
    call: (ctx, prepared) => {
      const owners = prepared as unknown as { marketingOwnerId: string; itOwnerId: string };
      return proposeInitiative(ctx, {
        title: `Matrix proposal ${randomUUID()}`,
        description: "",
        lever: "TALENTS",
        marketingOwnerId: owners.marketingOwnerId,
        itOwnerId: owners.itOwnerId,
        targetDate: null,
        customerExperienceOutcome: "",
        businessOutcome: "",
      });
    },
  },
  updateInitiativeAction: {
    // Also each initiative's two owners (proven in propose-and-edit.test.ts); these callers own nothing.
    allowed: ["CMO", "CIO"],
    prepare: initiative,
    call: (ctx, prepared) => {
      const i = prepared as unknown as {
        id: string;
        title: string;
        lever: "PROCESSES";
        marketingOwnerId: string;
        itOwnerId: string;
      };
      return updateInitiative(ctx, {
        id: i.id,
        version: 1,
        title: `${i.title} (edited)`,
        description: "",
        lever: i.lever,
        marketingOwnerId: i.marketingOwnerId,
        itOwnerId: i.itOwnerId,
        targetDate: null,
        customerExperienceOutcome: "",
        businessOutcome: "",
        requirementsDetail: "",
        successMeasure: "",
        riskLevel: null,
        riskNote: "",
        kpiIds: [],
      });
    },
  },
  signOffAction: {
    allowed: ["CMO"],
    prepare: async () => {
      const [marketing, it] = await Promise.all([makeUser("MARKETING"), makeUser("IT")]);
      return makeInitiative(
        { marketingOwnerId: marketing.id, itOwnerId: it.id, createdById: marketing.id },
        undefined,
        READY,
      );
    },
    call: (ctx, prepared) => signOff(ctx, { initiativeId: prepared!.id, version: 1, side: "MARKETING" }),
  },
  withdrawSignOffAction: {
    // Only the signer themself: a CMO who did not sign this one is refused too (workflow tests).
    allowed: ["CMO"],
    prepare: async () => {
      const [marketing, it] = await Promise.all([makeUser("MARKETING"), makeUser("IT")]);
      return makeInitiative(
        { marketingOwnerId: marketing.id, itOwnerId: it.id, createdById: marketing.id },
        undefined,
        READY,
      );
    },
    call: async (ctx, prepared) => {
      // The caller signs first when they may (a CMO); anyone else tries to withdraw a sign-off they could not give.
      if (ctx.actor?.role === "CMO") await signOff(ctx, { initiativeId: prepared!.id, version: 1, side: "MARKETING" });
      const version = ctx.actor?.role === "CMO" ? 2 : 1;
      return withdrawSignOff(ctx, {
        initiativeId: prepared!.id,
        version,
        side: "MARKETING",
        reason: "Budget not confirmed",
      });
    },
  },
  reviewStandardsAction: {
    allowed: ["CIO", "IT"],
    prepare: initiative,
    call: (ctx, prepared) =>
      reviewStandards(ctx, {
        initiativeId: prepared!.id,
        version: 1,
        verdict: "PASSED",
        note: "Fits the integration guidelines",
      }),
  },
  reopenInitiativeAction: {
    allowed: ["CMO", "CIO"],
    prepare: async () => {
      const [marketing, it] = await Promise.all([makeUser("MARKETING"), makeUser("IT")]);
      const owners = { marketingOwnerId: marketing.id, itOwnerId: it.id, createdById: marketing.id };
      const done = await makeSignedInitiative("IN_PROGRESS", owners);
      await db().initiative.update({ where: { id: done.id }, data: { status: "DONE", outcomeNote: "NPS +3" } });
      return done;
    },
    call: (ctx, prepared) =>
      reopenInitiative(ctx, { initiativeId: prepared!.id, version: 1, reason: "The KPI fell back" }),
  },
  startInitiativeAction: {
    allowed: ["CMO", "CIO"],
    prepare: () => signed("AGREED"),
    call: (ctx, prepared) => startInitiative(ctx, { initiativeId: prepared!.id, version: 1 }),
  },
  completeInitiativeAction: {
    allowed: ["CMO", "CIO"],
    prepare: () => signed("IN_PROGRESS"),
    call: (ctx, prepared) =>
      completeInitiative(ctx, { initiativeId: prepared!.id, version: 1, outcomeNote: "NPS +6 in the pilot" }),
  },
  dropInitiativeAction: {
    allowed: ["CMO", "CIO"],
    prepare: initiative,
    call: (ctx, prepared) => dropInitiative(ctx, { initiativeId: prepared!.id, version: 1, dropReason: "superseded" }),
  },
  postStatusUpdateAction: {
    allowed: ["CMO", "CIO", "MARKETING", "IT"],
    prepare: initiative,
    call: (ctx, prepared) =>
      postStatusUpdate(ctx, { initiativeId: prepared!.id, health: "AT_RISK", progress: 40, body: "Vendor late" }),
  },
  postCommentAction: {
    allowed: ["CMO", "CIO", "MARKETING", "IT"],
    prepare: initiative,
    call: (ctx, prepared) => postComment(ctx, { initiativeId: prepared!.id, body: "Agreed with IT on Tuesday" }),
  },
  createKpiAction: {
    allowed: ["CMO", "CIO"],
    call: (ctx) =>
      createKpi(ctx, {
        name: `Matrix KPI ${randomUUID()}`,
        description: "",
        unit: "%",
        direction: "HIGHER_IS_BETTER",
        baseline: null,
        target: 90,
      }),
  },
  updateKpiAction: {
    allowed: ["CMO", "CIO"],
    prepare: () => makeKpi(),
    call: (ctx, prepared) => {
      const kpi = prepared as unknown as { id: string; name: string };
      return updateKpi(ctx, {
        id: kpi.id,
        version: 1,
        name: kpi.name,
        description: "edited",
        unit: "%",
        direction: "HIGHER_IS_BETTER",
        baseline: 40,
        target: 85,
      });
    },
  },
  recordMeasurementAction: {
    allowed: ["CMO", "CIO", "MARKETING", "IT"],
    prepare: () => makeKpi(),
    call: (ctx, prepared) =>
      recordMeasurement(ctx, { kpiId: prepared!.id, value: 55.5, measuredOn: "2026-01-01", note: "matrix" }),
  },
  correctMeasurementAction: {
    allowed: ["CMO", "CIO", "MARKETING", "IT"],
    prepare: async () => {
      const [kpi, recorder] = await Promise.all([makeKpi(), makeUser("IT")]);
      return makeMeasurement(kpi.id, recorder.id, "2026-01-01", 41);
    },
    call: (ctx, prepared) => {
      const measurement = prepared as unknown as { id: string; kpiId: string };
      return correctMeasurement(ctx, {
        kpiId: measurement.kpiId,
        measurementId: measurement.id,
        value: 43,
        expectedValue: 41,
        note: "",
      });
    },
  },
  // Everyone signed in manages their own sessions (someone else's is "not found", see sessions.test.ts).
  endSessionAction: {
    allowed: ROLES,
    call: async (ctx) => {
      const sessionId = ctx.actor ? await startSession(ctx.actor.id, "password", ctx.origin) : randomUUID();
      return endOwnSession(ctx, { sessionId });
    },
  },
  signOutMyDevicesAction: {
    allowed: ROLES,
    call: (ctx) => endAllOwnSessions(ctx),
  },
  changeOwnPasswordAction: {
    allowed: ROLES,
    call: (ctx) =>
      changeOwnPassword(ctx, { currentPassword: TEST_PASSWORD, newPassword: `a new passphrase ${randomUUID()}` }),
  },
};

let url: string;
beforeAll(async () => {
  url = await useOwnDatabase("authz_matrix");
});

const TABLES = [
  "User",
  "Initiative",
  "Kpi",
  "KpiMeasurement",
  "InitiativeKpi",
  "StatusUpdate",
  "Comment",
  "ActivityEvent",
  "ScoringModel",
  "TriageScore",
  "TriageAgreedScore",
  "TriagePlan",
  "TriageCapacity",
  "TriageSession",
  "TriageDecision",
];
async function fingerprint(): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const parts: string[] = [];
    for (const table of TABLES) {
      const { rows } = await client.query(
        `SELECT count(*) AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${table}" t`,
      );
      parts.push(`${table}:${rows[0].n}:${rows[0].sum}`);
    }
    return parts.join(" ");
  } finally {
    await client.end();
  }
}

describe("the authorisation matrix", () => {
  it("has an entry for every exported server action", async () => {
    const modules = import.meta.glob("../../src/server/actions/*-actions.ts", { eager: true });
    const exported = Object.values(modules)
      .flatMap((module) => Object.entries(module as Record<string, unknown>))
      .filter(([, value]) => typeof value === "function")
      .map(([name]) => name)
      .sort();
    expect(exported.length).toBeGreaterThan(0);
    expect(Object.keys(MATRIX).sort()).toEqual(exported);
  });

  for (const [action, entry] of Object.entries(MATRIX)) {
    describe(action, () => {
      for (const role of ROLES) {
        const allowed = entry.allowed.includes(role);
        it(`${allowed ? "works" : "is refused"} for ${role}`, async () => {
          const actor = await makeUser(role);
          const prepared = await entry.prepare?.();
          const before = await fingerprint();
          const outcome = await entry.call(ctxFor(actor), prepared).then(
            () => "ok",
            (error: unknown) => (error instanceof DomainError ? error.code : `unexpected: ${String(error)}`),
          );
          if (allowed) {
            expect(outcome).toBe("ok");
          } else {
            expect(outcome).toBe("forbidden");
            expect(await fingerprint()).toBe(before);
          }
        });
      }

      it("is refused for an anonymous caller", async () => {
        const prepared = await entry.prepare?.();
        const before = await fingerprint();
        const outcome = await entry.call(ctxFor(null), prepared).then(
          () => "ok",
          (error: unknown) => (error instanceof DomainError ? error.code : `unexpected: ${String(error)}`),
        );
        expect(outcome).toBe("unauthenticated");
        expect(await fingerprint()).toBe(before);
      });
    });
  }
});
