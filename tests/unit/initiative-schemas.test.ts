import { describe, expect, it } from "vitest";
import { boardFilterSchema, editInitiativeSchema, proposeInitiativeSchema } from "@/lib/schemas/initiative-schemas";

// The propose and edit forms of an initiative, and the board's filters, as the server reads them:
// what is accepted, what it becomes, and the message (a catalogue key) each refused field gets.

type Result = { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
const messages = (result: Result) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));

const MARKETING = "6f1c2a9e-3b7d-4c1e-9a2b-5d8e7f6a1b2c";
const IT = "0b8e3f4a-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
const INITIATIVE = "9d2f1e0c-7b6a-4c5d-8e9f-a0b1c2d3e4f5";
const kpi = (n: number) => `3c4d5e6f-7a8b-4c9d-8e0f-${String(n).padStart(12, "0")}`;

const proposal = { title: "Loyalty app", lever: "TECHNOLOGIES", marketingOwnerId: MARKETING, itOwnerId: IT };
const edit = { ...proposal, id: INITIATIVE, version: "3" };
const proposeErrors = (input: Record<string, unknown>) => messages(proposeInitiativeSchema.safeParse(input));
const editErrors = (input: Record<string, unknown>) => messages(editInitiativeSchema.safeParse(input));

describe("proposing an initiative", () => {
  it("needs only a title, a lever and both owners; every optional text is empty and the target date none", () => {
    expect(proposeInitiativeSchema.parse(proposal)).toEqual({
      title: "Loyalty app",
      description: "",
      lever: "TECHNOLOGIES",
      marketingOwnerId: MARKETING,
      itOwnerId: IT,
      targetDate: null,
      customerExperienceOutcome: "",
      businessOutcome: "",
    });
  });

  it("names every missing required field with its own message", () => {
    expect(proposeErrors({})).toEqual({
      title: "validation.required",
      lever: "validation.lever",
      marketingOwnerId: "validation.marketingOwnerRequired",
      itOwnerId: "validation.itOwnerRequired",
    });
    expect(proposeErrors({ ...proposal, title: "   ", marketingOwnerId: "", itOwnerId: "  " })).toEqual({
      title: "validation.required",
      marketingOwnerId: "validation.marketingOwnerRequired",
      itOwnerId: "validation.itOwnerRequired",
    });
  });

  it("accepts a title of 200 characters and refuses one of 201 as too long", () => {
    expect(proposeErrors({ ...proposal, title: "t".repeat(200) })).toEqual({});
    expect(proposeErrors({ ...proposal, title: "t".repeat(201) })).toEqual({ title: "validation.tooLong" });
  });

  it("wants the title on one line", () => {
    expect(proposeErrors({ ...proposal, title: "Loyalty\napp" })).toEqual({ title: "validation.singleLine" });
  });

  it("allows a description of 20,000 characters and outcomes of 2,000 each, no more", () => {
    const longest = {
      ...proposal,
      description: "d".repeat(20_000),
      customerExperienceOutcome: "c".repeat(2000),
      businessOutcome: "b".repeat(2000),
    };
    expect(proposeErrors(longest)).toEqual({});
    expect(
      proposeErrors({
        ...proposal,
        description: "d".repeat(20_001),
        customerExperienceOutcome: "c".repeat(2001),
        businessOutcome: "b".repeat(2001),
      }),
    ).toEqual({
      description: "validation.tooLong",
      customerExperienceOutcome: "validation.tooLong",
      businessOutcome: "validation.tooLong",
    });
  });

  it("offers the four levers and nothing else", () => {
    for (const lever of ["TALENTS", "PROCESSES", "TECHNOLOGIES", "METRICS"]) {
      expect(proposeErrors({ ...proposal, lever }), lever).toEqual({});
    }
    expect(proposeErrors({ ...proposal, lever: "MONEY" })).toEqual({ lever: "validation.lever" });
  });

  it("takes each owner as a person's id, spaces around it ignored, and refuses anything else", () => {
    expect(proposeInitiativeSchema.parse({ ...proposal, marketingOwnerId: ` ${MARKETING} ` }).marketingOwnerId).toBe(
      MARKETING,
    );
    expect(proposeErrors({ ...proposal, marketingOwnerId: "Giulia Ferri", itOwnerId: "42" })).toEqual({
      marketingOwnerId: "validation.marketingOwnerRequired",
      itOwnerId: "validation.itOwnerRequired",
    });
  });

  it("keeps a target date as typed, reads an empty one as none, and refuses a day that does not exist", () => {
    expect(proposeInitiativeSchema.parse({ ...proposal, targetDate: "2027-03-31" }).targetDate).toBe("2027-03-31");
    expect(proposeInitiativeSchema.parse({ ...proposal, targetDate: "" }).targetDate).toBeNull();
    expect(proposeErrors({ ...proposal, targetDate: "2027-02-30" })).toEqual({ targetDate: "validation.date" });
    expect(proposeErrors({ ...proposal, targetDate: "next spring" })).toEqual({ targetDate: "validation.date" });
  });

  it("stores text normalised: spaces around trimmed, CRLF line ends as LF", () => {
    const parsed = proposeInitiativeSchema.parse({
      ...proposal,
      title: "  Loyalty app  ",
      description: "One\r\nTwo  \r\n",
    });
    expect(parsed.title).toBe("Loyalty app");
    expect(parsed.description).toBe("One\nTwo");
  });
});

