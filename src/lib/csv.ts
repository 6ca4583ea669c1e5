// CSV for spreadsheet software, in two dialects:
// - "comma" (RFC 4180, for English-language Excel and scripts): fields separated by commas, a
//   decimal point;
// - "semicolon" (what Excel expects where the list separator is `;`, as in Italy): fields
//   separated by semicolons, a decimal comma.
// Both: records end with CRLF; every text field is wrapped in double quotes (a quote inside
// doubled); numbers stay bare numbers; the text starts with a UTF-8 byte-order mark so that Excel
// reads accented letters as UTF-8.
//
// Formula injection (OWASP "CSV injection"): a text cell whose first character, ignoring spaces
// and invisible characters, is = + - @ (or a full-width or small form of them), or that begins
// with a tab or a carriage return, gets a leading single quote, so a spreadsheet shows it as text.
// Excel in Italian also reads a comma file, splitting on `;` and honouring a quote only at the
// start of a cell: there, text after a `;` or a line break inside a cell starts a cell too, so in
// the comma dialect those spots are neutralised the same way.

export type CsvCell = string | number | boolean | Date | null | undefined;
export type CsvDialect = "comma" | "semicolon";

export const CSV_BOM = "\uFEFF";

// Spaces and characters that show nothing (zero-width, joiners, bidi marks, BOM, soft hyphen…).
const IGNORABLE =
  /[\s\u00A0\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3000\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/u;
// = + - @ and their full-width and small forms, and the minus sign.
const FORMULA_CHARACTERS = new Set([
  "=",
  "+",
  "-",
  "@",
  "\uFF1D",
  "\uFF0B",
  "\uFF0D",
  "\uFF20",
  "\uFE66",
  "\uFE62",
  "\uFE63",
  "\uFE6B",
  "\u2212",
]);

/** Whether a spreadsheet would read `text` (a cell's content from its start) as a formula. */
export function startsLikeFormula(text: string): boolean {
  if (text.startsWith("\t") || text.startsWith("\r")) return true;
  for (const char of text) {
    if (IGNORABLE.test(char)) continue;
    return FORMULA_CHARACTERS.has(char);
  }
  return false;
}

/** A text cell made inert: "=SUM(A1)" becomes "'=SUM(A1)". */
export function neutraliseFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/** Also neutralises what follows each `;` and line break inside the text (cells, for Excel in Italian reading a comma file). */
function neutraliseInnerCells(text: string): string {
  return text.replace(/([;\r\n])([^;\r\n]*)/g, (match, separator: string, rest: string) =>
    startsLikeFormula(rest) && !(separator === "\r" && rest === "") ? `${separator}'${rest}` : match,
  );
}

function formatNumber(value: number, dialect: CsvDialect): string {
  if (!Number.isFinite(value)) return "";
  const text = String(value);
  return dialect === "semicolon" ? text.replace(".", ",") : text;
}

/** One field as it appears in the file. Numbers stay numbers (a negative number is not a formula). */
export function csvField(cell: CsvCell, dialect: CsvDialect = "comma"): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return formatNumber(cell, dialect);
  const raw = typeof cell === "boolean" ? (cell ? "true" : "false") : cell instanceof Date ? cell.toISOString() : cell;
  let text = neutraliseFormula(raw);
  if (dialect === "comma") text = neutraliseInnerCells(text);
  return `"${text.replace(/"/g, '""')}"`;
}

/** A whole file: the byte-order mark (unless `bom: false`), a header record, then one record per row. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: { bom?: boolean; dialect?: CsvDialect } = {},
): string {
  const dialect = options.dialect ?? "comma";
  const separator = dialect === "semicolon" ? ";" : ",";
  const records = [header, ...rows].map((row) => row.map((cell) => csvField(cell, dialect)).join(separator) + "\r\n");
  return (options.bom === false ? "" : CSV_BOM) + records.join("");
}

/**
 * The dialect of an export: `?format=semicolon` or `?format=comma` when the link asks; otherwise
 * semicolons for a reader whose language is Italian (Excel in Italy), commas for everyone else.
 */
export function csvDialectFor(format: string | null | undefined, locale: string): CsvDialect {
  if (format === "semicolon" || format === "comma") return format;
  return locale === "it" ? "semicolon" : "comma";
}

/** `levers-initiatives-2026-11-23.csv`: the export's name with the UTC date it was made. */
export function datedFilename(stem: string, now: Date = new Date()): string {
  return `${stem}-${now.toISOString().slice(0, 10)}.csv`;
}

/** The HTTP answer for a CSV download: UTF-8, an attachment named `filename`, never cached. */
export function csvDownload(filename: string, body: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
