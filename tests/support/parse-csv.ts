// A strict RFC 4180 reader for tests: what a spreadsheet would see in a file that toCsv wrote.
// Records end with CRLF; a bare CR or LF outside quotes, or a stray quote, is an error.
// `separator` is "," (RFC 4180) or ";" (the semicolon dialect).
export function parseCsv(text: string, separator: "," | ";" = ","): string[][] {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < body.length) {
    const char = body[i]!;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (char === '"') {
        quoted = false;
        i += 1;
        if (i < body.length && body[i] !== separator && body[i] !== "\r")
          throw new Error(`text after a closing quote at ${i}`);
      } else {
        field += char;
        i += 1;
      }
    } else if (char === '"' && field === "") {
      quoted = true;
      i += 1;
    } else if (char === separator) {
      record.push(field);
      field = "";
      i += 1;
    } else if (char === "\r" && body[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += 2;
    } else if (char === '"' || char === "\r" || char === "\n") {
      throw new Error(`unexpected ${JSON.stringify(char)} outside quotes at ${i}`);
    } else {
      field += char;
      i += 1;
    }
  }
  if (quoted) throw new Error("unterminated quoted field");
  if (field !== "" || record.length > 0) throw new Error("the last record does not end with CRLF");
  return records;
}

/**
 * A file as Excel with Italian settings opens it (list separator `;`): a semicolon always ends a
 * cell and a line break always ends a row, unless inside quotes; a double quote opens a quoted
 * cell only as a cell's first character (elsewhere it is text). Returns every cell.
 */
export function readAsItalianExcel(text: string): string[][] {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let started = false;
  let quoted = false;
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i]!;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"' && !started) {
      quoted = true;
      started = true;
    } else if (char === ";") {
      row.push(cell);
      cell = "";
      started = false;
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && body[i + 1] === "\n") i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      started = false;
    } else {
      cell += char;
      started = true;
    }
  }
  if (started || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
