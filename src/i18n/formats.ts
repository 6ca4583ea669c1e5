import type { Formats } from "next-intl";

// Named formats for messages (`{count, number, count}`, `{at, date, medium}`, `{at, time, short}`) and
// format.number(n, "count").
// - A count is a whole number with the locale's thousands separator from 1,000 up, Italian included
//   ("1.792 decisioni": Italian's default groups only from 10.000).
// - Messages are compiled at build time (next.config.ts), and compiled messages know no built-in ICU
//   styles: every `date, <style>` and `time, <style>` a message uses is defined here, as ICU defines it
//   (tests/unit/message-formats.test.ts fails on one that is not).
export const FORMATS = {
  number: {
    count: { useGrouping: "always", maximumFractionDigits: 0 },
  },
  dateTime: {
    /** `{at, date, medium}`: "Dec 1, 2026", "1 dic 2026". */
    medium: { month: "short", day: "numeric", year: "numeric" },
    /** `{at, time, short}`: "2:05 PM", "14:05". */
    short: { hour: "numeric", minute: "numeric" },
  },
} satisfies Formats;
