"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";

/**
 * "Saving will withdraw both sign-offs (changed: …)": a modal dialog inside the form, opened on
 * submit. Confirm submits the form again (now confirmed); Cancel or Escape goes back to the form.
 */
export function WithdrawConfirmDialog({ fields, onConfirm, onCancel }: { fields: string; onConfirm: (form: HTMLFormElement | null) => void; onCancel: () => void }) {
  const t = useTranslations("initiative");
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog ref={dialog} aria-labelledby={`${id}-q`} onCancel={onCancel} className="m-auto max-w-md rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40">
      <div className="space-y-4 p-5">
        <p id={`${id}-q`} className="text-slate-900">
          {t("confirmWithdrawQuestion", { fields })}
        </p>
        <div className="flex justify-end gap-2">
          <button type="button" autoFocus onClick={onCancel} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">
            {t("keepEditing")}
          </button>
          <button
            type="button"
            onClick={(event) => onConfirm(event.currentTarget.closest("form"))}
            className="rounded-md bg-amber-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-amber-800"
          >
            {t("saveAndWithdraw")}
          </button>
        </div>
      </div>
    </dialog>
  );
}
