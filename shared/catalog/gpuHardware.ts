// How a GPU from the catalog is paid for in a scenario, for every page that prices one (the TCO page's GPU pick,
// the Compare page's options). Apple silicon is sold as a whole computer: its price already includes what a
// server would, so it adds no server and counts one "GPU" per machine.
import { defaultScenario } from "../tco/defaults";
import type { BoughtHardwareInput, HardwareInput, RentedHardwareInput } from "../tco/types";
import { HOURS_PER_MONTH } from "../tco/units";
import { representativeUsd, type GpuEntry } from "./gpus";

export type GpuPricing = {
  /** Per GPU, or per machine when wholeMachine; null when the catalog has no price. */
  purchaseUsd: number | null;
  cloudUsdPerHour: number | null;
  /** Priced as the whole computer (Apple silicon, unified memory): no separate server. */
  wholeMachine: boolean;
};

export function gpuPricing(gpu: GpuEntry): GpuPricing {
  return {
    purchaseUsd: representativeUsd(gpu.purchaseUsd),
    cloudUsdPerHour: representativeUsd(gpu.cloudUsdPerHour),
    wholeMachine: gpu.unifiedMemory,
  };
}

/**
 * Bought hardware at this price, over `base` (amortization and residual value stay as set). A whole machine
 * clears the server; a GPU that goes in a server after a whole machine gets the default server back, since
 * the $0 and 1-per-server were the machine's, not the user's.
 */
export function boughtHardwareFor(pricing: GpuPricing, base: BoughtHardwareInput, baseWasWholeMachine = false): BoughtHardwareInput | null {
  if (pricing.purchaseUsd === null) return null;
  if (pricing.wholeMachine) return { ...base, usdPerGpu: pricing.purchaseUsd, usdPerServer: 0, gpusPerServer: 1 };
  if (baseWasWholeMachine) {
    const server = defaultBought();
    return { ...base, usdPerGpu: pricing.purchaseUsd, usdPerServer: server.usdPerServer, gpusPerServer: server.gpusPerServer };
  }
  return { ...base, usdPerGpu: pricing.purchaseUsd };
}

/** Rented at the catalog's cloud price, keeping billed hours and discount from `base` when there is one. */
export function rentedHardwareFor(pricing: GpuPricing, base: RentedHardwareInput | null): RentedHardwareInput | null {
  if (pricing.cloudUsdPerHour === null) return null;
  return {
    kind: "rented",
    usdPerGpuHour: pricing.cloudUsdPerHour,
    billedHoursPerMonth: base?.billedHoursPerMonth ?? HOURS_PER_MONTH,
    reservedDiscountShare: base?.reservedDiscountShare ?? 0,
  };
}

/** The bought hardware a scenario falls back to when it is set to rent: the defaults. */
export function boughtBase(current: HardwareInput): BoughtHardwareInput {
  return current.kind === "bought" ? current : defaultBought();
}

function defaultBought(): BoughtHardwareInput {
  const hardware = defaultScenario().selfHost.hardware;
  if (hardware.kind !== "bought") throw new Error("The default scenario's hardware is expected to be bought.");
  return hardware;
}
