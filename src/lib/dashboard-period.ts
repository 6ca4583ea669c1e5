import { z } from "zod";
import { isCalendarDate } from "./schemas/dates";

// The dashboard's period filter (?period=) and the board report's "since the last meeting" date
// (?since=). Pure: shared by pages, queries and tests. Days are UTC calendar days, like the app.

export const PERIODS = ["quarter", "year", "all"] as const;
export type Period = (typeof PERIODS)[number];
export const DEFAULT_PERIOD: Period = "year";

/** Days back from today that the report's "since" date defaults to. */
export const DEFAULT_SINCE_DAYS = 30;

const DAY_MS = 86_400_000;

export const periodSchema = z.enum(PERIODS).catch(DEFAULT_PERIOD);

/** Midnight UTC of the day `now` falls on. */
export function startOfDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** YYYY-MM-DD of a UTC date. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The first instant of the period: 3 or 12 months before today (UTC midnight; 31 May → 28 Feb), or null for all time. */
export function periodStart(period: Period, now: Date): Date | null {
  if (period === "all") return null;
  const months = period === "quarter" ? 3 : 12;
  const lastDay = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, Math.min(now.getUTCDate(), lastDay)));
}

export function defaultSince(now: Date): string {
  return isoDay(new Date(startOfDay(now).getTime() - DEFAULT_SINCE_DAYS * DAY_MS));
}

/** The report's ?since= value: a real calendar day, not after today; anything else is the default. */
export function parseSince(value: unknown, now: Date): string {
  if (!isCalendarDate(value)) return defaultSince(now);
  const today = isoDay(now);
  return value > today ? today : value;
}

/** First query-string value of a Next.js searchParams entry. */
export const firstParam = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The report's ?meeting= value: the meeting the board pack is for, any real calendar day; else today. */
export function parseMeeting(value: unknown, now: Date): string {
  return isCalendarDate(value) ? value : isoDay(now);
}
