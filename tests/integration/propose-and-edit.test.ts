import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { proposeInitiativeSchema } from "@/lib/schemas/initiative-schemas";
import { db } from "@/server/db";
import { DomainError } from "@/server/domain/errors";
import { proposeInitiative } from "@/server/domain/initiatives/propose-initiative";
import { updateInitiative } from "@/server/domain/initiatives/update-initiative";
import { ctxFor, makeUser } from "../support/factories";

const base = (marketingOwnerId: string, itOwnerId: string) => ({
  title: `Proposal ${randomUUID().slice(0, 8)}`,
  description: "",
  lever: "METRICS" as const,
  marketingOwnerId,
  itOwnerId,
  targetDate: null,
  customerExperienceOutcome: "",
  businessOutcome: "",
});

const refusal = (work: Promise<unknown>) =>
  work.then(
    () => "saved",
    (error: unknown) =>
      error instanceof DomainError
        ? { key: error.messageKey, fields: error.fieldErrors, params: error.params }
        : String(error),
  );

describe("proposing an initiative", () => {
  it("puts it at the bottom of the live list as PROPOSED, with an audit event", async () => {
    const [cmo, m, i] = await Promise.all([makeUser("CMO"), makeUser("MARKETING"), makeUser("IT")]);
    const { id } = await proposeInitiative(ctxFor(cmo), base(m.id, i.id));
    const created = await db().initiative.findUniqueOrThrow({ where: { id } });
    expect(created.status).toBe("PROPOSED");
    const bottom = await db().initiative.findFirst({
      where: { status: { in: ["PROPOSED", "AGREED", "IN_PROGRESS"] } },
      orderBy: { rankKey: "desc" },
    });
    expect(bottom!.rankKey >= created.rankKey).toBe(true);
    expect(await db().activityEvent.count({ where: { initiativeId: id, action: "initiative.created" } })).toBe(1);
  });

  it("is refused by the zod schema without an IT owner (layer 1)", () => {
    const result = proposeInitiativeSchema.safeParse({
      title: "x",
      lever: "METRICS",
      marketingOwnerId: randomUUID(),
      itOwnerId: "",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toContainEqual([
      "itOwnerId",
      "validation.itOwnerRequired",
    ]);
  });

  it("is refused by the domain with an owner from the wrong side or deactivated (layer 2), saving nothing", async () => {
    const [cmo, m, i, board, gone] = await Promise.all([
      makeUser("CMO"),
      makeUser("MARKETING"),
      makeUser("IT"),
      makeUser("BOARD"),
      makeUser("IT", { active: false }),
    ]);
    const wrongSide = base(m.id, m.id);
    expect(await refusal(proposeInitiative(ctxFor(cmo), wrongSide))).toMatchObject({
      fields: { itOwnerId: "validation.itOwnerSide" },
    });
    expect(await refusal(proposeInitiative(ctxFor(cmo), base(board.id, i.id)))).toMatchObject({
      fields: { marketingOwnerId: "validation.marketingOwnerSide" },
    });
    expect(await refusal(proposeInitiative(ctxFor(cmo), base(m.id, gone.id)))).toMatchObject({
      fields: { itOwnerId: "validation.ownerInactive" },
    });
    expect(await db().initiative.count({ where: { title: wrongSide.title } })).toBe(0);
  });

  it("is refused to a board member", async () => {
    const [board, m, i] = await Promise.all([makeUser("BOARD"), makeUser("MARKETING"), makeUser("IT")]);
    expect(await refusal(proposeInitiative(ctxFor(board), base(m.id, i.id)))).toMatchObject({
      key: "errors.forbidden",
    });
  });
});

describe("editing an initiative", () => {
  async function proposed() {
    const [cmo, m, i] = await Promise.all([makeUser("CMO"), makeUser("MARKETING"), makeUser("IT")]);
    const input = base(m.id, i.id);
    const { id } = await proposeInitiative(ctxFor(cmo), input);
    const edit = {
      ...input,
      id,
      version: 1,
      requirementsDetail: "",
      successMeasure: "",
      riskLevel: null,
      riskNote: "",
      kpiIds: [] as string[],
    };
    return { cmo, m, i, id, edit };
  }

  it("saves an edit based on the current version and bumps the version", async () => {
    const { cmo, id, edit } = await proposed();
    expect(await updateInitiative(ctxFor(cmo), { ...edit, businessOutcome: "More pipeline" })).toEqual({
      version: 2,
      changed: ["businessOutcome"],
      withdrawn: [],
    });
    expect((await db().initiative.findUniqueOrThrow({ where: { id } })).businessOutcome).toBe("More pipeline");
  });

  it("refuses a stale edit with who changed it and what, and keeps the first save", async () => {
    const { cmo, m, id, edit } = await proposed();
    await updateInitiative(ctxFor(m), { ...edit, title: "First save wins" });
    const outcome = await refusal(updateInitiative(ctxFor(cmo), { ...edit, title: "Second save" }));
    expect(outcome).toMatchObject({
      key: "errors.staleEdit",
      params: { name: m.name, fields: { labels: ["title"], namespace: "fields" } },
    });
    expect((await db().initiative.findUniqueOrThrow({ where: { id } })).title).toBe("First save wins");
  });

  it("lets an owner edit, but not staff who do not own it", async () => {
    const { id, edit } = await proposed();
    const stranger = await makeUser("MARKETING");
    expect(await refusal(updateInitiative(ctxFor(stranger), { ...edit, title: "Hijack" }))).toMatchObject({
      key: "errors.forbidden",
    });
    expect((await db().initiative.findUniqueOrThrow({ where: { id } })).title).toBe(edit.title);
  });

  it("links the KPIs it means to move, and records the change by KPI name", async () => {
    const { cmo, id, edit } = await proposed();
    const kpi = await db().kpi.create({
      data: { name: `Net Promoter Score ${id.slice(0, 6)}`, unit: "points", direction: "HIGHER_IS_BETTER", target: 40 },
    });
    await updateInitiative(ctxFor(cmo), { ...edit, kpiIds: [kpi.id] });
    expect(await db().initiativeKpi.count({ where: { initiativeId: id, kpiId: kpi.id } })).toBe(1);
    const event = await db().activityEvent.findFirst({
      where: { initiativeId: id, action: "initiative.updated" },
      orderBy: { id: "desc" },
    });
    expect(event?.changes).toMatchObject({ kpis: { before: "", after: kpi.name } });
    await updateInitiative(ctxFor(cmo), { ...edit, version: 2, kpiIds: [] });
    expect(await db().initiativeKpi.count({ where: { initiativeId: id } })).toBe(0);
  });

  it("withdraws both sign-offs when an agreed initiative's owners, lever or scope change", async () => {
    const { cmo, id, edit } = await proposed();
    const cio = await makeUser("CIO");
    const now = new Date();
    await db().initiative.update({
      where: { id },
      data: {
        status: "AGREED",
        marketingApprovedById: cmo.id,
        marketingApprovedAt: now,
        itApprovedById: cio.id,
        itApprovedAt: now,
      },
    });
    expect(await refusal(updateInitiative(ctxFor(cmo), { ...edit, lever: "TALENTS" }))).toMatchObject({
      key: "initiative.confirmWithdraw",
      params: { fields: { labels: ["lever"], namespace: "fields" } },
    });
    expect(await updateInitiative(ctxFor(cmo), { ...edit, lever: "TALENTS", confirmWithdraw: true })).toEqual({
      version: 2,
      changed: ["lever"],
      withdrawn: ["lever"],
    });
    const after = await db().initiative.findUniqueOrThrow({ where: { id } });
    expect([after.status, after.marketingApprovedAt, after.itApprovedAt]).toEqual(["PROPOSED", null, null]);
    expect(
      await db().activityEvent.count({ where: { initiativeId: id, action: "initiative.signoffs_withdrawn" } }),
    ).toBe(1);
  });
});
