// Before any model is loaded: every configuration of the sweep must fit by node-llama-cpp's own
// estimate, or the run is refused with what does not fit and what to change.
import os from "node:os";
import { basename } from "node:path";
import type { GgufInsights, Llama } from "node-llama-cpp";
import { ApiFailure } from "../../../shared/api/errors";
import type { BenchStep } from "../../../shared/bench/sweep";
import { estimateMemory } from "../inspect/estimateMemory";

const GIB = 1024 ** 3;
const gib = (bytes: number) => `${(bytes / GIB).toFixed(1)} GiB`;

export async function refuseWhatWontFit(llama: Llama, insights: GgufInsights, modelPath: string, steps: readonly BenchStep[]): Promise<void> {
  const seen = new Set<string>();
  const freeVram = llama.gpu === false ? 0 : (await llama.getVramState()).free;
  const freeRam = os.freemem();
  for (const step of steps) {
    const { params } = step;
    const options = {
      gpuLayers: params.gpuLayers,
      contextSize: step.contextSize,
      sequences: params.parallel,
      batchSize: params.batchSize,
      flashAttention: params.flashAttention,
      kvCacheType: params.kvCacheType,
    };
    const key = JSON.stringify(options);
    if (seen.has(key)) continue;
    seen.add(key);
    const estimate = await estimateMemory(llama, insights, options);
    const shape = `${estimate.gpuLayers} GPU layers and a ${step.contextSize}-token context × ${params.parallel} sequence${params.parallel > 1 ? "s" : ""} (${step.name})`;
    const file = basename(modelPath);
    if (estimate.vramBytes > freeVram && estimate.vramBytes > 0) {
      throw new ApiFailure(
        "WONT_FIT",
        `${file} will not fit in GPU memory: with ${shape} it needs about ${gib(estimate.vramBytes)} of VRAM, but ${gib(freeVram)} is free. Offload fewer layers, lower the context size or parallel sequences, or use a smaller quantization.`,
      );
    }
    if (estimate.ramBytes > freeRam) {
      throw new ApiFailure(
        "WONT_FIT",
        `${file} will not fit in memory: with ${shape} it needs about ${gib(estimate.ramBytes)} of RAM, but ${gib(freeRam)} is available. Lower the context size or parallel sequences, use a smaller quantization, or close other programs.`,
      );
    }
  }
}
