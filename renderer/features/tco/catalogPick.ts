// Picking a vendor model or a GPU from the catalogs fills the scenario's prices; the fields stay editable.
// The scenario stores numbers, not catalog ids, so the page finds which entry (if any) the numbers still
// match: a price edited by hand then shows as "your own prices", never as a catalog price it no longer is.
import type { GpuEntry, UsdFigure } from "../../../shared/catalog/gpus";
import type { VendorEntry } from "../../../shared/catalog/vendorPrices";
import type { SelfHostInput, VendorInput } from "../../../shared/tco";

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

/** A typical figure, else the middle of its range, else whichever bound is known. */
export function usdFigureValue(figure: UsdFigure | null | undefined): number | undefined {
  if (figure == null) return undefined;
  if (figure.typical != null) return figure.typical;
  if (figure.low != null && figure.high != null) return (figure.low + figure.high) / 2;
  return figure.low ?? figure.high ?? undefined;
}

export function selfHostFromGpu(gpu: GpuEntry, current: SelfHostInput): Picked<SelfHostInput> {
  const notes: string[] = [];
  const hardware = current.hardware;
  let next = hardware;
  if (hardware.kind === "bought") {
    const price = usdFigureValue(gpu.purchaseUsd);
    if (price === undefined) notes.push(`The catalog has no purchase price for ${gpu.label}: enter your quote.`);
    else next = { ...hardware, usdPerGpu: price };
  } else {
    const rent = usdFigureValue(gpu.cloudUsdPerHour);
    if (rent === undefined) notes.push(`The catalog has no cloud price for ${gpu.label}: enter your provider's $/GPU-hour.`);
    else next = { ...hardware, usdPerGpuHour: rent };
  }
  const power = gpu.boardPowerWatts == null ? current.power : { ...current.power, boardPowerWattsPerGpu: gpu.boardPowerWatts };
  if (gpu.boardPowerWatts == null && hardware.kind === "bought") notes.push(`The catalog has no board power for ${gpu.label}: enter it.`);
  return { value: { ...current, hardware: next, power }, notes };
}

/** The catalog GPU whose price (and board power, when bought) the scenario still carries. */
export function matchGpuEntry(selfHost: SelfHostInput, gpus: readonly GpuEntry[], preferredId?: string): GpuEntry | undefined {
  const hardware = selfHost.hardware;
  const matches = gpus.filter((gpu) =>
    hardware.kind === "bought"
      ? usdFigureValue(gpu.purchaseUsd) === hardware.usdPerGpu && (gpu.boardPowerWatts ?? selfHost.power.boardPowerWattsPerGpu) === selfHost.power.boardPowerWattsPerGpu
      : usdFigureValue(gpu.cloudUsdPerHour) === hardware.usdPerGpuHour,
  );
  return matches.find((gpu) => gpu.id === preferredId) ?? matches[0];
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
