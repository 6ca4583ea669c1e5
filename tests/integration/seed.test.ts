import { describe, expect, it } from "vitest";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { seedDemoData } from "../../prisma/seed";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { scratchDatabase } from "../support/raw-sql";
import { divergences } from "@/lib/triage";
import { loadLiveScores } from "@/server/triage-scores";
import { capacityFrom } from "@/server/queries/triage";

const TABLES = [
  "User",
  "Initiative",
  "Kpi",
  "KpiMeasurement",
  "InitiativeKpi",
  "StatusUpdate",
  "Comment",
  "ActivityEvent",
  "ScoringModel",
  "TriageScore",
  "TriagePlan",
  "TriageCapacity",
];

/** Row count and a checksum of every row of every table. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result: Record<string, string> = {};
    for (const table of TABLES) {
      const { rows } = await client.query(
        `SELECT count(*) AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${table}" t`,
      );
      result[table] = `${rows[0].n}:${rows[0].sum}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

describe("the demo data", () => {
  it("is idempotent: a second seed changes no row", async () => {
    const url = await scratchDatabase("seed");
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    try {
      await seedDemoData(prisma);
      const first = await fingerprint(url);
      await seedDemoData(prisma);
      expect(await fingerprint(url)).toEqual(first);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("has the people, initiatives and KPIs the demo needs", async () => {
    const url = await scratchDatabase("seed_content");
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    try {
      await seedDemoData(prisma);
      const roles = await prisma.user.groupBy({ by: ["role"], _count: { _all: true } });
      const byRole = Object.fromEntries(roles.map((r) => [r.role, r._count._all]));
      expect(byRole).toEqual({ CMO: 1, CIO: 1, MARKETING: 3, IT: 3, BOARD: 2, ADMIN: 1 });
      expect(await prisma.user.count()).toBe(DEMO_ACCOUNTS.length);

      expect(await prisma.initiative.count()).toBeGreaterThanOrEqual(12);
      const levers = await prisma.initiative.groupBy({ by: ["lever"], _count: { _all: true } });
      expect(levers.map((l) => l.lever).sort()).toEqual(["METRICS", "PROCESSES", "TALENTS", "TECHNOLOGIES"]);
      const statuses = await prisma.initiative.groupBy({ by: ["status"], _count: { _all: true } });
      expect(statuses.map((s) => s.status).sort()).toEqual(["AGREED", "DONE", "DROPPED", "IN_PROGRESS", "PROPOSED"]);

      const nps = await prisma.kpi.findFirst({
        where: { name: { contains: "Net Promoter" } },
        include: { _count: { select: { measurements: true } } },
      });
      expect(nps?._count.measurements).toBeGreaterThanOrEqual(12);
      expect(await prisma.statusUpdate.count()).toBeGreaterThan(0);
      expect(await prisma.comment.count()).toBeGreaterThan(0);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("writes what the app writes: every status update with its audit event (health and progress before → after)", async () => {
    const url = await scratchDatabase("seed_updates");
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    try {
      await seedDemoData(prisma);
      const updates = await prisma.statusUpdate.findMany({
        select: { id: true, initiativeId: true, authorId: true, health: true, progress: true, createdAt: true },
      });
      const events = await prisma.activityEvent.findMany({ where: { action: "initiative.status_update_posted" } });
      expect(events).toHaveLength(updates.length);
      for (const update of updates) {
        const audit = events.find((e) => e.entityType === "status_update" && e.entityId === update.id);
        expect(audit, `the audit event of status update ${update.id}`).toMatchObject({
          initiativeId: update.initiativeId,
          actorId: update.authorId,
          occurredAt: update.createdAt,
          changes: { health: { after: update.health }, progress: { after: update.progress } },
        });
      }
    } finally {
      await prisma.$disconnect();
    }
  });

  it("writes what the app writes: each sign-off names its side, and the second carries the move to AGREED", async () => {
    const url = await scratchDatabase("seed_sign_offs");
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    try {
      await seedDemoData(prisma);
      const signed = await prisma.initiative.findMany({
        where: { marketingApprovedAt: { not: null }, itApprovedAt: { not: null } },
        select: {
          id: true,
          marketingApprovedById: true,
          marketingApprovedAt: true,
          itApprovedById: true,
          itApprovedAt: true,
        },
      });
      expect(signed.length).toBeGreaterThan(0);
      for (const initiative of signed) {
        const events = await prisma.activityEvent.findMany({
          where: {
            initiativeId: initiative.id,
            action: { in: ["initiative.signed_off", "initiative.status_changed"] },
          },
          orderBy: { occurredAt: "asc" },
        });
        const signOffs = events.filter((e) => e.action === "initiative.signed_off");
        expect(signOffs.map((e) => e.changes)).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ signedOff: { before: null, after: "MARKETING" } }),
            expect.objectContaining({ signedOff: { before: null, after: "IT" } }),
          ]),
        );
        const marketing = signOffs.find(
          (e) => (e.changes as { signedOff: { after: string } }).signedOff.after === "MARKETING",
        )!;
        const it = signOffs.find((e) => (e.changes as { signedOff: { after: string } }).signedOff.after === "IT")!;
        expect([marketing.actorId, marketing.occurredAt]).toEqual([
          initiative.marketingApprovedById,
          initiative.marketingApprovedAt,
        ]);
        expect([it.actorId, it.occurredAt]).toEqual([initiative.itApprovedById, initiative.itApprovedAt]);
        expect(signOffs.at(-1)!.changes).toMatchObject({ status: { before: "PROPOSED", after: "AGREED" } });
        const toAgreed = events.filter(
          (e) => (e.changes as { status?: { after?: string } }).status?.after === "AGREED",
        );
        expect(toAgreed, "one event moves it to AGREED: the second sign-off").toEqual([signOffs.at(-1)]);
      }
    } finally {
      await prisma.$disconnect();
    }
  });

  it("has the triage the demo needs: the model approved, the proposals scored with one clear divergence, IT over capacity in one quarter", async () => {
    const url = await scratchDatabase("seed_triage");
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    try {
      await seedDemoData(prisma);
      const models = await prisma.scoringModel.findMany({
        where: { status: "APPROVED" },
        orderBy: { version: "desc" },
      });
      expect(models[0]).toMatchObject({
        version: 2,
        proposedById: expect.any(String),
        decidedById: expect.any(String),
      });
      expect(models[0]?.proposedById).not.toBe(models[0]?.decidedById);

      const data = await loadLiveScores(prisma);
      const proposals = data.items.filter((item) => item.status === "PROPOSED");
      expect(proposals.length).toBeGreaterThanOrEqual(4);
      for (const item of proposals) expect(item.bothScored, item.title).toBe(true);
      const flagged = proposals.flatMap((item) =>
        divergences(item.sides.MARKETING.values, item.sides.IT.values).map((d) => ({ title: item.title, ...d })),
      );
      expect(flagged).toEqual([
        {
          title: "Monthly customer-experience dashboard for the board",
          criterion: "businessValue",
          marketing: 5,
          it: 2,
        },
      ]);

      const capacities = (await prisma.triageCapacity.findMany()).map((c) => ({
        side: c.side,
        quarter: c.quarter,
        personWeeks: c.personWeeks,
      }));
      const over = capacityFrom(data.items, capacities).filter((line) => line.overFromRank !== null);
      expect(over.map((line) => line.side)).toEqual(["IT"]);
    } finally {
      await prisma.$disconnect();
    }
  });
});
