import type { Formats } from "next-intl";

// Named formats for messages (`{count, number, count}`) and format.number(n, "count"). A count is a
// whole number with the locale's thousands separator from 1,000 up, Italian included ("1.792 decisioni":
// Italian's default groups only from 10.000).
export const FORMATS = {
  number: {
    count: { useGrouping: "always", maximumFractionDigits: 0 },
  },
} satisfies Formats;
