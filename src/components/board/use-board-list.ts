"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { clampPosition, moveToPosition } from "@/lib/ranking";
import { reorderInitiativeAction } from "@/server/actions/initiative-reorder-actions";
import type { BoardRow } from "@/server/queries/board";

export type MoveRow = (id: string, position: number, reason?: string) => void;
type Slots = (BoardRow | undefined)[];

/** How many rows one fetch reads (the server caps it at 300). */
export const FETCH_WINDOW = 100;
/** How long "Moved to N · Undo" offers to undo. */
export const UNDO_MS = 10_000;
export const UNDO_REASON = "undo";

export interface BoardWindowData {
  rows: BoardRow[];
  offset: number;
  total: number;
}

export interface BoardList {
  /** One slot per position of the whole list; a slot is empty until its window is read. */
  slots: Slots;
  total: number;
  /** Reads the windows that hold positions `from … to` (0-based) that are not read yet. */
  ensure: (from: number, to: number) => void;
  move: MoveRow;
  pending: boolean;
  announcement: string;
  error: string | null;
  lastMove: { title: string; to: number } | null;
  undo: () => void;
}

function placed(total: number, data: BoardWindowData, previous?: Slots): Slots {
  const slots: Slots = Array.from({ length: total }, (_, i) => (previous && previous.length === total ? previous[i] : undefined));
  data.rows.forEach((row, i) => {
    if (data.offset + i < total) slots[data.offset + i] = row;
  });
  return slots;
}

/**
 * The board's list in the browser: the server sends one window of rows; the others are read on
 * demand (`ensure`) from /api/board/rows as the virtualised table scrolls to them. A move changes
 * the list at once (it is optimistic), and the server's answer is only the move itself (from, to):
 * no other row travels. A refused move is put back and says why; a done move can be undone.
 */
export function useBoardList(initial: BoardWindowData, query: string): BoardList {
  const t = useTranslations();
  const [total, setTotal] = useState(initial.total);
  const [slots, setSlots] = useState<Slots>(() => placed(initial.total, initial));
  const [pending, startTransition] = useTransition();
  const [announcement, setAnnouncement] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [lastMove, setLastMove] = useState<{ id: string; title: string; from: number; to: number } | null>(null);
  const loading = useRef(new Set<number>());
  const generation = useRef(0);

  // New server data (a live refresh, a new filter): start again from its window.
  const [seen, setSeen] = useState(initial);
  if (seen !== initial) {
    setSeen(initial);
    setTotal(initial.total);
    setSlots(placed(initial.total, initial));
  }
  useEffect(() => {
    loading.current.clear();
    generation.current += 1; // answers to reads made before are dropped
  }, [initial]);

  useEffect(() => {
    if (!lastMove) return;
    const timer = setTimeout(() => setLastMove(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [lastMove]);

  const ensure = useCallback(
    (from: number, to: number) => {
      for (let start = Math.floor(from / FETCH_WINDOW) * FETCH_WINDOW; start <= to && start < total; start += FETCH_WINDOW) {
        const end = Math.min(start + FETCH_WINDOW, total);
        if (loading.current.has(start) || slots.slice(start, end).every(Boolean)) continue;
        loading.current.add(start);
        const asked = generation.current;
        const params = new URLSearchParams(query);
        params.set("offset", String(start));
        params.set("limit", String(FETCH_WINDOW));
        void fetch(`/api/board/rows?${params}`, { headers: { Accept: "application/json" } })
          .then((response) => (response.ok ? (response.json() as Promise<BoardWindowData>) : null))
          .then((data) => {
            if (!data || asked !== generation.current) return;
            setTotal(data.total);
            setSlots((previous) => placed(data.total, data, previous));
          })
          .catch(() => undefined)
          .finally(() => loading.current.delete(start));
      }
    },
    [query, slots, total],
  );

  const move: MoveRow = (id, position, reason) => {
    const index = slots.findIndex((row) => row?.id === id);
    const row = slots[index];
    if (!row) return;
    const from = index + 1;
    const to = clampPosition(position, total);
    setError(null);
    setLastMove(null);
    if (to === from) {
      setAnnouncement(t("reorder.unchanged", { title: row.title, to }));
      return;
    }
    setSlots((previous) => moveToPosition(previous, index, to));
    const putBack = () =>
      setSlots((previous) => {
        const now = previous.findIndex((slot) => slot?.id === id);
        return now < 0 ? previous : moveToPosition(previous, now, from);
      });
    startTransition(async () => {
      const form = new FormData();
      form.set("initiativeId", id);
      form.set("position", String(to));
      if (reason?.trim()) form.set("reason", reason.trim());
      try {
        const result = await reorderInitiativeAction(INITIAL_ACTION_STATE, form);
        if (result.ok) {
          const moved = { from: Number(result.data?.from ?? from), to: Number(result.data?.to ?? to) };
          if (moved.to !== to) {
            setSlots((previous) => {
              const now = previous.findIndex((slot) => slot?.id === id);
              return now < 0 ? previous : moveToPosition(previous, now, moved.to);
            });
          }
          setAnnouncement(t("reorder.movedFromTo", { title: row.title, ...moved }));
          if (reason !== UNDO_REASON && moved.from !== moved.to) setLastMove({ id, title: row.title, ...moved });
        } else {
          putBack();
          const details = [result.message, ...Object.values(result.fieldErrors).flat()].filter(Boolean).join(" ");
          setError(t("reorder.failed", { title: row.title, message: details }));
        }
      } catch {
        putBack();
        setError(t("reorder.failed", { title: row.title, message: t("errors.generic") }));
      }
    });
  };

  const undo = () => {
    if (lastMove) move(lastMove.id, lastMove.from, UNDO_REASON);
  };

  return { slots, total, ensure, move, pending, announcement, error, lastMove: lastMove ? { title: lastMove.title, to: lastMove.to } : null, undo };
}
