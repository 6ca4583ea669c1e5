import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/change-password-form";
import { PageHeading } from "@/components/page-heading";
import { requireUser } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  await requireUser();
  const t = await getTranslations("account");
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <ChangePasswordForm />
    </>
  );
}
