import type { RootTranslator } from "@/i18n/translator";
import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import Link from "next/link";
import { LiveRefresh } from "@/components/board/live-refresh";
import { PageHeader } from "@/components/ui/page-header";
import { CapacitySummary } from "@/components/triage/capacity-summary";
import { TriageForm } from "@/components/triage/triage-form";
import {
  criterionName,
  divergenceLine,
  planLine,
  scoredLine,
  standingLine,
  weightedLine,
} from "@/components/triage/triage-lines";
import { ValueEffortMatrix } from "@/components/triage/value-effort-matrix";
import { can } from "@/lib/permissions";
import { addQuarters, CRITERIA, quarterOf, type Criterion } from "@/lib/triage";
import {
  planInitiativeAction,
  scoreInitiativeAction,
  setAgreedScoreAction,
  setCapacityAction,
} from "@/server/actions/triage-actions";
import { requireUser } from "@/server/auth/session";
import { loadTriage, type TriageItem } from "@/server/queries/triage";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("triage"))("title") };
}

export default async function TriagePage() {
  const user = await requireUser();
  const [data, t] = await Promise.all([loadTriage(user), getTranslations()]);
  const proposals = data.items.filter((item) => item.status === "PROPOSED");
  const points = data.items
    .filter((item) => item.combined !== null && item.plan)
    .map((item) => ({
      id: item.id,
      title: item.title,
      lever: item.lever,
      value: item.combined!,
      effort: (item.plan?.marketingEffort ?? 0) + (item.plan?.itEffort ?? 0),
    }));
  const ownCapacitySide = can(user, "triage.capacityMarketing")
    ? "MARKETING"
    : can(user, "triage.capacityIt")
      ? "IT"
      : null;
  const thisQuarter = quarterOf(new Date());
  return (
    <>
      <PageHeader title={t("triage.title")} intro={t("triage.intro")}>
        <div className="flex items-center gap-4 text-sm">
          <LiveRefresh />
          <Link href="/triage/model" className="underline">
            {t("triage.modelLink", { version: data.currentVersion })}
          </Link>
          <Link href="/triage/session" className="underline">
            {t("triage.sessionLink")}
          </Link>
        </div>
      </PageHeader>
      <p className="mb-4 text-sm text-slate-700">
        {t("triage.weightsInForce", {
          version: data.currentVersion,
          weights: CRITERIA.map((c) => `${t(`triage.criteria.${c}`)} ${data.weights[c]} %`).join(" · "),
        })}
      </p>
      <CapacitySummary lines={data.capacity} />
      {ownCapacitySide ? (
        <Card as="section" padding="sm" className="mb-6">
          <h2 className="mb-2 font-semibold text-slate-900">
            {t("triage.capacity.formTitle", { side: t(`triage.sides.${ownCapacitySide}`) })}
          </h2>
          <TriageForm
            action={setCapacityAction}
            label={t("triage.capacity.formTitle", { side: t(`triage.sides.${ownCapacitySide}`) })}
            hidden={{ side: ownCapacitySide }}
            fields={[
              {
                name: "quarter",
                label: t("triage.capacity.quarter"),
                hint: t("triage.capacity.quarterHint"),
                defaultValue: addQuarters(thisQuarter, 1),
                narrow: true,
              },
              { name: "personWeeks", label: t("triage.capacity.personWeeks"), type: "number", narrow: true },
            ]}
            submit={t("triage.capacity.save")}
            pending={t("triage.saving")}
          />
        </Card>
      ) : null}
      <h2 className="mb-2 text-lg font-semibold text-slate-900">{t("triage.proposalsTitle")}</h2>
      {proposals.length === 0 ? <EmptyState className="mb-6">{t("triage.noProposals")}</EmptyState> : null}
      <div className="mb-8 space-y-4">
        {proposals.map((item) => (
          <TriageCard
            key={item.id}
            item={item}
            canScore={can(user, "triage.score")}
            canPlan={can(user, "triage.plan")}
            t={t}
          />
        ))}
      </div>
      <ValueEffortMatrix points={points} />
    </>
  );
}

type T = RootTranslator;

