import { getTranslations } from "@/i18n/server";

/** The first Tab stop of every page: "Skip to main content", to the page's `<main id="main">`. */
export async function SkipLink() {
  const t = await getTranslations("app");
  return (
    <a
      href="#main"
      className="sr-only print:hidden focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900 focus:shadow"
    >
      {t("skipToContent")}
    </a>
  );
}
