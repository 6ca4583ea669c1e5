import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/app-header";
import { requireUser } from "@/server/auth/session";

// Every page in this group needs a signed-in user; each page still checks its own permission.
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const t = await getTranslations("app");
  return (
    <>
      <a
        href="#main"
        className="sr-only print:hidden focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
      >
        {t("skipToContent")}
      </a>
      <AppHeader user={user} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-8 print:max-w-none print:p-0">
        {children}
      </main>
    </>
  );
}
