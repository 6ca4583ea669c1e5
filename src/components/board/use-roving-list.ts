"use client";

import { useEffect, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from "react";

const FOCUSABLE = "a[href], button, input, select, textarea";
const ROW = ":scope > tr[data-row-id]";

/** A row's controls in order (handle, move buttons, title link…): those shown, outside any dialog. */
function controlsOf(row: Element): HTMLElement[] {
  return [...row.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => !element.closest("dialog") && element.getClientRects().length > 0,
  );
}

type Current = { id: string | null; column: number };

/** Makes the current row's control (or the first row's) the list's one Tab stop; every other control -1. */
function applyStop(body: HTMLElement | null, current: Current): void {
  const rows = [...(body?.querySelectorAll<HTMLElement>(ROW) ?? [])];
  let stop: HTMLElement | undefined;
  const active = rows.find((row) => row.dataset.rowId === current.id) ?? rows[0];
  for (const row of rows) {
    const controls = controlsOf(row);
    for (const control of controls) control.tabIndex = -1;
    if (row === active) stop = controls[Math.min(current.column, controls.length - 1)];
  }
  // A row without controls (still loading) cannot hold the stop: the first one that has some.
  stop ??= rows.map(controlsOf).find((controls) => controls.length > 0)?.[0];
  if (stop) stop.tabIndex = 0;
}

/**
 * A roving tabindex over the board's list (the ARIA grid pattern): the whole list is ONE Tab stop,
 * the current row's control (at first the first row's handle, or its first control on a phone
 * card); ↑/↓ move to the same control of the row above/below, ←/→ between a row's controls,
 * Home/End to a row's first/last control, Ctrl+Home/Ctrl+End to the first/last row on the page.
 * Tab leaves the list. Keys pressed in a dialog, a field or on a handle carrying a drag
 * (aria-pressed) are left alone: the keyboard drag (Space, arrows, Space) keeps working.
 *
 * The tabindex values are set on the elements directly (after every render and every change of
 * the rows), so row components need not know about it.
 */
export function useRovingList(body: RefObject<HTMLTableSectionElement | null>) {
  const current = useRef<Current>({ id: null, column: 0 });

  const apply = () => applyStop(body.current, current.current);
  useLayoutEffect(() => applyStop(body.current, current.current));
  useEffect(() => {
    const element = body.current;
    if (!element) return;
    const apply = () => applyStop(element, current.current);
    const observer = new MutationObserver(apply);
    observer.observe(element, { childList: true, subtree: true });
    const media = window.matchMedia("screen and (width < 64rem)"); // card mode shows other controls
    media.addEventListener("change", apply);
    return () => {
      observer.disconnect();
      media.removeEventListener("change", apply);
    };
  }, [body]);

  const onFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    const row = event.target.closest<HTMLElement>("tr[data-row-id]");
    if (!row || event.target.closest("dialog")) return;
    const column = controlsOf(row).indexOf(event.target);
    if (column < 0) return;
    current.current = { id: row.dataset.rowId ?? null, column };
    apply();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const target = event.target as HTMLElement;
    if (event.defaultPrevented || event.altKey || event.metaKey || event.shiftKey) return;
    if (target.closest("dialog") || target.matches("input, select, textarea")) return;
    if (body.current?.querySelector('[aria-pressed="true"][data-drag-handle]')) return; // a drag is on
    const row = target.closest<HTMLElement>("tr[data-row-id]");
    if (!row || !body.current) return;
    const rows = [...body.current.querySelectorAll<HTMLElement>(ROW)].filter((r) => controlsOf(r).length > 0);
    const at = rows.indexOf(row);
    const controls = controlsOf(row);
    const column = Math.max(0, controls.indexOf(target));
    let next: { row: HTMLElement | undefined; column: number };
    switch (event.key) {
      case "ArrowDown":
        next = { row: rows[at + 1], column };
        break;
      case "ArrowUp":
        next = { row: rows[at - 1], column };
        break;
      case "ArrowRight":
        next = { row, column: column + 1 };
        break;
      case "ArrowLeft":
        next = { row, column: column - 1 };
        break;
      case "Home":
        next = event.ctrlKey ? { row: rows[0], column } : { row, column: 0 };
        break;
      case "End":
        next = event.ctrlKey ? { row: rows.at(-1), column } : { row, column: controls.length - 1 };
        break;
      default:
        return;
    }
    event.preventDefault(); // arrows move focus, not the page
    if (!next.row || next.column < 0) return;
    const targets = controlsOf(next.row);
    const focus = targets[Math.min(next.column, targets.length - 1)];
    if (!focus) return;
    current.current = { id: next.row.dataset.rowId ?? null, column: targets.indexOf(focus) };
    apply();
    focus.focus();
  };

  return { onFocus, onKeyDown };
}
