// Block geometry of ggml tensor types (ggml/src/ggml.c type_traits: blck_size, type_size), by the
// numeric id GGUF files store. Lets the header be checked against the file without native code.

type TypeGeometry = { name: string; blockElements: number; blockBytes: number };

const TYPES: Record<number, TypeGeometry> = {
  0: { name: "F32", blockElements: 1, blockBytes: 4 },
  1: { name: "F16", blockElements: 1, blockBytes: 2 },
  2: { name: "Q4_0", blockElements: 32, blockBytes: 18 },
  3: { name: "Q4_1", blockElements: 32, blockBytes: 20 },
  6: { name: "Q5_0", blockElements: 32, blockBytes: 22 },
  7: { name: "Q5_1", blockElements: 32, blockBytes: 24 },
  8: { name: "Q8_0", blockElements: 32, blockBytes: 34 },
  9: { name: "Q8_1", blockElements: 32, blockBytes: 36 },
  10: { name: "Q2_K", blockElements: 256, blockBytes: 84 },
  11: { name: "Q3_K", blockElements: 256, blockBytes: 110 },
  12: { name: "Q4_K", blockElements: 256, blockBytes: 144 },
  13: { name: "Q5_K", blockElements: 256, blockBytes: 176 },
  14: { name: "Q6_K", blockElements: 256, blockBytes: 210 },
  15: { name: "Q8_K", blockElements: 256, blockBytes: 292 },
  16: { name: "IQ2_XXS", blockElements: 256, blockBytes: 66 },
  17: { name: "IQ2_XS", blockElements: 256, blockBytes: 74 },
  18: { name: "IQ3_XXS", blockElements: 256, blockBytes: 98 },
  19: { name: "IQ1_S", blockElements: 256, blockBytes: 50 },
  20: { name: "IQ4_NL", blockElements: 32, blockBytes: 18 },
  21: { name: "IQ3_S", blockElements: 256, blockBytes: 110 },
  22: { name: "IQ2_S", blockElements: 256, blockBytes: 82 },
  23: { name: "IQ4_XS", blockElements: 256, blockBytes: 136 },
  24: { name: "I8", blockElements: 1, blockBytes: 1 },
  25: { name: "I16", blockElements: 1, blockBytes: 2 },
  26: { name: "I32", blockElements: 1, blockBytes: 4 },
  27: { name: "I64", blockElements: 1, blockBytes: 8 },
  28: { name: "F64", blockElements: 1, blockBytes: 8 },
  29: { name: "IQ1_M", blockElements: 256, blockBytes: 56 },
  30: { name: "BF16", blockElements: 1, blockBytes: 2 },
  34: { name: "TQ1_0", blockElements: 256, blockBytes: 54 },
  35: { name: "TQ2_0", blockElements: 256, blockBytes: 66 },
  39: { name: "MXFP4", blockElements: 32, blockBytes: 17 },
};

/** "Q4_K" for 12; "type 99" for an id this table does not know. */
export function ggmlTypeName(id: number): string {
  return TYPES[id]?.name ?? `type ${id}`;
}

/** Bytes a tensor of this type and shape takes, or null when the type's geometry is unknown here. */
export function ggmlTensorBytes(id: number, dimensions: readonly number[]): number | null {
  const geometry = TYPES[id];
  if (!geometry) return null;
  let elements = 1;
  for (const size of dimensions) elements *= size;
  return Math.ceil(elements / geometry.blockElements) * geometry.blockBytes;
}
