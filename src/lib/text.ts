// How Levers reads text that people type: the one normalisation every form and action applies, so a
// browser's CRLF line ends, trailing spaces or a decomposed "é" never count as a change.

/** Control characters other than tab, line feed and carriage return (CR is turned into LF first). */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** True when `value` holds a control character that no one types (NUL, escape, …). */
export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTERS.test(value);
}

/**
 * CRLF and CR → LF, Unicode NFC, trailing spaces and tabs removed from every line, blank lines
 * at the start and end removed, leading and trailing spaces of the whole text removed.
 */
export function normaliseText(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .normalize("NFC")
    .split("\n")
    .map((line) => line.replace(/[ \t]+$/, ""))
    .join("\n")
    .trim();
}

/** Whether two stored or typed texts read the same once normalised (null and "" alike). */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  return normaliseText(a ?? "") === normaliseText(b ?? "");
}
