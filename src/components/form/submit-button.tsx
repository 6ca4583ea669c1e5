"use client";

import { useFormStatus } from "react-dom";

/** Disabled, with a pending label, while its form is being submitted (or while `pending`, for a form submitted by hand). */
export function SubmitButton({
  label,
  pendingLabel,
  variant = "primary",
  pending: submitting = false,
}: {
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "danger";
  pending?: boolean;
}) {
  const pending = useFormStatus().pending || submitting;
  const styles = {
    primary: "bg-brand-600 text-white hover:bg-brand-700",
    secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
    danger: "bg-red-700 text-white hover:bg-red-800",
  }[variant];
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`rounded-md px-3 py-1.5 text-sm font-medium disabled:opacity-60 ${styles}`}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
