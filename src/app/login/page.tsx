import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LocaleSwitcher } from "@/components/locale-switcher";
import { SignInForm } from "@/components/sign-in-form";
import { getCurrentUser } from "@/server/auth/session";
import { ssoName } from "@/server/auth/sso";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("submit") };
}

/** Only same-site paths are followed after sign-in (no open redirect). */
function safeCallback(value: string | string[] | undefined): string {
  const path = Array.isArray(value) ? value[0] : value;
  return path && path.startsWith("/") && !path.startsWith("//") ? path : "/";
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const t = await getTranslations();
  // next-auth sends a refused single sign-on back here with ?error=AccessDenied.
  const initialError = params.error === "AccessDenied" ? t("signIn.ssoDenied") : null;
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between px-6 py-4">
        <p className="text-lg font-semibold tracking-tight text-slate-900">{t("app.name")}</p>
        <LocaleSwitcher tone="light" />
      </header>
      <main className="flex flex-1 items-start justify-center px-4 pt-12">
        <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
          <SignInForm callbackUrl={callbackUrl} ssoName={ssoName()} initialError={initialError} />
        </div>
      </main>
      <footer className="px-6 py-4 text-center text-sm text-slate-600">{t("app.tagline")}</footer>
    </div>
  );
}
