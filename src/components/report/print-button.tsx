"use client";

import { useTranslations } from "@/i18n/client";

/** Opens the browser's print dialog, where "Save as PDF" gives the board its copy. */
export function PrintButton() {
  const t = useTranslations("report");
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 print:hidden"
    >
      {t("print")}
    </button>
  );
}
