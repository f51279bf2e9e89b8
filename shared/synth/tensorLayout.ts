/**
 * Everything about a synthetic file except its random bytes: every tensor's name, shape, type,
 * size and offset, and the exact file size. Pure, so the UI can show sizes and the writer and
 * the tests share one source of truth.
 */
import {
  alignUp,
  ggufAlignmentBytes,
  ggufDataOffsetBytes,
  type GgufKv,
  type GgufTensorInfo,
} from "./ggufFormat";
import { buildSyntheticMetadata } from "./metadata";
import { getSynthPreset, headDimension, type SynthPreset, type SynthPresetId } from "./presets";
import { tensorTypeFor, type SynthQuant } from "./quantRecipe";
import { ggmlTypes, tensorByteSize, type GgmlTypeName } from "./quantTypes";

/** What a tensor's bytes must hold for the model to compute finite, sensible activations. */
export type SynthTensorFill = "weights" | "ones" | "bias" | "ropeFactors";

export type SynthTensorSpec = {
  readonly name: string;
  /** ggml order: dimensions[0] is the row length. */
  readonly dimensions: readonly number[];
  readonly fill: SynthTensorFill;
  readonly layerIndex?: number;
};

export type SynthTensor = SynthTensorSpec &
  GgufTensorInfo & {
    readonly type: GgmlTypeName;
    readonly elementCount: number;
    readonly byteSize: number;
    /** Offset from the start of the file. */
    readonly fileOffsetBytes: number;
  };

export type SynthLayout = {
  readonly preset: SynthPreset;
  readonly quant: SynthQuant;
  readonly metadata: readonly GgufKv[];
  /** In the order llama-quantize writes them: model loader order (layer, then name). */
  readonly tensors: readonly SynthTensor[];
  readonly parameterCount: number;
  readonly dataOffsetBytes: number;
  readonly totalFileBytes: number;
};

function layerTensors(preset: SynthPreset, layerIndex: number): SynthTensorSpec[] {
  const width = preset.embeddingLength;
  const kvWidth = preset.headCountKv * headDimension(preset);
  const qWidth = preset.headCount * headDimension(preset);
  const prefix = `blk.${layerIndex}.`;
  const specs: SynthTensorSpec[] = [
    { name: "attn_norm.weight", dimensions: [width], fill: "ones" },
    { name: "attn_q.weight", dimensions: [width, qWidth], fill: "weights" },
    { name: "attn_k.weight", dimensions: [width, kvWidth], fill: "weights" },
    { name: "attn_v.weight", dimensions: [width, kvWidth], fill: "weights" },
    { name: "attn_output.weight", dimensions: [qWidth, width], fill: "weights" },
    { name: "ffn_norm.weight", dimensions: [width], fill: "ones" },
    { name: "ffn_gate.weight", dimensions: [width, preset.feedForwardLength], fill: "weights" },
    { name: "ffn_up.weight", dimensions: [width, preset.feedForwardLength], fill: "weights" },
    { name: "ffn_down.weight", dimensions: [preset.feedForwardLength, width], fill: "weights" },
  ];
  if (preset.qkvBias) {
    specs.push(
      { name: "attn_q.bias", dimensions: [qWidth], fill: "bias" },
      { name: "attn_k.bias", dimensions: [kvWidth], fill: "bias" },
      { name: "attn_v.bias", dimensions: [kvWidth], fill: "bias" },
    );
  }
  return specs.map((spec) => ({ ...spec, name: prefix + spec.name, layerIndex }));
}

const byName = (a: SynthTensorSpec, b: SynthTensorSpec) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The tensors a model of this shape has, in llama.cpp's model loader order. */
export function listSynthTensors(preset: SynthPreset): SynthTensorSpec[] {
  const width = preset.embeddingLength;
  const global: SynthTensorSpec[] = [
    { name: "token_embd.weight", dimensions: [width, preset.vocabSize], fill: "weights" },
    { name: "output_norm.weight", dimensions: [width], fill: "ones" },
  ];
  if (!preset.tiedEmbeddings) {
    global.push({ name: "output.weight", dimensions: [width, preset.vocabSize], fill: "weights" });
  }
  if (preset.ropeScaling !== undefined) {
    global.push({ name: "rope_freqs.weight", dimensions: [headDimension(preset) / 2], fill: "ropeFactors" });
  }
  const layers: SynthTensorSpec[] = [];
  for (let layerIndex = 0; layerIndex < preset.blockCount; layerIndex++) {
    layers.push(...layerTensors(preset, layerIndex).sort(byName));
  }
  return [...global.sort(byName), ...layers];
}

export function buildSynthLayout(presetOrId: SynthPreset | SynthPresetId, quant: SynthQuant): SynthLayout {
  const preset = typeof presetOrId === "string" ? getSynthPreset(presetOrId) : presetOrId;
  const specs = listSynthTensors(preset);
  const metadata = buildSyntheticMetadata(preset, quant);
  const dataOffsetBytes = ggufDataOffsetBytes(metadata, specs);
  const model = { blockCount: preset.blockCount, tiedEmbeddings: preset.tiedEmbeddings };
  let offsetBytes = 0;
  let parameterCount = 0;
  const tensors = specs.map((spec): SynthTensor => {
    // rope_freqs is read as F32 whatever the file type; it is a table, not a weight.
    const type = spec.fill === "ropeFactors" ? "F32" : tensorTypeFor(spec, model, quant);
    const elementCount = spec.dimensions.reduce((product, size) => product * size, 1);
    const byteSize = tensorByteSize(type, spec.dimensions);
    const tensor = {
      ...spec,
      type,
      ggmlTypeId: ggmlTypes[type].id,
      elementCount,
      byteSize,
      offsetBytes,
      fileOffsetBytes: dataOffsetBytes + offsetBytes,
    };
    offsetBytes += alignUp(byteSize, ggufAlignmentBytes);
    parameterCount += elementCount;
    return tensor;
  });
  return {
    preset,
    quant,
    metadata,
    tensors,
    parameterCount,
    dataOffsetBytes,
    totalFileBytes: dataOffsetBytes + offsetBytes,
  };
}

/** Bytes per ggml type, for showing a file's quantization mix. */
export function bytesByType(layout: SynthLayout): Partial<Record<GgmlTypeName, number>> {
  const totals: Partial<Record<GgmlTypeName, number>> = {};
  for (const tensor of layout.tensors) totals[tensor.type] = (totals[tensor.type] ?? 0) + tensor.byteSize;
  return totals;
}
