import { describe, expect, it } from "vitest";
import {
  addQuarters,
  capacityLines,
  combinedScores,
  CRITERIA,
  DEFAULT_WEIGHTS,
  divergences,
  farMoveNeedsReason,
  isComplete,
  isCriterion,
  median,
  parseWeights,
  QUARTER_PATTERN,
  quadrantOf,
  quarterOf,
  scoreRanks,
  weightedScore,
  type PlannedItem,
} from "@/lib/triage";

// The joint triage's rules as the CMO and the CIO meet them: four criteria scored 1–5 and weighted,
// the divergences that set the conversation's agenda, the score rank a far move is measured from,
// quarters, and the capacity line per side.

const all = (customerExperience: number, businessValue: number, urgency: number, confidence: number) => ({
  customerExperience,
  businessValue,
  urgency,
  confidence,
});

describe("the scoring model", () => {
  it("scores customer experience, business value, urgency and confidence, weighted 30/30/20/20 at first", () => {
    expect(CRITERIA).toEqual(["customerExperience", "businessValue", "urgency", "confidence"]);
    expect(DEFAULT_WEIGHTS).toEqual(all(30, 30, 20, 20));
    for (const criterion of CRITERIA) expect(isCriterion(criterion)).toBe(true);
    expect(isCriterion("cost")).toBe(false);
  });

  it("reads stored weights leniently: unknown criteria dropped, missing or non-numeric ones 0", () => {
    expect(parseWeights({ customerExperience: 50, urgency: "20", effort: 30, confidence: 50 })).toEqual(
      all(50, 0, 0, 50),
    );
    expect(parseWeights(null)).toEqual(all(0, 0, 0, 0));
    expect(parseWeights("30,30,20,20")).toEqual(all(0, 0, 0, 0));
  });
});

describe("the weighted score", () => {
  it("is the weighted mean of the four scores on the 1–5 scale, rounded to two decimals", () => {
    expect(weightedScore(all(5, 4, 3, 2), DEFAULT_WEIGHTS)).toBe(3.7);
    expect(weightedScore(all(5, 4, 4, 1), all(1, 1, 1, 0))).toBe(4.33);
    expect(weightedScore(all(2, 2, 2, 3), all(1, 1, 1, 0))).toBe(2);
    expect(weightedScore(all(1, 1, 1, 2), all(1, 1, 1, 1))).toBe(1.25);
  });

  it("is none until every criterion is scored, or when every weight is 0", () => {
    expect(isComplete(all(1, 2, 3, 4))).toBe(true);
    expect(isComplete({ customerExperience: 4, businessValue: 4, urgency: 4 })).toBe(false);
    expect(weightedScore({ customerExperience: 4, businessValue: 4, urgency: 4 }, DEFAULT_WEIGHTS)).toBeNull();
    expect(weightedScore(all(3, 3, 3, 3), all(0, 0, 0, 0))).toBeNull();
  });
});

describe("divergences", () => {
  it("are the criteria the two sides score 2 or more apart, either way", () => {
    const marketing = all(5, 3, 1, 4);
    const it_ = all(3, 4, 3, 4);
    expect(divergences(marketing, it_)).toEqual([
      { criterion: "customerExperience", marketing: 5, it: 3 },
      { criterion: "urgency", marketing: 1, it: 3 },
    ]);
  });

  it("need both sides' scores", () => {
    expect(divergences({ customerExperience: 5 }, { businessValue: 1 })).toEqual([]);
    expect(divergences({ urgency: 1 }, {})).toEqual([]);
  });
});

describe("the combined score per criterion", () => {
  it("is the agreed score where one was set, otherwise the mean of both sides, otherwise none", () => {
    expect(
      combinedScores(
        { customerExperience: 5, businessValue: 4, urgency: 2 },
        { customerExperience: 2, businessValue: 1 },
        {
          customerExperience: 3,
          confidence: 4,
        },
      ),
    ).toEqual({ customerExperience: 3, businessValue: 2.5, confidence: 4 });
  });
});

describe("score ranks", () => {
  it("number the scored items from the highest score; ties keep the board's order; unscored items have none", () => {
    const ranks = scoreRanks([
      { id: "a", score: 3.1 },
      { id: "b", score: null },
      { id: "c", score: 4.5 },
      { id: "d", score: 3.1 },
      { id: "e", score: 1 },
    ]);
    expect([...ranks.entries()]).toEqual([
      ["c", 1],
      ["a", 2],
      ["d", 3],
      ["e", 4],
    ]);
  });
});

describe("a move far from the score rank", () => {
  it("needs a reason when it ends more than 3 places from the score rank, and further than it was", () => {
    expect(farMoveNeedsReason(1, 2, 5)).toBe(true); // 4 places away, was 1
    expect(farMoveNeedsReason(1, 2, 4)).toBe(false); // 3 places: close enough
    expect(farMoveNeedsReason(10, 9, 2)).toBe(true); // 8 places the other way
  });

  it("needs none when the move brings it closer, keeps the distance, or the item has no score", () => {
    expect(farMoveNeedsReason(1, 9, 6)).toBe(false); // 5 away, was 8
    expect(farMoveNeedsReason(5, 1, 9)).toBe(false); // 4 away, was 4 too
    expect(farMoveNeedsReason(undefined, 1, 20)).toBe(false);
  });
});

