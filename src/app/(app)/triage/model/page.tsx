import type { Metadata } from "next";
import { getFormatter, getTranslations } from "@/i18n/server";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { TriageForm } from "@/components/triage/triage-form";
import { can } from "@/lib/permissions";
import { CRITERIA, type Weights } from "@/lib/triage";
import { decideScoringModelAction, proposeScoringModelAction } from "@/server/actions/triage-actions";
import { requireUser } from "@/server/auth/session";
import { loadScoringModels } from "@/server/queries/triage-model";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("triage"))("model.title") };
}

export default async function ScoringModelPage() {
  const user = await requireUser();
  const [{ versions, current, pending }, t, format] = await Promise.all([
    loadScoringModels(user),
    getTranslations(),
    getFormatter(),
  ]);
  const weights = (w: Weights) => CRITERIA.map((c) => `${t(`triage.criteria.${c}`)} ${w[c]} %`).join(" · ");
  const mayChange = can(user, "triage.model");
  return (
    <>
      <PageHeader title={t("triage.model.title")} intro={t("triage.model.intro")}>
        <Link href="/triage" className="text-sm underline">
          {t("triage.backToTriage")}
        </Link>
      </PageHeader>
      {current ? (
        <Card as="section" className="mb-6">
          <h2 className="font-semibold text-slate-900">{t("triage.model.inForce", { version: current.version })}</h2>
          <p className="mt-1 text-sm text-slate-700">{weights(current.weights)}</p>
        </Card>
      ) : null}
      {pending ? (
        <Card as="section" tone="warning" aria-labelledby="pending-model" className="mb-6">
          <h2 id="pending-model" className="font-semibold text-amber-900">
            {t("triage.model.pending", { version: pending.version, name: pending.proposedBy?.name ?? "—" })}
          </h2>
          <p className="mt-1 text-sm text-slate-800">{weights(pending.weights)}</p>
          {pending.note ? <p className="mt-1 text-sm text-slate-700">{pending.note}</p> : null}
          {mayChange ? (
            <div className="mt-3 flex flex-wrap gap-3">
              {pending.proposedBy?.id !== user.id ? (
                <TriageForm
                  action={decideScoringModelAction}
                  label={t("triage.model.approve", { version: pending.version })}
                  hidden={{ modelId: pending.id, decision: "APPROVE" }}
                  fields={[]}
                  submit={t("triage.model.approve", { version: pending.version })}
                  pending={t("triage.saving")}
                />
              ) : (
                <p className="text-sm text-slate-700">{t("triage.model.waitingForOther")}</p>
              )}
              <TriageForm
                action={decideScoringModelAction}
                label={t("triage.model.reject", { version: pending.version })}
                hidden={{ modelId: pending.id, decision: "REJECT" }}
                fields={[]}
                submit={
                  pending.proposedBy?.id === user.id
                    ? t("triage.model.withdraw")
                    : t("triage.model.reject", { version: pending.version })
                }
                pending={t("triage.saving")}
                variant="secondary"
              />
            </div>
          ) : null}
        </Card>
      ) : null}
      {mayChange && !pending && current ? (
        <Card as="section" className="mb-6">
          <h2 className="mb-2 font-semibold text-slate-900">{t("triage.model.proposeTitle")}</h2>
          <p className="mb-2 text-sm text-slate-600">{t("triage.model.proposeHint")}</p>
          <TriageForm
            action={proposeScoringModelAction}
            label={t("triage.model.proposeTitle")}
            fields={[
              ...CRITERIA.map((c, i) => ({
                name: `weight_${c}`,
                label: t("triage.model.weightOf", { criterion: t(`triage.criteria.${c}`) }),
                type: "number" as const,
                narrow: true,
                defaultValue: String(current.weights[c]),
                aliases: i === 0 ? ["weights"] : undefined,
              })),
              { name: "note", label: t("triage.model.note") },
            ]}
            submit={t("triage.model.propose")}
            pending={t("triage.saving")}
          />
        </Card>
      ) : null}
      <section>
        <h2 className="mb-2 font-semibold text-slate-900">{t("triage.model.versions")}</h2>
        <DataTable
          caption={t("triage.model.versions")}
          rows={versions}
          rowKey={(v) => v.id}
          columns={[
            { header: t("triage.model.version"), rowHeader: true, cell: (v) => `v${v.version}` },
            {
              header: t("triage.model.state"),
              cell: (v) => (v.inForce ? t("triage.model.states.inForce") : t(`triage.model.states.${v.status}`)),
            },
            { header: t("triage.model.weights"), cell: (v) => weights(v.weights) },
            {
              header: t("triage.model.proposedBy"),
              cell: (v) =>
                v.proposedBy
                  ? `${v.proposedBy.name}, ${format.dateTime(new Date(v.proposedAt), { dateStyle: "medium" })}`
                  : t("triage.model.defaults"),
            },
            {
              header: t("triage.model.decidedBy"),
              cell: (v) =>
                v.decidedBy && v.decidedAt
                  ? `${v.decidedBy.name}, ${format.dateTime(new Date(v.decidedAt), { dateStyle: "medium" })}`
                  : "—",
            },
          ]}
        />
      </section>
    </>
  );
}
