// Demo data for Levers: the demo accounts, the shared KPIs with 14 months of measurements, and the joint
// initiatives (prisma/seed-data.ts) with their status updates, comments and audit trail.
//
// Idempotent: every row has a deterministic id (or natural key) and is upserted with `update: {}`, so a second
// run changes nothing. Activity events, which are append-only, are written only for initiatives this run created.
// Dates are relative to the day of the run; ids never depend on dates (measurements are keyed by month).
//
// Run directly with `npx tsx prisma/seed.ts` (or `npm run db:seed`) against DATABASE_URL.
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import { hash } from "@node-rs/argon2";
import { generateNKeysBetween } from "fractional-indexing";
import type { Health, InitiativeStatus, Prisma, PrismaClient } from "../src/generated/prisma/client.ts";
import { ARGON2_PARAMS } from "../src/lib/password-policy.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts.ts";
import { INITIATIVES, KPIS, STAFF_EMAIL, type InitiativeSeed, type StaffKey } from "./seed-data.ts";
import { addQuarters, quarterOf } from "../src/lib/triage.ts";

// Triage demo data: weights of the approved model v2, and per initiative the CMO's and the CIO's scores (in the
// order of TRIAGE_CRITERIA), notes, effort [marketing, IT] in person-weeks and the quarter (1 = next, 2 = the one after).
const TRIAGE_CRITERIA = ["customerExperience", "businessValue", "urgency", "confidence"] as const;
const TRIAGE_WEIGHTS = { customerExperience: 35, businessValue: 30, urgency: 15, confidence: 20 };
interface TriageSeed {
  cmo?: number[];
  cio?: number[];
  cmoNotes?: string[];
  cioNotes?: string[];
  effort: [number, number];
  quarter: 1 | 2;
}
const TRIAGE: Record<string, TriageSeed> = {
  "agile-it-squad": { effort: [1, 5], quarter: 1 },
  "consent-preference-centre": {
    cmo: [5, 4, 4, 4],
    cio: [4, 4, 5, 3],
    cmoNotes: ["Customers ask for it in every survey", "", "", ""],
    cioNotes: ["", "", "The regulator's deadline is close", "Three systems hold consent today"],
    effort: [6, 8],
    quarter: 1,
  },
  "board-cx-dashboard": {
    cmo: [4, 5, 3, 4],
    cio: [4, 2, 3, 4],
    cmoNotes: ["", "The board funds what it can see", "", ""],
    cioNotes: ["", "A report, not a revenue driver", "", ""],
    effort: [4, 3],
    quarter: 1,
  },
  "marketing-it-rotation": { cmo: [3, 3, 2, 4], cio: [3, 4, 2, 4], effort: [3, 2], quarter: 2 },
  "campaign-brief-template": { cmo: [3, 3, 3, 5], cio: [3, 3, 4, 5], effort: [2, 4], quarter: 1 },
};

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const MONTHS_OF_MEASUREMENTS = 14;
const LIVE_STATUSES: ReadonlySet<InitiativeStatus> = new Set(["PROPOSED", "AGREED", "IN_PROGRESS"]);

/** A stable, v4-shaped UUID derived from a seed key such as "initiative:single-customer-view". */
export function seedUuid(key: string): string {
  const hex = createHash("sha256").update(`levers-demo:${key}`).digest("hex");
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Points in time relative to the run: whole days back from today (UTC), at a working hour picked by `salt`. */
function clockAt(now: Date) {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return {
    daysAgo(days: number, salt = 0): Date {
      const at = new Date(today - days * DAY_MS + ((8 + ((salt * 5) % 9)) * 60 + ((salt * 13) % 60)) * MINUTE_MS);
      return at < now ? at : new Date(now.getTime() - MINUTE_MS);
    },
    /** A calendar date (UTC midnight) `days` from today; negative is in the past. */
    date(days: number): Date {
      return new Date(today + days * DAY_MS);
    },
    /** The first of the month, `months` before the current one. */
    monthStart(months: number): Date {
      return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));
    },
  };
}
type Clock = ReturnType<typeof clockAt>;

