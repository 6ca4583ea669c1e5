// "Waiting for your sign-off" on the board: the proposed initiatives that are ready for the viewer's
// sign-off, or whose sign-offs a material change withdrew, in rank order, at most 50. The list reads
// only its first rows (a SQL twin of the readiness checklist); these tests hold the twin to the
// checklist's own answers (missingReadiness() in src/lib/readiness.ts).
import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { missingReadiness } from "@/lib/readiness";
import { db } from "@/server/db";
import { listAwaitingSignOff } from "@/server/queries/awaiting-sign-off";
import { makeInitiative, makeKpi, makeUser, READY } from "../support/factories";
import { useCountingScratchDatabase, type QueryCounter } from "../support/counting-database";

let queries: QueryCounter;
beforeAll(async () => {
  // A database of its own: the list is every proposed initiative's, and other tests add some.
  queries = await useCountingScratchDatabase("awaiting");
});

type Variant = Partial<Prisma.InitiativeUncheckedCreateInput> & { kpi?: boolean };

// Each checklist item missing, blank or only white space, alone and together; and complete ones.
const VARIANTS: [string, Variant][] = [
  ["complete", {}],
  ["complete, with a KPI instead of a success measure", { successMeasure: "", kpi: true }],
  ["no requirements", { requirementsDetail: "" }],
  ["requirements only spaces and line breaks", { requirementsDetail: "  \n\t " }],
  ["no success measure and no KPI", { successMeasure: "" }],
  ["success measure only spaces", { successMeasure: "   " }],
  ["no risk level", { riskLevel: null }],
  ["risk note blank", { riskNote: " " }],
  ["no IT-standards verdict", { standardsReview: null }],
  ["IT standards failed", { standardsReview: "FAILED" }],
  ["IT standards passed with conditions", { standardsReview: "PASSED_WITH_CONDITIONS" }],
  ["IT standards not needed", { standardsReview: "NOT_NEEDED" }],
  [
    "nothing filled in",
    { requirementsDetail: "", successMeasure: "", riskLevel: null, riskNote: "", standardsReview: null },
  ],
];

describe("waiting for your sign-off", () => {
  it("lists exactly the ready ones and the withdrawn ones, in rank order, as the checklist decides", async () => {
    const [cmo, cio, m, i] = await Promise.all([
      makeUser("CMO"),
      makeUser("CIO"),
      makeUser("MARKETING"),
      makeUser("IT"),
    ]);
    const owners = { marketingOwnerId: m.id, itOwnerId: i.id, createdById: cmo.id };
    const kpi = await makeKpi();
    const made: { id: string; label: string; withdrawn: boolean; rankKey: string }[] = [];
    for (const [index, [label, variant]] of VARIANTS.entries()) {
      for (const withdrawn of [false, true]) {
        const { kpi: withKpi, ...fields } = variant;
        const rankKey = `a${String(index).padStart(2, "0")}${withdrawn ? "1" : "0"}`;
        const row = await makeInitiative(owners, `${label}${withdrawn ? " (withdrawn)" : ""}`, {
          ...READY,
          ...fields,
          rankKey,
        });
        if (withKpi) await db().initiativeKpi.create({ data: { initiativeId: row.id, kpiId: kpi.id } });
        if (withdrawn)
          await db().activityEvent.create({
            data: {
              action: "initiative.signoffs_withdrawn",
              entityType: "initiative",
              entityId: row.id,
              initiativeId: row.id,
              actorId: cmo.id,
              changes: { fields: ["title"] },
            },
          });
        made.push({ id: row.id, label: row.title, withdrawn, rankKey });
      }
    }
    // Signed by marketing already: the CMO has nothing left to do there, the CIO has.
    const signed = await makeInitiative(owners, "signed by marketing", {
      ...READY,
      rankKey: "a990",
      marketingApprovedById: cmo.id,
      marketingApprovedAt: new Date(),
    });

    const rows = await db().initiative.findMany({
      where: { id: { in: made.map((row) => row.id) } },
      include: { _count: { select: { kpis: true } } },
    });
    const expected = made
      .filter((row) => {
        const stored = rows.find((r) => r.id === row.id)!;
        return row.withdrawn || missingReadiness({ ...stored, kpiCount: stored._count.kpis }).length === 0;
      })
      .map((row) => row.label);
    expect(expected).toContain("complete");
    expect(expected).not.toContain("IT standards failed");

    const forCmo = await listAwaitingSignOff(cmo);
    expect(forCmo.map((row) => row.title)).toEqual(expected);
    expect(forCmo.find((row) => row.title === "no requirements (withdrawn)")).toMatchObject({
      missing: ["requirements"],
      withdrawn: { fields: ["title"] },
    });
    const forCio = await listAwaitingSignOff(cio);
    expect(forCio.map((row) => row.title)).toEqual([...expected, signed.title]);
    expect(forCio.at(-1)).toMatchObject({ otherSigned: true });
  });

  it("reads one statement and stops at 50 rows however many initiatives are proposed", async () => {
    const [cmo, m, i] = await Promise.all([makeUser("CMO"), makeUser("MARKETING"), makeUser("IT")]);
    const owners = { marketingOwnerId: m.id, itOwnerId: i.id, createdById: cmo.id };
    await Promise.all(
      Array.from({ length: 60 }, (_, n) =>
        makeInitiative(owners, `ready ${n}`, { ...READY, rankKey: `b${String(n).padStart(2, "0")}` }),
      ),
    );
    queries.reset();
    const list = await listAwaitingSignOff(cmo);
    expect(queries.count).toBe(1);
    expect(list).toHaveLength(50);
  });

  it("is empty for those who do not sign off", async () => {
    const board = await makeUser("BOARD");
    expect(await listAwaitingSignOff(board)).toEqual([]);
  });
});
