import { getTranslations } from "@/i18n/server";
import Link from "next/link";

/** Under a list the report shortened: "10 of 436 shown." (nothing when the whole list is shown). */
export async function ShownOf({ shown, total }: { shown: number; total: number }) {
  if (shown >= total) return null;
  const t = await getTranslations("report.lists");
  return <p className="mt-2 text-sm text-slate-600">{t("shown", { shown, total })}</p>;
}

/**
 * The switch between the report's short lists (as it opens) and its long ones (?full=1): one link,
 * for every list at once; not printed.
 */
export async function ListLengthLink({ href, longer, count }: { href: string; longer: boolean; count: number }) {
  const t = await getTranslations("report.lists");
  return (
    <Link href={href} className="text-sm font-medium text-brand-700 underline underline-offset-2 print:hidden">
      {longer ? t("longer", { count }) : t("shorter", { count })}
    </Link>
  );
}
