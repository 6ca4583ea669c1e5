import { describe, expect, it } from "vitest";
import {
  commentSchema,
  completeSchema,
  dropSchema,
  reopenSchema,
  reviewStandardsSchema,
  signOffSchema,
  startSchema,
  statusUpdateSchema,
  withdrawSignOffSchema,
} from "@/lib/schemas/workflow-schemas";

// The workflow's forms (sign-off, review, start, complete, drop, reopen) and the progress updates
// and comments, as the server reads them. Messages are catalogue keys.

type Result = { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
const messages = (result: Result) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));

const initiativeId = "9d2f1e0c-7b6a-4c5d-8e9f-a0b1c2d3e4f5";
const onVersion = { initiativeId, version: "4" };

describe("every step of the workflow", () => {
  it("names the initiative by its id and the version the person saw, a whole number from 1", () => {
    expect(startSchema.parse(onVersion)).toEqual({ initiativeId, version: 4 });
    expect(startSchema.parse({ initiativeId, version: "1" })).toEqual({ initiativeId, version: 1 });
    expect(messages(startSchema.safeParse({ initiativeId: "loyalty-app", version: "4" }))).toEqual({
      initiativeId: "validation.invalid",
    });
    for (const version of ["0", "2.5", "latest", "-3"]) {
      expect(messages(startSchema.safeParse({ initiativeId, version })), version).toEqual({
        version: "validation.invalid",
      });
    }
  });
});

describe("signing off", () => {
  it("is done for the marketing side or the IT side", () => {
    expect(signOffSchema.parse({ ...onVersion, side: "MARKETING" })).toEqual({
      initiativeId,
      version: 4,
      side: "MARKETING",
    });
    expect(signOffSchema.parse({ ...onVersion, side: "IT" }).side).toBe("IT");
    expect(messages(signOffSchema.safeParse({ ...onVersion, side: "BOARD" }))).toEqual({ side: "validation.invalid" });
  });

  it("is withdrawn only with a reason of at most 2,000 characters", () => {
    const withdraw = { ...onVersion, side: "IT" };
    expect(withdrawSignOffSchema.parse({ ...withdraw, reason: "  Scope changed  " }).reason).toBe("Scope changed");
    expect(messages(withdrawSignOffSchema.safeParse({ ...withdraw, reason: "  " }))).toEqual({
      reason: "validation.reasonRequired",
    });
    expect(messages(withdrawSignOffSchema.safeParse(withdraw))).toEqual({ reason: "validation.reasonRequired" });
    expect(messages(withdrawSignOffSchema.safeParse({ ...withdraw, reason: "r".repeat(2000) }))).toEqual({});
    expect(messages(withdrawSignOffSchema.safeParse({ ...withdraw, reason: "r".repeat(2001) }))).toEqual({
      reason: "validation.tooLong",
    });
  });
});

describe("the IT-standards review", () => {
  it("takes one of the four verdicts (pending is not a verdict) and an optional note", () => {
    for (const verdict of ["PASSED", "PASSED_WITH_CONDITIONS", "FAILED", "NOT_NEEDED"]) {
      expect(reviewStandardsSchema.parse({ ...onVersion, verdict }), verdict).toEqual({
        initiativeId,
        version: 4,
        verdict,
        note: "",
        confirmWithdraw: false,
      });
    }
    expect(messages(reviewStandardsSchema.safeParse({ ...onVersion, verdict: "PENDING" }))).toEqual({
      verdict: "validation.verdict",
    });
  });

  it("keeps a note of up to 2,000 characters", () => {
    const review = { ...onVersion, verdict: "FAILED" };
    expect(reviewStandardsSchema.parse({ ...review, note: " No SSO " }).note).toBe("No SSO");
    expect(messages(reviewStandardsSchema.safeParse({ ...review, note: "n".repeat(2000) }))).toEqual({});
    expect(messages(reviewStandardsSchema.safeParse({ ...review, note: "n".repeat(2001) }))).toEqual({
      note: "validation.tooLong",
    });
  });

  it('withdraws the sign-offs only once the reviewer confirmed it with "true"', () => {
    const review = { ...onVersion, verdict: "FAILED" };
    expect(reviewStandardsSchema.parse({ ...review, confirmWithdraw: "true" }).confirmWithdraw).toBe(true);
    expect(reviewStandardsSchema.parse({ ...review, confirmWithdraw: "false" }).confirmWithdraw).toBe(false);
    expect(reviewStandardsSchema.parse({ ...review, confirmWithdraw: "" }).confirmWithdraw).toBe(false);
    expect(messages(reviewStandardsSchema.safeParse({ ...review, confirmWithdraw: "on" }))).toEqual({
      confirmWithdraw: "validation.invalid",
    });
  });
});

