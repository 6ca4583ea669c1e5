// The joint triage, on a database of its own (the scoring model and the capacities are global):
// blind scoring, the model's two keys, the capacity line at quarter boundaries, the reason a far
// move needs, per-field refusals, who sees what, and a session's decisions and minutes.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { evenKeys } from "@/lib/ranking";
import {
  capacitySchema,
  decisionSchema,
  proposeModelSchema,
  scoreInitiativeSchema,
} from "@/lib/schemas/triage-schemas";
import { CRITERIA, type Criterion } from "@/lib/triage";
import { db } from "@/server/db";
import { DomainError } from "@/server/domain/errors";
import { reorderInitiative } from "@/server/domain/initiatives/reorder-initiative";
import { decideScoringModel } from "@/server/domain/triage/decide-scoring-model";
import { endTriageSession } from "@/server/domain/triage/end-triage-session";
import { planInitiative } from "@/server/domain/triage/plan-initiative";
import { proposeScoringModel } from "@/server/domain/triage/propose-scoring-model";
import { recordTriageDecision } from "@/server/domain/triage/record-triage-decision";
import { scoreInitiative } from "@/server/domain/triage/score-initiative";
import { setAgreedScore } from "@/server/domain/triage/set-agreed-score";
import { setCapacity } from "@/server/domain/triage/set-capacity";
import { startTriageSession } from "@/server/domain/triage/start-triage-session";
import { loadBoardTriage, loadTriage } from "@/server/queries/triage";
import { loadMinutes, loadOpenSession } from "@/server/queries/triage-session";
import { loadScoringModels } from "@/server/queries/triage-model";
import { ctxFor, makeUser } from "../support/factories";
import { useOwnDatabase } from "../support/raw-sql";
import { clearLiveList, liveIds, makeList, type Owners } from "../support/ranking";

type Person = { id: string; role: Role };
let cmo: Person, cio: Person, marketing: Person, itStaff: Person, board: Person, admin: Person;
let owners: Owners;

beforeAll(async () => {
  await useOwnDatabase("triage");
  [cmo, cio, marketing, itStaff, board, admin] = (await Promise.all(
    (["CMO", "CIO", "MARKETING", "IT", "BOARD", "ADMIN"] as const).map((role) => makeUser(role)),
  )) as Person[] as [Person, Person, Person, Person, Person, Person];
  owners = { marketingOwnerId: marketing.id, itOwnerId: itStaff.id, createdById: marketing.id };
});

beforeEach(async () => {
  await clearLiveList();
  await db().triageCapacity.deleteMany();
});

const scores = (values: number[], note = "") =>
  Object.fromEntries(CRITERIA.map((c, i) => [c, { value: values[i] ?? 3, note }])) as Record<
    Criterion,
    { value: number; note: string }
  >;
const refusal = (work: Promise<unknown>) =>
  work.then(
    () => "ok",
    (error: unknown) =>
      error instanceof DomainError
        ? { code: error.code, key: error.messageKey, fields: error.fieldErrors }
        : String(error),
  );
const itemOf = async (viewer: Person, id: string) => (await loadTriage(viewer)).items.find((item) => item.id === id)!;

