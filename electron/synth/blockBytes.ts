/**
 * Random but valid tensor bytes. Per type, one pool of a few MB of blocks is generated once and
 * streamed repeatedly (from a different block for each tensor): per-block generation in JS
 * would be far slower than the disk. Every block has finite fp16 scales and scales chosen so
 * dequantized weights stay within about ±0.05, like trained weights, so activations and logits
 * stay finite through the whole network.
 */
import type { SynthPreset } from "../../shared/synth/presets";
import { ggmlTypes, type GgmlTypeName } from "../../shared/synth/quantTypes";
import { llama3RopeFactors } from "../../shared/synth/ropeFactors";
import type { SynthTensor } from "../../shared/synth/tensorLayout";

export const defaultPoolBytes = 4 * 1024 * 1024;

/** xorshift32: deterministic, so a preset always produces the same file. */
function makeRandom(seed: number): () => number {
  let state = (seed | 0) || 0x9e3779b9;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
}

function fillRandomBytes(buffer: Buffer, next: () => number): void {
  const wholeWords = Math.floor(buffer.length / 4);
  for (let i = 0; i < wholeWords; i++) buffer.writeUInt32LE(next(), i * 4);
  for (let i = wholeWords * 4; i < buffer.length; i++) buffer[i] = next() & 0xff;
}

const float32Scratch = new Float32Array(1);
const bitsScratch = new Uint32Array(float32Scratch.buffer);

/** float -> IEEE half bits, for the normal range only (all our scales are well inside it). */
export function toHalfBits(value: number): number {
  float32Scratch[0] = value;
  const bits = bitsScratch[0];
  const exponent = ((bits >>> 23) & 0xff) - 127 + 15;
  if (exponent <= 0 || exponent >= 31) throw new Error(`${value} is outside fp16's normal range`);
  return ((bits >>> 16) & 0x8000) | (exponent << 10) | ((bits >>> 13) & 0x3ff);
}

/** Uniform in [low, high). */
function uniform(next: () => number, low: number, high: number): number {
  return low + (next() / 2 ** 32) * (high - low);
}

/** Rewrites the scale fields of one block in place; the random quant bytes around them stay. */
type ScaleWriter = (block: Buffer, next: () => number) => void;

const scaleWriters: Partial<Record<GgmlTypeName, ScaleWriter>> = {
  // d * (q - 8), q in 0..15
  Q4_0: (block, next) => block.writeUInt16LE(toHalfBits(uniform(next, 0.002, 0.004)), 0),
  // d * (q - 16), q in 0..31
  Q5_0: (block, next) => block.writeUInt16LE(toHalfBits(uniform(next, 0.001, 0.002)), 0),
  // d * q, q in -127..127 (ggml's quantizer never emits -128)
  Q8_0: (block, next) => {
    block.writeUInt16LE(toHalfBits(uniform(next, 1.5e-4, 2.5e-4)), 0);
    for (let i = 2; i < 34; i++) if (block[i] === 0x80) block[i] = 0x81;
  },
  // d * sc * q - dmin * m per 32-value sub-block; m ≈ sc * 15/16 with dmin = 8d centres q on 7.5
  Q4_K: (block, next) => {
    const d = uniform(next, 0.8e-4, 1.2e-4);
    block.writeUInt16LE(toHalfBits(d), 0);
    block.writeUInt16LE(toHalfBits(8 * d), 2);
    const scales: number[] = [];
    const mins: number[] = [];
    for (let j = 0; j < 8; j++) {
      const scale = 16 + (next() % 48);
      scales.push(scale);
      mins.push(Math.round((scale * 15) / 16));
    }
    // The 6-bit packing get_scale_min_k4() unpacks: sub-blocks 4..7 keep their top 2 bits in
    // the top bits of bytes 0..7 and their low 4 bits in bytes 8..11.
    for (let j = 0; j < 4; j++) {
      block[4 + j] = scales[j] | ((scales[j + 4] >> 4) << 6);
      block[4 + j + 4] = mins[j] | ((mins[j + 4] >> 4) << 6);
      block[4 + j + 8] = (scales[j + 4] & 0xf) | ((mins[j + 4] & 0xf) << 4);
    }
  },
  // d * sc * (q - 32) per 16-value sub-block, q in 0..63, sc int8
  Q6_K: (block, next) => {
    for (let i = 0; i < 16; i++) {
      const magnitude = 4 + (next() % 9);
      block.writeInt8(next() & 1 ? magnitude : -magnitude, 192 + i);
    }
    block.writeUInt16LE(toHalfBits(uniform(next, 1.0e-4, 1.5e-4)), 208);
  },
};

function writeHalfWeights(pool: Buffer, next: () => number): void {
  for (let offset = 0; offset < pool.length; offset += 2) {
    const r = next();
    // log-uniform magnitudes in [2^-12, 2^-5): exponents 3..9, random sign and mantissa
    pool.writeUInt16LE(((r & 1) << 15) | ((3 + ((r >>> 1) % 7)) << 10) | ((r >>> 4) & 0x3ff), offset);
  }
}

/**
 * A buffer of whole, valid blocks of `type`, about `targetBytes` long. Any block-aligned slice
 * of it is valid tensor data.
 */
export function makeBlockPool(type: GgmlTypeName, seed: number, targetBytes: number = defaultPoolBytes): Buffer {
  const { blockBytes } = ggmlTypes[type];
  const pool = Buffer.alloc(Math.max(1, Math.floor(targetBytes / blockBytes)) * blockBytes);
  const next = makeRandom(seed);
  if (type === "F16") {
    writeHalfWeights(pool, next);
    return pool;
  }
  if (type === "F32") {
    for (let offset = 0; offset < pool.length; offset += 4) pool.writeFloatLE(uniform(next, -0.03, 0.03), offset);
    return pool;
  }
  const writeScales = scaleWriters[type];
  if (writeScales === undefined) throw new Error(`No block generator for ${type}`);
  fillRandomBytes(pool, next);
  for (let offset = 0; offset < pool.length; offset += blockBytes) {
    writeScales(pool.subarray(offset, offset + blockBytes), next);
  }
  return pool;
}

/** Bytes of a small non-weight tensor (norm, bias, RoPE table), which must not be random noise. */
export function makeSmallTensorBytes(tensor: SynthTensor, preset: SynthPreset, seed: number): Buffer {
  if (tensor.type !== "F32") throw new Error(`${tensor.name}: expected F32, got ${tensor.type}`);
  const values =
    tensor.fill === "ones"
      ? new Array<number>(tensor.elementCount).fill(1)
      : tensor.fill === "ropeFactors"
        ? llama3RopeFactors(preset)
        : Array.from({ length: tensor.elementCount }, makeRandomBias(seed));
  if (values.length !== tensor.elementCount) {
    throw new Error(`${tensor.name}: ${values.length} values for ${tensor.elementCount} elements`);
  }
  const bytes = Buffer.alloc(4 * values.length);
  values.forEach((value, index) => bytes.writeFloatLE(value, 4 * index));
  return bytes;
}

function makeRandomBias(seed: number): () => number {
  const next = makeRandom(seed);
  return () => uniform(next, -0.02, 0.02);
}