describe("quarters", () => {
  it("are written 2027-Q1 to 2027-Q4", () => {
    for (const quarter of ["2027-Q1", "2027-Q4"]) expect(QUARTER_PATTERN.test(quarter), quarter).toBe(true);
    for (const quarter of ["2027-Q0", "2027-Q5", "27-Q1", "2027Q1", " 2027-Q1", "2027-Q1 ", "2027-q1"]) {
      expect(QUARTER_PATTERN.test(quarter), quarter).toBe(false);
    }
  });

  it("of a date: January–March is Q1, December Q4, on UTC days", () => {
    expect(quarterOf(new Date("2027-01-01T00:00:00Z"))).toBe("2027-Q1");
    expect(quarterOf(new Date("2027-03-31T23:59:59Z"))).toBe("2027-Q1");
    expect(quarterOf(new Date("2027-04-01T00:00:00Z"))).toBe("2027-Q2");
    expect(quarterOf(new Date("2027-12-31T12:00:00Z"))).toBe("2027-Q4");
    expect(quarterOf(new Date("2026-12-31T23:30:00-01:00"))).toBe("2027-Q1");
  });

  it("count on across years, both ways", () => {
    expect(addQuarters("2026-Q4", 1)).toBe("2027-Q1");
    expect(addQuarters("2027-Q1", -1)).toBe("2026-Q4");
    expect(addQuarters("2027-Q2", 0)).toBe("2027-Q2");
    expect(addQuarters("2027-Q2", 7)).toBe("2029-Q1");
    expect(() => addQuarters("Q1 2027", 1)).toThrow("Not a quarter: Q1 2027");
  });
});

describe("the capacity line", () => {
  const item = (rank: number, quarter: string | null, marketing: number, it: number): PlannedItem => ({
    id: `i${rank}`,
    title: `Item ${rank}`,
    rank,
    quarter,
    effort: { MARKETING: marketing, IT: it },
  });

  it("walks a quarter's items in rank order: those within the side's capacity fit, an exact fill included", () => {
    const items = [
      item(3, "2027-Q1", 4, 5),
      item(1, "2027-Q1", 4, 2),
      item(2, "2027-Q1", 3, 0),
      item(4, "2027-Q1", 0.5, 0),
    ];
    const lines = capacityLines(items, [{ side: "MARKETING", quarter: "2027-Q1", personWeeks: 7 }]);
    expect(lines).toEqual([
      { quarter: "2027-Q1", side: "MARKETING", capacity: 7, committed: 11.5, fits: [1, 2], overFromRank: 3 },
      { quarter: "2027-Q1", side: "IT", capacity: null, committed: 7, fits: [1, 3], overFromRank: null },
    ]);
  });

  it("lists every quarter with an item or a capacity, in order, each side on its own line", () => {
    const lines = capacityLines(
      [item(1, "2027-Q2", 2, 1), item(2, null, 5, 5)],
      [{ side: "IT", quarter: "2027-Q1", personWeeks: 10 }],
    );
    expect(lines.map((line) => [line.quarter, line.side, line.capacity, line.committed, line.fits])).toEqual([
      ["2027-Q1", "MARKETING", null, 0, []],
      ["2027-Q1", "IT", 10, 0, []],
      ["2027-Q2", "MARKETING", null, 2, [1]],
      ["2027-Q2", "IT", null, 1, [1]],
    ]);
  });

  it("does not count rounding dust as over capacity, and shows the total to one decimal", () => {
    const [marketing] = capacityLines(
      [item(1, "2027-Q3", 0.1, 0), item(2, "2027-Q3", 0.2, 0)],
      [{ side: "MARKETING", quarter: "2027-Q3", personWeeks: 0.3 }],
    );
    expect(marketing).toEqual({
      quarter: "2027-Q3",
      side: "MARKETING",
      capacity: 0.3,
      committed: 0.3,
      fits: [1, 2],
      overFromRank: null,
    });
    const [over] = capacityLines(
      [item(1, "2027-Q3", 0.35, 0)],
      [{ side: "MARKETING", quarter: "2027-Q3", personWeeks: 0.3 }],
    );
    expect(over).toMatchObject({ committed: 0.4, fits: [], overFromRank: 1 });
  });
});

describe("the value/effort matrix", () => {
  it("calls a value of 3 or more high, and an effort up to the median low", () => {
    expect(quadrantOf(3, 2, 2)).toBe("quickWin");
    expect(quadrantOf(4.5, 2.1, 2)).toBe("bigBet");
    expect(quadrantOf(2.99, 2, 2)).toBe("fillIn");
    expect(quadrantOf(1, 8, 2)).toBe("moneyPit");
  });

  it("takes the median of the efforts: the middle one, or the mean of the two middle ones, 0 for none", () => {
    const efforts = [8, 1, 3];
    expect(median(efforts)).toBe(3);
    expect(efforts).toEqual([8, 1, 3]);
    expect(median([10, 2, 4, 8])).toBe(6);
    expect(median([])).toBe(0);
    expect(median([5])).toBe(5);
  });
});
