// Shared KPIs at the domain and query layers: who may create, edit, record and correct; one
// measurement a day with an offer to correct; every change audited; the list in a fixed number of queries.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { DomainError } from "@/server/domain/errors";
import { createKpi } from "@/server/domain/kpis/create-kpi";
import { correctMeasurement, recordMeasurement } from "@/server/domain/kpis/record-measurement";
import { updateKpi } from "@/server/domain/kpis/update-kpi";
import { getKpi, listKpiCards, listKpis, TREND_POINTS } from "@/server/queries/kpis";
import { ctxFor, makeInitiative, makeKpi, makeMeasurement, makeUser } from "../support/factories";
import { useCountingScratchDatabase, type QueryCounter } from "../support/counting-database";

let queries: QueryCounter;
beforeAll(async () => {
  // A database of its own, with a client that counts SQL statements (see "the KPI list").
  queries = await useCountingScratchDatabase("kpis");
});

const outcome = (work: Promise<unknown>) =>
  work.then(
    () => "ok",
    (error: unknown) =>
      error instanceof DomainError
        ? { code: error.code, key: error.messageKey, fields: error.fieldErrors, params: error.params, data: error.data }
        : String(error),
  );
const newKpi = (name = `Checkout conversion ${randomUUID()}`) => ({
  name,
  description: "Orders / sessions",
  unit: "%" as const,
  direction: "HIGHER_IS_BETTER" as const,
  baseline: 2.1,
  target: 3.5,
});
const events = (entityId: string, action: string) =>
  db().activityEvent.findMany({ where: { entityId, action }, orderBy: { occurredAt: "asc" } });

describe("creating and editing a KPI", () => {
  it("the CMO creates one and the CIO edits it: versioned, each change audited with before → after", async () => {
    const [cmo, cio] = await Promise.all([makeUser("CMO"), makeUser("CIO")]);
    const input = newKpi();
    const { id } = await createKpi(ctxFor(cmo), input);
    expect(await db().kpi.findUniqueOrThrow({ where: { id } })).toMatchObject({ ...input, version: 1 });
    const [created] = await events(id, "kpi.created");
    expect(created).toMatchObject({
      actorId: cmo.id,
      entityType: "kpi",
      changes: { name: { before: null, after: input.name } },
    });

    expect(await updateKpi(ctxFor(cio), { ...input, id, version: 1, target: 4, baseline: null })).toEqual({
      version: 2,
    });
    const [updated] = await events(id, "kpi.updated");
    expect(updated).toMatchObject({
      actorId: cio.id,
      changes: {
        target: { before: 3.5, after: 4 },
        baseline: { before: 2.1, after: null },
        version: { before: 1, after: 2 },
      },
    });
    expect(updated!.changes).not.toHaveProperty("name");
  });

  it("is refused to marketing and IT staff, board members, administrators and anonymous callers, who change nothing", async () => {
    const kpi = await makeKpi();
    const roles: (Role | null)[] = ["MARKETING", "IT", "BOARD", "ADMIN", null];
    for (const role of roles) {
      const actor = role ? await makeUser(role) : null;
      const expected = role ? "forbidden" : "unauthenticated";
      expect(await outcome(createKpi(ctxFor(actor), newKpi()))).toMatchObject({ code: expected });
      expect(await outcome(updateKpi(ctxFor(actor), { ...newKpi(kpi.name), id: kpi.id, version: 1 }))).toMatchObject({
        code: expected,
      });
    }
    expect(await db().kpi.findUniqueOrThrow({ where: { id: kpi.id } })).toMatchObject({ version: 1, target: 80 });
  });

  it("refuses a name another KPI has, whatever its case", async () => {
    const cmo = await makeUser("CMO");
    const taken = await makeKpi({ name: `Net Promoter Score ${randomUUID()}` });
    expect(await outcome(createKpi(ctxFor(cmo), newKpi(taken.name.toUpperCase())))).toMatchObject({
      code: "invalid",
      fields: { name: "kpiValidation.nameTaken" },
    });
    const other = await makeKpi();
    expect(
      await outcome(updateKpi(ctxFor(cmo), { ...newKpi(taken.name.toLowerCase()), id: other.id, version: 1 })),
    ).toMatchObject({ fields: { name: "kpiValidation.nameTaken" } });
  });

  it("refuses an edit based on an old version, saying who changed which fields; nothing is overwritten", async () => {
    const [cmo, cio] = await Promise.all([makeUser("CMO", { name: "Chiara Stale" }), makeUser("CIO")]);
    const input = newKpi();
    const { id } = await createKpi(ctxFor(cmo), input);
    await updateKpi(ctxFor(cmo), { ...input, id, version: 1, target: 5 });
    const refused = await outcome(updateKpi(ctxFor(cio), { ...input, id, version: 1, description: "Mine" }));
    expect(refused).toMatchObject({
      code: "conflict",
      key: "kpiValidation.staleEdit",
      params: { name: "Chiara Stale", fields: { labels: ["target"], namespace: "kpiFields" } },
    });
    expect(await db().kpi.findUniqueOrThrow({ where: { id } })).toMatchObject({
      target: 5,
      description: input.description,
      version: 2,
    });
  });

  it("refuses a target outside the unit's range, and a unit that recorded measurements do not fit", async () => {
    const [cmo, it] = await Promise.all([makeUser("CMO"), makeUser("IT")]);
    expect(await outcome(createKpi(ctxFor(cmo), { ...newKpi(), target: 120 }))).toMatchObject({
      fields: { target: "kpiValidation.range.percent" },
    });
    const kpi = await makeKpi({ unit: "points", target: 35, baseline: 18 });
    await makeMeasurement(kpi.id, it.id, "2026-01-01", -12);
    const asPercent = {
      name: kpi.name,
      description: "",
      unit: "%" as const,
      direction: "HIGHER_IS_BETTER" as const,
      baseline: 18,
      target: 35,
      id: kpi.id,
      version: 1,
    };
    expect(await outcome(updateKpi(ctxFor(cmo), asPercent))).toMatchObject({
      fields: { unit: "kpiValidation.unitConflict" },
    });
    expect(await outcome(updateKpi(ctxFor(cmo), { ...asPercent, unit: "points" }))).toBe("ok");
  });
});

