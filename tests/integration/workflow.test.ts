import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { DomainError } from "@/server/domain/errors";
import { postComment, postStatusUpdate } from "@/server/domain/initiatives/post-update";
import { completeInitiative, dropInitiative, signOff, startInitiative } from "@/server/domain/initiatives/workflow";
import { ctxFor, makeInitiative, makeKpi, makeUser, READY } from "../support/factories";

const outcome = (work: Promise<unknown>) =>
  work.then(
    () => "ok",
    (error: unknown) =>
      error instanceof DomainError ? { key: error.messageKey, params: error.params } : String(error),
  );

async function setup(extra = {}) {
  const [cmo, cio, marketing, it] = await Promise.all([
    makeUser("CMO"),
    makeUser("CIO"),
    makeUser("MARKETING"),
    makeUser("IT"),
  ]);
  const initiative = await makeInitiative(
    { marketingOwnerId: marketing.id, itOwnerId: it.id, createdById: cmo.id },
    undefined,
    extra,
  );
  return { cmo, cio, marketing, it, id: initiative.id };
}
const read = (id: string) => db().initiative.findUniqueOrThrow({ where: { id } });

describe("sign-off", () => {
  it("is refused until the readiness checklist is complete, naming what is missing", async () => {
    const { cmo, id } = await setup({ requirementsDetail: "Done", successMeasure: "NPS +5" });
    expect(await outcome(signOff(ctxFor(cmo), { initiativeId: id, version: 1, side: "MARKETING" }))).toEqual({
      key: "workflow.notReady",
      params: { missing: { labels: ["risk", "standardsReview"], namespace: "readinessItems" } },
    });
    expect((await read(id)).marketingApprovedAt).toBeNull();
  });

  it("takes the CMO for marketing and the CIO for IT; with both the initiative is AGREED", async () => {
    const { cmo, cio, id } = await setup(READY);
    await signOff(ctxFor(cmo), { initiativeId: id, version: 1, side: "MARKETING" });
    expect((await read(id)).status).toBe("PROPOSED");
    expect(await outcome(signOff(ctxFor(cmo), { initiativeId: id, version: 2, side: "IT" }))).toMatchObject({
      key: "errors.forbidden",
    });
    await signOff(ctxFor(cio), { initiativeId: id, version: 2, side: "IT" });
    const agreed = await read(id);
    expect([agreed.status, agreed.marketingApprovedById, agreed.itApprovedById]).toEqual(["AGREED", cmo.id, cio.id]);
    expect(await db().activityEvent.count({ where: { initiativeId: id, action: "initiative.signed_off" } })).toBe(2);
  });

  it("refuses a sign-off based on an old version (the item changed since it was read)", async () => {
    const { cmo, id } = await setup(READY);
    await db().initiative.update({ where: { id }, data: { version: 2 } });
    expect(await outcome(signOff(ctxFor(cmo), { initiativeId: id, version: 1, side: "MARKETING" }))).toMatchObject({
      key: "errors.staleEdit",
    });
  });
});

describe("status transitions", () => {
  it("go AGREED → IN_PROGRESS → DONE, DONE needing an outcome note, and say why when refused", async () => {
    const { cmo, cio, marketing, id } = await setup(READY);
    expect(await outcome(startInitiative(ctxFor(marketing), { initiativeId: id, version: 1 }))).toMatchObject({
      key: "workflow.wrongStatus",
      params: {
        status: { labels: ["PROPOSED"], namespace: "status" },
        allowed: { labels: ["AGREED"], namespace: "status" },
      },
    });
    await signOff(ctxFor(cmo), { initiativeId: id, version: 1, side: "MARKETING" });
    await signOff(ctxFor(cio), { initiativeId: id, version: 2, side: "IT" });
    await startInitiative(ctxFor(marketing), { initiativeId: id, version: 3 });
    expect(
      await outcome(completeInitiative(ctxFor(marketing), { initiativeId: id, version: 4, outcomeNote: "  " })),
    ).toMatchObject({ key: "errors.checkFields" });
    expect(await read(id)).toMatchObject({ status: "IN_PROGRESS", outcomeNote: null });
    await completeInitiative(ctxFor(marketing), {
      initiativeId: id,
      version: 4,
      outcomeNote: "NPS +6 in the pilot region",
    });
    const done = await read(id);
    expect([done.status, done.progress, done.outcomeNote]).toEqual(["DONE", 100, "NPS +6 in the pilot region"]);
  });

  it("lets the CMO or CIO drop a live initiative with a reason (a blank one is refused), and nobody else", async () => {
    const { marketing, cio, id } = await setup();
    expect(
      await outcome(dropInitiative(ctxFor(marketing), { initiativeId: id, version: 1, dropReason: "no budget" })),
    ).toMatchObject({ key: "errors.forbidden" });
    expect(await outcome(dropInitiative(ctxFor(cio), { initiativeId: id, version: 1, dropReason: " " }))).toMatchObject(
      { key: "errors.checkFields" },
    );
    await dropInitiative(ctxFor(cio), { initiativeId: id, version: 1, dropReason: "Superseded by the CDP programme" });
    expect(await read(id)).toMatchObject({ status: "DROPPED", dropReason: "Superseded by the CDP programme" });
    expect(
      await outcome(dropInitiative(ctxFor(cio), { initiativeId: id, version: 2, dropReason: "again" })),
    ).toMatchObject({ key: "workflow.wrongStatus" });
  });
});

