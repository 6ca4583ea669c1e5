import { describe, expect, it } from "vitest";
import { csvDownload, csvField, datedFilename, neutraliseFormula, toCsv } from "@/lib/csv";
import { parseCsv } from "../support/parse-csv";

describe("a CSV field", () => {
  it("is written as is when it holds no comma, quote or line break", () => {
    expect(csvField("Single customer view")).toBe("Single customer view");
    expect(csvField("Attività è già")).toBe("Attività è già");
  });

  it("is quoted when it holds a comma, a quote (doubled), CR or LF", () => {
    expect(csvField("marketing, IT")).toBe('"marketing, IT"');
    expect(csvField('the "one" list')).toBe('"the ""one"" list"');
    expect(csvField("line one\nline two")).toBe('"line one\nline two"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
  });

  it("writes numbers as numbers (a negative number is not a formula), dates as ISO 8601 UTC, nothing as empty", () => {
    expect(csvField(-12.5)).toBe("-12.5");
    expect(csvField(0)).toBe("0");
    expect(csvField(Number.NaN)).toBe("");
    expect(csvField(new Date("2026-11-01T09:30:00Z"))).toBe("2026-11-01T09:30:00.000Z");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(true)).toBe("true");
  });
});

describe("formula injection", () => {
  it("neutralises text starting with =, +, -, @, tab or carriage return with a leading single quote", () => {
    for (const text of ["=1+1", "+33 6 12", "-2+3", "@SUM(A1)", "\t=cmd", "\r=cmd"]) {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    }
    expect(csvField('=HYPERLINK("http://evil.example","click")')).toBe(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
  });

  it("leaves other text alone, including a formula character later in the text", () => {
    for (const text of ["NPS = promoters - detractors", "a@b.example", "'quoted", "", " =with a space"]) expect(neutraliseFormula(text)).toBe(text);
  });
});

describe("a CSV file", () => {
  const header = ["Title", "Rank"];
  const rows = [
    ['Omnichannel, "think" big\nact small — città', 1],
    ["=2+3", null],
  ];

  it("starts with a UTF-8 byte-order mark and ends every record with CRLF", () => {
    const text = toCsv(header, rows);
    expect(text.startsWith("\uFEFFTitle,Rank\r\n")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(Buffer.from(text, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(toCsv(header, [], { bom: false })).toBe("Title,Rank\r\n");
  });

  it("reads back as the same cells (strict RFC 4180 reader), formulas neutralised", () => {
    expect(parseCsv(toCsv(header, rows))).toEqual([
      ["Title", "Rank"],
      ['Omnichannel, "think" big\nact small — città', "1"],
      ["'=2+3", ""],
    ]);
  });

  it("survives any mix of separators, quotes and line breaks", () => {
    const alphabet = [",", '"', "\n", "\r", "\r\n", "a", "é", " ", "=", ";"];
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let n = 0; n < 200; n += 1) {
      const cells = Array.from({ length: 3 }, () => Array.from({ length: Math.floor(random() * 8) }, () => alphabet[Math.floor(random() * alphabet.length)]!).join(""));
      expect(parseCsv(toCsv(["a", "b", "c"], [cells]))[1]).toEqual(cells.map(neutraliseFormula));
    }
  });

  it("is sent as a dated UTF-8 attachment, never cached", async () => {
    expect(datedFilename("levers-initiatives", new Date("2026-11-23T23:59:00Z"))).toBe("levers-initiatives-2026-11-23.csv");
    const response = csvDownload("levers-initiatives-2026-11-23.csv", toCsv(header, rows));
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="levers-initiatives-2026-11-23.csv"');
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(new Uint8Array(await response.arrayBuffer()).subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});
