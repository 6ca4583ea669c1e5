import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import Link from "next/link";
import { isUuid } from "@/lib/schemas/dates";
import { notFound } from "next/navigation";
import { HealthBadge, LeverBadge, StatusBadge } from "@/components/ui/badge";
import { InitiativeDetails } from "@/components/initiatives/initiative-details";
import { DecisionPanel } from "@/components/initiatives/decision-panel";
import { HistoryTimeline } from "@/components/initiatives/history-timeline";
import { InitiativeForm } from "@/components/initiatives/initiative-form";
import { PostsList } from "@/components/initiatives/posts-list";
import { SavedNotice } from "@/components/initiatives/saved-notice";
import { UpdateForms } from "@/components/initiatives/updates-panel";
import { readiness } from "@/lib/readiness";
import { can } from "@/lib/permissions";
import { updateInitiativeAction } from "@/server/actions/initiative-actions";
import { requireUser } from "@/server/auth/session";
import { getInitiative, type InitiativeDetail } from "@/server/queries/initiative";
import { listHistory, listPosts } from "@/server/queries/initiative-activity";
import { listKpis } from "@/server/queries/kpis";
import { listOwnerCandidates } from "@/server/queries/people";
import { isLive } from "@/lib/initiative-enums";
import { Card } from "@/components/ui/card";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireUser();
  const initiative = await getInitiative(user, (await params).id);
  return { title: initiative?.title ?? (await getTranslations("errors"))("notFoundTitle") };
}

function formValues(i: InitiativeDetail): Record<string, string> {
  return {
    id: i.id,
    version: String(i.version),
    title: i.title,
    description: i.description,
    lever: i.lever,
    marketingOwnerId: i.marketingOwner.id,
    itOwnerId: i.itOwner.id,
    targetDate: i.targetDate ?? "",
    customerExperienceOutcome: i.customerExperienceOutcome,
    businessOutcome: i.businessOutcome,
    requirementsDetail: i.requirementsDetail,
    successMeasure: i.successMeasure,
    riskLevel: i.riskLevel ?? "",
    riskNote: i.riskNote,
    kpiIds: i.kpis.map((kpi) => kpi.id).join(","),
  };
}

export default async function InitiativePage({ params, searchParams }: Props) {
  const user = await requireUser();
  // A malformed id (not a UUID) is a page that does not exist: 404, never a database error.
  if (!isUuid((await params).id)) notFound();
  const [initiative, t] = await Promise.all([getInitiative(user, (await params).id), getTranslations()]);
  if (!initiative) notFound();
  const query = await searchParams;
  const editing = query.edit === "1";
  const mayEdit =
    can(user, "initiative.edit", {
      marketingOwnerId: initiative.marketingOwner.id,
      itOwnerId: initiative.itOwner.id,
    }) && isLive(initiative.status);
  const [people, kpis, posts, history] = await Promise.all([
    editing && mayEdit ? listOwnerCandidates(user) : null,
    editing && mayEdit ? listKpis(user) : [],
    listPosts(user, initiative.id),
    listHistory(user, initiative.id),
  ]);
  const owners = { marketingOwnerId: initiative.marketingOwner.id, itOwnerId: initiative.itOwner.id };
  const may = {
    signMarketing: can(user, "initiative.signOffMarketing"),
    signIt: can(user, "initiative.signOffIt"),
    advance: can(user, "initiative.edit", owners),
    drop: can(user, "initiative.drop"),
    reopen: can(user, "initiative.reopen"),
    review: can(user, "initiative.reviewStandards"),
    edit: mayEdit,
  };
  const live = isLive(initiative.status);
  const signed =
    (initiative.status === "PROPOSED" || initiative.status === "AGREED") &&
    (initiative.marketingApproval !== null || initiative.itApproval !== null);
  return (
    <article>
      <Link href="/board" className="text-sm text-brand-700 underline-offset-2 hover:underline">
        ← {t("initiative.backToBoard")}
      </Link>
      <header className="mb-6 mt-2 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{initiative.title}</h1>
          <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
            <span className="font-medium text-slate-700">
              {initiative.rank ? t("initiative.rankOf", { rank: initiative.rank }) : t("initiative.notRanked")}
            </span>
            <LeverBadge lever={initiative.lever} label={t(`levers.${initiative.lever}`)} />
            <StatusBadge status={initiative.status} label={t(`status.${initiative.status}`)} />
            <HealthBadge health={initiative.health} label={t(`health.${initiative.health}`)} />
          </div>
        </div>
        {mayEdit && !editing ? (
          <Link
            href={`/initiatives/${initiative.id}?edit=1`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
          >
            {t("initiative.edit")}
          </Link>
        ) : null}
      </header>
      {!editing ? <SavedNotice saved={query.saved} fields={query.fields} /> : null}
      {editing && people ? (
        <Card as="section" padding="lg" aria-labelledby="edit-heading" className="mb-8">
          <div className="mb-4 flex items-center justify-between">
            <h2 id="edit-heading" className="text-lg font-semibold">
              {t("initiative.editTitle")}
            </h2>
            <Link href={`/initiatives/${initiative.id}`} className="text-sm text-brand-700 underline">
              {t("initiative.cancel")}
            </Link>
          </div>
          <InitiativeForm
            mode="edit"
            action={updateInitiativeAction}
            people={people}
            kpis={kpis}
            initial={formValues(initiative)}
            signed={signed}
            focus={query.focus}
          />
        </Card>
      ) : null}
      <Card as="section" padding="lg" aria-labelledby="decisions-heading" className="mb-5">
        <h2 id="decisions-heading" className="mb-3 text-base font-semibold">
          {t("workflow.title")}
        </h2>
        <DecisionPanel
          initiative={{
            id: initiative.id,
            title: initiative.title,
            version: initiative.version,
            status: initiative.status,
            marketingApproval: initiative.marketingApproval,
            itApproval: initiative.itApproval,
            standardsReview: initiative.standardsReview,
            standardsReviewNote: initiative.standardsReviewNote,
          }}
          ready={readiness({ ...initiative, kpiCount: initiative.kpis.length })}
          viewerId={user.id}
          may={may}
        />
      </Card>
      <InitiativeDetails initiative={initiative} />
      <Card as="section" padding="lg" aria-labelledby="updates-heading" className="mt-5">
        <h2 id="updates-heading" className="mb-3 text-base font-semibold">
          {t("updates.title")}
        </h2>
        {can(user, "initiative.postUpdate") && live ? (
          <div className="mb-5">
            <UpdateForms
              initiativeId={initiative.id}
              health={initiative.health}
              progress={initiative.progress}
              canUpdate
              focusUpdate={query.update === "1"}
            />
          </div>
        ) : null}
        <div className="grid gap-5 md:grid-cols-2">
          <div>
            <h3 className="mb-2 text-sm font-semibold text-slate-800">{t("updates.statusUpdates")}</h3>
            <PostsList posts={posts.updates} empty={t("updates.noUpdates")} />
          </div>
          <div>
            <h3 className="mb-2 text-sm font-semibold text-slate-800">{t("updates.comments")}</h3>
            <PostsList posts={posts.comments} empty={t("updates.noComments")} />
          </div>
        </div>
      </Card>
      <Card as="section" padding="lg" aria-labelledby="history-heading" className="mt-5">
        <h2 id="history-heading" className="mb-3 text-base font-semibold">
          {t("history.title")}
        </h2>
        <HistoryTimeline entries={history} />
      </Card>
    </article>
  );
}
