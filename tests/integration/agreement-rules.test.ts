// The agreement rules: what withdraws a sign-off and what does not, each side's own voice, and the
// workflow's refusals. Each test names the rule it guards and fails when that rule is removed.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { MATERIAL_FIELDS } from "@/lib/agreement";
import { editInitiativeSchema } from "@/lib/schemas/initiative-schemas";
import { completeSchema, dropSchema } from "@/lib/schemas/workflow-schemas";
import { db } from "@/server/db";
import { DomainError } from "@/server/domain/errors";
import { postComment, postStatusUpdate } from "@/server/domain/initiatives/post-update";
import { reopenInitiative } from "@/server/domain/initiatives/reopen-initiative";
import { reviewStandards } from "@/server/domain/initiatives/review-standards";
import { updateInitiative } from "@/server/domain/initiatives/update-initiative";
import { withdrawSignOff } from "@/server/domain/initiatives/withdraw-sign-off";
import { completeInitiative, dropInitiative, signOff, startInitiative } from "@/server/domain/initiatives/workflow";
import { ctxFor, makeInitiative, makeKpi, makeUser, READY } from "../support/factories";

const outcome = (work: Promise<unknown>) =>
  work.then(
    () => "ok",
    (error: unknown) =>
      error instanceof DomainError
        ? { code: error.code, key: error.messageKey, params: error.params, fields: error.fieldErrors }
        : String(error),
  );
const read = (id: string) => db().initiative.findUniqueOrThrow({ where: { id } });
const events = (id: string, action: string) =>
  db().activityEvent.findMany({ where: { initiativeId: id, action }, orderBy: { id: "asc" } });

const DESCRIPTION = "Map the journey end to end.\n\n- Store\n- Web\n- Call centre";

/** An AGREED initiative signed by a fresh CMO and CIO, with a multi-line description and a linked KPI. */
async function agreed() {
  const [cmo, cio, marketing, it] = await Promise.all([
    makeUser("CMO"),
    makeUser("CIO"),
    makeUser("MARKETING"),
    makeUser("IT"),
  ]);
  const kpi = await makeKpi();
  const now = new Date();
  const row = await makeInitiative(
    { marketingOwnerId: marketing.id, itOwnerId: it.id, createdById: marketing.id },
    undefined,
    {
      ...READY,
      description: DESCRIPTION,
      targetDate: new Date("2027-05-01T00:00:00Z"),
      status: "AGREED",
      marketingApprovedById: cmo.id,
      marketingApprovedAt: now,
      itApprovedById: cio.id,
      itApprovedAt: now,
      standardsReviewedById: it.id,
      standardsReviewedAt: now,
    },
  );
  await db().initiativeKpi.create({ data: { initiativeId: row.id, kpiId: kpi.id } });
  // What the edit form sends back untouched (as a browser would: CRLF line ends).
  const form = {
    id: row.id,
    version: "1",
    title: row.title,
    description: DESCRIPTION.replace(/\n/g, "\r\n"),
    lever: row.lever,
    marketingOwnerId: marketing.id,
    itOwnerId: it.id,
    targetDate: "2027-05-01",
    customerExperienceOutcome: "",
    businessOutcome: "",
    requirementsDetail: READY.requirementsDetail,
    successMeasure: READY.successMeasure,
    riskLevel: READY.riskLevel,
    riskNote: READY.riskNote,
    kpiIds: kpi.id,
  };
  return { cmo, cio, marketing, it, kpi, id: row.id, form };
}

/** The form values through the action's own schema, as the server action would see them. */
function parsed(form: Record<string, string>) {
  const result = editInitiativeSchema.safeParse(form);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}

