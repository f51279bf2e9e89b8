import { describe, expect, it } from "vitest";
import { DEFAULT_FORM, specFromForm } from "./benchForm";

describe("specFromForm", () => {
  it("turns the default form into pp512 + tg128, leaving threads to the engine", () => {
    expect(specFromForm("/m.gguf", DEFAULT_FORM)).toEqual({
      ok: true,
      spec: { modelPath: "/m.gguf", tests: [{ kind: "pp", nPrompt: 512 }, { kind: "tg", nGen: 128 }], flashAttention: [false], repetitions: 5, parallel: [1], gpuLayers: [99] },
    });
  });

  it("reads lists and a pp+tg pair", () => {
    const result = specFromForm(" /m.gguf ", { ...DEFAULT_FORM, pp: "", tg: "16", pg: "32, 16", parallel: "1,2 4", threads: "1" });
    expect(result.ok && result.spec).toMatchObject({ modelPath: "/m.gguf", tests: [{ kind: "tg", nGen: 16 }, { kind: "pg", nPrompt: 32, nGen: 16 }], parallel: [1, 2, 4], threads: [1] });
  });

  it("says what is wrong", () => {
    expect(specFromForm("", DEFAULT_FORM)).toEqual({ ok: false, error: "Enter the path of a .gguf model first." });
    expect(specFromForm("/m.gguf", { ...DEFAULT_FORM, tg: "12x" })).toEqual({ ok: false, error: 'Generation (tg): "12x" is not a whole number of at least 1.' });
    expect(specFromForm("/m.gguf", { ...DEFAULT_FORM, pg: "512" }).ok).toBe(false);
    expect(specFromForm("/m.gguf", { ...DEFAULT_FORM, pp: "", tg: "" }).ok).toBe(false);
  });

  it("sweeps batch, micro-batch, KV cache type and flash attention as lists", () => {
    const result = specFromForm("/m.gguf", { ...DEFAULT_FORM, batchSize: "512, 2048", ubatchSize: "128", kvCacheType: "F16,q8_0", flashAttention: "0,1" });
    expect(result.ok && result.spec).toMatchObject({ batchSize: [512, 2048], ubatchSize: [128], kvCacheType: ["f16", "q8_0"], flashAttention: [false, true] });
    const words = specFromForm("/m.gguf", { ...DEFAULT_FORM, flashAttention: "on off" });
    expect(words.ok && words.spec.flashAttention).toEqual([true, false]);
    const empty = specFromForm("/m.gguf", { ...DEFAULT_FORM, flashAttention: "" });
    expect(empty.ok && "flashAttention" in empty.spec).toBe(false);
  });

  it("says which list value is wrong and what it may be", () => {
    expect(specFromForm("/m.gguf", { ...DEFAULT_FORM, batchSize: "0" })).toEqual({ ok: false, error: 'Batch size: "0" is not a whole number of at least 1.' });
    expect(specFromForm("/m.gguf", { ...DEFAULT_FORM, ubatchSize: "1.5" })).toEqual({ ok: false, error: 'Micro-batch size: "1.5" is not a whole number of at least 1.' });
    expect(specFromForm("/m.gguf", { ...DEFAULT_FORM, kvCacheType: "q7" })).toEqual({
      ok: false,
      error: 'KV cache type: "q7" is not one of f32, f16, bf16, q8_0, q4_0, q4_1, q5_0, q5_1.',
    });
    expect(specFromForm("/m.gguf", { ...DEFAULT_FORM, flashAttention: "maybe" })).toEqual({
      ok: false,
      error: 'Flash attention: "maybe" is not 0 or 1 (off or on); "0,1" measures both.',
    });
    expect(specFromForm("/m.gguf", { ...DEFAULT_FORM, flashAttention: "constructor" }).ok).toBe(false);
  });
});
