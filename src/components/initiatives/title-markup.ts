import { el } from "../ui/markup";

/** An initiative's title linked to its page, written as text (markup.ts), for lists written as text. */
export const titleMarkup = ({ id, title }: { id: string; title: string }) =>
  el("a", { href: `/initiatives/${id}`, class: "font-medium text-slate-900 hover:underline" }, { text: title });