describe("text is compared as people read it", () => {
  it("does not count CRLF line ends or trailing spaces as a change: a date-only edit keeps the agreement", async () => {
    const { cio, id, form } = await agreed();
    const input = parsed({
      ...form,
      description: `${form.description}  \r\n`,
      title: `${form.title} `,
      targetDate: "2027-06-30",
    });
    expect(await updateInitiative(ctxFor(cio), input)).toEqual({ version: 2, changed: ["targetDate"], withdrawn: [] });
    const after = await read(id);
    expect(after.status).toBe("AGREED");
    expect(after.marketingApprovedAt).not.toBeNull();
    const [event] = await events(id, "initiative.updated");
    expect(Object.keys(event!.changes as object).sort()).toEqual(["targetDate", "version"]);
    expect((event!.changes as Record<string, unknown>).targetDate).toEqual({
      before: "2027-05-01",
      after: "2027-06-30",
    });
  });

  it("treats a stored CRLF text and the same text typed again as equal (nothing saved, no history)", async () => {
    const { cmo, id, form } = await agreed();
    await db().initiative.update({ where: { id }, data: { description: DESCRIPTION.replace(/\n/g, "\r\n") } });
    expect(await updateInitiative(ctxFor(cmo), parsed(form))).toEqual({ version: 1, changed: [], withdrawn: [] });
    expect(await events(id, "initiative.updated")).toHaveLength(0);
  });

  it("normalises to NFC and refuses control characters with a field message", () => {
    const decomposed = "Cafe\u0301 loyalty";
    expect(parsed({ ...baseForm(), title: decomposed }).title).toBe("Café loyalty");
    const refused = editInitiativeSchema.safeParse({ ...baseForm(), title: "Bad\u0000title", description: "a\u001bb" });
    expect(refused.success).toBe(false);
    expect(refused.error!.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["title", "validation.controlCharacters"],
      ["description", "validation.controlCharacters"],
    ]);
    expect(editInitiativeSchema.safeParse({ ...baseForm(), description: "tab\there\r\nand a line" }).success).toBe(
      true,
    );
  });
});

function baseForm() {
  return {
    id: randomUUID(),
    version: "1",
    title: "T",
    lever: "METRICS",
    marketingOwnerId: randomUUID(),
    itOwnerId: randomUUID(),
  };
}

// Written out, not read from the rule itself: a field dropped from MATERIAL_FIELDS must fail here.
const MATERIAL = [
  "title",
  "description",
  "lever",
  "marketingOwnerId",
  "itOwnerId",
  "requirementsDetail",
  "successMeasure",
  "kpis",
  "riskLevel",
  "riskNote",
  "standardsReview",
  "standardsReviewNote",
] as const;