describe("status updates and comments", () => {
  it("set the initiative's health and progress and are kept with author and time", async () => {
    const { it, marketing, id } = await setup();
    await postStatusUpdate(ctxFor(it), { initiativeId: id, health: "AT_RISK", progress: 35, body: "Vendor API late" });
    await postComment(ctxFor(marketing), { initiativeId: id, body: "Can we pilot in one region first?" });
    expect(await read(id)).toMatchObject({ health: "AT_RISK", progress: 35 });
    expect(await db().statusUpdate.count({ where: { initiativeId: id, authorId: it.id } })).toBe(1);
    expect(await db().comment.count({ where: { initiativeId: id, authorId: marketing.id } })).toBe(1);
  });

  it("are refused to a board member", async () => {
    const { id } = await setup();
    const board = await makeUser("BOARD");
    expect(
      await outcome(
        postStatusUpdate(ctxFor(board), { initiativeId: id, health: "OFF_TRACK", progress: 90, body: "x" }),
      ),
    ).toMatchObject({ key: "errors.forbidden" });
    expect(await outcome(postComment(ctxFor(board), { initiativeId: id, body: "x" }))).toMatchObject({
      key: "errors.forbidden",
    });
    expect(await db().statusUpdate.count({ where: { initiativeId: id } })).toBe(0);
    expect(await db().comment.count({ where: { initiativeId: id } })).toBe(0);
    expect(await read(id)).toMatchObject({ health: "ON_TRACK", progress: 0 });
  });
});

