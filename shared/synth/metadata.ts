/**
 * The metadata of a synthetic GGUF file: what llama.cpp needs to load the architecture and the
 * tokenizer, plus a `breakeven.*` marker so no report ever mistakes a synthetic file's output
 * for a real model's (its timings are real, its text is noise).
 */
import type { GgufKv } from "./ggufFormat";
import { ggufAlignmentBytes } from "./ggufFormat";
import { headDimension, type SynthPreset } from "./presets";
import { llamaFileTypeIds, type SynthQuant } from "./quantRecipe";
import { buildSyntheticVocab, specialTokenIds } from "./vocab";

/** Bump when the bytes a preset produces change, so cached files are regenerated. */
export const synthGeneratorVersion = 1;

export const synthMetadataKeys = {
  synthetic: "breakeven.synthetic",
  preset: "breakeven.preset",
  quant: "breakeven.quant",
  generatorVersion: "breakeven.generator_version",
} as const;

const u32 = (value: number) => ({ type: "uint32", value }) as const;
const f32 = (value: number) => ({ type: "float32", value }) as const;
const str = (value: string) => ({ type: "string", value }) as const;

export function buildSyntheticMetadata(preset: SynthPreset, quant: SynthQuant): GgufKv[] {
  const arch = preset.arch;
  const vocab = buildSyntheticVocab(preset.vocabSize);
  const entries: [string, GgufKv["value"]][] = [
    ["general.architecture", str(arch)],
    ["general.type", str("model")],
    ["general.name", str(`Synthetic ${preset.label} ${quant}`)],
    ["general.file_type", u32(llamaFileTypeIds[quant])],
    ["general.quantization_version", u32(2)],
    ["general.alignment", u32(ggufAlignmentBytes)],
    [synthMetadataKeys.synthetic, { type: "bool", value: true }],
    [synthMetadataKeys.preset, str(preset.id)],
    [synthMetadataKeys.quant, str(quant)],
    [synthMetadataKeys.generatorVersion, u32(synthGeneratorVersion)],
    [`${arch}.vocab_size`, u32(preset.vocabSize)],
    [`${arch}.context_length`, u32(preset.contextLength)],
    [`${arch}.embedding_length`, u32(preset.embeddingLength)],
    [`${arch}.block_count`, u32(preset.blockCount)],
    [`${arch}.feed_forward_length`, u32(preset.feedForwardLength)],
    [`${arch}.attention.head_count`, u32(preset.headCount)],
    [`${arch}.attention.head_count_kv`, u32(preset.headCountKv)],
    [`${arch}.rope.freq_base`, f32(preset.ropeFreqBase)],
    [`${arch}.rope.dimension_count`, u32(headDimension(preset))],
    [`${arch}.attention.layer_norm_rms_epsilon`, f32(preset.rmsNormEps)],
    ["tokenizer.ggml.model", str("llama")],
    ["tokenizer.ggml.pre", str("default")],
    ["tokenizer.ggml.tokens", { type: "stringArray", value: vocab.tokens }],
    ["tokenizer.ggml.scores", { type: "float32Array", value: vocab.scores }],
    ["tokenizer.ggml.token_type", { type: "int32Array", value: vocab.tokenTypes }],
    ["tokenizer.ggml.bos_token_id", u32(specialTokenIds.bos)],
    ["tokenizer.ggml.eos_token_id", u32(specialTokenIds.eos)],
    ["tokenizer.ggml.unknown_token_id", u32(specialTokenIds.unk)],
    ["tokenizer.ggml.add_bos_token", { type: "bool", value: true }],
    ["tokenizer.ggml.add_eos_token", { type: "bool", value: false }],
  ];
  return entries.map(([key, value]) => ({ key, value }));
}

export type SyntheticMarker = {
  readonly preset: string;
  readonly quant?: string;
  readonly generatorVersion?: number;
};

/**
 * Looks a dotted key up in either a flat `{ "a.b": v }` map or the nested `{ a: { b: v } }`
 * objects node-llama-cpp's readGgufFileInfo() returns.
 */
function lookUp(metadata: unknown, dottedKey: string): unknown {
  if (typeof metadata !== "object" || metadata === null) return undefined;
  const record = metadata as Record<string, unknown>;
  if (dottedKey in record) return record[dottedKey];
  let node: unknown = metadata;
  for (const part of dottedKey.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Whether GGUF metadata (node-llama-cpp's `GgufFileInfo.metadata`, or a flat map) marks a synthetic file. */
export function isSyntheticGgufMetadata(metadata: unknown): boolean {
  return lookUp(metadata, synthMetadataKeys.synthetic) === true;
}

/** The synthetic marker's details, or undefined for a real model. */
export function readSyntheticMarker(metadata: unknown): SyntheticMarker | undefined {
  if (!isSyntheticGgufMetadata(metadata)) return undefined;
  const preset = lookUp(metadata, synthMetadataKeys.preset);
  const quant = lookUp(metadata, synthMetadataKeys.quant);
  const version = lookUp(metadata, synthMetadataKeys.generatorVersion);
  return {
    preset: typeof preset === "string" ? preset : "unknown",
    ...(typeof quant === "string" ? { quant } : {}),
    ...(typeof version === "number" ? { generatorVersion: version } : {}),
  };
}
