import type { Markup } from "./svg-markup";

/** A server-drawn chart's SVG, written as text by svg-markup.ts (its values escaped there): one element. */
export function ChartMarkup({ markup }: { markup: Markup }) {
  return <div dangerouslySetInnerHTML={{ __html: markup }} />;
}
