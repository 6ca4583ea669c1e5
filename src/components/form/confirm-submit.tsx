"use client";

import { useTranslations } from "@/i18n/client";
import { useState } from "react";
import { useFormStatus } from "react-dom";
import { ConfirmDialog } from "../ui/confirm-dialog";

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
  const [open, setOpen] = useState(false);
  const { pending } = useFormStatus();
  return (
    <>
      <button
        type="button"
        disabled={pending || disabled}
        aria-describedby={describedBy}
        onClick={() => setOpen(true)}
        className={`rounded-md border px-2.5 py-1 text-sm disabled:cursor-not-allowed disabled:opacity-60 ${danger ? "border-red-300 text-red-800 hover:bg-red-50" : "border-slate-300 text-slate-800 hover:bg-slate-50"}`}
      >
        {pending ? pendingLabel : label}
      </button>
      <ConfirmDialog
        open={open}
        question={question}
        confirmLabel={label}
        cancelLabel={t("cancel")}
        tone={danger ? "danger" : "primary"}
        onCancel={() => setOpen(false)}
        onConfirm={(form) => {
          setOpen(false);
          form?.requestSubmit();
        }}
      />
    </>
  );
}
