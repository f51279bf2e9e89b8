import type { BackendProbe, GpuInfo } from "../../../../shared/api/system";

// Mesa's llvmpipe/lavapipe/softpipe, Google's SwiftShader and Windows' fallback display driver
// draw on the CPU; counting one as a GPU would promise a speed-up that cannot happen.
const SOFTWARE_RENDERER = /llvmpipe|lavapipe|softpipe|swiftshader|microsoft basic (render|display)/i;

export function isSoftwareRenderer(name: string): boolean {
  return SOFTWARE_RENDERER.test(name);
}

export function isHardwareGpu(gpu: GpuInfo): boolean {
  return !isSoftwareRenderer(`${gpu.vendor} ${gpu.model}`);
}

/** A GPU backend that loads on a real GPU: Vulkan on llvmpipe loads too, and is slower than the CPU backend. */
export function usableGpuBackend(backends: BackendProbe[]): BackendProbe | undefined {
  return backends.find(
    (probe) => probe.loads && probe.backend !== "cpu" && !(probe.deviceNames?.length && probe.deviceNames.every(isSoftwareRenderer)),
  );
}

/** One plain sentence about the GPUs, so a machine with none reads as a fact, not an error. */
export function summarizeGpus(allGpus: GpuInfo[], backends: BackendProbe[], options: { backendsChecked?: boolean } = {}): string {
  const gpus = allGpus.filter(isHardwareGpu);
  const gpuBackend = usableGpuBackend(backends);
  if (gpus.length === 0 && !gpuBackend) {
    const software = allGpus.length > 0 ? ` (${allGpus.map((gpu) => gpu.model).join(", ")}: a software renderer, not a GPU)` : "";
    return `No GPU was found on this machine${software}. Benchmarks will run on the CPU, and you can project GPU figures from the hardware catalog.`;
  }
  const names = gpus.map((gpu) => `${gpu.vendor} ${gpu.model}`.trim()).join(", ");
  if (gpuBackend) {
    return `${names || gpuBackend.deviceNames?.join(", ") || "A GPU"} is usable through ${gpuBackend.backend.toUpperCase()}.`;
  }
  // After a failed probe nothing is known about the backends; "none loads" would send the user after drivers.
  if (options.backendsChecked === false) return `Found ${names}; which backends load could not be checked, so press Refresh before benchmarking.`;
  return `Found ${names}, but no GPU backend of node-llama-cpp loads here, so benchmarks will run on the CPU.`;
}
