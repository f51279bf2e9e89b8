import { describe, expect, it } from "vitest";
import type { TestFigures } from "./harnesses";
import { formatSummaryTable, median, summarize, type Round } from "./summary";

const fig = (test: string, avgTs: number, decodeTs: number | null = null, overhead: number | null = null): TestFigures => ({
  test,
  avgTs,
  stddevTs: 1,
  decodeTs,
  overheadMsPerToken: overhead,
});

describe("fidelity summary", () => {
  it("takes the median of paired per-round ratios, so a slow round hits both harnesses alike", () => {
    const rounds: Round[] = [
      { llamaBench: [fig("pp512", 200), fig("tg128", 100)], breakeven: [fig("pp512", 196, 199, 0.01), fig("tg128", 80, 96, 2.5)] },
      { llamaBench: [fig("pp512", 100), fig("tg128", 50)], breakeven: [fig("pp512", 99, 100, 0.01), fig("tg128", 41, 49, 4)] },
      { llamaBench: [fig("pp512", 210), fig("tg128", 110)], breakeven: [fig("pp512", 200, 205, 0.02), fig("tg128", 90, 100, 2)] },
    ];
    const [pp, tg] = summarize(rounds);
    expect(pp.llamaBenchTs).toBe(200);
    expect(pp.endToEndRatio).toBeCloseTo(0.98);
    expect(tg.decodeRatio).toBeCloseTo(0.96);
    expect(tg.decodeRatioRange?.[0]).toBeCloseTo(100 / 110);
    expect(tg.overheadMsPerToken).toBe(2.5);
    const table = formatSummaryTable("bench-125m Q4_K_M", [pp, tg]);
    expect(table).toContain("meets ≥ 0.97");
    expect(table).toContain("meets ≥ 0.95");
  });

  it("computes medians of odd and even counts", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
