import type { BackendProbe, GpuInfo } from "../../../../shared/api/system";

/** One plain sentence about the GPUs, so a machine with none reads as a fact, not an error. */
export function summarizeGpus(gpus: GpuInfo[], backends: BackendProbe[]): string {
  const gpuBackend = backends.find((probe) => probe.loads && probe.backend !== "cpu");
  if (gpus.length === 0 && !gpuBackend) {
    return "No GPU was found on this machine. Benchmarks will run on the CPU, and you can project GPU figures from the hardware catalog.";
  }
  const names = gpus.map((gpu) => `${gpu.vendor} ${gpu.model}`.trim()).join(", ");
  if (gpuBackend) {
    return `${names || gpuBackend.deviceNames?.join(", ") || "A GPU"} is usable through ${gpuBackend.backend.toUpperCase()}.`;
  }
  return `Found ${names}, but no GPU backend of node-llama-cpp loads here, so benchmarks will run on the CPU.`;
}
