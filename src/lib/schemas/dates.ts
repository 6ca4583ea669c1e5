import { z } from "zod";

/** Dates Levers accepts anywhere (target dates, measurement dates, filters): years 1900 to 2100. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export function isYearInRange(isoDate: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return true; // not a date at all: the date check says so
  const year = Number(isoDate.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** A real calendar day as YYYY-MM-DD, in 1900–2100; messages are catalogue keys. */
export const calendarDate = (message = "validation.date") =>
  z.iso.date(message).refine(isYearInRange, "validation.dateOutOfRange");

/** The check, made once (making a zod schema costs about 0.1 ms: a page asks on every request). */
const calendarDateCheck = calendarDate();

/** The same check as a predicate, for query-string values that are ignored when wrong. */
export function isCalendarDate(value: unknown): value is string {
  return calendarDateCheck.safeParse(value).success;
}

/** A UUID in its canonical form (8-4-4-4-12 hexadecimal digits): anything else is never looked up. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