describe("editing an initiative", () => {
  it("reads the version as a whole number from 1, and the readiness fields as text", () => {
    expect(
      editInitiativeSchema.parse({
        ...edit,
        requirementsDetail: " Needs SSO ",
        successMeasure: "NPS +5",
        riskLevel: "HIGH",
        riskNote: "Vendor lock-in",
      }),
    ).toEqual({
      ...proposeInitiativeSchema.parse(proposal),
      id: INITIATIVE,
      version: 3,
      requirementsDetail: "Needs SSO",
      successMeasure: "NPS +5",
      riskLevel: "HIGH",
      riskNote: "Vendor lock-in",
      confirmWithdraw: false,
      kpiIds: [],
    });
    expect(editInitiativeSchema.parse({ ...edit, version: "1" }).version).toBe(1);
  });

  it("refuses a version that is missing, zero, a fraction or a word, and an id that is not one", () => {
    for (const version of ["0", "-1", "1.5", "three"]) {
      expect(editErrors({ ...edit, version }), version).toEqual({ version: "validation.invalid" });
    }
    expect(editErrors({ ...edit, id: "initiative-1" })).toEqual({ id: "validation.invalid" });
  });

  it("limits the requirements to 10,000 characters, the success measure and the risk note to 2,000", () => {
    expect(
      editErrors({
        ...edit,
        requirementsDetail: "r".repeat(10_000),
        successMeasure: "s".repeat(2000),
        riskNote: "n".repeat(2000),
      }),
    ).toEqual({});
    expect(
      editErrors({
        ...edit,
        requirementsDetail: "r".repeat(10_001),
        successMeasure: "s".repeat(2001),
        riskNote: "n".repeat(2001),
      }),
    ).toEqual({
      requirementsDetail: "validation.tooLong",
      successMeasure: "validation.tooLong",
      riskNote: "validation.tooLong",
    });
  });

  it("takes a risk level of low, medium or high, or none when left blank", () => {
    for (const riskLevel of ["LOW", "MEDIUM", "HIGH"]) {
      expect(editInitiativeSchema.parse({ ...edit, riskLevel }).riskLevel).toBe(riskLevel);
    }
    expect(editInitiativeSchema.parse({ ...edit, riskLevel: "" }).riskLevel).toBeNull();
    expect(editInitiativeSchema.parse(edit).riskLevel).toBeNull();
    expect(editErrors({ ...edit, riskLevel: "SEVERE" })).toEqual({ riskLevel: "validation.invalid" });
  });

  it('withdraws sign-offs only once the editor confirmed it with "true"', () => {
    expect(editInitiativeSchema.parse({ ...edit, confirmWithdraw: "true" }).confirmWithdraw).toBe(true);
    for (const confirmWithdraw of ["false", "", undefined]) {
      expect(editInitiativeSchema.parse({ ...edit, confirmWithdraw }).confirmWithdraw, String(confirmWithdraw)).toBe(
        false,
      );
    }
    expect(editErrors({ ...edit, confirmWithdraw: "yes" })).toEqual({ confirmWithdraw: "validation.invalid" });
  });

  it("reads the linked KPIs as a comma-separated list: spaces, blanks and repeats dropped", () => {
    expect(editInitiativeSchema.parse({ ...edit, kpiIds: ` ${kpi(1)} ,,${kpi(2)},${kpi(1)}, ` }).kpiIds).toEqual([
      kpi(1),
      kpi(2),
    ]);
    expect(editInitiativeSchema.parse({ ...edit, kpiIds: "" }).kpiIds).toEqual([]);
  });

  it("links at most 20 KPIs, each by its id", () => {
    const ids = (count: number) => Array.from({ length: count }, (_, i) => kpi(i)).join(",");
    expect(editInitiativeSchema.parse({ ...edit, kpiIds: ids(20) }).kpiIds).toHaveLength(20);
    expect(editErrors({ ...edit, kpiIds: ids(21) })).toEqual({ kpiIds: "validation.tooLong" });
    expect(editErrors({ ...edit, kpiIds: `${kpi(1)},NPS` })).toEqual({ kpiIds: "validation.invalid" });
  });
});

describe("the board's filters in the address", () => {
  it("keep a known lever, status, health and owner, and a trimmed title search", () => {
    expect(
      boardFilterSchema.parse({ lever: "METRICS", status: "AGREED", health: "AT_RISK", owner: IT, q: "  loyalty  " }),
    ).toEqual({ lever: "METRICS", status: "AGREED", health: "AT_RISK", owner: IT, q: "loyalty" });
  });

  it("ignore what they do not know instead of failing the page", () => {
    expect(
      boardFilterSchema.parse({ lever: "MONEY", status: "LOST", health: "GREEN", owner: "me", q: "x".repeat(201) }),
    ).toEqual({ lever: undefined, status: undefined, health: undefined, owner: undefined, q: undefined });
    expect(boardFilterSchema.parse({ q: "   " }).q).toBeUndefined();
    expect(boardFilterSchema.parse({ q: "x".repeat(200) }).q).toHaveLength(200);
  });
});