describe("what withdraws an agreement", () => {
  it("is exactly the scope, the lever, both owners and every readiness field", () => {
    expect([...MATERIAL_FIELDS].sort()).toEqual([...MATERIAL].sort());
  });

  const changes: Record<
    (typeof MATERIAL)[number],
    (ctx: Awaited<ReturnType<typeof agreed>>) => Promise<Record<string, string> | "review">
  > = {
    title: async ({ form }) => ({ ...form, title: `${form.title} v2` }),
    description: async ({ form }) => ({ ...form, description: `${form.description}\r\n- Mobile app` }),
    lever: async ({ form }) => ({ ...form, lever: "TALENTS" }),
    marketingOwnerId: async ({ form }) => ({ ...form, marketingOwnerId: (await makeUser("MARKETING")).id }),
    itOwnerId: async ({ form }) => ({ ...form, itOwnerId: (await makeUser("IT")).id }),
    requirementsDetail: async ({ form }) => ({ ...form, requirementsDetail: "Also the loyalty app" }),
    successMeasure: async ({ form }) => ({ ...form, successMeasure: "NPS +8" }),
    kpis: async ({ form }) => ({ ...form, kpiIds: "" }),
    riskLevel: async ({ form }) => ({ ...form, riskLevel: "HIGH" }),
    riskNote: async ({ form }) => ({ ...form, riskNote: "Vendor may be late" }),
    standardsReview: async () => "review",
    standardsReviewNote: async () => "review",
  };

  for (const field of MATERIAL) {
    it(`withdraws both sign-offs when ${field} changes, after the editor confirms, and says which field did it`, async () => {
      const setup = await agreed();
      const { cmo, cio, it: itOwner, id } = setup;
      const changed = await changes[field](setup);
      const attempt = (confirmWithdraw: boolean) =>
        changed === "review"
          ? reviewStandards(ctxFor(itOwner), {
              initiativeId: id,
              version: 1,
              verdict: field === "standardsReview" ? "FAILED" : "PASSED",
              note: field === "standardsReviewNote" ? "Only with the new API gateway" : "",
              confirmWithdraw,
            })
          : updateInitiative(ctxFor(cio), { ...parsed(changed), confirmWithdraw });
      expect(await outcome(attempt(false))).toMatchObject({
        code: "conflict",
        key: "initiative.confirmWithdraw",
        params: { fields: { labels: [field], namespace: "fields" } },
      });
      expect((await read(id)).status).toBe("AGREED");
      expect(await outcome(attempt(true))).toBe("ok");
      const after = await read(id);
      expect([after.status, after.marketingApprovedById, after.itApprovedById]).toEqual(["PROPOSED", null, null]);
      const [withdrawal] = await events(id, "initiative.signoffs_withdrawn");
      expect(withdrawal!.changes).toMatchObject({
        fields: [field],
        status: { before: "AGREED", after: "PROPOSED" },
        marketingApprovedById: { before: cmo.id, after: null },
        itApprovedById: { before: cio.id, after: null },
      });
    });
  }

  it("keeps the agreement when only the target date, the outcomes, health or progress change, or someone comments", async () => {
    const { cio, marketing, id, form } = await agreed();
    await updateInitiative(ctxFor(cio), parsed({ ...form, targetDate: "2027-09-30" }));
    await updateInitiative(
      ctxFor(cio),
      parsed({
        ...form,
        version: "2",
        targetDate: "2027-09-30",
        customerExperienceOutcome: "Fewer repeated questions",
      }),
    );
    await updateInitiative(
      ctxFor(cio),
      parsed({
        ...form,
        version: "3",
        targetDate: "2027-09-30",
        customerExperienceOutcome: "Fewer repeated questions",
        businessOutcome: "Lower churn",
      }),
    );
    await postStatusUpdate(ctxFor(marketing), {
      initiativeId: id,
      health: "OFF_TRACK",
      progress: 20,
      body: "Vendor late",
    });
    await postComment(ctxFor(marketing), { initiativeId: id, body: "Pilot in one region?" });
    const after = await read(id);
    expect([after.status, after.health, after.progress, after.businessOutcome]).toEqual([
      "AGREED",
      "OFF_TRACK",
      20,
      "Lower churn",
    ]);
    expect(after.marketingApprovedAt).not.toBeNull();
    expect(after.itApprovedAt).not.toBeNull();
    expect(await events(id, "initiative.signoffs_withdrawn")).toHaveLength(0);
  });

  it("withdraws a single sign-off given before a material change (not only a full agreement)", async () => {
    const { cmo, cio, id, form } = await agreed();
    await db().initiative.update({
      where: { id },
      data: { status: "PROPOSED", itApprovedById: null, itApprovedAt: null },
    });
    await updateInitiative(ctxFor(cio), { ...parsed({ ...form, title: "Renamed" }), confirmWithdraw: true });
    const after = await read(id);
    expect([after.status, after.marketingApprovedById]).toEqual(["PROPOSED", null]);
    expect((await events(id, "initiative.signoffs_withdrawn"))[0]!.changes).toMatchObject({
      marketingApprovedById: { before: cmo.id, after: null },
    });
  });
});

