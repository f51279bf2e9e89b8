// Picking a vendor model or a GPU from the catalogs fills the scenario's prices; the fields stay editable.
// The scenario stores numbers, not catalog ids, so the page finds which entry (if any) the numbers still
// match: a price edited by hand then shows as "your own prices", never as a catalog price it no longer is.
import { representativeUsd, type GpuEntry } from "../../../shared/catalog/gpus";
import type { VendorEntry } from "../../../shared/catalog/vendorPrices";
import { boughtHardwareFor, gpuPricing, rentedHardwareFor } from "../../../shared/catalog/gpuHardware";
import type { HardwareInput, SelfHostInput, VendorInput } from "../../../shared/tco";

export type Picked<T> = { value: T; notes: string[] };

export function vendorFromEntry(entry: VendorEntry, current: VendorInput): Picked<VendorInput> {
  const notes: string[] = [];
  const cached = entry.usdPerMillionCachedInput ?? entry.usdPerMillionInput;
  if (entry.usdPerMillionCachedInput == null) notes.push(`${entry.label} has no prompt-cache price: cached input is billed at the input price.`);
  let batchDiscountShare = 0;
  if (entry.usdPerMillionBatchOutput != null && entry.usdPerMillionOutput > 0) {
    batchDiscountShare = round4(Math.max(0, 1 - entry.usdPerMillionBatchOutput / entry.usdPerMillionOutput));
  } else {
    // Teacher data always goes through the batch API, so a guessed discount would flatter the project cost.
    notes.push(`The catalog has no batch price for ${entry.label}: batch discount set to 0%. Enter it if your contract has one.`);
  }
  return {
    value: {
      ...current,
      usdPerMillionInputTokens: entry.usdPerMillionInput,
      usdPerMillionOutputTokens: entry.usdPerMillionOutput,
      usdPerMillionCachedInputTokens: cached,
      batchDiscountShare,
    },
    notes,
  };
}

/** The catalog entry whose prices the scenario still carries; the one last picked wins a tie. */
export function matchVendorEntry<E extends VendorEntry>(vendor: VendorInput, entries: readonly E[], preferredId?: string): E | undefined {
  const matches = entries.filter(
    (entry) =>
      entry.usdPerMillionInput === vendor.usdPerMillionInputTokens &&
      entry.usdPerMillionOutput === vendor.usdPerMillionOutputTokens &&
      (entry.usdPerMillionCachedInput ?? entry.usdPerMillionInput) === vendor.usdPerMillionCachedInputTokens,
  );
  return matches.find((entry) => entry.id === preferredId) ?? matches[0];
}

/** Where the scenario's measured watts came from, when they came from a benchmark run. */
export type MeasuredWattsOrigin = {
  /** The device the run reported, e.g. "NVIDIA GeForce RTX 4090". */
  device: string;
  /** That device's catalog entry, when it has one. */
  gpu: GpuEntry | undefined;
};

/** A run's measured draw describes the GPU it ran on: it prices power only for that GPU, or where no catalog GPU is picked. */
export function measuredWattsApply(origin: MeasuredWattsOrigin, costed: GpuEntry | undefined): boolean {
  return costed === undefined || origin.gpu?.id === costed.id;
}

/**
 * Fills price and board power from the catalog GPU, in the hardware kind already chosen, through the same
 * pricing the Compare page uses (a whole Apple machine adds no server). Watts measured on another GPU are
 * dropped so power falls back to this GPU's board power; `previous` is the GPU picked before, whose
 * whole-machine server settings are undone.
 */
export function selfHostFromGpu(gpu: GpuEntry, current: SelfHostInput, previous?: GpuEntry, wattsOrigin?: MeasuredWattsOrigin): Picked<SelfHostInput> {
  const notes: string[] = [];
  const pricing = gpuPricing(gpu);
  const hardware = current.hardware;
  let next: HardwareInput = hardware;
  if (hardware.kind === "bought") {
    const bought = boughtHardwareFor(pricing, hardware, previous?.unifiedMemory === true);
    if (bought === null) notes.push(`The catalog has no purchase price for ${gpu.label}: enter your quote.`);
    else next = bought;
    if (bought !== null && pricing.wholeMachine) notes.push(`${gpu.label} is priced as the whole computer: no server is added, one per machine.`);
  } else {
    const rented = rentedHardwareFor(pricing, hardware);
    if (rented === null) notes.push(`The catalog has no cloud price for ${gpu.label}: enter your provider's $/GPU-hour.`);
    else next = rented;
  }
  let power = gpu.boardPowerWatts == null ? current.power : { ...current.power, boardPowerWattsPerGpu: gpu.boardPowerWatts };
  if (gpu.boardPowerWatts == null && hardware.kind === "bought") notes.push(`The catalog has no board power for ${gpu.label}: enter it.`);
  const measured = current.power.measuredAverageWattsPerGpu;
  if (measured !== undefined && wattsOrigin !== undefined && !measuredWattsApply(wattsOrigin, gpu)) {
    const { measuredAverageWattsPerGpu: _dropped, ...rest } = power;
    power = rest;
    notes.push(`The measured ${measured} W came from a run on ${wattsOrigin.device}, not ${gpu.label}: power now uses its board power × the share drawn.`);
  }
  return { value: { ...current, hardware: next, power }, notes };
}

/** The catalog GPU whose price (and board power, when bought) the scenario still carries. */
export function matchGpuEntry(selfHost: SelfHostInput, gpus: readonly GpuEntry[], preferredId?: string): GpuEntry | undefined {
  const hardware = selfHost.hardware;
  const matches = gpus.filter((gpu) =>
    hardware.kind === "bought"
      ? representativeUsd(gpu.purchaseUsd) === hardware.usdPerGpu && (gpu.boardPowerWatts ?? selfHost.power.boardPowerWattsPerGpu) === selfHost.power.boardPowerWattsPerGpu
      : representativeUsd(gpu.cloudUsdPerHour) === hardware.usdPerGpuHour,
  );
  return matches.find((gpu) => gpu.id === preferredId) ?? matches[0];
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
