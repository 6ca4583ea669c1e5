import type { ReactNode } from "react";
import { AppHeader } from "@/components/app-header";
import { SkipLink } from "@/components/ui/skip-link";
import { requireUser } from "@/server/auth/session";

// Every page in this group needs a signed-in user; each page still checks its own permission.
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <SkipLink />
      <AppHeader user={user} />
      <main id="main" tabIndex={-1} className="outline-none mx-auto max-w-7xl px-4 py-8 print:max-w-none print:p-0">
        {children}
      </main>
    </>
  );
}