describe("each side keeps its own voice", () => {
  it("takes the IT-standards verdict from the CIO or IT staff only, with who and when; the CMO and marketing staff are refused", async () => {
    const [cmo, cio, marketing, itStaff] = await Promise.all([
      makeUser("CMO"),
      makeUser("CIO"),
      makeUser("MARKETING"),
      makeUser("IT"),
    ]);
    const row = await makeInitiative({
      marketingOwnerId: marketing.id,
      itOwnerId: itStaff.id,
      createdById: marketing.id,
    });
    for (const actor of [cmo, marketing]) {
      expect(
        await outcome(
          reviewStandards(ctxFor(actor), { initiativeId: row.id, version: 1, verdict: "PASSED", note: "" }),
        ),
      ).toMatchObject({ code: "forbidden" });
    }
    expect((await read(row.id)).standardsReview).toBeNull();
    const at = new Date("2026-11-30T10:00:00Z");
    await reviewStandards(ctxFor(itStaff, at), {
      initiativeId: row.id,
      version: 1,
      verdict: "NOT_NEEDED",
      note: "No new system",
    });
    expect(await read(row.id)).toMatchObject({
      standardsReview: "NOT_NEEDED",
      standardsReviewNote: "No new system",
      standardsReviewedById: itStaff.id,
      standardsReviewedAt: at,
    });
    await reviewStandards(ctxFor(cio), { initiativeId: row.id, version: 2, verdict: "FAILED", note: "Needs SSO" });
    expect(await read(row.id)).toMatchObject({ standardsReview: "FAILED", standardsReviewedById: cio.id });
    expect(await events(row.id, "initiative.standards_reviewed")).toHaveLength(2);
  });

  it("lets only the CMO sign for marketing and only the CIO for IT", async () => {
    const [cmo, cio, marketing, itStaff, board, admin] = await Promise.all([
      makeUser("CMO"),
      makeUser("CIO"),
      makeUser("MARKETING"),
      makeUser("IT"),
      makeUser("BOARD"),
      makeUser("ADMIN"),
    ]);
    const row = await makeInitiative(
      { marketingOwnerId: marketing.id, itOwnerId: itStaff.id, createdById: marketing.id },
      undefined,
      READY,
    );
    const sign = (actor: { id: string; role: Role }, side: "MARKETING" | "IT") =>
      outcome(signOff(ctxFor(actor), { initiativeId: row.id, version: 1, side }));
    for (const actor of [cio, marketing, itStaff, board, admin])
      expect(await sign(actor, "MARKETING")).toMatchObject({ code: "forbidden" });
    for (const actor of [cmo, marketing, itStaff, board, admin])
      expect(await sign(actor, "IT")).toMatchObject({ code: "forbidden" });
    const after = await read(row.id);
    expect([after.marketingApprovedById, after.itApprovedById, after.version]).toEqual([null, null, 1]);
  });

  it("refuses a second sign-off for a side already signed, saying by whom and when, and writes nothing", async () => {
    const [cmo, otherCmo, marketing, itStaff] = await Promise.all([
      makeUser("CMO"),
      makeUser("CMO"),
      makeUser("MARKETING"),
      makeUser("IT"),
    ]);
    const row = await makeInitiative(
      { marketingOwnerId: marketing.id, itOwnerId: itStaff.id, createdById: marketing.id },
      undefined,
      READY,
    );
    const at = new Date("2026-11-20T09:30:00Z");
    await signOff(ctxFor(cmo, at), { initiativeId: row.id, version: 1, side: "MARKETING" });
    for (const actor of [cmo, otherCmo]) {
      expect(
        await outcome(signOff(ctxFor(actor), { initiativeId: row.id, version: 2, side: "MARKETING" })),
      ).toMatchObject({
        key: "workflow.alreadySigned",
        params: { name: cmo.name, time: { time: at.toISOString() } },
      });
    }
    expect(await read(row.id)).toMatchObject({ version: 2, marketingApprovedById: cmo.id, marketingApprovedAt: at });
    expect(await events(row.id, "initiative.signed_off")).toHaveLength(1);
  });

  it("lets a signer withdraw their own sign-off before agreement, with a reason; nobody else's", async () => {
    const [cmo, otherCmo, marketing, itStaff] = await Promise.all([
      makeUser("CMO"),
      makeUser("CMO"),
      makeUser("MARKETING"),
      makeUser("IT"),
    ]);
    const row = await makeInitiative(
      { marketingOwnerId: marketing.id, itOwnerId: itStaff.id, createdById: marketing.id },
      undefined,
      READY,
    );
    await signOff(ctxFor(cmo), { initiativeId: row.id, version: 1, side: "MARKETING" });
    expect(
      await outcome(
        withdrawSignOff(ctxFor(otherCmo), { initiativeId: row.id, version: 2, side: "MARKETING", reason: "Not mine" }),
      ),
    ).toMatchObject({ code: "forbidden" });
    expect(
      await outcome(
        withdrawSignOff(ctxFor(cmo), { initiativeId: row.id, version: 2, side: "MARKETING", reason: "   " }),
      ),
    ).toMatchObject({ fields: { reason: "validation.reasonRequired" } });
    await withdrawSignOff(ctxFor(cmo), {
      initiativeId: row.id,
      version: 2,
      side: "MARKETING",
      reason: "Budget not confirmed",
    });
    expect(await read(row.id)).toMatchObject({
      marketingApprovedById: null,
      marketingApprovedAt: null,
      status: "PROPOSED",
    });
    expect((await events(row.id, "initiative.signoff_withdrawn"))[0]!.changes).toMatchObject({
      reason: "Budget not confirmed",
    });
  });
});

