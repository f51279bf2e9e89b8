import { describe, expect, it } from "vitest";
import { buildSyntheticMetadata, isSyntheticGgufMetadata, readSyntheticMarker } from "./metadata";
import { getSynthPreset } from "./presets";
import { llama3RopeFactors } from "./ropeFactors";
import { buildSyntheticVocab, minimumVocabSize, tokenTypes } from "./vocab";

describe("synthetic vocabulary", () => {
  it("has the real size, unique pieces, control tokens and all 256 byte tokens", () => {
    const vocab = buildSyntheticVocab(152064);
    expect(vocab.tokens).toHaveLength(152064);
    expect(vocab.scores).toHaveLength(152064);
    expect(new Set(vocab.tokens).size).toBe(152064);
    expect(vocab.tokens.slice(0, 3)).toEqual(["<unk>", "<s>", "</s>"]);
    expect(vocab.tokens[3 + 0x0a]).toBe("<0x0A>");
    expect(vocab.tokenTypes.filter((type) => type === tokenTypes.byte)).toHaveLength(256);
  });

  it("refuses a vocabulary too small for the byte fallback", () => {
    expect(() => buildSyntheticVocab(minimumVocabSize - 1)).toThrow();
  });
});

describe("synthetic marker", () => {
  const metadata = buildSyntheticMetadata(getSynthPreset("tiny"), "Q4_0");
  const flat = Object.fromEntries(metadata.map((kv) => [kv.key, kv.value.value]));

  it("writes the marker, file type and architecture keys", () => {
    expect(flat["breakeven.synthetic"]).toBe(true);
    expect(flat["breakeven.preset"]).toBe("tiny");
    expect(flat["general.file_type"]).toBe(2);
    expect(flat["general.architecture"]).toBe("llama");
    expect(flat["llama.attention.head_count_kv"]).toBe(2);
    expect(new Set(metadata.map((kv) => kv.key)).size).toBe(metadata.length);
  });

  it("is recognized in flat and in node-llama-cpp's nested form, and not in real metadata", () => {
    expect(isSyntheticGgufMetadata(flat)).toBe(true);
    const nested = {
      general: { architecture: "llama" },
      breakeven: { synthetic: true, preset: "tiny", generator_version: 1 },
    };
    expect(isSyntheticGgufMetadata(nested)).toBe(true);
    expect(readSyntheticMarker(nested)).toEqual({ preset: "tiny", generatorVersion: 1 });
    expect(isSyntheticGgufMetadata({ general: { architecture: "qwen2" } })).toBe(false);
    expect(isSyntheticGgufMetadata({ breakeven: { synthetic: "true" } })).toBe(false);
    expect(isSyntheticGgufMetadata(undefined)).toBe(false);
    expect(readSyntheticMarker({})).toBeUndefined();
  });
});

describe("Llama 3.1 RoPE factors", () => {
  it("leaves high frequencies alone and divides the lowest by the scaling factor", () => {
    const factors = llama3RopeFactors(getSynthPreset("llama-3.1-8b"));
    expect(factors).toHaveLength(64);
    expect(factors[0]).toBe(1);
    expect(factors[63]).toBe(8);
    for (let i = 1; i < factors.length; i++) expect(factors[i]).toBeGreaterThanOrEqual(factors[i - 1]);
  });
});