interface EventRow {
  actorId: string;
  action: string;
  occurredAt: Date;
  changes: Prisma.InputJsonObject;
  /** What the event is about when it is not the initiative itself (a status update: its own row). */
  entity?: { type: string; id: string };
}

const change = (before: Prisma.InputJsonValue | null, after: Prisma.InputJsonValue | null) => ({ before, after });

/** The initiative's story as audit events: created, signed off by both sides, moved through its statuses. */
function timeline(s: InitiativeSeed, i: number, t: Clock, staff: (key: StaffKey) => string): EventRow[] {
  const events: EventRow[] = [
    {
      actorId: staff(s.createdBy),
      action: "initiative.created",
      occurredAt: t.daysAgo(s.createdDaysAgo, i),
      changes: {
        title: change(null, s.title),
        lever: change(null, s.lever),
        marketingOwnerId: change(null, staff(s.marketingOwner)),
        itOwnerId: change(null, staff(s.itOwner)),
        status: change(null, "PROPOSED"),
      },
    },
  ];
  let status: InitiativeStatus = "PROPOSED";
  const move = (actor: StaffKey, occurredAt: Date, to: InitiativeStatus, extra: Prisma.InputJsonObject = {}) => {
    events.push({
      actorId: staff(actor),
      action: "initiative.status_changed",
      occurredAt,
      changes: { status: change(status, to), ...extra },
    });
    status = to;
  };
  if (s.approvedDaysAgo) {
    const [marketingDays, itDays] = s.approvedDaysAgo;
    // As the app records them (workflow.ts): each sign-off names its side; the second one also
    // carries the move to AGREED, in the same event.
    const signOffs = [
      { actor: "cmo", side: "MARKETING", at: t.daysAgo(marketingDays, i + 1) },
      { actor: "cio", side: "IT", at: t.daysAgo(itDays, i + 2) },
    ] as const;
    const [first, second] = signOffs[0].at <= signOffs[1].at ? signOffs : ([signOffs[1], signOffs[0]] as const);
    events.push({
      actorId: staff(first.actor),
      action: "initiative.signed_off",
      occurredAt: first.at,
      changes: { signedOff: change(null, first.side) },
    });
    events.push({
      actorId: staff(second.actor),
      action: "initiative.signed_off",
      occurredAt: second.at,
      changes: { signedOff: change(null, second.side), status: change(status, "AGREED") },
    });
    status = "AGREED";
  }
  if (s.startedDaysAgo !== undefined) move(s.itOwner, t.daysAgo(s.startedDaysAgo, i + 3), "IN_PROGRESS");
  if (s.closedDaysAgo !== undefined && (s.status === "DONE" || s.status === "DROPPED")) {
    const extra =
      s.status === "DONE"
        ? { outcomeNote: change(null, s.outcomeNote ?? "") }
        : { dropReason: change(null, s.dropReason ?? "") };
    move(s.closedBy ?? s.marketingOwner, t.daysAgo(s.closedDaysAgo, i + 4), s.status, extra);
  }
  return events;
}

