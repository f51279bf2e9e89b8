import { describe, expect, it } from "vitest";
import { getSynthPreset, synthPresets, type SynthPreset } from "./presets";
import { synthQuants } from "./quantRecipe";
import { ggmlTypes } from "./quantTypes";
import { buildSynthLayout, bytesByType, listSynthTensors } from "./tensorLayout";

// Exact sizes of published Q4_K_M files.
const publishedQ4KMBytes = {
  // DeepSeek-R1-Distill-Qwen-7B Q4_K_M, as issue 3 gives it (the file its probe was compared with)
  "deepseek-r1-distill-qwen-7b": 4_683_073_184,
  // bartowski/Meta-Llama-3.1-8B-Instruct-GGUF Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf
  "llama-3.1-8b": 4_920_734_016,
};
// Only a rounded figure: bartowski/Mistral-7B-Instruct-v0.3-GGUF lists "4.37GB", so the Mistral
// check is approximate by ±5 MB on top of its tolerance; the exact byte count was not at hand.
const mistralListedBytes = 4.37e9;

function typeOf(presetId: Parameters<typeof buildSynthLayout>[0], quant: (typeof synthQuants)[number], name: string) {
  const tensor = buildSynthLayout(presetId, quant).tensors.find((candidate) => candidate.name === name);
  if (tensor === undefined) throw new Error(`no tensor ${name}`);
  return tensor.type;
}

describe("published model shapes", () => {
  it("gives deepseek-r1-distill-qwen-7b Q4_K_M 339 tensors and the published file size within 0.1%", () => {
    const layout = buildSynthLayout("deepseek-r1-distill-qwen-7b", "Q4_K_M");
    expect(layout.tensors).toHaveLength(339);
    // The real file is larger by its tokenizer (152k BPE tokens and their merges) only.
    expect(layout.totalFileBytes).toBeLessThan(publishedQ4KMBytes["deepseek-r1-distill-qwen-7b"]);
    expect(Math.abs(layout.totalFileBytes / publishedQ4KMBytes["deepseek-r1-distill-qwen-7b"] - 1)).toBeLessThan(0.001);
    expect(layout.parameterCount).toBeGreaterThan(7.6e9);
    expect(layout.parameterCount).toBeLessThan(7.7e9);
  });

  it("gives qwen2.5-7b exactly DeepSeek-R1-Distill-Qwen-7B's tensors, so the same published size", () => {
    // DeepSeek-R1-Distill-Qwen-7B is a Qwen2.5-Math-7B fine-tune: the same tensor shapes, so the
    // same tensor bytes; no exact byte count of a Qwen2.5-7B-Instruct Q4_K_M file was at hand.
    const qwen = buildSynthLayout("qwen2.5-7b", "Q4_K_M");
    const deepseek = buildSynthLayout("deepseek-r1-distill-qwen-7b", "Q4_K_M");
    const shapes = (layout: typeof qwen) => layout.tensors.map((tensor) => [tensor.name, tensor.dimensions, tensor.type]);
    expect(shapes(qwen)).toEqual(shapes(deepseek));
    expect(qwen.totalFileBytes - qwen.dataOffsetBytes).toBe(deepseek.totalFileBytes - deepseek.dataOffsetBytes);
    expect(Math.abs(qwen.totalFileBytes / publishedQ4KMBytes["deepseek-r1-distill-qwen-7b"] - 1)).toBeLessThan(0.02);
  });

  it("gives llama-3.1-8b Q4_K_M 292 tensors (with rope_freqs) and the published size within 2%", () => {
    const layout = buildSynthLayout("llama-3.1-8b", "Q4_K_M");
    expect(layout.tensors).toHaveLength(292);
    expect(layout.tensors.some((tensor) => tensor.name === "rope_freqs.weight")).toBe(true);
    expect(Math.abs(layout.totalFileBytes / publishedQ4KMBytes["llama-3.1-8b"] - 1)).toBeLessThan(0.02);
  });

  it("gives mistral-7b-v0.3 Q4_K_M 291 tensors and within 2% of the listed (rounded) 4.37 GB", () => {
    const layout = buildSynthLayout("mistral-7b-v0.3", "Q4_K_M");
    expect(layout.tensors).toHaveLength(291);
    expect(Math.abs(layout.totalFileBytes / mistralListedBytes - 1)).toBeLessThan(0.02);
  });

  it("names qwen2 biases and shapes q/k/v as 28 heads over 4 KV heads", () => {
    const tensors = listSynthTensors(getSynthPreset("deepseek-r1-distill-qwen-7b"));
    const names = tensors.map((tensor) => tensor.name);
    for (const layer of [0, 27]) {
      for (const part of ["attn_q.bias", "attn_k.bias", "attn_v.bias", "attn_q.weight", "ffn_down.weight"]) {
        expect(names).toContain(`blk.${layer}.${part}`);
      }
    }
    expect(names).not.toContain("blk.28.attn_q.weight");
    const shape = (name: string) => tensors.find((tensor) => tensor.name === name)?.dimensions;
    expect(shape("blk.0.attn_q.weight")).toEqual([3584, 3584]);
    expect(shape("blk.0.attn_k.weight")).toEqual([3584, 512]);
    expect(shape("blk.0.attn_k.bias")).toEqual([512]);
    expect(shape("blk.0.ffn_down.weight")).toEqual([18944, 3584]);
    expect(shape("token_embd.weight")).toEqual([3584, 152064]);
    expect(shape("output.weight")).toEqual([3584, 152064]);
  });

  it("has no biases in llama-arch presets", () => {
    const names = listSynthTensors(getSynthPreset("llama-3.1-8b")).map((tensor) => tensor.name);
    expect(names.some((name) => name.endsWith(".bias"))).toBe(false);
  });
});

