import path from "node:path";
import { describe, expect, it } from "vitest";
import { ApiFailure } from "../../../../shared/api/errors";
import { normalizeSpec } from "./normalizeSpec";

function failure(fn: () => unknown): ApiFailure {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiFailure) return error;
    throw error;
  }
  throw new Error("expected an ApiFailure");
}

describe("normalizeSpec", () => {
  it("fills llama-bench's defaults, with threads = physical cores", () => {
    const spec = normalizeSpec({ modelPath: "/models/m.gguf" }, 8);
    expect(spec).toEqual({
      modelPath: "/models/m.gguf",
      tests: [{ kind: "pp", nPrompt: 512 }, { kind: "tg", nGen: 128 }],
      repetitions: 5,
      gpuLayers: [99],
      threads: [8],
      batchSize: [2048],
      ubatchSize: [512],
      contextSize: null,
      flashAttention: [false],
      kvCacheType: ["f16"],
      parallel: [1],
    });
  });

  it("never gives more threads than physical cores", () => {
    expect(normalizeSpec({ modelPath: "/m.gguf", threads: [1, 2, 4, 16] }, 2).threads).toEqual([1, 2]);
  });

  it("resolves relative paths and ~", () => {
    expect(normalizeSpec({ modelPath: "m.gguf" }, 2).modelPath).toBe(path.resolve("m.gguf"));
    expect(normalizeSpec({ modelPath: "~/m.gguf" }, 2).modelPath).not.toContain("~");
  });

  it("refuses bad values with a message that says what to change", () => {
    expect(failure(() => normalizeSpec({}, 2)).message).toContain("modelPath is required");
    expect(failure(() => normalizeSpec({ modelPath: "/m.gguf", repetitions: 0 }, 2)).message).toContain("repetitions");
    expect(failure(() => normalizeSpec({ modelPath: "/m.gguf", tests: [{ kind: "xx" }] }, 2)).message).toContain('tests[0].kind must be "pp", "tg" or "pg"');
    expect(failure(() => normalizeSpec({ modelPath: "/m.gguf", parallel: [0] }, 2)).message).toContain("parallel");
    expect(failure(() => normalizeSpec({ modelPath: "/m.gguf", kvCacheType: ["q9"] }, 2)).message).toContain("kvCacheType");
    const tooSmall = failure(() => normalizeSpec({ modelPath: "/m.gguf", contextSize: [256] }, 2));
    expect(tooSmall.code).toBe("BAD_REQUEST");
    expect(tooSmall.message).toContain("pp512 needs a context of at least 512");
    expect(failure(() => normalizeSpec({ modelPath: "/m.gguf", kvCacheType: ["q8_0"] }, 2)).message).toContain("flash attention");
  });

  it("accepts a quantized KV cache with flash attention on, and drops duplicate tests", () => {
    const spec = normalizeSpec({ modelPath: "/m.gguf", kvCacheType: ["q8_0"], flashAttention: [true], tests: [{ kind: "tg", nGen: 16 }, { kind: "tg", nGen: 16 }] }, 2);
    expect(spec.kvCacheType).toEqual(["q8_0"]);
    expect(spec.tests).toEqual([{ kind: "tg", nGen: 16 }]);
  });
});
