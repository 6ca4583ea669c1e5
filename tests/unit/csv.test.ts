import { describe, expect, it } from "vitest";
import {
  csvDialectFor,
  csvDownload,
  csvField,
  datedFilename,
  neutraliseFormula,
  startsLikeFormula,
  toCsv,
  type CsvDialect,
} from "@/lib/csv";
import { parseCsv, readAsItalianExcel } from "../support/parse-csv";

// What a spreadsheet would run: a cell whose first visible character is a formula character.
const NUMBER = /^-?\d+([.,]\d+)?$/;
const formulaCells = (rows: string[][]) => rows.flat().filter((cell) => !NUMBER.test(cell) && startsLikeFormula(cell));

describe("a CSV field", () => {
  it("wraps every text in double quotes, a quote inside doubled", () => {
    expect(csvField("Single customer view")).toBe('"Single customer view"');
    expect(csvField("Attività è già")).toBe('"Attività è già"');
    expect(csvField("marketing, IT")).toBe('"marketing, IT"');
    expect(csvField('the "one" list')).toBe('"the ""one"" list"');
    expect(csvField("line one\nline two")).toBe('"line one\nline two"');
    expect(csvField("")).toBe('""');
  });

  it("writes numbers as bare numbers, with a decimal comma in the semicolon dialect", () => {
    expect(csvField(-12.5)).toBe("-12.5");
    expect(csvField(-12.5, "semicolon")).toBe("-12,5");
    expect(csvField(42, "semicolon")).toBe("42");
    expect(csvField(0)).toBe("0");
    expect(csvField(Number.NaN)).toBe("");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(new Date("2026-11-01T09:30:00Z"))).toBe('"2026-11-01T09:30:00.000Z"');
  });
});

