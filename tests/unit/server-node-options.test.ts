import { describe, expect, it } from "vitest";
import { serverNodeOptions } from "../../scripts/lib/start-config.ts";

// `npm start` (and the benchmark's instances) run `next start` with a larger young generation
// (scripts/lib/start-config.ts); an operator's own NODE_OPTIONS are kept, and their own size wins.
describe("the server's Node options", () => {
  it("add the young generation's size", () => {
    expect(serverNodeOptions(undefined)).toBe("--max-semi-space-size=64");
    expect(serverNodeOptions("")).toBe("--max-semi-space-size=64");
  });

  it("keep the operator's options", () => {
    expect(serverNodeOptions("--max-old-space-size=2048")).toBe("--max-old-space-size=2048 --max-semi-space-size=64");
    expect(serverNodeOptions("--max-semi-space-sizes=1")).toBe("--max-semi-space-sizes=1 --max-semi-space-size=64");
  });

  it("leave the operator's own young generation size alone", () => {
    expect(serverNodeOptions("--max-semi-space-size=16")).toBe("--max-semi-space-size=16");
    expect(serverNodeOptions("--max_semi_space_size=16")).toBe("--max_semi_space_size=16");
    expect(serverNodeOptions("--inspect --max-semi-space-size 8")).toBe("--inspect --max-semi-space-size 8");
  });
});
