import { getTranslations } from "@/i18n/server";
import Link from "next/link";
import type { AwaitingSignOff } from "@/server/queries/awaiting-sign-off";
import { dynamicKeys } from "@/i18n/translator";

/**
 * The CMO's or CIO's list of proposals waiting for their sign-off, with why each is there. One line
 * until opened, whatever the count, so live updates never shift the board under a drag.
 */
export async function AwaitingSignOffList({ items }: { items: AwaitingSignOff[] }) {
  const t = await getTranslations();
  const withdrawn = items.filter((item) => item.withdrawn).length;
  return (
    <details className="mb-4 rounded-lg border border-amber-200 bg-amber-50 px-4 py-2">
      <summary className="cursor-pointer text-sm font-semibold text-amber-950">
        {t("board.awaitingTitle", { count: items.length })}
        {withdrawn ? ` · ${t("board.awaitingWithdrawnCount", { count: withdrawn })}` : ""}
      </summary>
      {items.length === 0 ? <p className="mt-2 text-sm text-amber-950">{t("board.awaitingNone")}</p> : null}
      <ul className="mt-2 space-y-1 text-sm text-amber-950">
        {items.map((item) => (
          <li key={item.id}>
            <Link href={`/initiatives/${item.id}`} className="font-medium underline">
              {item.title}
            </Link>
            {" · "}
            {item.missing.length === 0
              ? t(item.otherSigned ? "board.awaitingReadyOther" : "board.awaitingReady")
              : t("board.awaitingNotReady")}
            {item.withdrawn ? (
              <span className="block text-xs">
                {t("board.awaitingWithdrawn", {
                  date: new Date(item.withdrawn.at),
                  fields: item.withdrawn.fields
                    .map((f) => (dynamicKeys(t).has(`fields.${f}`) ? dynamicKeys(t)(`fields.${f}`) : f))
                    .join(", "),
                })}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
