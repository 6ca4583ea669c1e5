// CSV as RFC 4180 describes it, for spreadsheet software: fields separated by commas, records
// ended by CRLF, a field with a comma, a double quote, CR or LF wrapped in double quotes (a quote
// inside doubled). The text starts with a UTF-8 byte-order mark so that Excel reads accented
// letters as UTF-8. A text cell that a spreadsheet would run as a formula (it begins with =, +, -,
// @, a tab or a carriage return) gets a leading single quote (OWASP "CSV injection").

export type CsvCell = string | number | boolean | Date | null | undefined;

export const CSV_BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A text cell made inert: "=SUM(A1)" becomes "'=SUM(A1)". */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field as it appears in the file. Numbers stay numbers (a negative number is not a formula). */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "true" : "false";
  const text = neutraliseFormula(cell instanceof Date ? cell.toISOString() : cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: the byte-order mark (unless `bom: false`), a header record, then one record per row. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], options: { bom?: boolean } = {}): string {
  const records = [header, ...rows].map((row) => row.map(csvField).join(",") + "\r\n");
  return (options.bom === false ? "" : CSV_BOM) + records.join("");
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
