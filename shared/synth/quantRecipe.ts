/**
 * Which ggml type each tensor gets in a file of a given quantization: a port of the parts of
 * llama.cpp's src/llama-quant.cpp (llama_tensor_get_type_impl + tensor_type_fallback) that apply
 * to dense, non-Falcon llama/qwen2 models quantized without an importance matrix. Keeping the
 * real mix is what makes a synthetic Q4_K_M file the same size and speed as a published one.
 */
import { ggmlTypes, type GgmlTypeName } from "./quantTypes";

export type SynthQuant = "F16" | "Q8_0" | "Q4_0" | "Q4_K_M";

export const synthQuants: readonly SynthQuant[] = ["F16", "Q8_0", "Q4_0", "Q4_K_M"];

export function isSynthQuant(value: string): value is SynthQuant {
  return (synthQuants as readonly string[]).includes(value);
}

/** `general.file_type` values (llama_ftype: LLAMA_FTYPE_MOSTLY_*). */
export const llamaFileTypeIds = { F16: 1, Q4_0: 2, Q8_0: 7, Q4_K_M: 15 } as const satisfies Record<SynthQuant, number>;

/** llama_ftype_get_default_type(): the type every quantizable tensor starts from. */
const defaultTypes = { F16: "F16", Q8_0: "Q8_0", Q4_0: "Q4_0", Q4_K_M: "Q4_K" } as const satisfies Record<
  SynthQuant,
  GgmlTypeName
>;

export type RecipeTensor = {
  /** GGUF tensor name, e.g. `blk.3.attn_v.weight`. */
  readonly name: string;
  /** ggml order: dimensions[0] is the row length. */
  readonly dimensions: readonly number[];
  /** Block index for `blk.N.*` tensors. */
  readonly layerIndex?: number;
};

export type RecipeModel = {
  readonly blockCount: number;
  /** Without `output.weight`, llama.cpp quantizes `token_embd` as if it were the output. */
  readonly tiedEmbeddings: boolean;
};

/**
 * llama.cpp's use_more_bits(): the first and last eighth of the layers and every third one in
 * between. llama.cpp applies it to a running counter over attn_v / ffn_down tensors in the
 * model loader's order (layer number, then name), which for dense models is the layer index.
 */
export function useMoreBits(layerIndex: number, layerCount: number): boolean {
  const eighth = Math.trunc(layerCount / 8);
  return (
    layerIndex < eighth ||
    layerIndex >= Math.trunc((7 * layerCount) / 8) ||
    (layerIndex - eighth) % 3 === 2
  );
}

/** tensor_allows_quantization(): only 2-D+ weights, never norms; 1-D tensors keep their F32. */
function allowsQuantization(tensor: RecipeTensor): boolean {
  return tensor.dimensions.length >= 2 && tensor.name.endsWith("weight") && !tensor.name.includes("_norm.weight");
}

function isOutputLike(tensor: RecipeTensor, model: RecipeModel): boolean {
  return tensor.name === "output.weight" || (model.tiedEmbeddings && tensor.name === "token_embd.weight");
}

/** llama_tensor_get_type_impl() for the four file types we write. */
function mixedType(tensor: RecipeTensor, model: RecipeModel, quant: SynthQuant, type: GgmlTypeName): GgmlTypeName {
  if (isOutputLike(tensor, model)) {
    const rowElements = tensor.dimensions[0];
    if (rowElements % ggmlTypes[type].blockElements !== 0) return "Q8_0";
    // Every ftype except Q8_0 stores the output matrix as Q6_K: it dominates output quality.
    return type === "Q8_0" ? "Q8_0" : "Q6_K";
  }
  if (quant !== "Q4_K_M" || tensor.layerIndex === undefined) return type;
  const isAttnV = tensor.name.includes("attn_v.weight");
  const isFfnDown = tensor.name.includes("ffn_down");
  if ((isAttnV || isFfnDown) && useMoreBits(tensor.layerIndex, model.blockCount)) return "Q6_K";
  return type;
}

/** tensor_type_fallback(): a row length the block size does not divide falls back to a 32-block type. */
function fallbackType(rowElements: number, type: GgmlTypeName): GgmlTypeName {
  if (rowElements % ggmlTypes[type].blockElements === 0) return type;
  const fallback: GgmlTypeName = type === "Q4_K" ? "Q5_0" : type === "Q6_K" ? "Q8_0" : type;
  return rowElements % ggmlTypes[fallback].blockElements === 0 ? fallback : "F16";
}

/** The type `tensor` is stored as in a `quant` file (llama_tensor_get_type()). */
export function tensorTypeFor(tensor: RecipeTensor, model: RecipeModel, quant: SynthQuant): GgmlTypeName {
  // Converted from BF16/F16 checkpoints: 1-D tensors stay F32, matrices start as F16.
  if (!allowsQuantization(tensor)) return tensor.dimensions.length >= 2 ? "F16" : "F32";
  const defaultType = defaultTypes[quant];
  if (!ggmlTypes[defaultType].quantized) return defaultType;
  return fallbackType(tensor.dimensions[0], mixedType(tensor, model, quant, defaultType));
}
