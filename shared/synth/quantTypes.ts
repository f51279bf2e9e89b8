/**
 * The ggml tensor types a synthetic model can contain, with the ids and block geometry from
 * llama.cpp's ggml/src/ggml-common.h. Only the types our quant recipes can emit are listed:
 * a type here must also have a block generator on the Node side.
 */

export type GgmlTypeName = "F32" | "F16" | "Q4_0" | "Q5_0" | "Q8_0" | "Q4_K" | "Q6_K";

export type GgmlTypeInfo = {
  /** The `ggml_type` enum value written into tensor infos. */
  readonly id: number;
  /** Elements per block (ggml_blck_size); a row's length must be a multiple of it. */
  readonly blockElements: number;
  /** Bytes per block (ggml_type_size). */
  readonly blockBytes: number;
  /** Whether ggml_is_quantized() is true: only quantized default types go through the recipe. */
  readonly quantized: boolean;
};

export const ggmlTypes = {
  F32: { id: 0, blockElements: 1, blockBytes: 4, quantized: false },
  F16: { id: 1, blockElements: 1, blockBytes: 2, quantized: false },
  // half d + 16 bytes of 4-bit quants
  Q4_0: { id: 2, blockElements: 32, blockBytes: 18, quantized: true },
  // half d + 4 bytes of high bits + 16 bytes of low nibbles
  Q5_0: { id: 6, blockElements: 32, blockBytes: 22, quantized: true },
  // half d + 32 int8 quants
  Q8_0: { id: 8, blockElements: 32, blockBytes: 34, quantized: true },
  // half d, half dmin, 12 bytes of packed 6-bit scales/mins, 128 bytes of nibbles
  Q4_K: { id: 12, blockElements: 256, blockBytes: 144, quantized: true },
  // 128 bytes low nibbles, 64 bytes high 2-bits, 16 int8 scales, half d
  Q6_K: { id: 14, blockElements: 256, blockBytes: 210, quantized: true },
} as const satisfies Record<GgmlTypeName, GgmlTypeInfo>;

export const ggmlTypeNames = Object.keys(ggmlTypes) as GgmlTypeName[];

export function ggmlTypeById(id: number): GgmlTypeName | undefined {
  return ggmlTypeNames.find((name) => ggmlTypes[name].id === id);
}

/** Bytes a tensor of this type takes; throws when the row length does not fit the block size. */
export function tensorByteSize(type: GgmlTypeName, dimensions: readonly number[]): number {
  const info = ggmlTypes[type];
  const rowElements = dimensions[0];
  if (rowElements % info.blockElements !== 0) {
    throw new Error(`${type} needs rows that are a multiple of ${info.blockElements}, got ${rowElements}`);
  }
  const elements = dimensions.reduce((product, size) => product * size, 1);
  return (elements / info.blockElements) * info.blockBytes;
}
