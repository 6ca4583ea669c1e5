"use client";

import { useTranslations } from "next-intl";
import { useEffect, useOptimistic, useState, useTransition } from "react";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { clampPosition, moveToPosition } from "@/lib/ranking";
import { reorderInitiativeAction } from "@/server/actions/initiative-reorder-actions";
import type { BoardRow } from "@/server/queries/board";

export type MoveRow = (id: string, position: number, reason?: string) => void;

export interface BoardReorder {
  /** The rows as the user sees them: moved at once, settled when the server answers. */
  rows: BoardRow[];
  move: MoveRow;
  pending: boolean;
  /** The last result, for the polite live region. */
  announcement: string;
  /** The last failure (the move was undone). */
  error: string | null;
  /** The last move, undoable for UNDO_MS after its confirmation; null when there is nothing to undo. */
  lastMove: { title: string; to: number } | null;
  /** Moves the last moved row back where it was, with the reason "undo". */
  undo: () => void;
}

/** How long "Moved to N · Undo" offers to undo. */
export const UNDO_MS = 10_000;
export const UNDO_REASON = "undo";

/**
 * Moves on the board: optimistic (useOptimistic), through reorderInitiativeAction. A failed move
 * reverts by itself when its transition ends; the error says which one and why.
 */
export function useBoardReorder(serverRows: BoardRow[]): BoardReorder {
  const t = useTranslations();
  const [rows, moveOptimistically] = useOptimistic(serverRows, (list: BoardRow[], change: { id: string; to: number }) =>
    moveToPosition(list, list.findIndex((row) => row.id === change.id), change.to),
  );
  const [pending, startTransition] = useTransition();
  const [announcement, setAnnouncement] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [lastMove, setLastMove] = useState<{ id: string; title: string; from: number; to: number } | null>(null);
  useEffect(() => {
    if (!lastMove) return;
    const timer = setTimeout(() => setLastMove(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [lastMove]);

  const move: MoveRow = (id, position, reason) => {
    const index = rows.findIndex((row) => row.id === id);
    const row = rows[index];
    if (!row) return;
    const from = index + 1;
    const to = clampPosition(position, rows.length);
    setError(null);
    setLastMove(null);
    if (to === from) {
      setAnnouncement(t("reorder.unchanged", { title: row.title, to }));
      return;
    }
    startTransition(async () => {
      moveOptimistically({ id, to });
      const form = new FormData();
      form.set("initiativeId", id);
      form.set("position", String(to));
      if (reason?.trim()) form.set("reason", reason.trim());
      try {
        const result = await reorderInitiativeAction(INITIAL_ACTION_STATE, form);
        if (result.ok) {
          const moved = { from: Number(result.data?.from ?? from), to: Number(result.data?.to ?? to) };
          setAnnouncement(t("reorder.movedFromTo", { title: row.title, ...moved }));
          if (reason !== UNDO_REASON && moved.from !== moved.to) setLastMove({ id, title: row.title, ...moved });
        } else {
          const details = [result.message, ...Object.values(result.fieldErrors).flat()].filter(Boolean).join(" ");
          setError(t("reorder.failed", { title: row.title, message: details }));
        }
      } catch {
        setError(t("reorder.failed", { title: row.title, message: t("errors.generic") }));
      }
    });
  };

  const undo = () => {
    if (lastMove) move(lastMove.id, lastMove.from, UNDO_REASON);
  };

  return { rows, move, pending, announcement, error, lastMove: lastMove ? { title: lastMove.title, to: lastMove.to } : null, undo };
}