describe("recording a measurement", () => {
  it("is open to staff of both sides; it is audited; board members and admins are refused", async () => {
    const [marketing, it, board, admin] = await Promise.all([
      makeUser("MARKETING"),
      makeUser("IT"),
      makeUser("BOARD"),
      makeUser("ADMIN"),
    ]);
    const kpi = await makeKpi();
    const { id } = await recordMeasurement(ctxFor(marketing), {
      kpiId: kpi.id,
      value: 41,
      measuredOn: "2026-01-01",
      note: "Wave 1",
    });
    await recordMeasurement(ctxFor(it), { kpiId: kpi.id, value: 43, measuredOn: "2026-02-01", note: "" });
    expect(await db().kpiMeasurement.findUniqueOrThrow({ where: { id } })).toMatchObject({
      value: 41,
      recordedById: marketing.id,
      note: "Wave 1",
    });
    const [event] = await events(id, "kpi.measurement_recorded");
    expect(event).toMatchObject({
      actorId: marketing.id,
      entityType: "kpi_measurement",
      changes: { kpi: kpi.name, measuredOn: "2026-01-01", value: { before: null, after: 41 } },
    });
    for (const actor of [board, admin]) {
      expect(
        await outcome(
          recordMeasurement(ctxFor(actor), { kpiId: kpi.id, value: 1, measuredOn: "2026-03-01", note: "" }),
        ),
      ).toMatchObject({ code: "forbidden" });
    }
    expect(await db().kpiMeasurement.count({ where: { kpiId: kpi.id } })).toBe(2);
  });

  it("refuses a second measurement on the same date, naming the value there, and keeps the first", async () => {
    const [cmo, marketing] = await Promise.all([makeUser("CMO"), makeUser("MARKETING")]);
    const kpi = await makeKpi();
    const first = await recordMeasurement(ctxFor(cmo), {
      kpiId: kpi.id,
      value: 41,
      measuredOn: "2026-11-01",
      note: "",
    });
    const refused = await outcome(
      recordMeasurement(ctxFor(marketing), { kpiId: kpi.id, value: 43, measuredOn: "2026-11-01", note: "" }),
    );
    expect(refused).toMatchObject({
      code: "conflict",
      key: "kpiValidation.duplicate",
      params: { value: 41, date: { day: "2026-11-01" } },
      data: { duplicateOf: first.id, existingValue: "41", newValue: "43" },
    });
    expect(await db().kpiMeasurement.findMany({ where: { kpiId: kpi.id }, select: { value: true } })).toEqual([
      { value: 41 },
    ]);
  });

  it("offers a correction instead: the same roles replace the value, audited before → after, recorder kept", async () => {
    const [marketing, it] = await Promise.all([makeUser("MARKETING"), makeUser("IT")]);
    const kpi = await makeKpi();
    const { id } = await recordMeasurement(ctxFor(marketing), {
      kpiId: kpi.id,
      value: 41,
      measuredOn: "2026-11-01",
      note: "Wave 1",
    });
    expect(
      await outcome(
        correctMeasurement(ctxFor(it), { kpiId: kpi.id, measurementId: id, value: 43, expectedValue: 41, note: "" }),
      ),
    ).toBe("ok");
    expect(await db().kpiMeasurement.findUniqueOrThrow({ where: { id } })).toMatchObject({
      value: 43,
      note: "Wave 1",
      recordedById: marketing.id,
    });
    const [event] = await events(id, "kpi.measurement_corrected");
    expect(event).toMatchObject({
      actorId: it.id,
      changes: { kpi: kpi.name, measuredOn: "2026-11-01", value: { before: 41, after: 43 } },
    });

    // Someone who still saw 41 does not overwrite the 43.
    expect(
      await outcome(
        correctMeasurement(ctxFor(marketing), {
          kpiId: kpi.id,
          measurementId: id,
          value: 45,
          expectedValue: 41,
          note: "",
        }),
      ),
    ).toMatchObject({
      code: "conflict",
      key: "kpiValidation.changedMeanwhile",
      params: { value: 43, date: { day: "2026-11-01" } },
    });
    const board = await makeUser("BOARD");
    expect(
      await outcome(
        correctMeasurement(ctxFor(board), { kpiId: kpi.id, measurementId: id, value: 45, expectedValue: 43, note: "" }),
      ),
    ).toMatchObject({ code: "forbidden" });
    expect(await db().kpiMeasurement.findUniqueOrThrow({ where: { id } })).toMatchObject({ value: 43 });
  });

  it("refuses at the domain too a date in the future and a value outside the unit's range", async () => {
    const cmo = await makeUser("CMO");
    const kpi = await makeKpi({ unit: "points", target: 35 });
    const now = new Date("2026-11-01T12:00:00Z");
    expect(
      await outcome(
        recordMeasurement(ctxFor(cmo, now), { kpiId: kpi.id, value: 30, measuredOn: "2026-11-03", note: "" }),
      ),
    ).toMatchObject({
      code: "invalid",
      fields: { measuredOn: "kpiValidation.futureDate" },
    });
    expect(
      await outcome(
        recordMeasurement(ctxFor(cmo, now), { kpiId: kpi.id, value: 130, measuredOn: "2026-10-01", note: "" }),
      ),
    ).toMatchObject({
      fields: { value: "kpiValidation.range.points" },
    });
    expect(
      await outcome(
        recordMeasurement(ctxFor(cmo, now), { kpiId: kpi.id, value: -30, measuredOn: "2026-11-01", note: "" }),
      ),
    ).toBe("ok");
    expect(await db().kpiMeasurement.count({ where: { kpiId: kpi.id } })).toBe(1);
  });
});

