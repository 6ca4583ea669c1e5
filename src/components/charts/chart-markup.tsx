import type { Markup } from "../ui/markup";

/** A server-drawn chart's SVG, written as text by ui/markup.ts (its values escaped there): one element. */
export function chartElement(markup: Markup) {
  return <div dangerouslySetInnerHTML={{ __html: markup }} />;
}
