import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getLlama, LlamaLogLevel, readGgufFileInfo, type Llama } from "node-llama-cpp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { llamaFileTypeIds, synthQuants } from "../../shared/synth/quantRecipe";
import { ggmlTypes } from "../../shared/synth/quantTypes";
import { buildSynthLayout } from "../../shared/synth/tensorLayout";
import { createSyntheticModel, isSyntheticGgufMetadata, type SyntheticModelProgress } from "./writeSyntheticModel";

let dir: string;
let llama: Llama;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "breakeven-synth-"));
  // Explicit single thread: on this 2-core machine llama.cpp's default thread count is far slower.
  llama = await getLlama({ build: "never", gpu: false, maxThreads: 1, logLevel: LlamaLogLevel.error });
});

afterAll(async () => {
  await llama?.dispose();
  await rm(dir, { recursive: true, force: true });
});

describe.each(synthQuants)("tiny preset as %s", (quant) => {
  const path = () => join(dir, `tiny-${quant}.gguf`);

  it("writes exactly the computed layout, which readGgufFileInfo reads back", async () => {
    const progress: SyntheticModelProgress[] = [];
    const result = await createSyntheticModel({
      preset: "tiny",
      quant,
      path: path(),
      onProgress: (update) => progress.push(update),
    });
    const layout = buildSynthLayout("tiny", quant);
    expect(result).toMatchObject({ path: path(), sizeBytes: layout.totalFileBytes, tensorCount: 21, synthetic: true });
    expect((await stat(path())).size).toBe(layout.totalFileBytes);
    expect(progress.at(-1)).toEqual({ bytesWritten: layout.totalFileBytes, totalBytes: layout.totalFileBytes });

    const info = await readGgufFileInfo(path(), { logWarnings: false });
    expect(isSyntheticGgufMetadata(info.metadata)).toBe(true);
    expect(info.metadata.general.architecture).toBe("llama");
    expect(info.metadata.general.file_type).toBe(llamaFileTypeIds[quant]);
    expect(info.infoEndOffset).toBe(layout.dataOffsetBytes);
    expect(info.tensorInfo?.map((tensor) => [tensor.name, tensor.dimensions.map(Number), tensor.ggmlType])).toEqual(
      layout.tensors.map((tensor) => [tensor.name, [...tensor.dimensions], ggmlTypes[tensor.type].id]),
    );
    expect(info.tensorInfo?.map((tensor) => Number(tensor.fileOffset))).toEqual(
      layout.tensors.map((tensor) => tensor.fileOffsetBytes),
    );
  });

  it("loads with tensor validation on, tokenizes and generates tokens with finite probabilities", async () => {
    await expectFiniteGeneration(path(), 384);
  });
});

/** Loads a file in llama.cpp and checks four generated tokens: in the vocabulary, with finite probabilities. */
async function expectFiniteGeneration(modelPath: string, vocabSize: number, describesAs?: string): Promise<void> {
  const model = await llama.loadModel({ modelPath, checkTensors: true });
  try {
    if (describesAs !== undefined) expect(model.typeDescription).toContain(describesAs);
    const context = await model.createContext({ contextSize: 128, batchSize: 32, threads: 1 });
    try {
      const prompt = model.tokenize("Hello, synthetic world!\n");
      expect(prompt.length).toBeGreaterThan(0);
      const generated: number[] = [];
      const evaluation = context
        .getSequence()
        .evaluateWithMetadata(prompt, { probabilities: true }, { yieldEogToken: true });
      for await (const { token, probabilities } of evaluation) {
        generated.push(token);
        const values = [...probabilities.values()];
        expect(values.every(Number.isFinite)).toBe(true);
        expect(values.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 2);
        if (generated.length === 4) break;
      }
      expect(generated).toHaveLength(4);
      expect(generated.every((token) => token >= 0 && token < vocabSize)).toBe(true);
    } finally {
      await context.dispose();
    }
  } finally {
    await model.dispose();
  }
}

// The real presets' architecture quirks, at a size llama.cpp loads in milliseconds. llama.cpp
// refuses a file with a tensor its architecture does not create ("wrong number of tensors") or
// without one it needs, so a load proves the biases and rope_freqs are named and shaped as the
// qwen2 and llama loaders expect.
describe.each([
  { preset: "tiny-qwen2", arch: "qwen2", extra: ["blk.0.attn_q.bias", "blk.1.attn_k.bias", "blk.1.attn_v.bias"] },
  { preset: "tiny-llama3", arch: "llama", extra: ["rope_freqs.weight"] },
] as const)("$preset preset (Q4_K_M)", ({ preset, arch, extra }) => {
  it("writes the architecture's extra tensors, loads in llama.cpp and generates finite tokens", async () => {
    const path = join(dir, `${preset}.gguf`);
    const result = await createSyntheticModel({ preset, quant: "Q4_K_M", path });
    expect(result.sizeBytes).toBeLessThan(1_000_000);
    const info = await readGgufFileInfo(path, { logWarnings: false });
    expect(info.metadata.general.architecture).toBe(arch);
    const names = info.tensorInfo?.map((tensor) => tensor.name) ?? [];
    for (const name of extra) expect(names).toContain(name);
    await expectFiniteGeneration(path, 384, arch);
  });
});

describe("cancellation and failure", () => {
  it("deletes the partial file and rejects when aborted mid-write", async () => {
    const controller = new AbortController();
    const path = join(dir, "aborted.gguf");
    let sawProgress = false;
    const writing = createSyntheticModel({
      preset: "bench-125m",
      quant: "Q8_0",
      path,
      signal: controller.signal,
      onProgress: ({ bytesWritten, totalBytes }) => {
        sawProgress = true;
        if (bytesWritten > totalBytes / 4) controller.abort();
      },
    });
    await expect(writing).rejects.toMatchObject({ name: "AbortError" });
    expect(sawProgress).toBe(true);
    expect((await readdir(dir)).filter((name) => name.startsWith("aborted"))).toEqual([]);
  });

  it("does not start when the signal is already aborted", async () => {
    const path = join(dir, "never.gguf");
    await expect(
      createSyntheticModel({ preset: "tiny", quant: "F16", path, signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: "AbortError" });
    expect((await readdir(dir)).filter((name) => name.startsWith("never"))).toEqual([]);
  });
});
