"use client";

import { useEffect, useId, useRef, type KeyboardEvent } from "react";

const CONFIRM_TONES = {
  primary: "bg-brand-600 hover:bg-brand-700",
  danger: "bg-red-700 hover:bg-red-800",
  warning: "bg-amber-700 hover:bg-amber-800",
} as const;

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Keeps Tab and Shift+Tab inside `container`: from the last control to the first and back. */
export function trapTab(event: KeyboardEvent<HTMLElement>, container: HTMLElement | null): void {
  if (event.key !== "Tab" || !container) return;
  const items = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.offsetParent !== null || element === document.activeElement,
  );
  if (items.length === 0) return;
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !container.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !container.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * A modal question with Cancel and Confirm. While open, Tab and Shift+Tab wrap inside it (never out
 * to the browser), Escape cancels, and on closing focus goes back to what had it when it opened
 * (the button that opened it). Cancel has the focus first: confirming takes a deliberate choice.
 */
export function ConfirmDialog({
  open,
  question,
  confirmLabel,
  cancelLabel,
  tone = "primary",
  onConfirm,
  onCancel,
}: {
  open: boolean;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  tone?: keyof typeof CONFIRM_TONES;
  /** Called with the form the dialog sits in (if any), to submit it. */
  onConfirm: (form: HTMLFormElement | null) => void;
  onCancel: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const id = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element || !open) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    return () => {
      if (element.open) element.close();
      opener.current?.focus();
    };
  }, [open]);
  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-question`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      onKeyDown={(event) => trapTab(event, dialog.current)}
      className="m-auto max-w-md rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      {open ? (
        <div className="space-y-4 p-5">
          <p id={`${id}-question`} className="text-slate-900">
            {question}
          </p>
          <div className="flex flex-wrap justify-end gap-2">
            <button
              type="button"
              autoFocus
              onClick={onCancel}
              className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50"
            >
              {cancelLabel}
            </button>
            <button
              type="button"
              onClick={(event) => onConfirm(event.currentTarget.closest("form"))}
              className={`rounded-md px-3 py-1.5 text-sm font-medium text-white ${CONFIRM_TONES[tone]}`}
            >
              {confirmLabel}
            </button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
