"use client";

import { useLocale } from "next-intl";
import { useTranslations } from "@/i18n/client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { LOCALE_COOKIE, LOCALES, type Locale } from "@/i18n/locales";

function rememberLocale(next: Locale): void {
  document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
}

/**
 * Language picker: one button per language, so the language changes only when one is pressed
 * (never while moving through a list: WCAG 3.2.2). Remembers the choice in a cookie for a year and
 * re-renders the page.
 */
export function LocaleSwitcher({ tone = "dark" }: { tone?: "dark" | "light" }) {
  const t = useTranslations("language");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function choose(next: Locale) {
    rememberLocale(next);
    startTransition(() => router.refresh());
  }

  const current = tone === "dark" ? "bg-white text-slate-900" : "bg-slate-800 text-white";
  const other =
    tone === "dark" ? "text-slate-200 hover:bg-slate-700 hover:text-white" : "text-slate-800 hover:bg-slate-100";
  return (
    <div role="group" aria-label={t("label")} className="flex items-center gap-1 text-sm">
      {LOCALES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={code === locale}
          disabled={pending}
          onClick={() => code !== locale && choose(code)}
          className={`rounded-md px-2 py-1 font-medium disabled:opacity-60 ${code === locale ? current : other}`}
        >
          {t(code)}
        </button>
      ))}
    </div>
  );
}