describe("closing and reopening", () => {
  it("completes only with an outcome note of at most 4,000 characters", () => {
    expect(completeSchema.parse({ ...onVersion, outcomeNote: " NPS +6 " }).outcomeNote).toBe("NPS +6");
    expect(messages(completeSchema.safeParse({ ...onVersion, outcomeNote: "" }))).toEqual({
      outcomeNote: "validation.outcomeNoteRequired",
    });
    expect(messages(completeSchema.safeParse(onVersion))).toEqual({ outcomeNote: "validation.outcomeNoteRequired" });
    expect(messages(completeSchema.safeParse({ ...onVersion, outcomeNote: "o".repeat(4000) }))).toEqual({});
    expect(messages(completeSchema.safeParse({ ...onVersion, outcomeNote: "o".repeat(4001) }))).toEqual({
      outcomeNote: "validation.tooLong",
    });
  });

  it("drops only with a reason of at most 2,000 characters", () => {
    expect(dropSchema.parse({ ...onVersion, dropReason: "Budget cut" }).dropReason).toBe("Budget cut");
    expect(messages(dropSchema.safeParse({ ...onVersion, dropReason: " \r\n " }))).toEqual({
      dropReason: "validation.dropReasonRequired",
    });
    expect(messages(dropSchema.safeParse({ ...onVersion, dropReason: "d".repeat(2000) }))).toEqual({});
    expect(messages(dropSchema.safeParse({ ...onVersion, dropReason: "d".repeat(2001) }))).toEqual({
      dropReason: "validation.tooLong",
    });
  });

  it("reopens only with a reason of at most 2,000 characters", () => {
    expect(reopenSchema.parse({ ...onVersion, reason: "KPI fell back" })).toEqual({
      initiativeId,
      version: 4,
      reason: "KPI fell back",
    });
    expect(messages(reopenSchema.safeParse({ ...onVersion, reason: "" }))).toEqual({
      reason: "validation.reasonRequired",
    });
    expect(messages(reopenSchema.safeParse({ ...onVersion, reason: "r".repeat(2000) }))).toEqual({});
    expect(messages(reopenSchema.safeParse({ ...onVersion, reason: "r".repeat(2001) }))).toEqual({
      reason: "validation.tooLong",
    });
  });
});

describe("a progress update", () => {
  const update = { initiativeId, health: "AT_RISK", progress: "40", body: "Vendor late" };

  it("gives a health, a progress from 0 to 100 % and a text", () => {
    expect(statusUpdateSchema.parse(update)).toEqual({
      initiativeId,
      health: "AT_RISK",
      progress: 40,
      body: "Vendor late",
    });
    expect(statusUpdateSchema.parse({ ...update, progress: "0" }).progress).toBe(0);
    expect(statusUpdateSchema.parse({ ...update, progress: "100" }).progress).toBe(100);
    for (const health of ["ON_TRACK", "AT_RISK", "OFF_TRACK"]) {
      expect(statusUpdateSchema.parse({ ...update, health }).health).toBe(health);
    }
  });

  it("refuses a progress below 0, above 100 or not whole, an unknown health and an empty text", () => {
    for (const progress of ["-1", "101", "42.5", "half"]) {
      expect(messages(statusUpdateSchema.safeParse({ ...update, progress })), progress).toEqual({
        progress: "validation.progress",
      });
    }
    expect(messages(statusUpdateSchema.safeParse({ ...update, health: "GREEN", body: "  " }))).toEqual({
      health: "validation.health",
      body: "validation.required",
    });
  });

  it("keeps a text of up to 4,000 characters", () => {
    expect(messages(statusUpdateSchema.safeParse({ ...update, body: "b".repeat(4000) }))).toEqual({});
    expect(messages(statusUpdateSchema.safeParse({ ...update, body: "b".repeat(4001) }))).toEqual({
      body: "validation.tooLong",
    });
  });
});

describe("a comment", () => {
  it("is a text of 1 to 4,000 characters on an initiative", () => {
    expect(commentSchema.parse({ initiativeId, body: " Agreed with IT \r\n" })).toEqual({
      initiativeId,
      body: "Agreed with IT",
    });
    expect(messages(commentSchema.safeParse({ initiativeId, body: "" }))).toEqual({ body: "validation.required" });
    expect(messages(commentSchema.safeParse({ initiativeId, body: "c".repeat(4000) }))).toEqual({});
    expect(messages(commentSchema.safeParse({ initiativeId, body: "c".repeat(4001) }))).toEqual({
      body: "validation.tooLong",
    });
    expect(messages(commentSchema.safeParse({ initiativeId: "", body: "Hi" }))).toEqual({
      initiativeId: "validation.invalid",
    });
  });
});
