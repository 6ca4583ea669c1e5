"use client";

import { useTranslations } from "@/i18n/client";
import { useEffect, useRef } from "react";
import { isMaterial } from "@/lib/agreement";

/**
 * After an edit is saved the form closes and this says what happened: saved, nothing to save, or
 * saved with both sign-offs withdrawn (and by which fields). It takes focus, so the answer is read first.
 */
export function SavedNotice({ saved, fields }: { saved?: string; fields?: string }) {
  const t = useTranslations("initiative");
  const tFields = useTranslations("fields");
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [saved, fields]);
  if (saved !== "saved" && saved !== "unchanged" && saved !== "withdrawn") return null;
  const names = (fields ?? "")
    .split(",")
    .filter(isMaterial)
    .map((field) => tFields(field))
    .join(", ");
  const tone =
    saved === "withdrawn"
      ? "border-amber-300 bg-amber-50 text-amber-950"
      : "border-green-200 bg-green-50 text-green-900";
  return (
    <div
      ref={box}
      tabIndex={-1}
      role="status"
      className={`mb-5 rounded-md border px-4 py-3 text-sm outline-none focus-visible:ring-2 focus-visible:ring-brand-600 ${tone}`}
    >
      {saved === "withdrawn"
        ? t("savedWithdrawn", { fields: names })
        : saved === "unchanged"
          ? t("savedUnchanged")
          : t("saved")}
    </div>
  );
}
