import { describe, expect, it } from "vitest";
import { hasControlCharacters, normaliseText, sameText } from "@/lib/text";
import { optionalText, textField } from "@/lib/schemas/text";

// How Levers reads typed text: one normalisation for every form, and the control characters no one
// types refused with a field message before anything is stored.

const issues = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => issue.message);

describe("typed text is normalised", () => {
  it("turns a browser's CRLF line ends, and lone CRs, into one LF each", () => {
    expect(normaliseText("One\r\nTwo\rThree\nFour")).toBe("One\nTwo\nThree\nFour");
    expect(normaliseText("One\r\n\r\nTwo")).toBe("One\n\nTwo");
  });

  it("drops the spaces and tabs that end each line, but keeps those inside it", () => {
    expect(normaliseText("first line  \t\nsecond  line \nthird")).toBe("first line\nsecond  line\nthird");
    expect(normaliseText("a b  ")).toBe("a b");
  });

  it("trims the whole text, blank lines at its start and end included", () => {
    expect(normaliseText("\n\n  Goal: NPS +5 \n\n")).toBe("Goal: NPS +5");
    expect(normaliseText("  indented first line")).toBe("indented first line");
  });

  it("composes accents, so a decomposed é is the same é", () => {
    expect(normaliseText("Caffe\u0301")).toBe("Caff\u00e9");
  });

  it("compares two texts as people read them; nothing and empty are the same", () => {
    expect(sameText("Caffe\u0301 \r\n", "Caff\u00e9")).toBe(true);
    expect(sameText(null, "")).toBe(true);
    expect(sameText(undefined, " ")).toBe(true);
    expect(sameText("Loyalty", null)).toBe(false);
    expect(sameText(null, "Loyalty")).toBe(false);
    expect(sameText("Loyalty app", "Loyalty App")).toBe(false);
  });
});

describe("control characters", () => {
  it("are the C0 codes other than tab, line feed and carriage return, DEL and the C1 codes", () => {
    for (const code of [0x00, 0x01, 0x08, 0x0b, 0x0c, 0x0e, 0x1b, 0x1f, 0x7f, 0x80, 0x9f]) {
      expect(hasControlCharacters(`a${String.fromCharCode(code)}b`), `U+${code.toString(16)}`).toBe(true);
    }
  });

  it("leave out tab, line breaks, spaces and every printable letter", () => {
    for (const code of [0x09, 0x0a, 0x0d, 0x20, 0x41, 0x7e, 0xa0, 0xe9, 0x2028]) {
      expect(hasControlCharacters(`a${String.fromCharCode(code)}b`), `U+${code.toString(16)}`).toBe(false);
    }
  });
});

describe("a text field", () => {
  it("stores the normalised text and counts its length after normalisation", () => {
    expect(textField(5).parse("  Hello  \r\n")).toBe("Hello");
    expect(issues(textField(5).safeParse("Hello"))).toEqual([]);
    expect(issues(textField(5).safeParse("Hello!"))).toEqual(["validation.tooLong"]);
  });

  it("says it is too long with the field's own message when it has one", () => {
    expect(issues(textField(3, { tooLong: "validation.reasonTooLong" }).safeParse("four"))).toEqual([
      "validation.reasonTooLong",
    ]);
  });

  it("refuses a control character with that message alone, before any other check", () => {
    expect(issues(textField(3).safeParse("\u0000 far too long"))).toEqual(["validation.controlCharacters"]);
    expect(issues(textField(3, { required: "validation.required", singleLine: true }).safeParse("\u0007"))).toEqual([
      "validation.controlCharacters",
    ]);
  });

  it("allows line breaks, unless it is a single line (a title, a name): then the break is the one problem", () => {
    expect(textField(20).parse("line one\nline two")).toBe("line one\nline two");
    expect(issues(textField(5, { singleLine: true }).safeParse("line one\r\nline two"))).toEqual([
      "validation.singleLine",
    ]);
    expect(issues(textField(50, { singleLine: true }).safeParse("title   \n"))).toEqual([]);
  });

  it("may be blank unless required; a required one that is blank once normalised gets its message", () => {
    expect(textField(5).parse("   ")).toBe("");
    expect(issues(textField(5, { required: "validation.reasonRequired" }).safeParse(" \r\n "))).toEqual([
      "validation.reasonRequired",
    ]);
    expect(textField(5, { required: "validation.reasonRequired" }).parse(" ok ")).toBe("ok");
  });

  it("refuses what is not text at all: with the required message if it has one", () => {
    expect(issues(textField(5).safeParse(undefined))).toEqual(["validation.invalid"]);
    expect(issues(textField(5).safeParse(42))).toEqual(["validation.invalid"]);
    expect(issues(textField(5, { required: "validation.required" }).safeParse(undefined))).toEqual([
      "validation.required",
    ]);
  });

  it("reads a missing optional text as empty", () => {
    expect(optionalText(5).parse(undefined)).toBe("");
    expect(issues(optionalText(2, { tooLong: "validation.reasonTooLong" }).safeParse("abc"))).toEqual([
      "validation.reasonTooLong",
    ]);
    expect(issues(optionalText(20, { singleLine: true }).safeParse("a\nb"))).toEqual(["validation.singleLine"]);
  });
});
