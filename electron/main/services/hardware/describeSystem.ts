import si from "systeminformation";
import type { GpuInfo, SystemDescription } from "../../../../shared/api/system";
import type { BackendReport } from "../../../../shared/worker/protocol";
import { appVersion, nodeLlamaCppVersion } from "../appInfo";
import { probeBackendsCached } from "./backendProbe";
import { describeOs } from "./describeOs";
import { summarizeGpus } from "./summarizeGpus";
import { unprobedBackends } from "./unprobedBackends";

export type DescribeSystemOptions = {
  /** Probe the backends again rather than reuse this launch's probe. Defaults to false. */
  refresh?: boolean;
  /** Which backends load; defaults to the cached worker probe. */
  probeBackends?: () => Promise<BackendReport>;
};

/**
 * A failed or stuck backend probe (a crashed native library, a hung driver) must not hide the
 * machine: OS, CPU, RAM and GPUs are still described, each backend says why it was not checked.
 */
async function probeOrExplain(probe: () => Promise<BackendReport>): Promise<BackendReport & { checked: boolean }> {
  try {
    return { ...(await probe()), checked: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { backends: unprobedBackends(message), nodeLlamaCppVersion, llamaCppRelease: null, checked: false };
  }
}

export async function describeSystem(options: DescribeSystemOptions = {}): Promise<SystemDescription> {
  const [osDescription, cpu, mem, graphics, backendReport] = await Promise.all([
    describeOs(),
    si.cpu(),
    si.mem(),
    si.graphics().catch(() => ({ controllers: [] })),
    probeOrExplain(options.probeBackends ?? (() => probeBackendsCached({ refresh: options.refresh }))),
  ]);
  const gpus: GpuInfo[] = graphics.controllers.map((controller) => ({
    vendor: controller.vendor || "Unknown vendor",
    model: controller.model || "Unknown model",
    // systeminformation reports VRAM in MiB; 0 or null means the driver did not say.
    vramBytes: controller.vram ? controller.vram * 1024 * 1024 : null,
    driverVersion: controller.driverVersion || null,
    bus: controller.bus || null,
  }));
  const backends = backendReport.backends;
  const preferred = backends.find((probe) => probe.loads && probe.backend !== "cpu") ?? backends.find((probe) => probe.loads);
  return {
    os: osDescription,
    cpu: {
      manufacturer: cpu.manufacturer,
      brand: cpu.brand,
      physicalCores: cpu.physicalCores || cpu.cores,
      threads: cpu.cores,
      speedGHz: cpu.speed || null,
    },
    memory: { totalBytes: mem.total, availableBytes: mem.available },
    gpus,
    gpuSummary: summarizeGpus(gpus, backends, { backendsChecked: backendReport.checked }),
    backends,
    backendsChecked: backendReport.checked,
    preferredBackend: preferred?.backend ?? null,
    versions: {
      app: appVersion,
      nodeLlamaCpp: backendReport.nodeLlamaCppVersion,
      llamaCppRelease: backendReport.llamaCppRelease,
      node: process.versions.node,
      electron: process.versions.electron ?? null,
    },
    describedAt: new Date().toISOString(),
  };
}