describe("what the history keeps of each step", () => {
  const history = async (id: string, action: string) =>
    (await db().activityEvent.findMany({ where: { initiativeId: id, action }, orderBy: { id: "asc" } })).map(
      (event) => event.changes,
    );

  it("records each sign-off by side, and the agreement with the second one, whichever side signs first", async () => {
    const { cmo, cio, id } = await setup(READY);
    await signOff(ctxFor(cio), { initiativeId: id, version: 1, side: "IT" });
    expect((await read(id)).status).toBe("PROPOSED");
    await signOff(ctxFor(cmo), { initiativeId: id, version: 2, side: "MARKETING" });
    expect((await read(id)).status).toBe("AGREED");
    expect(await history(id, "initiative.signed_off")).toEqual([
      { signedOff: { before: null, after: "IT" }, version: { before: 1, after: 2 } },
      {
        signedOff: { before: null, after: "MARKETING" },
        status: { before: "PROPOSED", after: "AGREED" },
        version: { before: 2, after: 3 },
      },
    ]);
  });

  it("records the start, the completion with its outcome note, and a drop with its reason", async () => {
    const { cmo, cio, marketing, id } = await setup(READY);
    await signOff(ctxFor(cmo), { initiativeId: id, version: 1, side: "MARKETING" });
    await signOff(ctxFor(cio), { initiativeId: id, version: 2, side: "IT" });
    await startInitiative(ctxFor(marketing), { initiativeId: id, version: 3 });
    await completeInitiative(ctxFor(marketing), { initiativeId: id, version: 4, outcomeNote: "NPS +6" });
    expect(await history(id, "initiative.status_changed")).toEqual([
      { status: { before: "AGREED", after: "IN_PROGRESS" }, version: { before: 3, after: 4 } },
      {
        status: { before: "IN_PROGRESS", after: "DONE" },
        outcomeNote: { before: null, after: "NPS +6" },
        version: { before: 4, after: 5 },
      },
    ]);
    const other = await setup();
    await dropInitiative(ctxFor(other.cio), { initiativeId: other.id, version: 1, dropReason: "Superseded" });
    expect(await history(other.id, "initiative.status_changed")).toEqual([
      {
        status: { before: "PROPOSED", after: "DROPPED" },
        dropReason: { before: null, after: "Superseded" },
        version: { before: 1, after: 2 },
      },
    ]);
  });

  it("refuses a start, a completion or a drop based on an old version, naming who changed what, and when", async () => {
    const { cmo, cio, marketing, id } = await setup(READY);
    await signOff(ctxFor(cmo), { initiativeId: id, version: 1, side: "MARKETING" });
    await signOff(ctxFor(cio), { initiativeId: id, version: 2, side: "IT" });
    await startInitiative(ctxFor(marketing), { initiativeId: id, version: 3 });
    const started = await db().activityEvent.findFirstOrThrow({
      where: { initiativeId: id, action: "initiative.status_changed" },
    });
    const stale = {
      key: "errors.staleEdit",
      params: {
        name: marketing.name,
        time: { time: started.occurredAt.toISOString() },
        fields: { labels: ["status"], namespace: "fields" },
      },
    };
    expect(await outcome(startInitiative(ctxFor(marketing), { initiativeId: id, version: 3 }))).toEqual(stale);
    expect(
      await outcome(completeInitiative(ctxFor(marketing), { initiativeId: id, version: 3, outcomeNote: "Done" })),
    ).toEqual(stale);
    expect(
      await outcome(dropInitiative(ctxFor(cio), { initiativeId: id, version: 3, dropReason: "No budget" })),
    ).toEqual(stale);
    // A version the record never had (a tampered form) names the last change, and no fields.
    expect(
      await outcome(dropInitiative(ctxFor(cio), { initiativeId: id, version: 9, dropReason: "No budget" })),
    ).toEqual({
      ...stale,
      params: { ...stale.params, fields: { labels: [], namespace: "fields" } },
    });
    expect(await read(id)).toMatchObject({ status: "IN_PROGRESS", version: 4 });
  });

  it("refuses to sign off what is no longer proposed, and to drop what is closed, naming the statuses that allow it", async () => {
    const { cmo, cio, marketing, id } = await setup(READY);
    await signOff(ctxFor(cmo), { initiativeId: id, version: 1, side: "MARKETING" });
    await signOff(ctxFor(cio), { initiativeId: id, version: 2, side: "IT" });
    await startInitiative(ctxFor(marketing), { initiativeId: id, version: 3 });
    expect(await outcome(signOff(ctxFor(cmo), { initiativeId: id, version: 4, side: "MARKETING" }))).toEqual({
      key: "workflow.wrongStatus",
      params: {
        status: { labels: ["IN_PROGRESS"], namespace: "status" },
        allowed: { labels: ["PROPOSED"], namespace: "status" },
      },
    });
    await completeInitiative(ctxFor(marketing), { initiativeId: id, version: 4, outcomeNote: "NPS +6" });
    expect(await outcome(dropInitiative(ctxFor(cio), { initiativeId: id, version: 5, dropReason: "Late" }))).toEqual({
      key: "workflow.wrongStatus",
      params: {
        status: { labels: ["DONE"], namespace: "status" },
        allowed: { labels: ["PROPOSED", "AGREED", "IN_PROGRESS"], namespace: "status" },
      },
    });
  });

  it("counts only the initiative's own KPIs as its success measure", async () => {
    const { cmo, id } = await setup({ ...READY, successMeasure: "" });
    const elsewhere = await setup();
    await db().initiativeKpi.create({ data: { initiativeId: elsewhere.id, kpiId: (await makeKpi()).id } });
    expect(await outcome(signOff(ctxFor(cmo), { initiativeId: id, version: 1, side: "MARKETING" }))).toEqual({
      key: "workflow.notReady",
      params: { missing: { labels: ["measure"], namespace: "readinessItems" } },
    });
  });
});
