"use client";

import { useTranslations } from "@/i18n/client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { boardChangeEvent, parseChangeData } from "./board-change-event";

type Shown = "connecting" | "live" | "reconnecting" | "offline";

/** After this long without a working stream, "Reconnecting…" becomes "Offline" (it keeps trying). */
const OFFLINE_AFTER_MS = 20_000;
/** At most one refresh per this window; the first change of a burst refreshes at once. */
const REFRESH_WINDOW_MS = 300;

/**
 * Keeps the page in step with everyone else's changes: listens to the board's event stream; a change
 * the board's list applies itself (it names the initiatives: only those rows are read again) goes
 * there, any other re-renders the page (server data only; typed input and scroll stay) at once.
 * After any gap (the stream or the server's database connection dropped) it re-reads the page, since
 * changes may have been missed. The indicator says what is true now, politely announced.
 */
export function LiveRefresh() {
  const t = useTranslations("live");
  const router = useRouter();
  const [shown, setShown] = useState<Shown>("connecting");

  useEffect(() => {
    let source: EventSource | null = null;
    let streamOpen = false;
    let serverLive = false;
    let everOpened = false;
    // Until the server first says whether it is live, the stream is still connecting: no "Reconnecting…" flash on load.
    let statusKnown = false;
    let gap = false;
    let failingSince: number | null = null;
    let lastRefresh = 0;
    let trailing: ReturnType<typeof setTimeout> | undefined;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let reopenDelay = 1_000;
    let disposed = false;
    let signedOut = false;

    const refresh = () => {
      const wait = lastRefresh + REFRESH_WINDOW_MS - Date.now();
      if (wait <= 0) {
        lastRefresh = Date.now();
        router.refresh();
      } else {
        trailing ??= setTimeout(() => {
          trailing = undefined;
          lastRefresh = Date.now();
          router.refresh();
        }, wait);
      }
    };

    const update = () => {
      if (disposed) return;
      if (streamOpen) {
        setShown(serverLive ? "live" : statusKnown ? "reconnecting" : "connecting");
      } else if (!navigator.onLine || (failingSince !== null && Date.now() - failingSince >= OFFLINE_AFTER_MS)) {
        setShown("offline");
      } else {
        setShown(everOpened ? "reconnecting" : "connecting");
      }
    };

    const open = () => {
      source = new EventSource("/api/board/events");
      source.onopen = () => {
        streamOpen = true;
        everOpened = true;
        failingSince = null;
        reopenDelay = 1_000;
        if (gap) {
          gap = false;
          refresh(); // changes made while the stream was down
        }
        update();
      };
      source.onerror = () => {
        streamOpen = false;
        serverLive = false;
        if (everOpened) gap = true;
        failingSince ??= Date.now();
        // A refused stream (e.g. the server stopping, or a 5xx) is not retried by the browser: retry here.
        if (source?.readyState === EventSource.CLOSED && !signedOut) {
          source.close();
          reopen = setTimeout(open, reopenDelay);
          reopenDelay = Math.min(reopenDelay * 2, 15_000);
        }
        update();
      };
      source.addEventListener("status", (event) => {
        const live = (event as MessageEvent<string>).data === "live";
        if (live && !serverLive && everOpened && gap) {
          gap = false;
          refresh();
        }
        if (!live) gap = true;
        serverLive = live;
        statusKnown = true;
        update();
      });
      // The session ended (signed out elsewhere, deactivated…): stop following.
      source.addEventListener("signed-out", () => {
        signedOut = true;
        source?.close();
        clearTimeout(reopen);
        streamOpen = false;
        failingSince = 0;
        update();
      });
      source.addEventListener("resync", refresh);
      // A change the board's list applies itself (it names the initiatives) needs no page refresh.
      source.addEventListener("change", (event) => {
        const detail = parseChangeData((event as MessageEvent<string>).data);
        const handled = !window.dispatchEvent(boardChangeEvent(detail));
        if (!handled) refresh();
      });
    };

    open();
    const tick = setInterval(update, 2_000);
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      disposed = true;
      clearTimeout(trailing);
      clearTimeout(reopen);
      clearInterval(tick);
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
      source?.close();
    };
  }, [router]);

  const dot = { live: "bg-green-600", connecting: "bg-slate-400", reconnecting: "bg-amber-500", offline: "bg-red-600" }[
    shown
  ];
  return (
    <p
      role="status"
      aria-live="polite"
      className="flex items-center gap-1.5 text-xs text-slate-600"
      title={t(`${shown}Hint`)}
    >
      <span aria-hidden className={`inline-block h-2 w-2 rounded-full ${dot}`} />
      {t(shown)}
    </p>
  );
}
