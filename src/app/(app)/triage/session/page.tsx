import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import Link from "next/link";
import { LiveRefresh } from "@/components/board/live-refresh";
import { PageHeader } from "@/components/ui/page-header";
import { MinutesList } from "@/components/triage/minutes-list";
import { TriageForm } from "@/components/triage/triage-form";
import {
  criterionName,
  divergenceLine,
  planLine,
  scoredLine,
  standingLine,
  weightedLine,
} from "@/components/triage/triage-lines";
import { can } from "@/lib/permissions";
import { CRITERIA } from "@/lib/triage";
import {
  endTriageSessionAction,
  recordTriageDecisionAction,
  startTriageSessionAction,
} from "@/server/actions/triage-actions";
import { requireUser } from "@/server/auth/session";
import { loadOpenSession } from "@/server/queries/triage-session";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("triage"))("session.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TriageSessionPage({ searchParams }: Props) {
  const user = await requireUser();
  const [{ minutes, queue }, t, params] = await Promise.all([loadOpenSession(user), getTranslations(), searchParams]);
  const mayRun = can(user, "triage.session");
  // One at a time: the first in rank order, or the one picked from the queue (?item=).
  const current = queue.find((item) => item.id === params.item) ?? queue[0];
  const criterion = (c: string) => criterionName(c, t);
  return (
    <>
      <PageHeader title={t("triage.session.title")} intro={t("triage.session.intro")}>
        <div className="flex items-center gap-4 text-sm">
          <LiveRefresh />
          <Link href="/triage" className="underline">
            {t("triage.backToTriage")}
          </Link>
        </div>
      </PageHeader>
      {!minutes ? (
        <EmptyState
          action={
            mayRun ? (
              <TriageForm
                action={startTriageSessionAction}
                label={t("triage.session.start")}
                fields={[]}
                submit={t("triage.session.start")}
                pending={t("triage.saving")}
              />
            ) : null
          }
        >
          {t("triage.session.none", { count: queue.length })}
        </EmptyState>
      ) : (
        <>
          <p className="mb-4 text-sm text-slate-700">{t("triage.session.open", { count: queue.length })}</p>
          {current ? (
            <Card as="section" aria-labelledby="session-current" className="mb-6">
              <h2 id="session-current" className="text-lg font-semibold text-slate-900">
                <Link href={`/initiatives/${current.id}`} className="hover:underline">
                  {current.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-slate-600">{standingLine(current, t)}</p>
              <p className="mt-2 text-sm">
                {current.missing.length === 0
                  ? t("triage.session.ready")
                  : t("triage.session.notReady", {
                      missing: current.missing.map((m) => t(`readinessItems.${m}`)).join(", "),
                    })}
              </p>
              {current.sides ? (
                <ul className="mt-2 text-sm text-slate-800">
                  {CRITERIA.map((c) => (
                    <li key={c}>
                      {t("triage.session.criterionLine", {
                        criterion: criterion(c),
                        marketing: current.sides!.MARKETING.values[c] ?? "—",
                        it: current.sides!.IT.values[c] ?? "—",
                      })}
                      {current.agreed[c] !== undefined
                        ? ` · ${t("triage.session.agreedValue", { value: current.agreed[c]! })}`
                        : ""}
                    </li>
                  ))}
                  <li className="mt-1 font-medium">{weightedLine(current, t)}</li>
                </ul>
              ) : (
                <p className="mt-2 text-sm text-slate-700">{scoredLine(current, t)}</p>
              )}
              {current.divergences.length ? (
                <ul className="mt-2 list-disc rounded-md border border-amber-300 bg-amber-50 py-2 pl-8 pr-3 text-sm text-amber-900">
                  {current.divergences.map((d) => (
                    <li key={d.criterion}>{divergenceLine(d, t)}</li>
                  ))}
                </ul>
              ) : null}
              <p className="mt-2 text-sm text-slate-700">{planLine(current, t)}</p>
              {current.capacityEffect.map((line) => (
                <p
                  key={line.side}
                  className={`text-sm ${line.overFromRank !== null && line.overFromRank <= current.rank ? "font-medium text-red-800" : "text-slate-700"}`}
                >
                  {line.overFromRank !== null
                    ? t("triage.capacity.over", {
                        side: t(`triage.sides.${line.side}`),
                        rank: line.overFromRank,
                        quarter: line.quarter,
                        committed: line.committed,
                        capacity: line.capacity ?? 0,
                      })
                    : line.capacity === null
                      ? t("triage.capacity.notSet", {
                          side: t(`triage.sides.${line.side}`),
                          quarter: line.quarter,
                          committed: line.committed,
                        })
                      : t("triage.capacity.fits", {
                          side: t(`triage.sides.${line.side}`),
                          quarter: line.quarter,
                          committed: line.committed,
                          capacity: line.capacity,
                          count: line.fits.length,
                        })}
                </p>
              ))}
              {mayRun ? (
                <div className="mt-4 border-t border-slate-100 pt-3">
                  <TriageForm
                    key={current.id}
                    action={recordTriageDecisionAction}
                    label={t("triage.session.decisionFor", { title: current.title })}
                    hidden={{ sessionId: minutes.id, initiativeId: current.id }}
                    fields={[
                      {
                        name: "kind",
                        label: t("triage.session.decision"),
                        type: "select",
                        options: (["AGREE", "PARK", "SEND_BACK", "DROP"] as const).map((k) => ({
                          value: k,
                          label: t(`triage.session.kinds.${k}`),
                        })),
                        defaultValue: "AGREE",
                      },
                      {
                        name: "parkUntil",
                        label: t("triage.session.parkUntil"),
                        type: "date",
                        hint: t("triage.session.parkUntilHint"),
                        narrow: false,
                      },
                      { name: "reason", label: t("triage.session.reason"), hint: t("triage.session.reasonHint") },
                    ]}
                    submit={t("triage.session.record")}
                    pending={t("triage.saving")}
                  />
                </div>
              ) : null}
            </Card>
          ) : (
            <EmptyState className="mb-6">{t("triage.session.queueEmpty")}</EmptyState>
          )}
          {queue.length > 1 ? (
            <nav aria-label={t("triage.session.queue")} className="mb-6">
              <h2 className="mb-1 font-semibold text-slate-900">{t("triage.session.queue")}</h2>
              <ol className="list-decimal pl-6 text-sm">
                {queue.map((item) => (
                  <li key={item.id}>
                    {item.id === current?.id ? (
                      <span aria-current="true" className="font-medium">
                        {item.title}
                      </span>
                    ) : (
                      <Link href={`/triage/session?item=${item.id}`} className="underline">
                        {item.title}
                      </Link>
                    )}
                    {item.divergences.length
                      ? ` · ${t("triage.session.divergenceCount", { count: item.divergences.length })}`
                      : ""}
                  </li>
                ))}
              </ol>
            </nav>
          ) : null}
          <MinutesList minutes={minutes} />
          <div className="mt-4 flex flex-wrap gap-3">
            <Link href={`/triage/session/${minutes.id}`} className="text-sm underline">
              {t("triage.session.printable")}
            </Link>
            {mayRun ? (
              <TriageForm
                action={endTriageSessionAction}
                label={t("triage.session.end")}
                hidden={{ sessionId: minutes.id }}
                fields={[]}
                submit={t("triage.session.end")}
                pending={t("triage.saving")}
                variant="secondary"
              />
            ) : null}
          </div>
        </>
      )}
    </>
  );
}
