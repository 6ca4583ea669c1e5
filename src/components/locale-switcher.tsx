"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { LOCALE_COOKIE, LOCALES, type Locale } from "@/i18n/locales";

/** Language picker: remembers the choice in a cookie for a year and re-renders the page. */
export function LocaleSwitcher({ tone = "dark" }: { tone?: "dark" | "light" }) {
  const t = useTranslations("language");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function choose(next: Locale) {
    document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    startTransition(() => router.refresh());
  }

  const styles =
    tone === "dark"
      ? "border-slate-600 bg-slate-800 text-white"
      : "border-slate-300 bg-white text-slate-900";
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className={tone === "dark" ? "text-slate-300" : "text-slate-600"}>{t("label")}</span>
      <select
        className={`rounded-md border px-2 py-1 text-sm ${styles}`}
        value={locale}
        disabled={pending}
        onChange={(event) => choose(event.target.value as Locale)}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(code)}
          </option>
        ))}
      </select>
    </label>
  );
}
