import { getFormatter, getTranslations } from "@/i18n/server";
import type { ReactNode } from "react";
import type { InitiativeDetail } from "@/server/queries/initiative";
import { Markdown } from "../markdown";
import { Card } from "../ui/card";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card as="section" padding="lg">
      <h2 className="mb-3 text-base font-semibold text-slate-900">{title}</h2>
      {children}
    </Card>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-0.5 whitespace-pre-line text-slate-900">{children}</dd>
    </div>
  );
}

/** Every field of an initiative, read-only. */
export async function InitiativeDetails({ initiative: i }: { initiative: InitiativeDetail }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const none = <span className="text-slate-500">{t("initiative.none")}</span>;
  const approval = (a: InitiativeDetail["marketingApproval"]) =>
    a ? (
      t("initiative.signedBy", { name: a.by, date: new Date(a.at) })
    ) : (
      <span className="text-slate-500">{t("initiative.notSigned")}</span>
    );
  return (
    <div className="grid gap-5 lg:grid-cols-3">
      <div className="space-y-5 lg:col-span-2">
        <Section title={t("fields.description")}>{i.description ? <Markdown text={i.description} /> : none}</Section>
        <Section title={t("initiative.outcomes")}>
          <dl className="grid gap-4 sm:grid-cols-2">
            <Item label={t("fields.customerExperienceOutcome")}>{i.customerExperienceOutcome || none}</Item>
            <Item label={t("fields.businessOutcome")}>{i.businessOutcome || none}</Item>
            {i.outcomeNote ? <Item label={t("initiative.outcomeNote")}>{i.outcomeNote}</Item> : null}
            {i.dropReason ? <Item label={t("initiative.dropReason")}>{i.dropReason}</Item> : null}
          </dl>
        </Section>
        <Section title={t("initiative.readiness")}>
          <dl className="grid gap-4 sm:grid-cols-2">
            <Item label={t("fields.requirementsDetail")}>{i.requirementsDetail || none}</Item>
            <Item label={t("fields.successMeasure")}>{i.successMeasure || none}</Item>
            <Item label={t("initiative.kpis")}>{i.kpis.length ? i.kpis.map((k) => k.name).join(", ") : none}</Item>
            <Item label={t("fields.riskLevel")}>
              {i.riskLevel ? `${t(`riskLevels.${i.riskLevel}`)}${i.riskNote ? ` — ${i.riskNote}` : ""}` : none}
            </Item>
            <Item label={t("fields.standardsReview")}>
              {i.standardsReview
                ? `${t(`standardsReviews.${i.standardsReview}`)}${i.standardsReviewNote ? ` — ${i.standardsReviewNote}` : ""}`
                : none}
              {i.standardsReviewer ? (
                <span className="block text-sm text-slate-600">
                  {t("initiative.reviewedBy", { name: i.standardsReviewer.by, date: new Date(i.standardsReviewer.at) })}
                </span>
              ) : null}
            </Item>
          </dl>
        </Section>
      </div>
      <div className="space-y-5">
        <Section title={t("initiative.owners")}>
          <dl className="space-y-3">
            <Item label={t("fields.marketingOwnerId")}>{i.marketingOwner.name}</Item>
            <Item label={t("fields.itOwnerId")}>{i.itOwner.name}</Item>
          </dl>
        </Section>
        <Section title={t("initiative.approvals")}>
          <dl className="space-y-3">
            <Item label={t("initiative.marketingSide")}>{approval(i.marketingApproval)}</Item>
            <Item label={t("initiative.itSide")}>{approval(i.itApproval)}</Item>
          </dl>
        </Section>
        <Section title={t("fields.progress")}>
          <dl className="space-y-3">
            <Item label={t("fields.progress")}>{format.number(i.progress / 100, { style: "percent" })}</Item>
            <Item label={t("fields.targetDate")}>
              {i.targetDate
                ? format.dateTime(new Date(i.targetDate), { dateStyle: "long" })
                : t("initiative.noTargetDate")}
            </Item>
          </dl>
          <p className="mt-4 text-xs text-slate-500">
            {t("initiative.lastChanged", { version: i.version, time: new Date(i.updatedAt) })}
          </p>
        </Section>
      </div>
    </div>
  );
}
