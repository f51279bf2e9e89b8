export type GpuBackendName = "cuda" | "vulkan" | "metal" | "cpu";

/** Every backend node-llama-cpp has, in the order the Hardware page lists them. */
export const GPU_BACKENDS = ["cuda", "vulkan", "metal", "cpu"] as const satisfies readonly GpuBackendName[];

export type BackendProbe = {
  backend: GpuBackendName;
  /** True when node-llama-cpp's prebuilt binary for this backend loaded here. */
  loads: boolean;
  /** False when the backend cannot exist on this OS and CPU (Metal off Apple Silicon); absent otherwise. */
  onThisPlatform?: boolean;
  /** Why it did not load, in words a user can act on (for example the missing CUDA library). */
  reason?: string;
  /** Devices the backend sees, e.g. "NVIDIA H200". */
  deviceNames?: string[];
  vramTotalBytes?: number;
};

export type GpuInfo = {
  vendor: string;
  model: string;
  /** Null when the driver does not report it. */
  vramBytes: number | null;
  driverVersion: string | null;
  bus: string | null;
};

export type SystemDescription = {
  os: { platform: string; distro: string; release: string; arch: string; hostname: string };
  cpu: {
    manufacturer: string;
    brand: string;
    physicalCores: number;
    threads: number;
    speedGHz: number | null;
  };
  memory: { totalBytes: number; availableBytes: number };
  gpus: GpuInfo[];
  /** Plain sentence for the no-GPU case, so the UI never has to invent one. */
  gpuSummary: string;
  backends: BackendProbe[];
  /** False when the probe of the backends failed, so `backends` says nothing about what loads; absent in older reports. */
  backendsChecked?: boolean;
  /** Which backend node-llama-cpp picks with gpu: "auto". */
  preferredBackend: GpuBackendName | null;
  versions: { app: string; nodeLlamaCpp: string; llamaCppRelease: string | null; node: string; electron: string | null };
  describedAt: string;
};

/** The entry for a backend this OS and CPU can never have, so the page lists it rather than drop it. */
export function notOnThisPlatform(backend: GpuBackendName): BackendProbe {
  const reason = backend === "metal" ? "Metal is only available on Apple Silicon Macs." : `${backend.toUpperCase()} is not offered on this OS and CPU.`;
  return { backend, loads: false, onThisPlatform: false, reason };
}
