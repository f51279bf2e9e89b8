import { representativeUsd, type GpuEntry } from "./gpus";
import type { ThroughputFigure } from "./projection";

// Procurement comparison: how much generation speed each watt and each dollar buys.
// Every helper returns null rather than a made-up number when the price or power is unknown.

const SECONDS_PER_HOUR = 3600;
const TOKENS_PER_MILLION = 1e6;

function usable(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && Number.isFinite(value) && value > 0;
}

/** t/s per watt. With a board (rated maximum) power this understates efficiency: batch-1 decode rarely draws it all. */
export function tokensPerSecondPerWatt(tokensPerSecond: number, powerWatts: number | null | undefined): number | null {
  return usable(powerWatts) ? tokensPerSecond / powerWatts : null;
}

/** t/s per purchase dollar. */
export function tokensPerSecondPerUsd(tokensPerSecond: number, purchaseUsd: number | null | undefined): number | null {
  return usable(purchaseUsd) ? tokensPerSecond / purchaseUsd : null;
}

/** Tokens generated per dollar of rented GPU time, if the GPU is kept busy the whole hour. */
export function tokensPerCloudUsd(tokensPerSecond: number, cloudUsdPerHour: number | null | undefined): number | null {
  return usable(cloudUsdPerHour) ? (tokensPerSecond * SECONDS_PER_HOUR) / cloudUsdPerHour : null;
}

/** Rented cost per 1M generated tokens at full use: $/h ÷ (t/s × 3600) × 1e6. $1.50/h at 2000 t/s ≈ $0.21. */
export function cloudUsdPerMillionTokens(tokensPerSecond: number, cloudUsdPerHour: number | null | undefined): number | null {
  if (!usable(cloudUsdPerHour) || !usable(tokensPerSecond)) return null;
  return (cloudUsdPerHour / (tokensPerSecond * SECONDS_PER_HOUR)) * TOKENS_PER_MILLION;
}

export type GpuEfficiency = {
  gpuId: string;
  gpuLabel: string;
  /** Carried along so a projected speed stays labelled projected in every table it reaches. */
  figure: ThroughputFigure;
  powerWatts: number | null;
  powerBasis: "measured" | "board power" | "unknown";
  tokensPerSecondPerWatt: number | null;
  /** Per $1,000 of purchase price, so the numbers read as whole t/s. */
  tokensPerSecondPerThousandUsd: number | null;
  tokensPerCloudUsd: number | null;
  cloudUsdPerMillionTokens: number | null;
};

/**
 * Efficiency of one GPU at one throughput figure. Prices given as ranges use their middle.
 * Pass `measuredPowerWatts` when the run recorded power draw; otherwise board power is used.
 */
export function gpuEfficiency(gpu: GpuEntry, figure: ThroughputFigure, measuredPowerWatts?: number | null): GpuEfficiency {
  const measuredPower = usable(measuredPowerWatts) ? measuredPowerWatts : null;
  const powerWatts = measuredPower ?? gpu.boardPowerWatts;
  const purchaseUsd = representativeUsd(gpu.purchaseUsd);
  const perUsd = tokensPerSecondPerUsd(figure.tokensPerSecond, purchaseUsd);
  const cloudUsdPerHour = representativeUsd(gpu.cloudUsdPerHour);
  return {
    gpuId: gpu.id,
    gpuLabel: gpu.label,
    figure,
    powerWatts,
    powerBasis: measuredPower !== null ? "measured" : powerWatts !== null ? "board power" : "unknown",
    tokensPerSecondPerWatt: tokensPerSecondPerWatt(figure.tokensPerSecond, powerWatts),
    tokensPerSecondPerThousandUsd: perUsd === null ? null : perUsd * 1000,
    tokensPerCloudUsd: tokensPerCloudUsd(figure.tokensPerSecond, cloudUsdPerHour),
    cloudUsdPerMillionTokens: cloudUsdPerMillionTokens(figure.tokensPerSecond, cloudUsdPerHour),
  };
}
