"use client";

import { perTranslator, useTranslations } from "@/i18n/client";
import { useRef, useState } from "react";
import type { MoveTarget } from "@/lib/list-moves";
import { MoveToPositionDialog } from "./move-to-position-dialog";

interface Props {
  title: string;
  /** 1-based position of the row now. */
  position: number;
  count: number;
  onMove: (target: MoveTarget, reason?: string) => void;
}

/**
 * In the table an arrow; on a phone card the words, as a button of at least 44 × 44 px. Arrow and
 * words are drawn by CSS from data-glyph and data-words (globals.css): no element inside the button.
 */
const BUTTON = "move-button"; // globals.css

type Translate = ReturnType<typeof useTranslations<"reorder">>;
/** The buttons' words, the same on every row: once per translator (src/i18n/client.ts keeps one per catalogue). */
const buttonWords = perTranslator((t: Translate) => ({
  up: t("moveUpShort"),
  down: t("moveDownShort"),
  top: t("moveTopShort"),
  toPosition: t("moveToPosition"),
}));

/**
 * Keyboard and touch controls for one row: up, down, to the top, and "Move to position…" (a dialog
 * with a reason). In the table, up/down/top are arrows (named by their labels); on a phone card
 * every control says what it does in words. Disabled buttons use aria-disabled, so focus stays on a
 * button whose row just reached the top.
 */
export function ReorderControls({ title, position, count, onMove }: Props) {
  const t = useTranslations("reorder");
  const [dialogOpen, setDialogOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const short = buttonWords(t);
  const first = position <= 1;
  const last = position >= count;

  const button = (label: string, words: string, glyph: string, disabled: boolean, target: MoveTarget) => (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-disabled={disabled || undefined}
      onClick={() => (disabled ? undefined : onMove(target))}
      data-glyph={glyph}
      data-words={words}
      className={`${BUTTON} glyph glyph-words`}
    />
  );

  return (
    <>
      {button(t("moveUp", { title }), short.up, "↑", first, { by: -1 })}
      {button(t("moveDown", { title }), short.down, "↓", last, { by: 1 })}
      {button(t("moveTop", { title }), short.top, "⤒", first, { position: 1 })}
      <button
        ref={opener}
        type="button"
        aria-label={t("moveToPositionFor", { title })}
        aria-haspopup="dialog"
        onClick={() => setDialogOpen(true)}
        className={`${BUTTON} whitespace-nowrap text-xs font-medium`}
      >
        {short.toPosition}
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