export async function seedDemoData(prisma: PrismaClient): Promise<{ created: boolean }> {
  const now = new Date();
  const t = clockAt(now);

  return prisma.$transaction(
    async (tx) => {
      // Users, by e-mail. Existing accounts are left exactly as they are (password, name, role).
      const emails = DEMO_ACCOUNTS.map((account) => account.email.toLowerCase());
      const existingEmails = new Set(
        (await tx.user.findMany({ where: { email: { in: emails } }, select: { email: true } })).map((u) => u.email),
      );
      const newUsers = emails.filter((email) => !existingEmails.has(email)).length;
      const passwordHash = newUsers > 0 ? await hash(DEMO_PASSWORD, ARGON2_PARAMS) : null;
      const userIds = new Map<string, string>();
      for (const [i, account] of DEMO_ACCOUNTS.entries()) {
        const email = account.email.toLowerCase();
        const user = await tx.user.upsert({
          where: { email },
          update: {},
          create: {
            id: seedUuid(`user:${email}`),
            email,
            name: account.name,
            role: account.role,
            passwordHash,
            createdAt: t.daysAgo(460, i),
          },
          select: { id: true },
        });
        userIds.set(email, user.id);
      }
      const staff = (key: StaffKey): string => {
        const id = userIds.get(STAFF_EMAIL[key]);
        if (!id) throw new Error(`Demo account ${STAFF_EMAIL[key]} is missing from DEMO_ACCOUNTS`);
        return id;
      };

      // Shared KPIs, by name, and one measurement on the first of each of the last 14 months.
      const kpiIds = new Map<string, string>();
      for (const [k, kpi] of KPIS.entries()) {
        const { id } = await tx.kpi.upsert({
          where: { name: kpi.name },
          update: {},
          create: {
            id: seedUuid(`kpi:${kpi.key}`),
            name: kpi.name,
            description: kpi.description,
            unit: kpi.unit,
            direction: kpi.direction,
            baseline: kpi.baseline,
            target: kpi.target,
            createdAt: t.daysAgo(450, k),
          },
          select: { id: true },
        });
        kpiIds.set(kpi.key, id);
        for (const [m, value] of kpi.series.slice(-MONTHS_OF_MEASUREMENTS).entries()) {
          const measuredOn = t.monthStart(MONTHS_OF_MEASUREMENTS - 1 - m);
          const recordedAt = new Date(measuredOn.getTime() + 2 * DAY_MS + (10 * 60 + k * 7) * MINUTE_MS);
          const recorder = kpi.recorders[m % kpi.recorders.length] ?? "cmo";
          await tx.kpiMeasurement.upsert({
            where: { kpiId_measuredOn: { kpiId: id, measuredOn } },
            update: {},
            create: {
              id: seedUuid(`measurement:${kpi.key}:${measuredOn.toISOString().slice(0, 7)}`),
              kpiId: id,
              value,
              measuredOn,
              note: kpi.notes[m] ?? "",
              recordedById: staff(recorder),
              createdAt: recordedAt < now ? recordedAt : now,
            },
          });
        }
      }
      const kpiId = (key: string): string => {
        const id = kpiIds.get(key);
        if (!id) throw new Error(`Unknown KPI key ${key} in seed data`);
        return id;
      };

      // Initiatives. Rank keys go after any existing key, so they cannot collide with initiatives created in the
      // app; on an empty database this is generateNKeysBetween(null, null, n): live ones first, in list order.
      const initiativeIds = INITIATIVES.map((s) => seedUuid(`initiative:${s.key}`));
      const existingInitiatives = new Set(
        (await tx.initiative.findMany({ where: { id: { in: initiativeIds } }, select: { id: true } })).map((r) => r.id),
      );
      const highest = await tx.initiative.findFirst({ orderBy: { rankKey: "desc" }, select: { rankKey: true } });
      const live = INITIATIVES.filter((s) => LIVE_STATUSES.has(s.status));
      const closed = INITIATIVES.filter((s) => !LIVE_STATUSES.has(s.status));
      const liveKeys = generateNKeysBetween(highest?.rankKey ?? null, null, live.length);
      const closedKeys = generateNKeysBetween(liveKeys.at(-1) ?? highest?.rankKey ?? null, null, closed.length);
      const events: (EventRow & { initiativeId: string })[] = [];

      for (const [i, s] of INITIATIVES.entries()) {
        const id = seedUuid(`initiative:${s.key}`);
        const rankKey = LIVE_STATUSES.has(s.status) ? liveKeys[live.indexOf(s)] : closedKeys[closed.indexOf(s)];
        if (!rankKey) throw new Error(`No rank key for ${s.key}`);
        const story = timeline(s, i, t, staff);
        const updates = s.updates.map((u, j) => ({
          ...u,
          id: seedUuid(`status-update:${s.key}:${j}`),
          at: t.daysAgo(u.daysAgo, i + 5 + j),
        }));
        const signOff = (side: string) =>
          story.find(
            (e) => e.action === "initiative.signed_off" && (e.changes.signedOff as { after?: string })?.after === side,
          );
        const lastChange = Math.max(...story.map((e) => e.occurredAt.getTime()), ...updates.map((u) => u.at.getTime()));

        await tx.initiative.upsert({
          where: { id },
          update: {},
          create: {
            id,
            title: s.title,
            description: s.description,
            lever: s.lever,
            marketingOwnerId: staff(s.marketingOwner),
            itOwnerId: staff(s.itOwner),
            rankKey,
            status: s.status,
            health: s.health,
            progress: s.progress,
            targetDate: s.targetInDays === null ? null : t.date(s.targetInDays),
            customerExperienceOutcome: s.customerExperienceOutcome,
            businessOutcome: s.businessOutcome,
            requirementsDetail: s.requirementsDetail,
            successMeasure: s.successMeasure,
            riskLevel: s.riskLevel,
            riskNote: s.riskNote,
            standardsReview: s.standardsReview,
            standardsReviewNote: s.standardsReviewNote,
            // The verdict is the IT side's: the IT owner gave it, a day after the proposal.
            ...(s.standardsReview && s.standardsReview !== "PENDING"
              ? {
                  standardsReviewedById: staff(s.itOwner),
                  standardsReviewedAt: new Date((story[0]?.occurredAt ?? now).getTime() + DAY_MS),
                }
              : {}),
            marketingApprovedById: signOff("MARKETING") ? staff("cmo") : null,
            marketingApprovedAt: signOff("MARKETING")?.occurredAt ?? null,
            itApprovedById: signOff("IT") ? staff("cio") : null,
            itApprovedAt: signOff("IT")?.occurredAt ?? null,
            outcomeNote: s.outcomeNote ?? null,
            dropReason: s.dropReason ?? null,
            version: story.length,
            createdById: staff(s.createdBy),
            createdAt: story[0]?.occurredAt ?? now,
            updatedAt: new Date(lastChange),
          },
        });
        for (const key of s.kpis) {
          await tx.initiativeKpi.upsert({
            where: { initiativeId_kpiId: { initiativeId: id, kpiId: kpiId(key) } },
            update: {},
            create: { initiativeId: id, kpiId: kpiId(key), createdAt: story[0]?.occurredAt ?? now },
          });
        }
        for (const u of updates) {
          await tx.statusUpdate.upsert({
            where: { id: u.id },
            update: {},
            create: {
              id: u.id,
              initiativeId: id,
              authorId: staff(u.author),
              health: u.health,
              progress: u.progress,
              body: u.body,
              createdAt: u.at,
            },
          });
        }
        for (const [j, c] of s.comments.entries()) {
          const commentId = seedUuid(`comment:${s.key}:${j}`);
          await tx.comment.upsert({
            where: { id: commentId },
            update: {},
            create: {
              id: commentId,
              initiativeId: id,
              authorId: staff(c.author),
              body: c.body,
              createdAt: t.daysAgo(c.daysAgo, i + 9 + j),
            },
          });
        }
        if (!existingInitiatives.has(id)) {
          events.push(...story.map((e) => ({ ...e, initiativeId: id })));
          // Each status update with its audit event, as postStatusUpdate writes them: health and progress before → after.
          let previous = { health: "ON_TRACK" as Health, progress: 0 };
          for (const u of [...updates].sort((a, b) => a.at.getTime() - b.at.getTime())) {
            events.push({
              actorId: staff(u.author),
              action: "initiative.status_update_posted",
              occurredAt: u.at,
              changes: { health: change(previous.health, u.health), progress: change(previous.progress, u.progress) },
              entity: { type: "status_update", id: u.id },
              initiativeId: id,
            });
            previous = { health: u.health, progress: u.progress };
          }
        }
      }

      // Joint triage: scoring model v2 (proposed by the CMO, approved by the CIO), both executives' scores of the
      // proposals (the board dashboard has a clear divergence on business value), efforts and target quarters, and
      // capacities that put IT over capacity next quarter. Quarters are relative to the run, like dates.
      const modelAt = t.daysAgo(40, 3);
      const existingModel = await tx.scoringModel.findUnique({ where: { version: 2 }, select: { id: true } });
      if (!existingModel) {
        const modelId = seedUuid("scoring-model:2");
        await tx.scoringModel.create({
          data: {
            id: modelId,
            version: 2,
            status: "APPROVED",
            weights: TRIAGE_WEIGHTS,
            note: "Customer experience first, as agreed at the offsite",
            proposedById: staff("cmo"),
            proposedAt: modelAt,
            decidedById: staff("cio"),
            decidedAt: new Date(modelAt.getTime() + DAY_MS),
          },
        });
        events.push(
          {
            actorId: staff("cmo"),
            action: "triage.model_proposed",
            occurredAt: modelAt,
            changes: { version: 2, weights: change(null, TRIAGE_WEIGHTS) },
            initiativeId: "",
          },
          {
            actorId: staff("cio"),
            action: "triage.model_approved",
            occurredAt: new Date(modelAt.getTime() + DAY_MS),
            changes: { version: 2, inForce: change(1, 2) },
            initiativeId: "",
          },
        );
      }
      const nextQuarter = addQuarters(quarterOf(now), 1);
      const quarterAfter = addQuarters(quarterOf(now), 2);
      for (const [key, triage] of Object.entries(TRIAGE)) {
        const initiativeId = seedUuid(`initiative:${key}`);
        for (const [side, values] of [
          ["MARKETING", triage.cmo],
          ["IT", triage.cio],
        ] as const) {
          if (!values) continue;
          for (const [c, criterion] of TRIAGE_CRITERIA.entries()) {
            await tx.triageScore.upsert({
              where: { initiativeId_side_criterion: { initiativeId, side, criterion } },
              update: {},
              create: {
                initiativeId,
                side,
                criterion,
                value: values[c] ?? 3,
                note: (side === "MARKETING" ? triage.cmoNotes : triage.cioNotes)?.[c] ?? "",
                modelVersion: 2,
                scoredById: staff(side === "MARKETING" ? "cmo" : "cio"),
                scoredAt: t.daysAgo(side === "MARKETING" ? 6 : 5, c),
              },
            });
          }
        }
        await tx.triagePlan.upsert({
          where: { initiativeId },
          update: {},
          create: {
            initiativeId,
            marketingEffort: triage.effort[0],
            itEffort: triage.effort[1],
            targetQuarter: triage.quarter === 1 ? nextQuarter : quarterAfter,
            updatedById: staff("cio"),
          },
        });
      }
      for (const [side, quarter, personWeeks] of [
        ["MARKETING", nextQuarter, 20],
        ["IT", nextQuarter, 16],
        ["MARKETING", quarterAfter, 20],
        ["IT", quarterAfter, 20],
      ] as const) {
        await tx.triageCapacity.upsert({
          where: { side_quarter: { side, quarter } },
          update: {},
          create: { side, quarter, personWeeks, setById: staff(side === "MARKETING" ? "cmo" : "cio") },
        });
      }

      // The audit trail is append-only: written once, oldest first, for the initiatives created above.
      events.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
      if (events.length > 0) {
        await tx.activityEvent.createMany({
          data: events.map(({ entity, ...e }) =>
            e.initiativeId
              ? { ...e, entityType: entity?.type ?? "initiative", entityId: entity?.id ?? e.initiativeId }
              : { ...e, initiativeId: null, entityType: "scoringModel", entityId: seedUuid("scoring-model:2") },
          ),
        });
      }
      return { created: newUsers > 0 };
    },
    { timeout: 60_000 },
  );
}

async function main(): Promise<void> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    console.error("[levers] DATABASE_URL is not set; `npm start` seeds its embedded database by itself.");
    process.exitCode = 1;
    return;
  }
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { PrismaClient } = await import("../src/generated/prisma/client.ts");
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    const { created } = await seedDemoData(prisma);
    const [users, kpis, initiatives] = await Promise.all([
      prisma.user.count(),
      prisma.kpi.count(),
      prisma.initiative.count(),
    ]);
    console.log(
      `[levers] demo data ${created ? "seeded" : "already present"}: ${users} users, ${kpis} KPIs, ${initiatives} initiatives.`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
