import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { PrintButton } from "@/components/report/print-button";
import { MinutesList } from "@/components/triage/minutes-list";
import { requireUser } from "@/server/auth/session";
import { loadMinutes } from "@/server/queries/triage-session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("triage"))("minutes.title") };
}

type Props = { params: Promise<{ id: string }> };

/** A session's minutes, made to be printed. */
export default async function MinutesPage({ params }: Props) {
  const user = await requireUser();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const [minutes, t] = await Promise.all([loadMinutes(user, id), getTranslations()]);
  if (!minutes) notFound();
  return (
    <>
      <PageHeader title={t("triage.minutes.title")}>
        <div className="flex items-center gap-3 print:hidden">
          <Link href="/triage/session" className="text-sm underline">
            {t("triage.session.title")}
          </Link>
          <PrintButton />
        </div>
      </PageHeader>
      <MinutesList minutes={minutes} />
    </>
  );
}
