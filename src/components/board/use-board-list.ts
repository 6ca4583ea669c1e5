"use client";

import { useTranslations } from "@/i18n/client";
import { useCallback, useEffect, useLayoutEffect, useRef, useState, useTransition } from "react";
import type { Lever } from "@/generated/prisma/enums";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { clampPosition, moveToPosition, targetPosition, type MoveTarget } from "@/lib/list-moves";
import { reorderInitiativeAction } from "@/server/actions/initiative-reorder-actions";
import { BOARD_CHANGE_EVENT, boardChangeEvent, type BoardChangeDetail } from "./board-change-event";
import { patchSlots, placed, type BoardWindowData, type Slots } from "./board-slots";

export type { BoardWindowData };

export type MoveRow = (id: string, target: MoveTarget, reason?: string) => void;

/** How many rows one fetch reads (the server caps it at 300). */
export const FETCH_WINDOW = 100;
/** How long a change by others is remembered, to be applied again over server data read before it. */
const RECENT_MS = 10_000;
/** How long "Moved to N · Undo" offers to undo. */
export const UNDO_MS = 10_000;
export const UNDO_REASON = "undo";

/** What /api/board/rows answers: a window (or given rows) and the list's size and lever counts now. */
export interface BoardRowsAnswer extends BoardWindowData {
  leverCounts: Record<Lever, number>;
}

export interface BoardList {
  /** One slot per position of the whole list; a slot is empty until its window is read. */
  slots: Slots;
  total: number;
  /** Reads the windows that hold positions `from … to` (0-based) that are not read yet (or are stale). */
  ensure: (from: number, to: number) => void;
  move: MoveRow;
  pending: boolean;
  announcement: string;
  error: string | null;
  lastMove: { title: string; to: number } | null;
  undo: () => void;
}

interface ListState {
  slots: Slots;
  total: number;
}

/**
 * The board's list in the browser: the server sends one window of rows; the others are read on
 * demand (`ensure`) from /api/board/rows as the virtualised table scrolls to them. A move changes
 * the list at once (it is optimistic), and the server's answer is only the move itself (from, to):
 * no other row travels. A refused move is put back and says why; a done move can be undone.
 * Changes by others arrive as live events naming the initiatives: only those rows are read again
 * (`?ids=`) and put in place; scroll position and typed input stay.
 */
