import { describe, expect, it } from "vitest";
import type { BenchResultRow } from "../../../shared/reports/benchReport";
import { runFigures } from "./runFigures";
import { sampleBenchReport } from "./sampleBenchReport";

describe("runFigures", () => {
  it("reads the generation curve, prompt speed, power and device of a GPU run", () => {
    const figures = runFigures(sampleBenchReport());
    expect(figures.deviceKind).toBe("gpu");
    expect(figures.deviceName).toBe("NVIDIA GeForce RTX 4090");
    expect(figures.generationTest).toBe("tg128");
    expect(figures.curve.map((point) => [point.parallelSequences, point.generationTokensPerSecond, point.measuredWatts])).toEqual([
      [1, 128.6, 287],
      [2, 241.3, 312],
      [4, 437.9, 346],
      [8, 735.2, 391],
    ]);
    expect(figures.batch1TokensPerSecond).toBe(128.6);
    expect(figures.bestAggregateTokensPerSecond).toBe(735.2);
    expect(figures.promptTokensPerSecond).toBe(11_480);
    expect(figures.modelSizeBytes).toBe(4_683_073_184);
    expect(figures.syntheticWeights).toBe(false);
  });

  it("keeps the best row of a settings sweep at each concurrency", () => {
    const report = sampleBenchReport();
    const slower: BenchResultRow = { ...report.results[1], avg_ts: 101.2, flash_attn: false };
    report.results.push(slower);
    expect(runFigures(report).batch1TokensPerSecond).toBe(128.6);
  });

  it("treats a run with no layers offloaded as a CPU run", () => {
    const report = sampleBenchReport({ gpuModel: null, backend: "CPU", generation: [{ parallel: 1, tokensPerSecond: 9.4, watts: null }], promptTokensPerSecond: null, synthetic: true });
    const figures = runFigures(report);
    expect(figures.deviceKind).toBe("cpu");
    expect(figures.deviceName).toBe("Ryzen 9 7950X");
    expect(figures.promptTokensPerSecond).toBeNull();
    expect(figures.syntheticWeights).toBe(true);
  });

  it("has no batch-1 figure without a generation test", () => {
    const figures = runFigures(sampleBenchReport({ generation: [] }));
    expect(figures.generationTest).toBeNull();
    expect(figures.curve).toEqual([]);
    expect(figures.batch1TokensPerSecond).toBeNull();
  });
});
