/**
 * The GGUF v3 container, as far as sizes go (ggml/src/gguf.cpp): kept free of Node APIs so the
 * exact file size of a synthetic model is known in the renderer before anything is written.
 * The Node writer serializes with the same constants; a test checks both agree byte for byte.
 */

export const ggufMagic = 0x46554747; // "GGUF" read as a little-endian uint32
export const ggufVersion = 3;
export const ggufAlignmentBytes = 32;

/** gguf_type: the value type tag stored before each metadata value and array. */
export const ggufValueTypeIds = {
  uint32: 4,
  int32: 5,
  float32: 6,
  bool: 7,
  string: 8,
  array: 9,
} as const;

export type GgufValue =
  | { readonly type: "uint32"; readonly value: number }
  | { readonly type: "float32"; readonly value: number }
  | { readonly type: "bool"; readonly value: boolean }
  | { readonly type: "string"; readonly value: string }
  | { readonly type: "stringArray"; readonly value: readonly string[] }
  | { readonly type: "float32Array"; readonly value: readonly number[] }
  | { readonly type: "int32Array"; readonly value: readonly number[] };

export type GgufKv = { readonly key: string; readonly value: GgufValue };

export type GgufTensorInfo = {
  readonly name: string;
  /** ggml order: dimensions[0] is the row length. */
  readonly dimensions: readonly number[];
  readonly ggmlTypeId: number;
  /** Offset from the start of the data section; a multiple of the alignment. */
  readonly offsetBytes: number;
};

export function alignUp(value: number, alignment: number = ggufAlignmentBytes): number {
  return Math.ceil(value / alignment) * alignment;
}

/** UTF-8 length without TextEncoder, which this layer compiles without. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one 4-byte code point
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** gguf strings are a uint64 byte length followed by the bytes, unterminated. */
function stringBytes(text: string): number {
  return 8 + utf8ByteLength(text);
}

export function ggufValueBytes(value: GgufValue): number {
  const arrayHeaderBytes = 4 + 8; // element type tag + uint64 count
  switch (value.type) {
    case "uint32":
    case "float32":
      return 4;
    case "bool":
      return 1;
    case "string":
      return stringBytes(value.value);
    case "stringArray":
      return arrayHeaderBytes + value.value.reduce((sum, item) => sum + stringBytes(item), 0);
    case "float32Array":
    case "int32Array":
      return arrayHeaderBytes + 4 * value.value.length;
  }
}

export function ggufKvBytes(kv: GgufKv): number {
  return stringBytes(kv.key) + 4 + ggufValueBytes(kv.value);
}

export function ggufTensorInfoBytes(tensor: Pick<GgufTensorInfo, "name" | "dimensions">): number {
  return stringBytes(tensor.name) + 4 + 8 * tensor.dimensions.length + 4 + 8;
}

/** Bytes before the data section: header, metadata, tensor infos, padding to the alignment. */
export function ggufDataOffsetBytes(
  kvs: readonly GgufKv[],
  tensors: readonly Pick<GgufTensorInfo, "name" | "dimensions">[],
  alignment: number = ggufAlignmentBytes,
): number {
  const fixedHeaderBytes = 4 + 4 + 8 + 8; // magic, version, tensor count, kv count
  const kvBytes = kvs.reduce((sum, kv) => sum + ggufKvBytes(kv), 0);
  const tensorInfoBytes = tensors.reduce((sum, tensor) => sum + ggufTensorInfoBytes(tensor), 0);
  return alignUp(fixedHeaderBytes + kvBytes + tensorInfoBytes, alignment);
}
