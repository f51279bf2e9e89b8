// Memory estimates from node-llama-cpp's GgufInsights, and whether they fit on each device found.
import os from "node:os";
import { GgmlType, type GgufInsights, type Llama } from "node-llama-cpp";
import type { KvCacheType } from "../../../shared/bench/spec";
import type { DeviceFit } from "../../../shared/models/inspection";

export type EstimateOptions = {
  /** Requested offload; 99 (or more than the model has) means all. */
  gpuLayers: number;
  /** Per sequence. */
  contextSize: number;
  sequences?: number;
  batchSize?: number;
  flashAttention?: boolean;
  kvCacheType?: KvCacheType;
};

export type MemoryEstimate = { gpuLayers: number; vramBytes: number; ramBytes: number };

const GIB = 1024 ** 3;
const gib = (bytes: number) => `${(bytes / GIB).toFixed(bytes >= 10 * GIB ? 0 : 1)} GiB`;

/** Layers actually offloaded: none on the CPU backend, at most all of them elsewhere. */
export function effectiveGpuLayers(llama: Llama, insights: GgufInsights, requested: number): number {
  if (llama.gpu === false) return 0;
  return Math.max(0, Math.min(requested, insights.totalLayers));
}

/**
 * node-llama-cpp's V2 estimate simulates the context in llama.cpp (accurate, milliseconds), but a
 * hopeless configuration (millions of tokens × hundreds of sequences) can keep it busy for minutes
 * on the worker's only thread-pool thread. The V1 formula is instant and overestimates (up to ~4×
 * with several sequences), so it screens those out first.
 */
const FORMULA_ONLY_FACTOR = 4;

export async function estimateMemory(llama: Llama, insights: GgufInsights, options: EstimateOptions): Promise<MemoryEstimate> {
  const gpuLayers = effectiveGpuLayers(llama, insights, options.gpuLayers);
  const kvType = options.kvCacheType ? GgmlType[options.kvCacheType.toUpperCase() as keyof typeof GgmlType] : undefined;
  const contextOptions = {
    contextSize: options.contextSize,
    modelGpuLayers: gpuLayers,
    sequences: options.sequences ?? 1,
    batchSize: options.batchSize ?? 512,
    flashAttention: options.flashAttention ?? false,
    ...(kvType !== undefined ? { kvCacheKeyType: kvType, kvCacheValueType: kvType } : {}),
  };
  const model = await insights.estimateModelResourceRequirementsV2({ gpuLayers });
  const formula = insights.estimateContextResourceRequirements(contextOptions);
  const budget = os.totalmem() + (llama.gpu === false ? 0 : (await llama.getVramState()).total);
  const context =
    formula.cpuRam + formula.gpuVram > FORMULA_ONLY_FACTOR * budget ? formula : await insights.estimateContextResourceRequirementsV2(contextOptions);
  return { gpuLayers, vramBytes: model.gpuVram + context.gpuVram, ramBytes: model.cpuRam + context.cpuRam };
}

/** One entry per device: the GPU(s) node-llama-cpp drives, and system RAM. */
export async function deviceFits(llama: Llama, estimate: MemoryEstimate): Promise<DeviceFit[]> {
  const fits: DeviceFit[] = [];
  if (llama.gpu !== false) {
    const names = await llama.getGpuDeviceNames();
    const vram = await llama.getVramState();
    const fitsGpu = estimate.vramBytes <= vram.free;
    fits.push({
      device: `${names.length > 1 ? "GPUs" : "GPU"}: ${names.join(", ") || llama.gpu}`,
      fits: fitsGpu,
      neededBytes: estimate.vramBytes,
      availableBytes: vram.free,
      note: fitsGpu
        ? `${gib(vram.free)} of ${gib(vram.total)} VRAM is free.`
        : `Needs about ${gib(estimate.vramBytes)} of VRAM with ${estimate.gpuLayers} layers offloaded, but ${gib(vram.free)} is free: offload fewer layers or use a smaller context.`,
    });
  }
  const freeRam = os.freemem();
  const fitsRam = estimate.ramBytes <= freeRam;
  fits.push({
    device: "CPU (system RAM)",
    fits: fitsRam,
    neededBytes: estimate.ramBytes,
    availableBytes: freeRam,
    note: [
      llama.gpu === false ? "No GPU backend loads here, so every layer runs on the CPU." : "",
      fitsRam
        ? `${gib(freeRam)} of ${gib(os.totalmem())} RAM is available.`
        : `Needs about ${gib(estimate.ramBytes)} of RAM, but ${gib(freeRam)} is available: close other programs, use a smaller context or a smaller quantization.`,
    ]
      .filter(Boolean)
      .join(" "),
  });
  return fits;
}
