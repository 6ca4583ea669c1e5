"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { MoveToPositionDialog } from "./move-to-position-dialog";

interface Props {
  title: string;
  /** 1-based position of the row now. */
  position: number;
  count: number;
  onMove: (position: number, reason?: string) => void;
}

const BUTTON =
  "rounded px-1.5 py-1 text-slate-700 hover:bg-slate-100 aria-disabled:cursor-not-allowed aria-disabled:opacity-40 aria-disabled:hover:bg-transparent";

/**
 * Keyboard controls for one row: up, down, to the top, and "to position…" (a dialog with a reason).
 * Disabled buttons use aria-disabled, so focus stays on a button whose row just reached the top.
 */
export function ReorderControls({ title, position, count, onMove }: Props) {
  const t = useTranslations("reorder");
  const [dialogOpen, setDialogOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const first = position <= 1;
  const last = position >= count;

  const button = (label: string, glyph: string, disabled: boolean, to: number) => (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-disabled={disabled || undefined}
      onClick={() => (disabled ? undefined : onMove(to))}
      className={BUTTON}
    >
      <span aria-hidden="true">{glyph}</span>
    </button>
  );

  return (
    <>
      {button(t("moveUp", { title }), "↑", first, position - 1)}
      {button(t("moveDown", { title }), "↓", last, position + 1)}
      {button(t("moveTop", { title }), "⤒", first, 1)}
      <button
        ref={opener}
        type="button"
        aria-label={t("moveToPositionFor", { title })}
        title={t("moveToPosition")}
        aria-haspopup="dialog"
        onClick={() => setDialogOpen(true)}
        className={`${BUTTON} text-xs font-medium`}
      >
        <span aria-hidden="true">#…</span>
      </button>
      {dialogOpen ? (
        <MoveToPositionDialog
          title={title}
          position={position}
          count={count}
          onMove={onMove}
          onClose={() => {
            setDialogOpen(false);
            opener.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}
