import type { Markup } from "../ui/markup";

/** A server-drawn chart's SVG, written as text by ui/markup.ts (its values escaped there): one element. */
export function ChartMarkup({ markup }: { markup: Markup }) {
  return <div dangerouslySetInnerHTML={{ __html: markup }} />;
}
