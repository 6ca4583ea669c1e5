import { getFormatter, getTranslations } from "@/i18n/server";
import { historyFormat } from "./history-format";
import { dynamicKeys } from "@/i18n/translator";

/** One event's changes (field before → after), the fields that caused it, and its reason. */
export async function ChangeLines({
  changes,
  className = "",
}: {
  changes: Record<string, unknown>;
  className?: string;
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <ul className={`space-y-0.5 text-sm text-slate-700 ${className}`}>
      {historyFormat(dynamicKeys(t), format)
        .changes(changes)
        .map((line) => (
          <li key={line.key} className={line.italic ? "italic" : undefined}>
            {line.text}
          </li>
        ))}
    </ul>
  );
}
