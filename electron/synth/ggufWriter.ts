/**
 * Serializes the part of a GGUF file before the tensor data: header, metadata and tensor infos,
 * padded to the data offset. Sizes come from shared/synth/ggufFormat so the buffer is allocated
 * once at its exact length; a mismatch between the two is a bug and throws.
 */
import {
  ggufDataOffsetBytes,
  ggufMagic,
  ggufValueTypeIds,
  ggufVersion,
  ggufAlignmentBytes,
  type GgufKv,
  type GgufTensorInfo,
  type GgufValue,
} from "../../shared/synth/ggufFormat";

class ByteCursor {
  positionBytes = 0;
  constructor(readonly buffer: Buffer) {}

  u32(value: number): void {
    this.positionBytes = this.buffer.writeUInt32LE(value, this.positionBytes);
  }
  i32(value: number): void {
    this.positionBytes = this.buffer.writeInt32LE(value, this.positionBytes);
  }
  u64(value: number): void {
    this.positionBytes = this.buffer.writeBigUInt64LE(BigInt(value), this.positionBytes);
  }
  f32(value: number): void {
    this.positionBytes = this.buffer.writeFloatLE(value, this.positionBytes);
  }
  u8(value: number): void {
    this.positionBytes = this.buffer.writeUInt8(value, this.positionBytes);
  }
  string(text: string): void {
    const lengthPosition = this.positionBytes;
    const written = this.buffer.write(text, lengthPosition + 8, "utf8");
    this.buffer.writeBigUInt64LE(BigInt(written), lengthPosition);
    this.positionBytes = lengthPosition + 8 + written;
  }
}

function writeValue(cursor: ByteCursor, value: GgufValue): void {
  switch (value.type) {
    case "uint32":
      return cursor.u32(value.value);
    case "float32":
      return cursor.f32(value.value);
    case "bool":
      return cursor.u8(value.value ? 1 : 0);
    case "string":
      return cursor.string(value.value);
    case "stringArray":
      cursor.u32(ggufValueTypeIds.string);
      cursor.u64(value.value.length);
      for (const item of value.value) cursor.string(item);
      return;
    case "float32Array":
      cursor.u32(ggufValueTypeIds.float32);
      cursor.u64(value.value.length);
      for (const item of value.value) cursor.f32(item);
      return;
    case "int32Array":
      cursor.u32(ggufValueTypeIds.int32);
      cursor.u64(value.value.length);
      for (const item of value.value) cursor.i32(item);
      return;
  }
}

/** The value's gguf_type tag; arrays are tagged ARRAY and carry their element type inside. */
function valueTypeId(value: GgufValue): number {
  switch (value.type) {
    case "stringArray":
    case "float32Array":
    case "int32Array":
      return ggufValueTypeIds.array;
    default:
      return ggufValueTypeIds[value.type];
  }
}

/** Everything up to the first tensor's data, zero-padded to the alignment. */
export function serializeGgufHeader(kvs: readonly GgufKv[], tensors: readonly GgufTensorInfo[]): Buffer {
  const dataOffsetBytes = ggufDataOffsetBytes(kvs, tensors);
  const cursor = new ByteCursor(Buffer.alloc(dataOffsetBytes));
  cursor.u32(ggufMagic);
  cursor.u32(ggufVersion);
  cursor.u64(tensors.length);
  cursor.u64(kvs.length);
  for (const kv of kvs) {
    cursor.string(kv.key);
    cursor.u32(valueTypeId(kv.value));
    writeValue(cursor, kv.value);
  }
  for (const tensor of tensors) {
    cursor.string(tensor.name);
    cursor.u32(tensor.dimensions.length);
    for (const size of tensor.dimensions) cursor.u64(size);
    cursor.u32(tensor.ggmlTypeId);
    cursor.u64(tensor.offsetBytes);
  }
  // Buffer.alloc zero-fills, so the rest is already the alignment padding.
  const paddingBytes = dataOffsetBytes - cursor.positionBytes;
  if (paddingBytes < 0 || paddingBytes >= ggufAlignmentBytes) {
    throw new Error(`GGUF header measured ${dataOffsetBytes} bytes but serialized ${cursor.positionBytes}`);
  }
  return cursor.buffer;
}