export function useBoardList(
  initial: BoardWindowData,
  query: string,
  onSummary?: (answer: BoardRowsAnswer) => void,
): BoardList {
  const t = useTranslations();
  const [list, setList] = useState<ListState>(() => ({ total: initial.total, slots: placed(initial.total, initial) }));
  const { slots, total } = list;
  const [pending, startTransition] = useTransition();
  const [announcement, setAnnouncement] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [lastMove, setLastMove] = useState<{ id: string; title: string; to: number; back: MoveTarget } | null>(null);
  const loading = useRef(new Set<number>());
  const stale = useRef(new Set<number>());
  const generation = useRef(0);
  /** This board's moves on their way to the server; window reads wait for them (see `move`). */
  const moving = useRef(0);
  const visible = useRef<[number, number]>([0, 0]);
  const latest = useRef(list);
  const summary = useRef(onSummary);
  useLayoutEffect(() => {
    latest.current = list;
    summary.current = onSummary;
  });

  // New server data (a resync, a new filter): start again from its window.
  const [seen, setSeen] = useState(initial);
  if (seen !== initial) {
    setSeen(initial);
    setList({ total: initial.total, slots: placed(initial.total, initial) });
  }
  useEffect(() => {
    loading.current.clear();
    stale.current.clear();
    generation.current += 1; // answers to window reads made before are dropped
    // Server data may have been read before a change this list already applied (a refresh asked for
    // before a move, answered after it): read the rows changed lately again, so none goes back.
    const now = Date.now();
    const again = [...recent.current].filter(([, at]) => now - at < RECENT_MS).map(([id]) => id);
    if (again.length > 0) window.dispatchEvent(boardChangeEvent({ table: "Initiative", ids: again }));
  }, [initial]);

  useEffect(() => {
    if (!lastMove) return;
    const timer = setTimeout(() => setLastMove(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [lastMove]);

  const read = useCallback(
    async (params: URLSearchParams): Promise<BoardRowsAnswer | null> => {
      const search = new URLSearchParams(query);
      for (const [key, value] of params) search.set(key, value);
      const response = await fetch(`/api/board/rows?${search}`, { headers: { Accept: "application/json" } }).catch(
        () => null,
      );
      return response?.ok ? ((await response.json()) as BoardRowsAnswer) : null;
    },
    [query],
  );

  const ensure = useCallback(
    (from: number, to: number) => {
      visible.current = [from, to];
      const { slots: now, total: size } = latest.current;
      for (
        let start = Math.floor(from / FETCH_WINDOW) * FETCH_WINDOW;
        start <= to && start < size;
        start += FETCH_WINDOW
      ) {
        const end = Math.min(start + FETCH_WINDOW, size);
        if (loading.current.has(start) || (!stale.current.has(start) && now.slice(start, end).every(Boolean))) continue;
        loading.current.add(start);
        stale.current.delete(start);
        const asked = generation.current;
        void read(new URLSearchParams({ offset: String(start), limit: String(FETCH_WINDOW) }))
          .then((data) => {
            if (!data || asked !== generation.current) return;
            // Read while a move of this board was on its way: it may hold the list from before it.
            if (moving.current > 0) return void stale.current.add(start);
            setList((previous) => ({ total: data.total, slots: placed(data.total, data, previous.slots) }));
            summary.current?.(data);
          })
          .finally(() => {
            if (asked === generation.current) loading.current.delete(start); // (else a newer read may be on its way)
          });
      }
    },
    [read],
  );

  // Drops the window reads on their way (their answers will be ignored) and marks `windows` stale;
  // those on screen are read again now, or once no move of this board is on its way (a read
  // answered while one is would be set aside anyway, see `ensure`).
  const readAgain = useCallback(
    (windows: Iterable<number>) => {
      for (const start of windows) stale.current.add(start);
      loading.current.clear();
      generation.current += 1;
      if (moving.current === 0) ensure(...visible.current);
    },
    [ensure],
  );

  // Every window is stale: re-read those on screen (the list keeps what it shows meanwhile).
  const resync = useCallback(
    (size: number) => {
      latest.current = {
        slots: placed(size, { rows: [], offset: 0, total: size }, latest.current.slots),
        total: size,
      };
      setList(latest.current);
      const windows = Array.from({ length: Math.ceil(size / FETCH_WINDOW) }, (_, index) => index * FETCH_WINDOW);
      readAgain(windows);
    },
    [readAgain],
  );

  // Live changes by others: read only the initiatives named, one change after another. An answer
  // is each row's state now, so it applies to whatever the list shows by then (also after a refresh
  // of the page); only a change of filters makes it another list's.
  const queue = useRef(Promise.resolve());
  const recent = useRef(new Map<string, number>());
  // When this board's latest move of each row began (a tick of `ticks`). A live read begun before it
  // carries the row's place from before that move (a read of the previous move's change, answered
  // after a quick second move or an Undo): that row stays as the move put it, and the move's own
  // change event, sent once it is saved, brings its state. (A read begun later is applied: it is
  // most likely that event's, and it also mends a window read that the move overtook.)
  const ticks = useRef(0);
  const ownMoves = useRef(new Map<string, number>());
  const listQuery = useRef(query);
  useLayoutEffect(() => {
    listQuery.current = query;
  });
  useEffect(() => {
    const onChange = (event: Event) => {
      const { ids } = (event as CustomEvent<BoardChangeDetail>).detail;
      if (ids === "*") return; // any row may have changed: the page re-reads itself
      event.preventDefault(); // handled here: no full refresh
      const now = Date.now();
      for (const id of ids) recent.current.set(id, now);
      for (const [id, at] of recent.current) if (now - at >= RECENT_MS) recent.current.delete(id);
      const asked = query;
      queue.current = queue.current
        .then(async () => {
          const began = ++ticks.current;
          const data = await read(new URLSearchParams({ ids: ids.join(",") }));
          if (asked !== listQuery.current) return; // the filters changed meanwhile: that list is gone
          // A failed read is a gap: re-read what is on screen rather than miss the change.
          if (!data) return resync(latest.current.total);
          const fresh = ids.filter((id) => (ownMoves.current.get(id) ?? 0) < began);
          const rows = fresh.length === ids.length ? data.rows : data.rows.filter((row) => fresh.includes(row.id));
          const patched = patchSlots(latest.current.slots, fresh, rows, data.total);
          if (patched) {
            latest.current = { slots: patched, total: data.total };
            setList(latest.current);
          } else {
            resync(data.total); // a changed row was somewhere not read yet
          }
          summary.current?.(data);
        })
        .catch(() => resync(latest.current.total));
    };
    window.addEventListener(BOARD_CHANGE_EVENT, onChange);
    return () => window.removeEventListener(BOARD_CHANGE_EVENT, onChange);
  }, [read, query, resync]);

  // A move that was not saved sends no change event: the row is read again, in case a live read of
  // it was set aside meanwhile.
  const rereadRow = (id: string) => window.dispatchEvent(boardChangeEvent({ table: "Initiative", ids: [id] }));

  const move: MoveRow = (id, target, reason) => {
    const index = slots.findIndex((row) => row?.id === id);
    const row = slots[index];
    if (!row) return;
    const from = index + 1;
    const to = targetPosition(target, from, total);
    setError(null);
    setLastMove(null);
    if (to === from) {
      setAnnouncement(t("reorder.unchanged", { title: row.title, to }));
      return;
    }
    const moveTo = (position: number) =>
      setList((previous) => {
        const now = previous.slots.findIndex((slot) => slot?.id === id);
        return now < 0 ? previous : { ...previous, slots: moveToPosition(previous.slots, now, position) };
      });
    moveTo(to);
    ownMoves.current.set(id, ++ticks.current);
    // A window read that answers while a move is on its way, or is still on its way when the move
    // is answered, may hold the list from before the move: it is dropped, and the window is read
    // again once no move is on its way (saved, or not).
    moving.current += 1;
    let done = false;
    const answered = () => {
      if (done) return;
      done = true;
      moving.current -= 1;
      readAgain([...loading.current]);
    };
    startTransition(async () => {
      const form = new FormData();
      form.set("initiativeId", id);
      if ("by" in target) form.set("by", String(target.by));
      else if ("at" in target) form.set("at", target.at);
      else form.set("position", String(to));
      if (reason?.trim()) form.set("reason", reason.trim());
      try {
        const result = await reorderInitiativeAction(INITIAL_ACTION_STATE, form);
        answered();
        if (result.ok) {
          const moved = { from: Number(result.data?.from ?? from), to: Number(result.data?.to ?? to) };
          // The server's numbers are the list's truth. When they differ from this list's, the list was
          // behind someone else's change: its rows are read again (first, so that the move below
          // applies to what it keeps meanwhile), and the row goes where the server put it relative to
          // the rows shown: by the same number of places for Move up and Move down, next to the row
          // it was dropped on for a drop.
          const behind =
            moved.from !== from ||
            ("by" in target ? moved.to - moved.from !== to - from : !("at" in target) && moved.to !== to);
          if (behind) resync(latest.current.total);
          const shown =
            "by" in target ? clampPosition(from + moved.to - moved.from, total) : "at" in target ? to : moved.to;
          if (shown !== to) moveTo(shown);
          setAnnouncement(
            moved.from === moved.to
              ? t("reorder.unchanged", { title: row.title, to: moved.to })
              : t("reorder.movedFromTo", { title: row.title, ...moved }),
          );
          // Undo goes back the same way: by places past the same neighbours, or to the position it left.
          const back = "by" in target ? { by: moved.from - moved.to } : { position: moved.from };
          if (reason !== UNDO_REASON && moved.from !== moved.to)
            setLastMove({ id, title: row.title, to: moved.to, back });
        } else {
          // A list behind is read again, this row with it (first, so that the row's return applies
          // to what it keeps meanwhile); otherwise only the row is.
          if (result.refusal?.listBehind) resync(latest.current.total);
          moveTo(from);
          if (!result.refusal?.listBehind) rereadRow(id);
          const details = [result.message, ...Object.values(result.fieldErrors).flat()].filter(Boolean).join(" ");
          setError(t("reorder.failed", { title: row.title, message: details }));
        }
      } catch {
        answered();
        moveTo(from);
        rereadRow(id);
        setError(t("reorder.failed", { title: row.title, message: t("errors.generic") }));
      }
    });
  };

  const undo = () => {
    if (lastMove) move(lastMove.id, lastMove.back, UNDO_REASON);
  };

  return {
    slots,
    total,
    ensure,
    move,
    pending,
    announcement,
    error,
    lastMove: lastMove ? { title: lastMove.title, to: lastMove.to } : null,
    undo,
  };
}
