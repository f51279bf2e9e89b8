import { describe, expect, it } from "vitest";
import gpuCatalogJson from "../../resources/catalog/gpus.json";
import { defaultRentedHardware, defaultScenario } from "../tco/defaults";
import type { BoughtHardwareInput, RentedHardwareInput } from "../tco/types";
import { boughtBase, boughtHardwareFor, gpuPricing, rentedHardwareFor } from "./gpuHardware";
import { parseGpuCatalog, type GpuEntry } from "./gpus";

const parsed = parseGpuCatalog(gpuCatalogJson);
if (!parsed.ok) throw new Error(parsed.error);
const gpu = (id: string): GpuEntry => parsed.value.entries.find((entry) => entry.id === id)!;
const bought = defaultScenario().selfHost.hardware as BoughtHardwareInput; // $6,000 server, 4 GPUs per server

describe("pricing a catalog GPU", () => {
  it("reads the typical price, or the middle of the range, and marks Apple silicon as a whole machine", () => {
    expect(gpuPricing(gpu("rtx-4090"))).toEqual({ purchaseUsd: 1_599, cloudUsdPerHour: 0.74, wholeMachine: false });
    expect(gpuPricing(gpu("h100-sxm")).purchaseUsd).toBe((25_000 + 35_000) / 2);
    expect(gpuPricing(gpu("apple-m3-ultra"))).toMatchObject({ purchaseUsd: 3_999, wholeMachine: true });
  });

  it("buys a GPU into the servers already set, and a whole machine with no server", () => {
    expect(boughtHardwareFor(gpuPricing(gpu("rtx-5090")), bought)).toEqual({ ...bought, usdPerGpu: 1_999 });
    expect(boughtHardwareFor(gpuPricing(gpu("apple-m3-ultra")), bought)).toEqual({ ...bought, usdPerGpu: 3_999, usdPerServer: 0, gpusPerServer: 1 });
  });

  it("puts the default server back for a GPU picked after a whole machine", () => {
    const mac = boughtHardwareFor(gpuPricing(gpu("apple-m3-ultra")), bought)!;
    expect(boughtHardwareFor(gpuPricing(gpu("rtx-4090")), mac, true)).toEqual({ ...mac, usdPerGpu: 1_599, usdPerServer: 6_000, gpusPerServer: 4 });
    // Without that flag a $0 server is taken as the user's own.
    expect(boughtHardwareFor(gpuPricing(gpu("rtx-4090")), mac)).toEqual({ ...mac, usdPerGpu: 1_599 });
  });

  it("rents at the cloud price, keeping billed hours and discount, and gives null without a price", () => {
    const reserved: RentedHardwareInput = { kind: "rented", usdPerGpuHour: 2, billedHoursPerMonth: 500, reservedDiscountShare: 0.3 };
    expect(rentedHardwareFor(gpuPricing(gpu("rtx-4090")), reserved)).toEqual({ ...reserved, usdPerGpuHour: 0.74 });
    expect(rentedHardwareFor(gpuPricing(gpu("rtx-4090")), null)).toEqual({ kind: "rented", usdPerGpuHour: 0.74, billedHoursPerMonth: 730, reservedDiscountShare: 0 });
    expect(rentedHardwareFor(gpuPricing(gpu("rtx-4080")), null)).toBeNull();
    expect(boughtHardwareFor(gpuPricing(gpu("l40s")), bought)).toBeNull();
    expect(boughtBase(defaultRentedHardware())).toEqual(bought);
  });
});
