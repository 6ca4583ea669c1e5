"use client";

import { useTranslations } from "@/i18n/client";
import { useEffect, useRef } from "react";
import type { ActionState } from "@/lib/action-state";

interface Props {
  state: ActionState<unknown>;
  /** The id and label of a form field, so the error summary can link to it (WCAG 3.3.1). */
  field?: (name: string) => { id: string; label: string } | null;
}

/**
 * The form-level answer of an action: a status when it worked, an alert with a summary of the
 * field errors (each linked to its field) when it did not. Focus moves to it after every answer,
 * so keyboard and screen-reader users land on the result (WCAG 2.4.3).
 */
export function FormMessage({ state, field }: Props) {
  const t = useTranslations("common");
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.message) box.current?.focus();
  }, [state]);
  if (!state.message) return null;
  if (state.ok) {
    return (
      <div
        ref={box}
        tabIndex={-1}
        role="status"
        className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900 outline-none focus-visible:ring-2 focus-visible:ring-green-600"
      >
        {state.message}
      </div>
    );
  }
  const entries = Object.entries(state.fieldErrors)
    .map(([name, messages]) => ({ target: field?.(name) ?? null, messages }))
    .filter((entry) => entry.messages.length > 0);
  return (
    <div
      ref={box}
      tabIndex={-1}
      role="alert"
      className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 outline-none focus-visible:ring-2 focus-visible:ring-red-600"
    >
      <p>{state.message}</p>
      {entries.length > 0 && entries.some((entry) => entry.target) ? (
        <ul className="mt-1 list-disc pl-5" aria-label={t("errorSummary")}>
          {entries.map(({ target, messages }, index) =>
            target ? (
              <li key={target.id}>
                <a href={`#${target.id}`} className="underline" onClick={(event) => focusField(event, target.id)}>
                  {target.label}: {messages.join(" ")}
                </a>
              </li>
            ) : (
              <li key={index}>{messages.join(" ")}</li>
            ),
          )}
        </ul>
      ) : null}
    </div>
  );
}

/** Follows the link by moving focus to the field itself (a plain anchor only scrolls in some browsers). */
function focusField(event: React.MouseEvent<HTMLAnchorElement>, id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  event.preventDefault();
  element.focus();
  element.scrollIntoView({ block: "center" });
}