describe("the workflow's own rules", () => {
  it("marks done only from In progress: from Proposed or Agreed it is refused and nothing changes", async () => {
    const { cio, id } = await agreed();
    expect(
      await outcome(completeInitiative(ctxFor(cio), { initiativeId: id, version: 1, outcomeNote: "Done" })),
    ).toMatchObject({
      key: "workflow.wrongStatus",
      params: {
        status: { labels: ["AGREED"], namespace: "status" },
        allowed: { labels: ["IN_PROGRESS"], namespace: "status" },
      },
    });
    const [marketing, it] = await Promise.all([makeUser("MARKETING"), makeUser("IT")]);
    const proposed = await makeInitiative({
      marketingOwnerId: marketing.id,
      itOwnerId: it.id,
      createdById: marketing.id,
    });
    expect(
      await outcome(completeInitiative(ctxFor(cio), { initiativeId: proposed.id, version: 1, outcomeNote: "Done" })),
    ).toMatchObject({
      params: { status: { labels: ["PROPOSED"], namespace: "status" } },
    });
    expect((await read(id)).status).toBe("AGREED");
    expect((await read(proposed.id)).status).toBe("PROPOSED");
  });

  it("refuses a blank or whitespace-only outcome note or drop reason at the schema and at the domain, as a field error", async () => {
    const { cio, id } = await agreed();
    expect(
      completeSchema.safeParse({ initiativeId: id, version: "1", outcomeNote: " \r\n\t " }).error?.issues[0]?.message,
    ).toBe("validation.outcomeNoteRequired");
    expect(dropSchema.safeParse({ initiativeId: id, version: "1", dropReason: "  " }).error?.issues[0]?.message).toBe(
      "validation.dropReasonRequired",
    );
    await startInitiative(ctxFor(cio), { initiativeId: id, version: 1 });
    expect(
      await outcome(completeInitiative(ctxFor(cio), { initiativeId: id, version: 2, outcomeNote: "  \n " })),
    ).toMatchObject({
      code: "invalid",
      fields: { outcomeNote: "validation.outcomeNoteRequired" },
    });
    expect(await outcome(dropInitiative(ctxFor(cio), { initiativeId: id, version: 2, dropReason: " " }))).toMatchObject(
      {
        code: "invalid",
        fields: { dropReason: "validation.dropReasonRequired" },
      },
    );
    expect((await read(id)).status).toBe("IN_PROGRESS");
  });

  it("lets the CMO or CIO reopen a done initiative, back to In progress with a reason; owners may not", async () => {
    const { cmo, cio, marketing, id } = await agreed();
    await startInitiative(ctxFor(cio), { initiativeId: id, version: 1 });
    await completeInitiative(ctxFor(cio), { initiativeId: id, version: 2, outcomeNote: "NPS +4" });
    expect(
      await outcome(reopenInitiative(ctxFor(marketing), { initiativeId: id, version: 3, reason: "Not finished" })),
    ).toMatchObject({ code: "forbidden" });
    expect(await outcome(reopenInitiative(ctxFor(cmo), { initiativeId: id, version: 3, reason: "" }))).toMatchObject({
      fields: { reason: "validation.reasonRequired" },
    });
    await reopenInitiative(ctxFor(cmo), { initiativeId: id, version: 3, reason: "The NPS gain did not hold" });
    expect(await read(id)).toMatchObject({ status: "IN_PROGRESS", outcomeNote: null });
    expect((await events(id, "initiative.reopened"))[0]!.changes).toMatchObject({
      reason: "The NPS gain did not hold",
      status: { before: "DONE", after: "IN_PROGRESS" },
    });
  });
});
