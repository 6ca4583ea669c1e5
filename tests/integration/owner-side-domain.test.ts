// The domain's own owner-side check, proven on a database whose trigger is switched off: the
// domain alone must refuse an owner from the wrong side (the database is the second layer).
import { beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { DomainError } from "@/server/domain/errors";
import { proposeInitiative } from "@/server/domain/initiatives/propose-initiative";
import { updateInitiative } from "@/server/domain/initiatives/update-initiative";
import { db } from "@/server/db";
import { ctxFor, makeUser } from "../support/factories";
import { useOwnDatabase } from "../support/raw-sql";

beforeAll(async () => {
  const url = await useOwnDatabase("owner_sides_domain");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`ALTER TABLE "Initiative" DISABLE TRIGGER "Initiative_owner_sides"`);
  await client.end();
});

const fieldErrors = (work: Promise<unknown>) =>
  work.then(
    () => "saved",
    (error: unknown) => (error instanceof DomainError ? error.fieldErrors : String(error)),
  );

describe("the domain's owner-side check (database trigger off)", () => {
  it("refuses a marketing owner from IT and an IT owner from marketing when proposing", async () => {
    const [cmo, marketing, it] = await Promise.all([makeUser("CMO"), makeUser("MARKETING"), makeUser("IT")]);
    const base = {
      title: "Wrong sides",
      description: "",
      lever: "METRICS" as const,
      targetDate: null,
      customerExperienceOutcome: "",
      businessOutcome: "",
    };
    expect(
      await fieldErrors(proposeInitiative(ctxFor(cmo), { ...base, marketingOwnerId: it.id, itOwnerId: it.id })),
    ).toMatchObject({ marketingOwnerId: "validation.marketingOwnerSide" });
    expect(
      await fieldErrors(
        proposeInitiative(ctxFor(cmo), { ...base, marketingOwnerId: marketing.id, itOwnerId: marketing.id }),
      ),
    ).toMatchObject({ itOwnerId: "validation.itOwnerSide" });
    expect(await db().initiative.count({ where: { title: "Wrong sides" } })).toBe(0);
  });

  it("refuses an edit that puts an owner on the wrong side", async () => {
    const [cmo, marketing, it] = await Promise.all([makeUser("CMO"), makeUser("MARKETING"), makeUser("IT")]);
    const base = {
      title: "Right sides",
      description: "",
      lever: "METRICS" as const,
      targetDate: null,
      customerExperienceOutcome: "",
      businessOutcome: "",
    };
    const { id } = await proposeInitiative(ctxFor(cmo), { ...base, marketingOwnerId: marketing.id, itOwnerId: it.id });
    const edit = {
      ...base,
      id,
      version: 1,
      marketingOwnerId: marketing.id,
      itOwnerId: marketing.id,
      requirementsDetail: "",
      successMeasure: "",
      riskLevel: null,
      riskNote: "",
      kpiIds: [],
    };
    expect(await fieldErrors(updateInitiative(ctxFor(cmo), edit))).toMatchObject({
      itOwnerId: "validation.itOwnerSide",
    });
    expect((await db().initiative.findUniqueOrThrow({ where: { id } })).itOwnerId).toBe(it.id);
  });
});
