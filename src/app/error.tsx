"use client";

import { useTranslations } from "@/i18n/client";
import { useRouter } from "next/navigation";
import { startTransition } from "react";
import { isDbUnavailableDigest } from "@/lib/error-digest";

// Never shows the error's own text: it may hold internals. The digest lets support find it in the
// JSON log (the line with the same "digest"). A busy or unreachable database says so: try again.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  const router = useRouter();
  const unavailable = isDbUnavailableDigest(error.digest);
  // "Try again" asks the server afresh (the page's data), not only the browser's copy.
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <main className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">{unavailable ? t("unavailableTitle") : t("genericTitle")}</h1>
      <p role="status" className="mt-2 text-slate-600">
        {unavailable ? t("unavailable") : t("generic")}
      </p>
      {error.digest ? <p className="mt-2 text-xs text-slate-500">{t("reference", { digest: error.digest })}</p> : null}
      <button
        type="button"
        onClick={retry}
        className="mt-6 rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
      >
        {t("retry")}
      </button>
    </main>
  );
}
