import type { ReactNode } from "react";

/**
 * What a list says when it has nothing to show. `box` (default) stands in for a whole table or
 * list; `inline` is a quiet line inside a card or a report section. `action`: what one can do
 * about it (a button or a link), under the sentence.
 */
export function EmptyState({
  children,
  action,
  variant = "box",
  className = "",
}: {
  children: ReactNode;
  action?: ReactNode;
  variant?: "box" | "inline";
  className?: string;
}) {
  const look =
    variant === "box"
      ? "rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600"
      : "text-sm text-slate-600";
  if (!action) return <p className={`${look} ${className}`.trim()}>{children}</p>;
  return (
    <div className={`${look} ${className}`.trim()}>
      <p className="mb-3">{children}</p>
      <div className="flex justify-center">{action}</div>
    </div>
  );
}