describe("Q4_K_M recipe", () => {
  it("stores output as Q6_K, token_embd as Q4_K and norms and biases as F32", () => {
    expect(typeOf("qwen2.5-7b", "Q4_K_M", "output.weight")).toBe("Q6_K");
    expect(typeOf("qwen2.5-7b", "Q4_K_M", "token_embd.weight")).toBe("Q4_K");
    expect(typeOf("qwen2.5-7b", "Q4_K_M", "blk.3.attn_norm.weight")).toBe("F32");
    expect(typeOf("qwen2.5-7b", "Q4_K_M", "blk.3.attn_q.bias")).toBe("F32");
    expect(typeOf("qwen2.5-7b", "Q4_K_M", "output_norm.weight")).toBe("F32");
  });

  it("gives attn_v and ffn_down Q6_K on the 14 layers use_more_bits picks out of 28", () => {
    const layout = buildSynthLayout("qwen2.5-7b", "Q4_K_M");
    const q6Layers = (suffix: string) =>
      layout.tensors
        .filter((tensor) => tensor.name.endsWith(suffix) && tensor.type === "Q6_K")
        .map((tensor) => tensor.layerIndex);
    const expected = [0, 1, 2, 5, 8, 11, 14, 17, 20, 23, 24, 25, 26, 27];
    expect(q6Layers("attn_v.weight")).toEqual(expected);
    expect(q6Layers("ffn_down.weight")).toEqual(expected);
    expect(typeOf("qwen2.5-7b", "Q4_K_M", "blk.3.attn_v.weight")).toBe("Q4_K");
    expect(typeOf("qwen2.5-7b", "Q4_K_M", "blk.3.ffn_gate.weight")).toBe("Q4_K");
  });

  it("types every Qwen2.5-7B tensor as llama-quantize's Q4_K_M does (written out by hand)", () => {
    // From llama.cpp's src/llama-quant.cpp (node-llama-cpp 3.21.1's release), llama_tensor_get_type_impl
    // for LLAMA_FTYPE_MOSTLY_Q4_K_M on a dense qwen2 without an imatrix:
    // - output.weight: row 3584 % 256 == 0 and not Falcon, so Q6_K. token_embd.weight: the file has
    //   its own output.weight (not tied), and no rule for Q4_K_M, so the default Q4_K.
    // - attn_v and ffn_down: Q6_K where use_more_bits(i, n) = i < n/8 || i >= 7n/8 || (i - n/8) % 3 == 2,
    //   with n = 28 (i_attention_wv / i_ffn_down count one tensor per layer): layers 0-2, every third
    //   from 5, and 24-27. No 70B bump, no n_expert == 8 rule (dense model); n_gqa (7) only matters
    //   for Q2_K and IQ types.
    // - attn_q, attn_k: their rules apply to n_expert == 8 and IQ3 types only, so Q4_K; attn_output,
    //   ffn_gate, ffn_up: Q4_K. Every row length (3584, 18944) divides by 256: no fallbacks.
    // - 1-D tensors (norms, q/k/v biases) are never quantized and stay F32 as converted.
    const moreBitsLayers = [0, 1, 2, 5, 8, 11, 14, 17, 20, 23, 24, 25, 26, 27];
    const expected: Record<string, string> = {
      "token_embd.weight": "Q4_K",
      "output_norm.weight": "F32",
      "output.weight": "Q6_K",
    };
    for (let layer = 0; layer < 28; layer++) {
      const moreBits = moreBitsLayers.includes(layer) ? "Q6_K" : "Q4_K";
      Object.assign(expected, {
        [`blk.${layer}.attn_norm.weight`]: "F32",
        [`blk.${layer}.attn_q.weight`]: "Q4_K",
        [`blk.${layer}.attn_q.bias`]: "F32",
        [`blk.${layer}.attn_k.weight`]: "Q4_K",
        [`blk.${layer}.attn_k.bias`]: "F32",
        [`blk.${layer}.attn_v.weight`]: moreBits,
        [`blk.${layer}.attn_v.bias`]: "F32",
        [`blk.${layer}.attn_output.weight`]: "Q4_K",
        [`blk.${layer}.ffn_norm.weight`]: "F32",
        [`blk.${layer}.ffn_gate.weight`]: "Q4_K",
        [`blk.${layer}.ffn_up.weight`]: "Q4_K",
        [`blk.${layer}.ffn_down.weight`]: moreBits,
      });
    }
    const actual = Object.fromEntries(buildSynthLayout("qwen2.5-7b", "Q4_K_M").tensors.map((tensor) => [tensor.name, tensor.type]));
    expect(actual).toEqual(expected);
    expect(Object.keys(actual)).toHaveLength(339);
  });

  it("falls back to 32-element blocks where a row is not a multiple of 256", () => {
    const odd: SynthPreset = { ...getSynthPreset("tiny"), embeddingLength: 160, headCount: 5, headCountKv: 5 };
    expect(typeOf(odd, "Q4_K_M", "token_embd.weight")).toBe("Q5_0");
    expect(typeOf(odd, "Q4_K_M", "output.weight")).toBe("Q8_0");
    expect(typeOf(odd, "Q4_K_M", "blk.1.attn_v.weight")).toBe("Q8_0");
    expect(typeOf(odd, "Q4_K_M", "blk.0.attn_v.weight")).toBe("Q5_0");
    // ffn_down rows are feedForwardLength (512) long, so K-quants still fit there
    expect(typeOf(odd, "Q4_K_M", "blk.1.ffn_down.weight")).toBe("Q6_K");
  });

  it("quantizes a tied token_embd like the output", () => {
    const tied: SynthPreset = { ...getSynthPreset("tiny"), tiedEmbeddings: true };
    expect(buildSynthLayout(tied, "Q4_K_M").tensors.some((tensor) => tensor.name === "output.weight")).toBe(false);
    expect(typeOf(tied, "Q4_K_M", "token_embd.weight")).toBe("Q6_K");
  });
});

