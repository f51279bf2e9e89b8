import os from "node:os";
import si from "systeminformation";
import type { GpuInfo, SystemDescription } from "../../../../shared/api/system";
import { appVersion } from "../appInfo";
import { probeBackendsCached } from "./backendProbe";
import { summarizeGpus } from "./summarizeGpus";

export async function describeSystem(): Promise<SystemDescription> {
  const [osInfo, cpu, mem, graphics, backendReport] = await Promise.all([
    si.osInfo(),
    si.cpu(),
    si.mem(),
    si.graphics().catch(() => ({ controllers: [] })),
    probeBackendsCached(),
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
    os: {
      platform: osInfo.platform,
      distro: osInfo.distro,
      release: osInfo.release,
      arch: osInfo.arch,
      hostname: osInfo.hostname || os.hostname(),
    },
    cpu: {
      manufacturer: cpu.manufacturer,
      brand: cpu.brand,
      physicalCores: cpu.physicalCores || cpu.cores,
      threads: cpu.cores,
      speedGHz: cpu.speed || null,
    },
    memory: { totalBytes: mem.total, availableBytes: mem.available },
    gpus,
    gpuSummary: summarizeGpus(gpus, backends),
    backends,
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
