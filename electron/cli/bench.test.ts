import { describe, expect, it } from "vitest";
import type { BenchProgress } from "../../shared/bench/progress";
import { benchFraction, benchProgressLabel } from "./bench";

const measuring: BenchProgress = {
  runId: "r",
  test: "tg128",
  step: 1,
  steps: 2,
  repetition: 3,
  repetitions: 5,
  tokensPerSecondSoFar: 41.25,
  phase: "measuring",
  syntheticWeights: true,
};

describe("bench progress line", () => {
  it("marks a live figure measured on synthetic weights", () => {
    expect(benchProgressLabel(measuring)).toBe("tg128 (2/2) rep 3/5 41.3 t/s (synthetic weights)");
    expect(benchProgressLabel({ ...measuring, syntheticWeights: false })).toBe("tg128 (2/2) rep 3/5 41.3 t/s");
    expect(benchProgressLabel({ ...measuring, tokensPerSecondSoFar: null, repetition: 1 })).toBe("tg128 (2/2) rep 1/5");
  });

  it("counts each step's warm-up and repetitions toward the whole run", () => {
    expect(benchFraction(measuring)).toBeCloseTo((1 + 3 / 6) / 2, 6);
    expect(benchFraction({ ...measuring, phase: "done" })).toBe(1);
  });
});
