import { GPU_BACKENDS, notOnThisPlatform, type BackendProbe, type GpuBackendName } from "../../../../shared/api/system";

/**
 * The backends node-llama-cpp could offer on an OS and CPU, mirroring its
 * getLlamaGpuTypes("allValid"): Metal only on Apple Silicon, where CUDA is never offered.
 * Main uses it when the worker that asks node-llama-cpp itself could not run.
 */
export function backendsOnPlatform(platform: string, arch: string): Set<GpuBackendName> {
  const appleSilicon = platform === "darwin" && arch === "arm64";
  return new Set<GpuBackendName>([appleSilicon ? "metal" : "cuda", "vulkan", "cpu"]);
}

/** Every backend marked as not available, with the reason the probe gave: the page still shows the machine. */
export function unprobedBackends(failure: string, platform: string = process.platform, arch: string = process.arch): BackendProbe[] {
  const possible = backendsOnPlatform(platform, arch);
  return GPU_BACKENDS.map((backend) =>
    possible.has(backend) ? { backend, loads: false, reason: `Not checked: ${failure} Press Refresh to try again.` } : notOnThisPlatform(backend),
  );
}
