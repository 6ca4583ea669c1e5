"use client";

import type { Markup } from "./markup";
import { usePlainLinks } from "./plain-links";

/**
 * A list whose rows are written as text (markup.ts): one element for React, however many rows. Its
 * links are plain `<a href="/…">`, opened in the app without a reload (plain-links.ts).
 */
export function MarkupList({ as: Tag = "ul", className, rows }: { as?: "ul" | "ol"; className: string; rows: Markup }) {
  const links = usePlainLinks();
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: rows }} {...links} />;
}