function TriageCard({ item, canScore, canPlan, t }: { item: TriageItem; canScore: boolean; canPlan: boolean; t: T }) {
  const criterion = (c: string) => criterionName(c, t);
  return (
    <Card as="article" aria-labelledby={`triage-${item.id}`}>
      <h3 id={`triage-${item.id}`} className="font-semibold text-slate-900">
        <Link href={`/initiatives/${item.id}`} className="hover:underline">
          {item.title}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-slate-600">{standingLine(item, t)}</p>
      <p className="mt-1 text-sm text-slate-700">{scoredLine(item, t)}</p>
      {item.sides ? (
        <>
          <div className="mt-3">
            <DataTable
              caption={t("triage.scoresCaption", { title: item.title })}
              plain
              rows={[...CRITERIA]}
              rowKey={(c) => c}
              columns={[
                { header: t("triage.criterion"), rowHeader: true, className: "font-normal", cell: (c) => criterion(c) },
                ...(["MARKETING", "IT"] as const).map((side) => ({
                  header: t(`triage.sides.${side}`),
                  cell: (c: Criterion) => (
                    <>
                      {item.sides![side].values[c]}{" "}
                      {item.sides![side].notes[c] ? (
                        <span className="text-slate-600">— {item.sides![side].notes[c]}</span>
                      ) : null}
                    </>
                  ),
                })),
                { header: t("triage.agreedScore"), cell: (c) => item.agreed[c] ?? "—" },
              ]}
            />
          </div>
          <p className="mt-2 text-sm text-slate-800">{weightedLine(item, t)}</p>
          {item.divergences.length ? (
            <div className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              <p className="font-medium">{t("triage.divergenceTitle")}</p>
              <ul className="list-disc pl-5">
                {item.divergences.map((d) => (
                  <li key={d.criterion}>{divergenceLine(d, t)}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      ) : item.bothScored ? (
        <p className="mt-2 text-sm text-slate-800">
          {t("triage.agreedOnly", {
            combined: item.combined ?? 0,
            agreed:
              CRITERIA.filter((c) => item.agreed[c] !== undefined)
                .map((c) => `${criterion(c)} ${item.agreed[c]}`)
                .join(" · ") || t("triage.noneAgreed"),
          })}
        </p>
      ) : null}
      <p className="mt-2 text-sm text-slate-700">{planLine(item, t)}</p>
      {canScore ? (
        <div className="mt-3 border-t border-slate-100 pt-2">
          <h4 className="text-sm font-medium text-slate-900">
            {item.mine ? t("triage.scoring.change") : t("triage.scoring.open")}
          </h4>
          <div className="mt-2">
            <TriageForm
              action={scoreInitiativeAction}
              label={t("triage.scoring.formLabel", { title: item.title })}
              hidden={{ initiativeId: item.id }}
              fields={CRITERIA.flatMap((c) => [
                {
                  name: `score_${c}`,
                  label: criterion(c),
                  type: "number" as const,
                  hint: t("triage.scoring.scoreHint"),
                  defaultValue: item.mine?.values[c]?.toString() ?? "",
                  narrow: true,
                },
                {
                  name: `note_${c}`,
                  label: t("triage.scoring.noteFor", { criterion: criterion(c) }),
                  defaultValue: item.mine?.notes[c] ?? "",
                },
              ])}
              submit={t("triage.scoring.save")}
              pending={t("triage.saving")}
            />
          </div>
        </div>
      ) : null}
      {canScore && item.bothScored ? (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("triage.agreed.open")}</summary>
          <div className="mt-2">
            <TriageForm
              action={setAgreedScoreAction}
              label={t("triage.agreed.formLabel", { title: item.title })}
              hidden={{ initiativeId: item.id }}
              fields={[
                {
                  name: "criterion",
                  label: t("triage.criterion"),
                  type: "select",
                  options: CRITERIA.map((c) => ({ value: c, label: criterion(c) })),
                  defaultValue: item.divergences[0]?.criterion ?? CRITERIA[0],
                },
                {
                  name: "value",
                  label: t("triage.agreedScore"),
                  type: "number",
                  narrow: true,
                  hint: t("triage.scoring.scoreHint"),
                },
                { name: "note", label: t("triage.agreed.note") },
              ]}
              submit={t("triage.agreed.save")}
              pending={t("triage.saving")}
            />
          </div>
        </details>
      ) : null}
      {canPlan ? (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("triage.plan.open")}</summary>
          <div className="mt-2">
            <TriageForm
              action={planInitiativeAction}
              label={t("triage.plan.formLabel", { title: item.title })}
              hidden={{ initiativeId: item.id }}
              fields={[
                {
                  name: "marketingEffort",
                  label: t("triage.plan.marketingEffort"),
                  type: "number",
                  narrow: true,
                  defaultValue: item.plan?.marketingEffort.toString() ?? "",
                },
                {
                  name: "itEffort",
                  label: t("triage.plan.itEffort"),
                  type: "number",
                  narrow: true,
                  defaultValue: item.plan?.itEffort.toString() ?? "",
                },
                {
                  name: "targetQuarter",
                  label: t("triage.plan.targetQuarter"),
                  hint: t("triage.capacity.quarterHint"),
                  narrow: true,
                  defaultValue: item.plan?.targetQuarter ?? "",
                },
              ]}
              submit={t("triage.plan.save")}
              pending={t("triage.saving")}
            />
          </div>
        </details>
      ) : null}
    </Card>
  );
}
