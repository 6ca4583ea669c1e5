import { createTranslator, type AbstractIntlMessages } from "next-intl";
import { describe, expect, it } from "vitest";
import { scoredLine, standingLine } from "@/components/triage/triage-lines";
import { FORMATS } from "@/i18n/formats";
import { loadMessages } from "@/i18n/load-messages";
import type { RootTranslator } from "@/i18n/translator";
import type { TriageItem } from "@/server/queries/triage";

// The lines a proposal's triage card and the session's current proposal share: where it stands, and
// which sides have scored it.
const t = createTranslator({
  locale: "en",
  messages: (await loadMessages("en")) as AbstractIntlMessages,
  formats: FORMATS,
}) as unknown as RootTranslator;
const item = (parts: Partial<TriageItem>) =>
  ({ rank: 3, scoreRank: null, modelVersions: [], scored: { MARKETING: false, IT: false }, ...parts }) as TriageItem;

describe("a proposal's standing line", () => {
  it("is the rank alone before anyone scored it", () => {
    expect(standingLine(item({}), t)).toBe("Rank 3");
  });

  it("adds the score rank and the model versions that scored it, in that order", () => {
    expect(standingLine(item({ scoreRank: 1, modelVersions: [1, 2] }), t)).toBe(
      "Rank 3 · score rank 1 · scored with model v1, v2",
    );
    expect(standingLine(item({ modelVersions: [2] }), t)).toBe("Rank 3 · scored with model v2");
  });
});

describe("a proposal's scored line", () => {
  it("says for each side whether it has scored", () => {
    expect(scoredLine(item({ scored: { MARKETING: true, IT: false } }), t)).toBe(
      "Marketing: scored · IT: not scored yet",
    );
  });
});