describe("the KPI list", () => {
  async function kpiWithHistory(recorderId: string, months: number) {
    const kpi = await makeKpi();
    for (let m = 0; m < months; m += 1)
      await makeMeasurement(
        kpi.id,
        recorderId,
        `20${String(24 + Math.floor(m / 12))}-${String((m % 12) + 1).padStart(2, "0")}-01`,
        40 + m,
      );
    return kpi;
  }

  it("returns each KPI's latest value and its newest trend points, oldest first, in the same number of queries for 3 and 30 KPIs", async () => {
    const cmo = await makeUser("CMO");
    const probe = await kpiWithHistory(cmo.id, 30);
    const empty = await makeKpi();
    await kpiWithHistory(cmo.id, 3);
    queries.reset();
    const few = await listKpiCards(cmo);
    const atFew = queries.count;
    for (let n = 0; n < 27; n += 1) await kpiWithHistory(cmo.id, 3);
    queries.reset();
    const many = await listKpiCards(cmo);
    expect(queries.count).toBe(atFew);
    // The read cache's data stamp, then (the KPIs just changed: no cached list) summaries and trend points.
    expect(atFew).toBeLessThanOrEqual(1 + 2);
    expect(many.length).toBe(few.length + 27);

    const card = many.find((kpi) => kpi.id === probe.id)!;
    expect(card.latest).toEqual({ value: 69, measuredOn: "2026-06-01" });
    expect(card.measurementCount).toBe(30);
    expect(card.points).toHaveLength(TREND_POINTS);
    expect(card.points[0]).toEqual({ date: "2024-07-01", value: 46 });
    expect(card.points.at(-1)).toEqual({ date: "2026-06-01", value: 69 });
    expect(many.find((kpi) => kpi.id === empty.id)).toMatchObject({ latest: null, points: [], measurementCount: 0 });
    expect((await listKpis(cmo)).find((kpi) => kpi.id === probe.id)).toEqual({
      id: probe.id,
      name: probe.name,
      unit: "%",
      direction: "HIGHER_IS_BETTER",
      baseline: 40,
      target: 80,
      latest: card.latest,
    });
  });

  it("gives a KPI's page its measurements newest first with who recorded them, and its initiatives in rank order", async () => {
    const [marketing, it] = await Promise.all([makeUser("MARKETING", { name: "Giulia Recorder" }), makeUser("IT")]);
    const kpi = await makeKpi();
    await makeMeasurement(kpi.id, marketing.id, "2026-01-01", 41);
    await makeMeasurement(kpi.id, it.id, "2026-02-01", 44);
    const live = await makeInitiative(
      { marketingOwnerId: marketing.id, itOwnerId: it.id, createdById: marketing.id },
      "Linked and live",
    );
    const dropped = await makeInitiative(
      { marketingOwnerId: marketing.id, itOwnerId: it.id, createdById: marketing.id },
      "Linked and dropped",
      { status: "DROPPED", dropReason: "superseded" },
    );
    await db().initiativeKpi.createMany({
      data: [
        { initiativeId: dropped.id, kpiId: kpi.id },
        { initiativeId: live.id, kpiId: kpi.id },
      ],
    });

    const board = await makeUser("BOARD");
    const page = await getKpi(board, kpi.id);
    expect(page!.measurements.map((m) => [m.date, m.value, m.recordedBy.name])).toEqual([
      ["2026-02-01", 44, it.name],
      ["2026-01-01", 41, "Giulia Recorder"],
    ]);
    expect(page!.points).toEqual([
      { date: "2026-01-01", value: 41 },
      { date: "2026-02-01", value: 44 },
    ]);
    expect(page!.initiatives.map((i) => [i.title, i.status, typeof i.rank])).toEqual([
      ["Linked and live", "PROPOSED", "number"],
      ["Linked and dropped", "DROPPED", "object"],
    ]);
    expect(page!.initiativeCount).toBe(2);
    expect(await getKpi(board, randomUUID())).toBeNull();
    expect(await getKpi(board, "not-a-uuid")).toBeNull();
  });
});
