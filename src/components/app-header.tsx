import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { can, type Actor } from "@/lib/permissions";
import { LocaleSwitcher } from "./locale-switcher";
import { NavLinks, type NavItem } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

export async function AppHeader({ user }: { user: Actor & { name: string } }) {
  const t = await getTranslations();
  const items: NavItem[] = [
    { href: "/board", label: t("nav.board") },
    { href: "/dashboard", label: t("nav.dashboard") },
    { href: "/report", label: t("reportNav.label") },
    { href: "/kpis", label: t("nav.kpis") },
  ];
  if (can(user, "triage.view")) items.push({ href: "/triage", label: t("nav.triage") });
  if (can(user, "activity.view")) items.push({ href: "/activity", label: t("nav.activity") });
  if (can(user, "users.manage")) items.push({ href: "/admin/users", label: t("nav.admin") });
  return (
    <header className="bg-slate-900 text-white print:hidden">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          {t("app.name")}
        </Link>
        <NavLinks items={items} label={t("nav.label")} />
        <div className="ml-auto flex flex-wrap items-center gap-4">
          <LocaleSwitcher />
          <Link href="/account" className="text-sm text-slate-300 underline-offset-2 hover:text-white hover:underline">
            {t("nav.signedInAs", { name: user.name, role: t(`roles.${user.role}`) })}
          </Link>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
