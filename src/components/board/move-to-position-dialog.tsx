"use client";

import { useTranslations } from "@/i18n/client";
import { useEffect, useId, useRef, type FormEvent } from "react";
import type { MoveTarget } from "@/lib/list-moves";
import { REORDER_REASON_MAX_LENGTH } from "@/lib/reorder-limits";
import { trapTab } from "@/components/ui/confirm-dialog";

interface Props {
  title: string;
  position: number;
  count: number;
  onMove: (target: MoveTarget, reason?: string) => void;
  /** After the dialog closed (moved, cancelled or Escape). */
  onClose: () => void;
}

/**
 * A modal dialog: the position to move to (1..count) and an optional reason kept in the history. The
 * position is focused with its value selected; Tab and Shift+Tab wrap inside it; on closing, focus
 * goes back to the button that opened it (ReorderControls).
 */
export function MoveToPositionDialog({ title, position, count, onMove, onClose }: Props) {
  const t = useTranslations();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const positionField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // The position is focused with its value selected: typing "1" gives 1, not "31".
    positionField.current?.focus();
    positionField.current?.select();
    return () => {
      if (element?.open) element.close();
    };
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const reason = String(data.get("reason") ?? "");
    onMove({ position: Number(data.get("position")) }, reason || undefined);
    dialog.current?.close(); // closing first lets focus go back to the opener (onClose)
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onKeyDown={(event) => trapTab(event, dialog.current)}
      className="m-auto w-full max-w-sm rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      <form onSubmit={submit} className="space-y-4 p-5 text-left normal-case">
        <h2 id={`${id}-title`} className="font-semibold text-slate-900">
          {t("reorder.moveToPositionFor", { title })}
        </h2>
        <div>
          <label htmlFor={`${id}-position`} className="block text-sm font-medium text-slate-800">
            {t("reorder.position")}
          </label>
          <input
            ref={positionField}
            id={`${id}-position`}
            name="position"
            type="number"
            inputMode="numeric"
            required
            min={1}
            max={count}
            step={1}
            defaultValue={position}
            aria-describedby={`${id}-position-hint`}
            className="mt-1 block w-24 rounded-md border border-slate-300 px-3 py-2 text-slate-900 shadow-sm"
          />
          <p id={`${id}-position-hint`} className="mt-1 text-xs text-slate-600">
            {t("reorder.positionHint", { count })}
          </p>
        </div>
        <div>
          <label htmlFor={`${id}-reason`} className="block text-sm font-medium text-slate-800">
            {t("reorder.reason")}
          </label>
          <input
            id={`${id}-reason`}
            name="reason"
            type="text"
            maxLength={REORDER_REASON_MAX_LENGTH}
            aria-describedby={`${id}-reason-hint`}
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-slate-900 shadow-sm"
          />
          <p id={`${id}-reason-hint`} className="mt-1 text-xs text-slate-600">
            {t("reorder.reasonHint")}
          </p>
        </div>
        <div className="flex justify-end gap-2">
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50"
          >
            {t("common.cancel")}
          </button>
          <button
            type="submit"
            className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
          >
            {t("reorder.move")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
