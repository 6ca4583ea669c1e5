import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { AccountSessions } from "@/components/account-sessions";
import { ChangePasswordForm } from "@/components/change-password-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/server/auth/session";
import { listOwnSessions } from "@/server/queries/sessions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const user = await requireUser();
  const [t, sessions] = await Promise.all([getTranslations("account"), listOwnSessions(user)]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <ChangePasswordForm />
      <AccountSessions sessions={sessions} />
    </>
  );
}
