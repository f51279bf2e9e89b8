import { describe, expect, it } from "vitest";
import { getSynthPreset } from "../../shared/synth/presets";
import { ggmlTypes, type GgmlTypeName } from "../../shared/synth/quantTypes";
import { buildSynthLayout } from "../../shared/synth/tensorLayout";
import { makeBlockPool, makeSmallTensorBytes, toHalfBits } from "./blockBytes";

function halfToFloat(bits: number): number {
  const exponent = (bits >> 10) & 0x1f;
  const mantissa = bits & 0x3ff;
  const sign = bits & 0x8000 ? -1 : 1;
  if (exponent === 0) return sign * 2 ** -14 * (mantissa / 1024);
  if (exponent === 31) return mantissa === 0 ? sign * Infinity : NaN;
  return sign * 2 ** (exponent - 15) * (1 + mantissa / 1024);
}

/** Independent re-implementations of ggml's dequantize_row_* for one block. */
const dequantize: Record<Exclude<GgmlTypeName, "F32">, (block: Buffer) => number[]> = {
  F16: (block) => [halfToFloat(block.readUInt16LE(0))],
  Q4_0: (block) => {
    const d = halfToFloat(block.readUInt16LE(0));
    return [...block.subarray(2, 18)].flatMap((byte) => [d * ((byte & 0xf) - 8), d * ((byte >> 4) - 8)]);
  },
  Q5_0: (block) => {
    const d = halfToFloat(block.readUInt16LE(0));
    const high = block.readUInt32LE(2);
    return [...block.subarray(6, 22)].flatMap((byte, j) => [
      d * (((byte & 0xf) | (((high >> j) & 1) << 4)) - 16),
      d * (((byte >> 4) | (((high >> (j + 16)) & 1) << 4)) - 16),
    ]);
  },
  Q8_0: (block) => {
    const d = halfToFloat(block.readUInt16LE(0));
    return Array.from({ length: 32 }, (_, i) => d * block.readInt8(2 + i));
  },
  Q4_K: (block) => {
    const d = halfToFloat(block.readUInt16LE(0));
    const dmin = halfToFloat(block.readUInt16LE(2));
    const q = block.subarray(4, 16);
    const scaleMin = (j: number) =>
      j < 4
        ? [q[j] & 63, q[j + 4] & 63]
        : [(q[j + 4] & 0xf) | ((q[j - 4] >> 6) << 4), (q[j + 4] >> 4) | ((q[j] >> 6) << 4)];
    const values: number[] = [];
    for (let j = 0; j < 8; j++) {
      const [scale, min] = scaleMin(j);
      for (let l = 0; l < 32; l++) {
        const byte = block[16 + Math.floor(j / 2) * 32 + l];
        values.push(d * scale * (j % 2 === 0 ? byte & 0xf : byte >> 4) - dmin * min);
      }
    }
    return values;
  },
  Q6_K: (block) => {
    const d = halfToFloat(block.readUInt16LE(208));
    const values: number[] = [];
    for (let i = 0; i < 256; i++) {
      const half = Math.floor(i / 128);
      const l = i % 32;
      const quarter = Math.floor((i % 128) / 32);
      const low = block[half * 64 + l + (quarter % 2) * 32];
      const nibble = quarter < 2 ? low & 0xf : low >> 4;
      const high = (block[128 + half * 32 + l] >> (2 * quarter)) & 3;
      const scale = block.readInt8(192 + half * 8 + Math.floor(l / 16) + 2 * quarter);
      values.push(d * scale * ((nibble | (high << 4)) - 32));
    }
    return values;
  },
};

describe("block pools", () => {
  it.each(Object.keys(dequantize) as (keyof typeof dequantize)[])(
    "%s blocks dequantize to finite weights within ±0.1, centred near zero",
    (type) => {
      const { blockBytes } = ggmlTypes[type];
      const pool = makeBlockPool(type, 42, 32 * 1024);
      expect(pool.length % blockBytes).toBe(0);
      let sum = 0;
      let count = 0;
      let maxMagnitude = 0;
      let nonFinite = 0;
      for (let offset = 0; offset < pool.length; offset += blockBytes) {
        for (const value of dequantize[type](pool.subarray(offset, offset + blockBytes))) {
          if (!Number.isFinite(value)) nonFinite++;
          sum += value;
          count++;
          maxMagnitude = Math.max(maxMagnitude, Math.abs(value));
        }
      }
      expect(nonFinite).toBe(0);
      expect(maxMagnitude).toBeLessThan(0.1);
      expect(maxMagnitude).toBeGreaterThan(0.005);
      expect(Math.abs(sum / count)).toBeLessThan(0.005);
    },
  );

  it("is deterministic per seed", () => {
    expect(makeBlockPool("Q4_K", 7, 4096).equals(makeBlockPool("Q4_K", 7, 4096))).toBe(true);
    expect(makeBlockPool("Q4_K", 7, 4096).equals(makeBlockPool("Q4_K", 8, 4096))).toBe(false);
  });

  it("encodes halves exactly for representable values", () => {
    expect(toHalfBits(1)).toBe(0x3c00);
    expect(toHalfBits(-2)).toBe(0xc000);
    expect(halfToFloat(toHalfBits(0.0001))).toBeCloseTo(0.0001, 6);
    expect(() => toHalfBits(1e-9)).toThrow();
  });
});

describe("small tensors", () => {
  const layout = buildSynthLayout("llama-3.1-8b", "Q4_K_M");
  const preset = getSynthPreset("llama-3.1-8b");
  const find = (name: string) => layout.tensors.find((tensor) => tensor.name === name)!;

  it("fills norms with ones and rope_freqs with the Llama 3.1 factors", () => {
    const norm = makeSmallTensorBytes(find("blk.0.attn_norm.weight"), preset, 1);
    expect(norm.length).toBe(4096 * 4);
    expect(norm.readFloatLE(0)).toBe(1);
    const rope = makeSmallTensorBytes(find("rope_freqs.weight"), preset, 1);
    expect(rope.length).toBe(64 * 4);
    expect(rope.readFloatLE(0)).toBe(1);
    expect(rope.readFloatLE(63 * 4)).toBe(8);
  });
});
