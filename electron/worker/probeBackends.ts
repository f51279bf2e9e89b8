// Which of node-llama-cpp's prebuilt backends actually load here. Only prebuilt binaries count
// (build: "never"): Breakeven never compiles llama.cpp on a user's machine behind their back.
import { getLlama, getLlamaGpuTypes, getModuleVersion, type LlamaGpuType } from "node-llama-cpp";
import type { BackendReport } from "../../shared/worker/protocol";
import { GPU_BACKENDS, notOnThisPlatform, type BackendProbe, type GpuBackendName } from "../../shared/api/system";
import type { JobContext } from "./jobs";
import { backendFailureHint } from "./missingLibraries";

export async function probeBackends(input: { maxThreads: number }, context: JobContext): Promise<BackendReport> {
  const platformBackends = new Set<LlamaGpuType>(await getLlamaGpuTypes("allValid"));
  const detected = new Set<LlamaGpuType>(await getLlamaGpuTypes("supported"));
  const probes: BackendProbe[] = [];
  let llamaCppRelease: string | null = null;
  for (const backend of GPU_BACKENDS) {
    const gpu: LlamaGpuType = backend === "cpu" ? false : backend;
    // Listed, not dropped: a user looking for Metal on Linux should read why it is absent.
    const { probe, release } = platformBackends.has(gpu)
      ? await probeOne(backend, gpu, detected.has(gpu), input.maxThreads)
      : { probe: notOnThisPlatform(backend), release: null };
    llamaCppRelease ??= release;
    probes.push(probe);
    context.progress(probe);
  }
  return { backends: probes, nodeLlamaCppVersion: await getModuleVersion(), llamaCppRelease };
}

async function probeOne(
  backend: GpuBackendName,
  gpu: LlamaGpuType,
  detected: boolean,
  maxThreads: number,
): Promise<{ probe: BackendProbe; release: string | null }> {
  const logs: string[] = [];
  try {
    const llama = await getLlama({
      gpu,
      build: "never",
      maxThreads,
      progressLogs: false,
      logger: (_level, message) => logs.push(message),
    });
    const deviceNames = await llama.getGpuDeviceNames();
    const vram = await llama.getVramState();
    const release = llama.llamaCppRelease.release;
    await llama.dispose();
    return { probe: { backend, loads: true, deviceNames, ...(vram.total > 0 ? { vramTotalBytes: vram.total } : {}) }, release };
  } catch (error) {
    const base = error instanceof Error ? error.message : String(error);
    const hint = await backendFailureHint(backend, detected);
    const log = logs.filter((line) => /error|fail|cannot|not found/i.test(line)).slice(-2).join(" ");
    const reason = [hint, base === "NoBinaryFoundError" ? "" : base, log].filter(Boolean).join(" ") || base;
    return { probe: { backend, loads: false, reason }, release: null };
  }
}
