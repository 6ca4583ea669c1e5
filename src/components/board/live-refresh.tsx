"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

/**
 * Keeps the page in step with everyone else's changes: listens to the board's event stream and
 * re-renders the page (server data only; typed input and scroll stay) a moment after a change.
 */
export function LiveRefresh() {
  const t = useTranslations("live");
  const router = useRouter();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const source = new EventSource("/api/board/events");
    let timer: ReturnType<typeof setTimeout> | undefined;
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    // The session ended (signed out elsewhere, deactivated…): stop following.
    source.addEventListener("signed-out", () => {
      source.close();
      setConnected(false);
    });
    source.addEventListener("change", () => {
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), 250);
    });
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [router]);
  return (
    <p className="flex items-center gap-1.5 text-xs text-slate-600" title={connected ? t("onHint") : t("offHint")}>
      <span aria-hidden className={`inline-block h-2 w-2 rounded-full ${connected ? "bg-green-600" : "bg-slate-400"}`} />
      {connected ? t("on") : t("off")}
    </p>
  );
}
