// The measured run every projection is scaled from, and the bandwidth of the device it ran on.
// Bandwidth comes from the catalog when the run's GPU is found there; otherwise the user types it,
// because a wrong guess here would silently skew every projected row.
import type { GpuEntry } from "../../../shared/catalog/gpus";
import { measuredThroughput, type MeasuredThroughput } from "../../../shared/catalog/projection";
import { matchCatalogGpu } from "../../../shared/catalog/deviceMatch";
import type { RunFigures } from "./runFigures";

/** How the user says what the baseline ran on: found by name, a catalog entry they pick, or typed. */
export type BaselineDeviceChoice =
  | { kind: "auto" }
  | { kind: "catalog"; gpuId: string }
  | { kind: "typed"; memoryBandwidthGBps: number | null };

export type ResolvedBaseline =
  | {
      ok: true;
      measured: MeasuredThroughput;
      /** The catalog entry the baseline's GPU is, when known: its prices also price the measured row. */
      catalogGpu: GpuEntry | null;
      /** "RTX 4090 (catalog: 1008 GB/s)" — how the bandwidth was found, for the page to show. */
      bandwidthSource: string;
    }
  | { ok: false; reason: string };

export const CPU_BANDWIDTH_HELP =
  "The operating system does not report system RAM bandwidth. It is channels × transfer rate × 8 bytes: dual-channel DDR5-5600 ≈ 89.6 GB/s, eight-channel DDR4-3200 ≈ 204.8 GB/s.";

export function resolveBaseline(figures: RunFigures, choice: BaselineDeviceChoice, gpus: readonly GpuEntry[]): ResolvedBaseline {
  const tokensPerSecond = figures.batch1TokensPerSecond;
  if (tokensPerSecond === null) {
    return { ok: false, reason: "This run has no generation test at one sequence (tg128 at parallel 1), so nothing can be scaled from it." };
  }
  const typed = choice.kind === "typed" ? choice.memoryBandwidthGBps : null;
  const typedOk = typed !== null && Number.isFinite(typed) && typed > 0;

  if (figures.deviceKind === "cpu") {
    if (!typedOk) {
      return { ok: false, reason: `This run was measured on the CPU (${figures.deviceName}): type its system RAM bandwidth in GB/s. ${CPU_BANDWIDTH_HELP}` };
    }
    return {
      ok: true,
      measured: measuredThroughput(tokensPerSecond, { kind: "cpu", label: figures.deviceName, systemRamBandwidthGBps: typed }),
      catalogGpu: null,
      bandwidthSource: `${typed} GB/s system RAM bandwidth, typed`,
    };
  }

  if (choice.kind === "typed") {
    if (!typedOk) return { ok: false, reason: `Type the memory bandwidth of ${figures.deviceName} in GB/s (its datasheet lists it).` };
    return {
      ok: true,
      measured: measuredThroughput(tokensPerSecond, { kind: "gpu", label: figures.deviceName, memoryBandwidthGBps: typed }),
      catalogGpu: null,
      bandwidthSource: `${typed} GB/s, typed`,
    };
  }

  let gpu: GpuEntry | undefined;
  if (choice.kind === "catalog") {
    gpu = gpus.find((entry) => entry.id === choice.gpuId);
    if (gpu === undefined) return { ok: false, reason: "The GPU picked for the baseline is no longer in the catalog: pick another or type its bandwidth." };
  } else {
    const match = matchCatalogGpu(figures.deviceName, gpus);
    if (match.kind === "none") {
      return { ok: false, reason: `${figures.deviceName} is not in the GPU catalog: pick the entry it corresponds to, or type its memory bandwidth.` };
    }
    if (match.kind === "ambiguous") {
      const names = match.candidates.map((candidate) => candidate.label).join(", ");
      return { ok: false, reason: `${figures.deviceName} could be any of ${names}: pick the right one, or type its memory bandwidth.` };
    }
    gpu = match.gpu;
  }
  return {
    ok: true,
    measured: measuredThroughput(tokensPerSecond, { kind: "gpu", label: figures.deviceName, memoryBandwidthGBps: gpu.memoryBandwidthGBps }),
    catalogGpu: gpu,
    bandwidthSource: `${gpu.label}: ${gpu.memoryBandwidthGBps} GB/s from the catalog${choice.kind === "auto" ? " (matched by name)" : ""}`,
  };
}
