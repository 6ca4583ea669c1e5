"use client";

import { useTranslations } from "next-intl";
import { useId, useRef } from "react";
import { useFormStatus } from "react-dom";

/**
 * A button that asks first, in a modal dialog, then submits its form. Escape or Cancel backs out;
 * focus returns to the button.
 */
export function ConfirmSubmit({
  label,
  question,
  pendingLabel,
  danger = false,
  disabled = false,
  describedBy,
}: {
  label: string;
  question: string;
  pendingLabel: string;
  danger?: boolean;
  /** Not possible yet (say why in the element `describedBy` names). */
  disabled?: boolean;
  describedBy?: string;
}) {
  const t = useTranslations("common");
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const id = useId();
  const { pending } = useFormStatus();
  return (
    <>
      <button
        ref={opener}
        type="button"
        disabled={pending || disabled}
        aria-describedby={describedBy}
        onClick={() => dialog.current?.showModal()}
        className={`rounded-md border px-2.5 py-1 text-sm disabled:cursor-not-allowed disabled:opacity-60 ${danger ? "border-red-300 text-red-800 hover:bg-red-50" : "border-slate-300 text-slate-800 hover:bg-slate-50"}`}
      >
        {pending ? pendingLabel : label}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-question`}
        onClose={() => opener.current?.focus()}
        className="m-auto max-w-md rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <div className="space-y-4 p-5">
          <p id={`${id}-question`} className="text-slate-900">
            {question}
          </p>
          <div className="flex justify-end gap-2">
            <button type="button" autoFocus onClick={() => dialog.current?.close()} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">
              {t("cancel")}
            </button>
            <button
              type="button"
              onClick={(event) => {
                dialog.current?.close();
                event.currentTarget.closest("form")?.requestSubmit();
              }}
              className={`rounded-md px-3 py-1.5 text-sm font-medium text-white ${danger ? "bg-red-700 hover:bg-red-800" : "bg-brand-600 hover:bg-brand-700"}`}
            >
              {label}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