describe("other file types", () => {
  it("keeps output Q6_K in Q4_0 files and Q8_0 in Q8_0 files", () => {
    expect(typeOf("qwen2.5-7b", "Q4_0", "output.weight")).toBe("Q6_K");
    expect(typeOf("qwen2.5-7b", "Q4_0", "blk.0.attn_v.weight")).toBe("Q4_0");
    expect(typeOf("qwen2.5-7b", "Q8_0", "output.weight")).toBe("Q8_0");
    expect(bytesByType(buildSynthLayout("qwen2.5-7b", "F16"))).toEqual({
      F16: expect.any(Number),
      F32: expect.any(Number),
    });
  });
});

describe("every preset and quant", () => {
  it.each(synthPresets.flatMap((preset) => synthQuants.map((quant) => [preset.id, quant] as const)))(
    "%s %s has aligned, non-overlapping offsets adding up to the file size",
    (presetId, quant) => {
      const layout = buildSynthLayout(presetId, quant);
      expect(layout.dataOffsetBytes % 32).toBe(0);
      let expectedOffset = 0;
      for (const tensor of layout.tensors) {
        expect(tensor.offsetBytes).toBe(expectedOffset);
        expect(tensor.fileOffsetBytes).toBe(layout.dataOffsetBytes + tensor.offsetBytes);
        const info = ggmlTypes[tensor.type];
        expect(tensor.byteSize).toBe((tensor.elementCount / info.blockElements) * info.blockBytes);
        expectedOffset += Math.ceil(tensor.byteSize / 32) * 32;
      }
      expect(layout.totalFileBytes).toBe(layout.dataOffsetBytes + expectedOffset);
    },
  );

  it("sizes the test presets as their names say", () => {
    const params = (id: "tiny" | "tiny-qwen2" | "tiny-llama3" | "bench-125m" | "bench-270m") => buildSynthLayout(id, "F16").parameterCount;
    for (const id of ["tiny", "tiny-qwen2", "tiny-llama3"] as const) {
      expect(params(id)).toBeLessThan(2e6);
      expect(buildSynthLayout(id, "Q4_K_M").totalFileBytes).toBeLessThan(1_000_000);
    }
    expect(params("bench-125m") / 125e6).toBeCloseTo(1, 1);
    expect(params("bench-270m") / 270e6).toBeCloseTo(1, 1);
  });
});
