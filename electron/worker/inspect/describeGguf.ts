// A model's shape and quantization from its parsed GGUF header: no native code, no tensor data.
import { basename } from "node:path";
import { GgufFileType, type GgufFileInfo } from "node-llama-cpp";
import type { ModelInspection, TensorTypeShare } from "../../../shared/models/inspection";
import { ggmlTensorBytes, ggmlTypeName } from "../../../shared/models/ggmlTypes";
import { readSyntheticMarker } from "../../../shared/synth/metadata";

export type GgufShape = Omit<ModelInspection, "path" | "fileSizeBytes" | "headerReadMs" | "parameterCount" | "estimate">;

function numberOr(value: unknown, fallback: number): number {
  // Some architectures store per-layer values (e.g. head counts) as arrays.
  if (Array.isArray(value)) return value.length > 0 ? numberOr(value[0], fallback) : fallback;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "bigint") return Number(value);
  return fallback;
}

/** llama.cpp's name for a `general.file_type` value, e.g. "MOSTLY_Q4_K_M". */
export function fileTypeName(fileType: unknown): string {
  if (typeof fileType !== "number") return "unknown";
  return GgufFileType[fileType] ?? `file type ${fileType}`;
}

/** Tensors grouped by ggml type, largest share first. */
export function tensorTypeMix(info: GgufFileInfo): TensorTypeShare[] {
  const shares = new Map<string, TensorTypeShare>();
  for (const tensor of info.fullTensorInfo ?? info.tensorInfo ?? []) {
    const type = ggmlTypeName(tensor.ggmlType);
    const share = shares.get(type) ?? { type, tensors: 0, bytes: 0 };
    share.tensors += 1;
    share.bytes += ggmlTensorBytes(tensor.ggmlType, tensor.dimensions.map(Number)) ?? 0;
    shares.set(type, share);
  }
  return [...shares.values()].sort((a, b) => b.bytes - a.bytes);
}

/** Vocabulary size: the token embedding's second dimension (node-llama-cpp has no getter for it). */
export function vocabularySize(info: GgufFileInfo): number {
  const embedding = (info.fullTensorInfo ?? info.tensorInfo ?? []).find((tensor) => tensor.name === "token_embd.weight");
  if (embedding && embedding.dimensions.length >= 2) return Number(embedding.dimensions[1]);
  const arch = info.architectureMetadata as Record<string, unknown>;
  const tokens = (info.metadata as unknown as { tokenizer?: { ggml?: { tokens?: readonly unknown[] } } }).tokenizer?.ggml?.tokens;
  return numberOr(arch.vocab_size, Array.isArray(tokens) ? tokens.length : 0);
}

export function describeGguf(path: string, info: GgufFileInfo): GgufShape {
  const general = info.metadata.general as Record<string, unknown> | undefined;
  const arch = info.architectureMetadata as Record<string, unknown>;
  const attention = (arch.attention ?? {}) as Record<string, unknown>;
  const heads = numberOr(attention.head_count, 0);
  const marker = readSyntheticMarker(info.metadata);
  return {
    fileName: basename(path),
    architecture: typeof general?.architecture === "string" ? general.architecture : "unknown",
    name: typeof general?.name === "string" ? general.name : null,
    fileType: fileTypeName(general?.file_type),
    tensorTypes: tensorTypeMix(info),
    layers: numberOr(arch.block_count, 0),
    embeddingSize: numberOr(arch.embedding_length, 0),
    heads,
    kvHeads: numberOr(attention.head_count_kv, heads),
    vocabularySize: vocabularySize(info),
    trainedContextLength: numberOr(arch.context_length, 0),
    synthetic: marker !== undefined,
    syntheticPreset: marker?.preset ?? null,
  };
}
