import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { InitiativeForm } from "@/components/initiatives/initiative-form";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/permissions";
import { proposeInitiativeAction } from "@/server/actions/initiative-actions";
import { requireUser } from "@/server/auth/session";
import { listOwnerCandidates } from "@/server/queries/people";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("initiative"))("propose") };
}

export default async function ProposeInitiativePage() {
  const user = await requireUser();
  const t = await getTranslations();
  if (!can(user, "initiative.propose")) forbidden();
  const people = await listOwnerCandidates(user);
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("initiative.propose")} intro={t("initiative.proposeIntro")} />
      <Card as="div" padding="lg">
        <InitiativeForm mode="propose" action={proposeInitiativeAction} people={people} />
      </Card>
    </div>
  );
}
