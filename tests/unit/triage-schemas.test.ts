import { describe, expect, it } from "vitest";
import {
  agreedScoreSchema,
  capacitySchema,
  decideModelSchema,
  decisionSchema,
  endSessionSchema,
  planSchema,
  proposeModelSchema,
  scoreInitiativeSchema,
} from "@/lib/schemas/triage-schemas";

// The triage's forms as the server reads them: what each field becomes and the message (a
// catalogue key) a refused one gets.

type Result = { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
const messages = (result: Result) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));

const initiativeId = "9d2f1e0c-7b6a-4c5d-8e9f-a0b1c2d3e4f5";
const sessionId = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
const weights = (cx: string, bv: string, urgency: string, confidence: string) => ({
  weight_customerExperience: cx,
  weight_businessValue: bv,
  weight_urgency: urgency,
  weight_confidence: confidence,
});

describe("a proposed scoring model", () => {
  it("gives each criterion a whole weight from 0 to 100, together exactly 100 %", () => {
    expect(proposeModelSchema.parse({ ...weights("40", "30", "30", "0"), note: " More on CX " })).toEqual({
      weights: { customerExperience: 40, businessValue: 30, urgency: 30, confidence: 0 },
      note: "More on CX",
    });
    expect(proposeModelSchema.parse(weights("100", "0", "0", "0")).note).toBe("");
  });

  it("refuses weights that do not add up to 100 under the weights as a whole", () => {
    expect(messages(proposeModelSchema.safeParse(weights("50", "30", "20", "20")))).toEqual({
      weights: "triage.validation.weightsSum",
    });
    expect(messages(proposeModelSchema.safeParse(weights("30", "30", "20", "19")))).toEqual({
      weights: "triage.validation.weightsSum",
    });
  });

  it("refuses a weight below 0, above 100, fractional or not a number, on its own field", () => {
    for (const bad of ["-10", "101", "12.5", "lots"]) {
      const result = messages(proposeModelSchema.safeParse(weights("30", "30", "20", bad)));
      expect(result.weight_confidence, bad).toBe("triage.validation.weight");
    }
  });

  it("keeps a one-line note of up to 500 characters", () => {
    const model = weights("25", "25", "25", "25");
    expect(messages(proposeModelSchema.safeParse({ ...model, note: "n".repeat(500) }))).toEqual({});
    expect(messages(proposeModelSchema.safeParse({ ...model, note: "n".repeat(501) }))).toEqual({
      note: "validation.tooLong",
    });
    expect(messages(proposeModelSchema.safeParse({ ...model, note: "two\nlines" }))).toEqual({
      note: "validation.singleLine",
    });
  });

  it("is approved or rejected, nothing else", () => {
    expect(decideModelSchema.parse({ modelId: sessionId, decision: "APPROVE" })).toEqual({
      modelId: sessionId,
      decision: "APPROVE",
    });
    expect(decideModelSchema.parse({ modelId: sessionId, decision: "REJECT" }).decision).toBe("REJECT");
    expect(messages(decideModelSchema.safeParse({ modelId: "v2", decision: "MAYBE" }))).toEqual({
      modelId: "validation.invalid",
      decision: "validation.invalid",
    });
  });
});

describe("one side's scores", () => {
  const form = {
    initiativeId,
    score_customerExperience: "5",
    score_businessValue: "4",
    score_urgency: "1",
    score_confidence: "3",
    note_urgency: " No deadline ",
  };

  it("score every criterion 1 to 5, each with an optional one-line note", () => {
    expect(scoreInitiativeSchema.parse(form)).toEqual({
      initiativeId,
      scores: {
        customerExperience: { value: 5, note: "" },
        businessValue: { value: 4, note: "" },
        urgency: { value: 1, note: "No deadline" },
        confidence: { value: 3, note: "" },
      },
    });
  });

  it("refuse a score of 0, 6, a fraction, a word or none, on the criterion's own field", () => {
    for (const bad of ["0", "6", "2.5", "high", undefined]) {
      expect(messages(scoreInitiativeSchema.safeParse({ ...form, score_urgency: bad })), String(bad)).toEqual({
        score_urgency: "triage.validation.scoreRange",
      });
    }
  });

  it("keep notes of up to 200 characters on one line", () => {
    expect(messages(scoreInitiativeSchema.safeParse({ ...form, note_confidence: "n".repeat(200) }))).toEqual({});
    expect(messages(scoreInitiativeSchema.safeParse({ ...form, note_confidence: "n".repeat(201) }))).toEqual({
      note_confidence: "validation.tooLong",
    });
    expect(messages(scoreInitiativeSchema.safeParse({ ...form, note_confidence: "a\nb" }))).toEqual({
      note_confidence: "validation.singleLine",
    });
  });
});

describe("an agreed score", () => {
  it("sets one criterion to 1–5 with an optional note of up to 200 characters", () => {
    expect(agreedScoreSchema.parse({ initiativeId, criterion: "urgency", value: "2" })).toEqual({
      initiativeId,
      criterion: "urgency",
      value: 2,
      note: "",
    });
    expect(
      messages(agreedScoreSchema.safeParse({ initiativeId, criterion: "effort", value: "7", note: "n".repeat(201) })),
    ).toEqual({ criterion: "validation.invalid", value: "triage.validation.scoreRange", note: "validation.tooLong" });
  });
});

