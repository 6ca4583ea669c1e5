// HTML and SVG written as text: one element in React's tree (a wrapper with
// `dangerouslySetInnerHTML`) instead of dozens. React renders, serialises and streams every element of
// a Server Component two or three times (the render, its payload, the HTML), and a page with 25 KPI
// charts spent more time on their SVG than on anything else. Charts (the KPI line, the dashboard's
// bars) and read-only lists drawn by the dozen (the report's changes, the decisions) are written here.
// Only this file makes `Markup`: text and attribute values always go through `escapeMarkup`, so no
// value (a title, a name, a label) can become markup, and a plain string is never taken for markup.

declare const MARKUP: unique symbol;
/** Markup made by `el`, `empty` and `markup`: elements with escaped text, never raw data. */
export type Markup = string & { readonly [MARKUP]: true };

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text or an attribute value, escaped for HTML and SVG. */
export function escapeMarkup(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

export type Attributes = Record<string, string | number | undefined | null | false>;

/** ` name='value'` for every attribute that has a value (names are written by us, never from data). */
function attributes(attrs: Attributes): string {
  let out = "";
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    // Single quotes: markup that travels inside JSON (a page's payload) needs no escaped double quotes.
    out += ` ${name}='${escapeMarkup(value)}'`;
  }
  return out;
}

/** Pieces of markup, one after another (null and false leave nothing). */
export function markup(...parts: (Markup | null | false)[]): Markup {
  return parts.filter(Boolean).join("") as Markup;
}

/** Text between elements, escaped. */
export function escapedText(text: string | number): Markup {
  return escapeMarkup(text) as Markup;
}

/** An element with text (escaped here) or with children made by these functions. */
export function el(name: string, attrs: Attributes, content: Markup | { text: string | number } = markup()): Markup {
  const inner = typeof content === "string" ? content : escapeMarkup(content.text);
  return `<${name}${attributes(attrs)}>${inner}</${name}>` as Markup;
}

/** An SVG element without children (HTML elements need `el`: `<div/>` does not close in HTML). */
export function empty(name: string, attrs: Attributes): Markup {
  return `<${name}${attributes(attrs)}/>` as Markup;
}
