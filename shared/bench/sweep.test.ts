import { describe, expect, it } from "vitest";
import type { BenchSpec } from "./spec";
import { expandSweep } from "./sweep";

const base: BenchSpec = {
  modelPath: "/m.gguf",
  tests: [{ kind: "pp", nPrompt: 512 }, { kind: "tg", nGen: 128 }, { kind: "pg", nPrompt: 512, nGen: 128 }],
  repetitions: 5,
  gpuLayers: [99],
  threads: [2],
  batchSize: [2048],
  ubatchSize: [512],
  contextSize: null,
  flashAttention: [false],
  kvCacheType: ["f16"],
  parallel: [1],
};

describe("expandSweep", () => {
  it("sizes each test's context to the test, and runs node-llama-cpp's one batch size at min(batch, ubatch)", () => {
    const steps = expandSweep(base);
    expect(steps.map((step) => [step.name, step.contextSize, step.params.batchSize])).toEqual([
      ["pp512", 512, 512],
      ["tg128", 128, 512],
      ["pp512+tg128", 640, 512],
    ]);
  });

  it("measures every combination, GPU layers slowest, and numbers the steps", () => {
    const steps = expandSweep({ ...base, tests: [{ kind: "tg", nGen: 16 }], gpuLayers: [0, 99], parallel: [1, 2, 4], contextSize: [1024] });
    expect(steps).toHaveLength(6);
    expect(steps.map((step) => step.params.gpuLayers)).toEqual([0, 0, 0, 99, 99, 99]);
    expect(steps.map((step) => step.params.parallel)).toEqual([1, 2, 4, 1, 2, 4]);
    expect(steps.map((step) => step.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(steps.every((step) => step.contextSize === 1024)).toBe(true);
  });

  it("collapses batch/ubatch pairs that run the same", () => {
    expect(expandSweep({ ...base, tests: [{ kind: "pp", nPrompt: 64 }], batchSize: [512, 2048], ubatchSize: [512] })).toHaveLength(1);
  });
});