describe("the plan of an initiative", () => {
  const plan = { initiativeId, marketingEffort: "2,5", itEffort: " 4 ", targetQuarter: " 2027-q2 " };

  it("takes each side's effort in person-weeks (a comma is a decimal point) and an upper-cased quarter", () => {
    expect(planSchema.parse(plan)).toEqual({
      initiativeId,
      marketingEffort: 2.5,
      itEffort: 4,
      targetQuarter: "2027-Q2",
    });
  });

  it("leaves the quarter open when it is blank or missing", () => {
    expect(planSchema.parse({ ...plan, targetQuarter: "  " }).targetQuarter).toBeNull();
    expect(planSchema.parse({ initiativeId, marketingEffort: "0", itEffort: "10000" }).targetQuarter).toBeNull();
  });

  it("refuses a negative effort, one over 10,000 or not a number, a blank one, and a quarter that is not one", () => {
    expect(
      messages(
        planSchema.safeParse({ ...plan, marketingEffort: "-0,5", itEffort: "10000,5", targetQuarter: "2027-Q5" }),
      ),
    ).toEqual({
      marketingEffort: "triage.validation.negative",
      itEffort: "triage.validation.personWeeks",
      targetQuarter: "triage.validation.quarter",
    });
    expect(messages(planSchema.safeParse({ ...plan, marketingEffort: "a lot", itEffort: "  " }))).toEqual({
      marketingEffort: "triage.validation.personWeeks",
      itEffort: "triage.validation.personWeeks",
    });
    expect(messages(planSchema.safeParse({ ...plan, itEffort: "Infinity" }))).toEqual({
      itEffort: "triage.validation.personWeeks",
    });
  });
});

describe("a side's capacity", () => {
  it("is person-weeks for a quarter of the marketing or the IT side", () => {
    expect(capacitySchema.parse({ side: "MARKETING", quarter: " 2027-q1", personWeeks: "12,5" })).toEqual({
      side: "MARKETING",
      quarter: "2027-Q1",
      personWeeks: 12.5,
    });
    expect(capacitySchema.parse({ side: "IT", quarter: "2027-Q4", personWeeks: 0 }).personWeeks).toBe(0);
  });

  it("refuses another side, a missing or malformed quarter and a missing number", () => {
    expect(messages(capacitySchema.safeParse({ side: "BOARD", quarter: "Q1", personWeeks: "" }))).toEqual({
      side: "validation.invalid",
      quarter: "triage.validation.quarter",
      personWeeks: "triage.validation.personWeeks",
    });
    expect(messages(capacitySchema.safeParse({ side: "IT", personWeeks: "1" }))).toEqual({
      quarter: "triage.validation.quarter",
    });
  });
});

describe("a triage session's decision", () => {
  const decision = { sessionId, initiativeId };

  it("agrees without more; parks until a date; sends back or drops with a reason", () => {
    expect(decisionSchema.parse({ ...decision, kind: "AGREE" })).toEqual({
      ...decision,
      kind: "AGREE",
      parkUntil: null,
      reason: "",
    });
    expect(decisionSchema.parse({ ...decision, kind: "PARK", parkUntil: " 2027-04-01 " }).parkUntil).toBe("2027-04-01");
    expect(decisionSchema.parse({ ...decision, kind: "SEND_BACK", reason: " Needs a KPI " }).reason).toBe(
      "Needs a KPI",
    );
    expect(decisionSchema.parse({ ...decision, kind: "DROP", reason: "Out of budget" }).kind).toBe("DROP");
  });

  it("names what a park, a send-back or a drop is missing", () => {
    expect(messages(decisionSchema.safeParse({ ...decision, kind: "PARK" }))).toEqual({
      parkUntil: "triage.validation.parkUntil",
    });
    expect(messages(decisionSchema.safeParse({ ...decision, kind: "SEND_BACK", reason: " " }))).toEqual({
      reason: "triage.validation.missingDetail",
    });
    expect(messages(decisionSchema.safeParse({ ...decision, kind: "DROP" }))).toEqual({
      reason: "validation.dropReasonRequired",
    });
  });

  it("refuses an unknown kind, a park date that is not YYYY-MM-DD and a reason over 2,000 characters", () => {
    expect(
      messages(
        decisionSchema.safeParse({ ...decision, kind: "LATER", parkUntil: "1 April", reason: "r".repeat(2001) }),
      ),
    ).toEqual({ kind: "validation.invalid", parkUntil: "validation.date", reason: "validation.tooLong" });
    expect(messages(decisionSchema.safeParse({ ...decision, kind: "PARK", parkUntil: "2027-04-01x" }))).toEqual({
      parkUntil: "validation.date",
    });
    expect(messages(decisionSchema.safeParse({ ...decision, kind: "DROP", reason: "r".repeat(2000) }))).toEqual({});
  });

  it("ends a session by its id", () => {
    expect(endSessionSchema.parse({ sessionId })).toEqual({ sessionId });
    expect(messages(endSessionSchema.safeParse({ sessionId: "today" }))).toEqual({ sessionId: "validation.invalid" });
  });
});
