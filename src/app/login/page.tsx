import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { redirect } from "next/navigation";
import { LocaleSwitcher } from "@/components/locale-switcher";
import { SignInForm } from "@/components/sign-in-form";
import { SkipLink } from "@/components/ui/skip-link";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { appOrigin } from "@/server/auth/request-security";
import { getCurrentUser } from "@/server/auth/session";
import { ssoName } from "@/server/auth/sso";
import { dynamicKeys } from "@/i18n/translator";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("submit") };
}

const SSO_ERROR_KEYS: Record<string, string> = {
  SsoUnknownAccount: "ssoUnknownAccount",
  SsoDeactivated: "ssoDeactivated",
  SsoUnverified: "ssoUnverified",
  SsoNoEmail: "ssoNoEmail",
  AccessDenied: "ssoDenied",
};

/** The message for next-auth's ?error= code: our refusals by name, any other failure (OAuthCallback…) as "did not complete". */
function signInErrorKey(code: string): string {
  if (code === "CredentialsSignin") return "failed";
  if (code === "SessionRequired") return "sessionRequired";
  return SSO_ERROR_KEYS[code] ?? "ssoFailed";
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  // Only a page of this app is followed after sign-in (no open redirect).
  const callbackUrl = safeRedirectPath(params.callbackUrl, appOrigin());
  if (await getCurrentUser()) redirect(callbackUrl);
  const t = await getTranslations();
  // next-auth sends every refused or failed single sign-on back here with ?error=<code>.
  const initialError =
    typeof params.error === "string" && params.error ? dynamicKeys(t)(`signIn.${signInErrorKey(params.error)}`) : null;
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink />
      <header className="flex items-center justify-between px-6 py-4">
        <p className="text-lg font-semibold tracking-tight text-slate-900">{t("app.name")}</p>
        <LocaleSwitcher tone="light" />
      </header>
      <main id="main" tabIndex={-1} className="outline-none flex flex-1 items-start justify-center px-4 pt-12">
        <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
          <SignInForm callbackUrl={callbackUrl} ssoName={ssoName()} initialError={initialError} />
        </div>
      </main>
      <footer className="px-6 py-4 text-center text-sm text-slate-600">{t("app.tagline")}</footer>
    </div>
  );
}
