"use client";

import { useTranslations } from "next-intl";

// Never shows the error's own text: it may hold internals. The digest lets support find it in the logs.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">{t("genericTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("generic")}</p>
      {error.digest ? <p className="mt-2 text-xs text-slate-500">{error.digest}</p> : null}
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        {t("retry")}
      </button>
    </main>
  );
}