describe("blind scoring", () => {
  it("shows the CIO no CMO score, in the data the page gets, until the CIO has scored too; then both see both and the divergence", async () => {
    const [id] = (await makeList(owners, evenKeys(1))) as [string];
    await scoreInitiative(ctxFor(cmo), { initiativeId: id, scores: scores([4, 5, 3, 4], "CMO-SECRET-NOTE") });

    const cioView = await itemOf(cio, id);
    expect(cioView.scored).toEqual({ MARKETING: true, IT: false });
    expect(cioView.sides).toBeNull();
    expect(cioView.mine).toBeNull();
    expect(cioView.divergences).toEqual([]);
    // Nothing of the CMO's scores anywhere in what the CIO's page is given (it is serialised as is).
    const payload = JSON.stringify(await loadTriage(cio));
    expect(payload).not.toContain("CMO-SECRET-NOTE");
    expect(payload).not.toMatch(/"values":\{"customerExperience"/);
    // Nor does the history, which the CIO reads on the initiative's page and in the activity log.
    expect(
      JSON.stringify((await db().activityEvent.findMany({ where: { initiativeId: id } })).map((e) => e.changes)),
    ).not.toContain("CMO-SECRET-NOTE");
    // The CMO sees only their own.
    expect((await itemOf(cmo, id)).mine?.values).toEqual({
      customerExperience: 4,
      businessValue: 5,
      urgency: 3,
      confidence: 4,
    });
    expect((await itemOf(cmo, id)).sides).toBeNull();
    // Staff see nothing before both have scored.
    expect(JSON.stringify(await itemOf(marketing, id))).not.toContain("CMO-SECRET-NOTE");

    await scoreInitiative(ctxFor(cio), { initiativeId: id, scores: scores([4, 2, 3, 4], "CIO note") });
    for (const viewer of [cmo, cio, marketing, itStaff]) {
      const view = await itemOf(viewer, id);
      expect(view.sides?.MARKETING.values.businessValue).toBe(5);
      expect(view.sides?.IT.values.businessValue).toBe(2);
      expect(view.divergences).toEqual([{ criterion: "businessValue", marketing: 5, it: 2 }]);
    }
    const cioAfter = await itemOf(cio, id);
    expect(cioAfter.modelVersions).toEqual([1]);
    // Default weights 30/30/20/20: marketing 4.1, IT 3.2, mean of each criterion → 3.65.
    expect([cioAfter.sides?.MARKETING.weighted, cioAfter.sides?.IT.weighted, cioAfter.combined]).toEqual([
      4.1, 3.2, 3.65,
    ]);
  });

  it("gives board members and administrators the agreed scores and the weighted score, never a side's input", async () => {
    const [id] = (await makeList(owners, evenKeys(1))) as [string];
    await scoreInitiative(ctxFor(cmo), { initiativeId: id, scores: scores([5, 5, 5, 5], "CMO-INPUT") });
    await scoreInitiative(ctxFor(cio), { initiativeId: id, scores: scores([1, 1, 1, 1], "CIO-INPUT") });
    await setAgreedScore(ctxFor(cio), { initiativeId: id, criterion: "businessValue", value: 3, note: "settled" });
    for (const viewer of [board, admin]) {
      const view = await itemOf(viewer, id);
      expect(view.sides).toBeNull();
      expect(view.mine).toBeNull();
      expect(view.agreed).toEqual({ businessValue: 3 });
      expect(view.combined).toBe(3);
      const payload = JSON.stringify(await loadTriage(viewer));
      expect(payload).not.toContain("CMO-INPUT");
      expect(payload).not.toContain("CIO-INPUT");
    }
  });

  it("lets an agreed score be set only once both have scored, and records every change as an activity event", async () => {
    const [id] = (await makeList(owners, evenKeys(1))) as [string];
    await scoreInitiative(ctxFor(cmo), { initiativeId: id, scores: scores([3, 3, 3, 3]) });
    expect(
      await refusal(setAgreedScore(ctxFor(cmo), { initiativeId: id, criterion: "urgency", value: 4, note: "" })),
    ).toMatchObject({ key: "triage.agreed.bothFirst" });
    await scoreInitiative(ctxFor(cio), { initiativeId: id, scores: scores([3, 3, 3, 3]) });
    await setAgreedScore(ctxFor(cmo), { initiativeId: id, criterion: "urgency", value: 4, note: "" });
    await planInitiative(ctxFor(cio), {
      initiativeId: id,
      marketingEffort: 2,
      itEffort: 3.5,
      targetQuarter: "2027-Q1",
    });
    const actions = (await db().activityEvent.findMany({ where: { initiativeId: id }, orderBy: { id: "asc" } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(["triage.scored", "triage.scored", "triage.score_agreed", "triage.planned"]);
  });
});

describe("the scoring model", () => {
  it("changes only after the second key: the other executive's approval; versions are kept and audited", async () => {
    const before = await loadScoringModels(cmo);
    const version = before.current!.version;
    const weights = { customerExperience: 40, businessValue: 30, urgency: 10, confidence: 20 };
    const proposal = await proposeScoringModel(ctxFor(cmo), { weights, note: "Customer first" });

    // One key is not enough: the model in force is unchanged, and a score now uses it.
    expect((await loadScoringModels(cio)).current?.version).toBe(version);
    const [id] = (await makeList(owners, evenKeys(1))) as [string];
    expect((await scoreInitiative(ctxFor(cmo), { initiativeId: id, scores: scores([3, 3, 3, 3]) })).modelVersion).toBe(
      version,
    );
    // The proposer cannot turn the second key, and a second proposal waits for the first.
    expect(await refusal(decideScoringModel(ctxFor(cmo), { modelId: proposal.id, decision: "APPROVE" }))).toMatchObject(
      { code: "forbidden", key: "triage.model.secondKey" },
    );
    expect(await refusal(proposeScoringModel(ctxFor(cio), { weights, note: "" }))).toMatchObject({
      key: "triage.model.pendingExists",
    });
    expect((await loadScoringModels(cio)).current?.version).toBe(version);

    await decideScoringModel(ctxFor(cio), { modelId: proposal.id, decision: "APPROVE" });
    const after = await loadScoringModels(board);
    expect(after.current).toMatchObject({ version: proposal.version, weights });
    expect(after.versions.map((v) => v.version)).toEqual([
      proposal.version,
      version,
      ...before.versions.slice(1).map((v) => v.version),
    ]);
    expect((await scoreInitiative(ctxFor(cio), { initiativeId: id, scores: scores([3, 3, 3, 3]) })).modelVersion).toBe(
      proposal.version,
    );
    expect((await itemOf(cio, id)).modelVersions).toEqual([version, proposal.version]);
    const audit = await db().activityEvent.findMany({ where: { entityId: proposal.id }, orderBy: { id: "asc" } });
    expect(audit.map((e) => [e.action, e.actorId])).toEqual([
      ["triage.model_proposed", cmo.id],
      ["triage.model_approved", cio.id],
    ]);
  });

  it("refuses weights that do not add up to 100 %, per field, with the typed values kept by the form", () => {
    const parsed = proposeModelSchema.safeParse({
      weight_customerExperience: "50",
      weight_businessValue: "30",
      weight_urgency: "20",
      weight_confidence: "20",
      note: "",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["weights", "triage.validation.weightsSum"],
    ]);
  });

  it("refuses weights not adding up to 100 % in the domain too, for a request forged past the form", async () => {
    const weights = { customerExperience: 50, businessValue: 50, urgency: 50, confidence: 0 };
    expect(await refusal(proposeScoringModel(ctxFor(cio), { weights, note: "" }))).toMatchObject({
      fields: { weights: "triage.validation.weightsSum" },
    });
  });
});

describe("the capacity line", () => {
  it("counts each side per quarter in rank order, an exact fit fits, and the next item is where the side is over", async () => {
    const ids = await makeList(owners, evenKeys(5));
    const plan = [
      { marketingEffort: 2, itEffort: 6, targetQuarter: "2027-Q1" },
      { marketingEffort: 2, itEffort: 10, targetQuarter: "2027-Q2" }, // the next quarter: never added to Q1
      { marketingEffort: 2, itEffort: 4, targetQuarter: "2027-Q1" }, // IT reaches exactly 10 in Q1: fits
      { marketingEffort: 1, itEffort: 0.5, targetQuarter: "2027-Q1" }, // IT 10.5 > 10: over from rank 4
      { marketingEffort: 1, itEffort: 1, targetQuarter: "2026-Q4" }, // the quarter before
    ];
    for (const [i, id] of ids.entries()) await planInitiative(ctxFor(cmo), { initiativeId: id, ...plan[i]! });
    await setCapacity(ctxFor(cio), { side: "IT", quarter: "2027-Q1", personWeeks: 10 });
    await setCapacity(ctxFor(cio), { side: "IT", quarter: "2027-Q2", personWeeks: 10 });
    await setCapacity(ctxFor(cmo), { side: "MARKETING", quarter: "2027-Q1", personWeeks: 5 });

    const { capacity } = await loadBoardTriage(board);
    const line = (side: string, quarter: string) => capacity.find((l) => l.side === side && l.quarter === quarter);
    expect(line("IT", "2027-Q1")).toMatchObject({ capacity: 10, committed: 10.5, fits: [1, 3], overFromRank: 4 });
    expect(line("IT", "2027-Q2")).toMatchObject({ capacity: 10, committed: 10, fits: [2], overFromRank: null });
    expect(line("MARKETING", "2027-Q1")).toMatchObject({
      capacity: 5,
      committed: 5,
      fits: [1, 3, 4],
      overFromRank: null,
    });
    expect(line("IT", "2026-Q4")).toMatchObject({ capacity: null, committed: 1, overFromRank: null });
    expect(capacity.map((l) => l.quarter)).toEqual(["2026-Q4", "2026-Q4", "2027-Q1", "2027-Q1", "2027-Q2", "2027-Q2"]);
    // The board without its score-rank column reads only the planned initiatives: the same line.
    expect((await loadBoardTriage(board, { scoreRanks: false })).capacity).toEqual(capacity);

    // A move changes the line: the small item ahead of the 4-week one → IT is over at rank 4, the 4-week one, now.
    await reorderInitiative(ctxFor(cmo), { initiativeId: ids[3]!, position: 3 });
    expect(
      (await loadBoardTriage(board)).capacity.find((l) => l.side === "IT" && l.quarter === "2027-Q1"),
    ).toMatchObject({ fits: [1, 3], overFromRank: 4 });
    expect((await loadBoardTriage(board, { scoreRanks: false })).capacity).toEqual(
      (await loadBoardTriage(board)).capacity,
    );
  });

  it("is each side's executive's: the CMO sets marketing's, the CIO IT's; a negative capacity is refused per field", async () => {
    expect(await refusal(setCapacity(ctxFor(cmo), { side: "IT", quarter: "2027-Q1", personWeeks: 10 }))).toMatchObject({
      code: "forbidden",
    });
    expect(
      await refusal(setCapacity(ctxFor(cio), { side: "MARKETING", quarter: "2027-Q1", personWeeks: 10 })),
    ).toMatchObject({ code: "forbidden" });
    expect(await refusal(setCapacity(ctxFor(cio), { side: "IT", quarter: "2027-Q1", personWeeks: -3 }))).toMatchObject({
      fields: { personWeeks: "triage.validation.negative" },
    });
    const parsed = capacitySchema.safeParse({ side: "IT", quarter: "2027-q5", personWeeks: "-1" });
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["quarter", "triage.validation.quarter"],
      ["personWeeks", "triage.validation.negative"],
    ]);
    expect(await db().triageCapacity.count()).toBe(0);
  });
});

describe("score rank beside manual rank", () => {
  /** Five items scored so that the score order is the reverse of the manual order. */
  async function reversedList() {
    const ids = await makeList(owners, evenKeys(6));
    const values = [1, 2, 3, 4, 5];
    for (const [i, value] of values.entries()) {
      await scoreInitiative(ctxFor(cmo), { initiativeId: ids[i]!, scores: scores([value, value, value, value]) });
      await scoreInitiative(ctxFor(cio), { initiativeId: ids[i]!, scores: scores([value, value, value, value]) });
    }
    return ids; // the sixth is not scored
  }

  it("ranks by the weighted score on the board", async () => {
    const ids = await reversedList();
    const { scoreRanks } = await loadBoardTriage(marketing);
    expect(ids.map((id) => scoreRanks[id]?.scoreRank ?? null)).toEqual([5, 4, 3, 2, 1, null]);
    expect(scoreRanks[ids[0]!]?.versions).toEqual([(await loadScoringModels(board)).current?.version]);
    // Only when the board shows the column (?scores=1): otherwise nothing that grows with the list is read.
    expect((await loadBoardTriage(marketing, { scoreRanks: false })).scoreRanks).toEqual({});
  });

  it("refuses a move more than 3 places from the score rank without a reason; with one, the reason is kept in the history", async () => {
    const ids = await reversedList();
    // The last scored one (score rank 1) moved from 5 to the bottom (6) is 5 places off, further than before: refused without a reason.
    const last = ids[4]!;
    expect(await refusal(reorderInitiative(ctxFor(cmo), { initiativeId: last, position: 6 }))).toMatchObject({
      code: "invalid",
      fields: { reason: "triage.reorder.reasonRequired" },
    });
    expect(await liveIds()).toEqual(ids);
    await reorderInitiative(ctxFor(cmo), { initiativeId: last, position: 6, reason: "Waiting for the vendor" });
    const [event] = await db().activityEvent.findMany({ where: { action: "initiative.moved", initiativeId: last } });
    expect(event?.changes).toMatchObject({
      rank: { before: 5, after: 6 },
      reason: "Waiting for the vendor",
      scoreRank: 1,
    });
    // A move toward the score rank needs no reason, even while still far from it; nor does an item without a score.
    await reorderInitiative(ctxFor(cio), { initiativeId: last, position: 5 });
    await reorderInitiative(ctxFor(cio), { initiativeId: ids[5]!, position: 1 });
  });
});

describe("per-field refusals", () => {
  it("refuses a score out of range in the form schema and in the domain, naming the field", async () => {
    const [id] = (await makeList(owners, evenKeys(1))) as [string];
    const form = {
      initiativeId: id,
      score_customerExperience: "6",
      score_businessValue: "0",
      score_urgency: "3",
      score_confidence: "2,5",
    };
    const parsed = scoreInitiativeSchema.safeParse(form);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual([
      "score_customerExperience",
      "score_businessValue",
      "score_confidence",
    ]);
    expect(
      await refusal(scoreInitiative(ctxFor(cmo), { initiativeId: id, scores: scores([9, 3, 3, 3]) })),
    ).toMatchObject({
      fields: { score_customerExperience: "triage.validation.scoreRange" },
    });
    expect(await db().triageScore.count({ where: { initiativeId: id } })).toBe(0);
  });

  it("refuses negative effort and a malformed quarter", async () => {
    const [id] = (await makeList(owners, evenKeys(1))) as [string];
    expect(
      await refusal(
        planInitiative(ctxFor(cmo), { initiativeId: id, marketingEffort: -1, itEffort: 2, targetQuarter: "Q1" }),
      ),
    ).toMatchObject({
      fields: { marketingEffort: "triage.validation.negative", targetQuarter: "triage.validation.quarter" },
    });
    expect(await db().triagePlan.count({ where: { initiativeId: id } })).toBe(0);
  });

  it("asks a park for its date, a send-back for what is missing and a drop for its reason", () => {
    const base = { sessionId: crypto.randomUUID(), initiativeId: crypto.randomUUID(), reason: "" };
    const fields = (kind: string) =>
      decisionSchema.safeParse({ ...base, kind }).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(fields("PARK")).toEqual(["parkUntil: triage.validation.parkUntil"]);
    expect(fields("SEND_BACK")).toEqual(["reason: triage.validation.missingDetail"]);
    expect(fields("DROP")).toEqual(["reason: validation.dropReasonRequired"]);
    expect(decisionSchema.safeParse({ ...base, kind: "AGREE" }).success).toBe(true);
  });
});

describe("a triage session", () => {
  it("walks the proposals, records agree, park, send back and drop, and keeps the minutes", async () => {
    const [a, b, c, d] = (await makeList(owners, evenKeys(4))) as [string, string, string, string];
    const now = new Date();
    const tomorrow = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
    const session = await startTriageSession(ctxFor(cmo));
    expect((await startTriageSession(ctxFor(cio))).id).toBe(session.id); // the CIO joins the same one
    expect((await loadOpenSession(cio)).queue.map((q) => q.id)).toEqual([a, b, c, d]);

    await recordTriageDecision(ctxFor(cmo), {
      sessionId: session.id,
      initiativeId: a,
      kind: "AGREE",
      parkUntil: null,
      reason: "",
    });
    await recordTriageDecision(ctxFor(cio), {
      sessionId: session.id,
      initiativeId: b,
      kind: "PARK",
      parkUntil: tomorrow,
      reason: "After the budget round",
    });
    expect(
      await refusal(
        recordTriageDecision(ctxFor(cio), {
          sessionId: session.id,
          initiativeId: c,
          kind: "SEND_BACK",
          parkUntil: null,
          reason: "  ",
        }),
      ),
    ).toMatchObject({
      fields: { reason: "triage.validation.missingDetail" },
    });
    await recordTriageDecision(ctxFor(cio), {
      sessionId: session.id,
      initiativeId: c,
      kind: "SEND_BACK",
      parkUntil: null,
      reason: "Which CRM fields?",
    });
    await recordTriageDecision(ctxFor(cmo), {
      sessionId: session.id,
      initiativeId: d,
      kind: "DROP",
      parkUntil: null,
      reason: "Superseded by the consent centre",
    });

    expect((await loadOpenSession(cmo)).queue).toEqual([]);
    // The park comes back on its day; the drop is dropped with its reason; the owners read what is missing.
    expect((await loadOpenSession(cmo, new Date(`${tomorrow}T09:00:00Z`))).queue.map((q) => q.id)).toEqual([b]);
    expect(await db().initiative.findUnique({ where: { id: d }, select: { status: true, dropReason: true } })).toEqual({
      status: "DROPPED",
      dropReason: "Superseded by the consent centre",
    });
    expect((await db().comment.findFirst({ where: { initiativeId: c } }))?.body).toContain("Which CRM fields?");

    await endTriageSession(ctxFor(cio), { sessionId: session.id });
    const minutes = await loadMinutes(board, session.id);
    expect(minutes?.endedAt).not.toBeNull();
    expect(minutes?.participants.sort()).toEqual(
      [
        (await db().user.findUnique({ where: { id: cmo.id } }))!.name,
        (await db().user.findUnique({ where: { id: cio.id } }))!.name,
      ].sort(),
    );
    expect(minutes?.decisions.map((x) => [x.initiativeId, x.kind, x.parkUntil, x.reason])).toEqual([
      [a, "AGREE", null, ""],
      [b, "PARK", tomorrow, "After the budget round"],
      [c, "SEND_BACK", null, "Which CRM fields?"],
      [d, "DROP", null, "Superseded by the consent centre"],
    ]);
    expect(
      await refusal(
        recordTriageDecision(ctxFor(cmo), {
          sessionId: session.id,
          initiativeId: b,
          kind: "AGREE",
          parkUntil: null,
          reason: "",
        }),
      ),
    ).toMatchObject({
      key: "triage.session.ended",
    });
  });

  it("refuses a park date that is not after today", async () => {
    const [a] = (await makeList(owners, evenKeys(1))) as [string];
    const session = await startTriageSession(ctxFor(cmo));
    const today = new Date().toISOString().slice(0, 10);
    expect(
      await refusal(
        recordTriageDecision(ctxFor(cmo), {
          sessionId: session.id,
          initiativeId: a,
          kind: "PARK",
          parkUntil: today,
          reason: "",
        }),
      ),
    ).toMatchObject({
      fields: { parkUntil: "triage.validation.parkFuture" },
    });
    await endTriageSession(ctxFor(cmo), { sessionId: session.id });
  });
});