describe("formula injection", () => {
  it("neutralises text whose first visible character is = + - @ (or a full-width or small form), or that starts with a tab or CR", () => {
    const dangerous = [
      "=1+1",
      "+33 6 12",
      "-2+3",
      "@SUM(A1)",
      "\t=cmd",
      "\r=cmd",
      " =with a space",
      "\u00A0=after a no-break space",
      "\u200B=after a zero-width space",
      "\u200B\u200D\uFEFF=after several invisible characters",
      "\u2060+1",
      "\uFF1D1+1",
      "\uFF0B1",
      "\uFF0D1",
      "\uFF20SUM(A1)",
      "\uFE661+1",
      "\u22121",
    ];
    for (const text of dangerous) expect(neutraliseFormula(text), JSON.stringify(text)).toBe(`'${text}`);
    expect(csvField('=HYPERLINK("http://evil.example","click")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""click"")"`,
    );
  });

  it("leaves other text alone, including a formula character later in the text", () => {
    for (const text of ["NPS = promoters - detractors", "a@b.example", "'quoted", "", "12 - 3"])
      expect(neutraliseFormula(text)).toBe(text);
  });
});

describe("a CSV file", () => {
  const header = ["Title", "Rank", "Value"];
  const rows = [
    ['Omnichannel, "think" big\nact small — città', 1, 12.5],
    ["=2+3", null, -4],
  ];

  it("starts with a UTF-8 byte-order mark and ends every record with CRLF", () => {
    const text = toCsv(header, rows);
    expect(text.startsWith('\uFEFF"Title","Rank","Value"\r\n')).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(Buffer.from(text, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(toCsv(header, [], { bom: false })).toBe('"Title","Rank","Value"\r\n');
    expect(toCsv(header, [], { bom: false, dialect: "semicolon" })).toBe('"Title";"Rank";"Value"\r\n');
  });

  it("reads back as the same cells (strict RFC 4180 reader), formulas neutralised, in both dialects", () => {
    expect(parseCsv(toCsv(header, rows))).toEqual([
      ["Title", "Rank", "Value"],
      ['Omnichannel, "think" big\nact small — città', "1", "12.5"],
      ["'=2+3", "", "-4"],
    ]);
    expect(parseCsv(toCsv(header, rows, { dialect: "semicolon" }), ";")).toEqual([
      ["Title", "Rank", "Value"],
      ['Omnichannel, "think" big\nact small — città', "1", "12,5"],
      ["'=2+3", "", "-4"],
    ]);
  });

  it("survives any mix of separators, quotes and line breaks", () => {
    const alphabet = [",", '"', "\n", "\r", "\r\n", "a", "é", " ", "=", ";", "-", "\uFF1D", "\u200B"];
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (const dialect of ["comma", "semicolon"] as CsvDialect[]) {
      for (let n = 0; n < 200; n += 1) {
        const cells = Array.from({ length: 3 }, () =>
          Array.from(
            { length: Math.floor(random() * 8) },
            () => alphabet[Math.floor(random() * alphabet.length)]!,
          ).join(""),
        );
        const read = parseCsv(toCsv(["a", "b", "c"], [cells], { dialect }), dialect === "comma" ? "," : ";")[1]!;
        expect(read.map((cell) => cell.replace(/(^|[;\r\n])'/g, "$1"))).toEqual(
          cells.map((cell) => cell.replace(/(^|[;\r\n])'/g, "$1")),
        );
        expect(read.filter((cell) => startsLikeFormula(cell))).toEqual([]);
      }
    }
  });

  it("never lets Excel in Italian start a cell like a formula, whichever dialect it opens", () => {
    const tricky = [
      ["a;=1+1", 'Multi-line\n=HYPERLINK("http://evil.example")\r\n+33 6\r@SUM(A1)', 3.5],
      ["x; -1+2", "ok;\u200B=1", -2],
      ["\uFF1D1+1", "a;\uFF0B1", 0],
      ['"quoted";=1', "semi;", 7],
    ];
    for (const dialect of ["comma", "semicolon"] as CsvDialect[]) {
      const cells = readAsItalianExcel(toCsv(["Title", "Description", "Value"], tricky, { dialect }));
      expect(formulaCells(cells), dialect).toEqual([]);
    }
    // The semicolon file opens in Italian Excel with one cell per field, and numbers as numbers.
    const rowsRead = readAsItalianExcel(toCsv(["Title", "Description", "Value"], tricky, { dialect: "semicolon" }));
    expect(rowsRead[1]).toEqual(["a;=1+1", tricky[0]![1], "3,5"]);
    expect(rowsRead.map((row) => row.length)).toEqual([3, 3, 3, 3, 3]);
    expect(rowsRead[2]![2]).toBe("-2");
  });

  it("uses semicolons for Italian readers unless the export asks otherwise", () => {
    expect(csvDialectFor(null, "it")).toBe("semicolon");
    expect(csvDialectFor(null, "en")).toBe("comma");
    expect(csvDialectFor("semicolon", "en")).toBe("semicolon");
    expect(csvDialectFor("comma", "it")).toBe("comma");
    expect(csvDialectFor("bogus", "en")).toBe("comma");
  });

  it("is sent as a dated UTF-8 attachment, never cached", async () => {
    expect(datedFilename("levers-initiatives", new Date("2026-11-23T23:59:00Z"))).toBe(
      "levers-initiatives-2026-11-23.csv",
    );
    const response = csvDownload("levers-initiatives-2026-11-23.csv", toCsv(header, rows));
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="levers-initiatives-2026-11-23.csv"',
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(new Uint8Array(await response.arrayBuffer()).subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});

describe("a CSV export's other cells and its name", () => {
  it("writes yes/no as the words true and false, and infinity as an empty cell", () => {
    expect(csvField(true)).toBe('"true"');
    expect(csvField(false, "semicolon")).toBe('"false"');
    expect(csvField(Number.POSITIVE_INFINITY, "semicolon")).toBe("");
  });

  it("is named with today's UTC date when no date is given", () => {
    const before = new Date().toISOString().slice(0, 10);
    const name = datedFilename("levers-kpis");
    const after = new Date().toISOString().slice(0, 10);
    expect([`levers-kpis-${before}.csv`, `levers-kpis-${after}.csv`]).toContain(name);
  });

  it("can leave out the byte-order mark", () => {
    expect(toCsv(["A"], [[1]], { bom: false })).toBe('"A"\r\n1\r\n');
    expect(toCsv(["A", "B"], [[1.5, "x"]], { dialect: "semicolon" })).toBe('\uFEFF"A";"B"\r\n1,5;"x"\r\n');
  });
});
