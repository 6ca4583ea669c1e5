"use client";

import { useTranslations } from "@/i18n/client";
import { createContext, useContext, useState, type ReactNode } from "react";
import type { Lever } from "@/generated/prisma/enums";

export interface BoardSummary {
  /** How many initiatives the (filtered) list holds. */
  total: number;
  leverCounts: Record<Lever, number>;
}

const SummaryContext = createContext<{ summary: BoardSummary; update: (summary: BoardSummary) => void } | null>(null);

/**
 * The board's counts (the heading's count, the per-lever counts), kept by the browser: the list
 * updates them from every read it makes, so a live change does not need the page re-read.
 */
export function BoardSummaryProvider({ initial, children }: { initial: BoardSummary; children: ReactNode }) {
  const [summary, setSummary] = useState(initial);
  // New server data (a new filter, a resync): start from it.
  const [seen, setSeen] = useState(initial);
  if (seen !== initial) {
    setSeen(initial);
    setSummary(initial);
  }
  return <SummaryContext.Provider value={{ summary, update: setSummary }}>{children}</SummaryContext.Provider>;
}

export function useBoardSummary(): { summary: BoardSummary | null; update: (summary: BoardSummary) => void } {
  const context = useContext(SummaryContext);
  return context ?? { summary: null, update: () => undefined };
}

/** "12 live initiatives", as the list holds now. */
export function BoardCount({ initial }: { initial: number }) {
  const t = useTranslations("board");
  const { summary } = useBoardSummary();
  return <p className="text-sm text-slate-600">{t("count", { count: summary?.total ?? initial })}</p>;
}
