// SVG written as text, for charts drawn on the server: one element in React's tree (a wrapper with
// `dangerouslySetInnerHTML`) instead of forty. React renders, serialises and streams every element of
// a Server Component two or three times (the render, its payload, the HTML), and a page with 25 KPI
// charts spent more time on their SVG than on anything else. Every text and attribute value goes
// through `escapeMarkup`, so no value (a KPI's name, a label) can become markup.

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text or an attribute value, escaped for HTML and SVG. */
export function escapeMarkup(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

export type Attributes = Record<string, string | number | undefined | null | false>;

/** ` name="value"` for every attribute that has a value (names are written by us, never from data). */
function attributes(attrs: Attributes): string {
  let out = "";
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    out += ` ${name}='${escapeMarkup(value)}'`;
  }
  return out;
}

/** An element with children (already markup) or text (escaped here). */
export function el(name: string, attrs: Attributes, children: string | { text: string | number } = ""): string {
  const inner = typeof children === "string" ? children : escapeMarkup(children.text);
  return `<${name}${attributes(attrs)}>${inner}</${name}>`;
}

/** An element without children. */
export function empty(name: string, attrs: Attributes): string {
  return `<${name}${attributes(attrs)}/>`;
}
