import { createTranslator, type AbstractIntlMessages } from "next-intl";
import { describe, expect, it } from "vitest";
import { divergenceLine, planLine, scoredLine, standingLine, weightedLine } from "@/components/triage/triage-lines";
import { FORMATS } from "@/i18n/formats";
import { loadMessages } from "@/i18n/load-messages";
import type { RootTranslator } from "@/i18n/translator";
import type { Divergence } from "@/lib/triage";
import type { TriageItem } from "@/server/queries/triage";

// The sentences a proposal's triage card and the session's current proposal share.
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

describe("a scored proposal's lines", () => {
  it("give each side's weighted score and the mean, a divergence by the criterion's name, and the plan", () => {
    const sides = { MARKETING: { weighted: 3.5 }, IT: { weighted: 2 } } as TriageItem["sides"];
    expect(weightedLine(item({ sides, combined: 2.75 }), t)).toBe("Weighted score: marketing 3.5 · IT 2 · mean 2.75");
    expect(divergenceLine({ criterion: "urgency", marketing: 5, it: 1 } as Divergence, t)).toBe(
      "CMO 5 · CIO 1 on Urgency",
    );
    expect(planLine(item({ plan: null }), t)).toBe("No effort estimate yet.");
    const plan = { marketingEffort: 4, itEffort: 6, targetQuarter: null } as TriageItem["plan"];
    expect(planLine(item({ plan }), t)).toBe("Effort: marketing 4 · IT 6 person-weeks · no target quarter");
  });
});
