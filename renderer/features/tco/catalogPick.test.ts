import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { GpuCatalog } from "../../../shared/catalog/gpus";
import type { VendorCatalog } from "../../../shared/catalog/vendorPrices";
import { boughtHardwareFor, gpuPricing } from "../../../shared/catalog/gpuHardware";
import { defaultRentedHardware, defaultScenario, type BoughtHardwareInput } from "../../../shared/tco";
import { representativeUsd } from "../../../shared/catalog/gpus";
import { matchGpuEntry, matchVendorEntry, measuredWattsApply, selfHostFromGpu, vendorFromEntry } from "./catalogPick";

const read = <T>(file: string) => JSON.parse(readFileSync(new URL(`../../../resources/catalog/${file}`, import.meta.url), "utf8")) as T;
const vendors = read<VendorCatalog>("vendor-prices.json").entries;
const gpus = read<GpuCatalog>("gpus.json").entries;
const vendor = (id: string) => vendors.find((entry) => entry.id === id)!;
const gpu = (id: string) => gpus.find((entry) => entry.id === id)!;

describe("picking a vendor model", () => {
  it("fills the three prices and the batch discount from the batch price", () => {
    const picked = vendorFromEntry(vendor("gpt-4o-mini"), defaultScenario().vendor);
    expect(picked.value).toEqual({ ...defaultScenario().vendor, usdPerMillionInputTokens: 0.15, usdPerMillionOutputTokens: 0.6, usdPerMillionCachedInputTokens: 0.075, batchDiscountShare: 0.5 });
    expect(picked.notes).toEqual([]);
  });

  it("says what it assumed when the catalog lacks a cache or batch price", () => {
    const picked = vendorFromEntry(vendor("mistral-small"), defaultScenario().vendor);
    expect(picked.value.usdPerMillionCachedInputTokens).toBe(0.06);
    expect(picked.value.batchDiscountShare).toBe(0);
    expect(picked.notes.join(" ")).toMatch(/no prompt-cache price.*no batch price/);
  });

  it("finds the model the prices still match, preferring the one last picked, and none once edited", () => {
    const sonnet = vendorFromEntry(vendor("claude-sonnet-4.5"), defaultScenario().vendor).value;
    expect(matchVendorEntry(sonnet, vendors)?.id).toBe("claude-sonnet-4");
    expect(matchVendorEntry(sonnet, vendors, "claude-sonnet-4.5")?.id).toBe("claude-sonnet-4.5");
    expect(matchVendorEntry({ ...sonnet, usdPerMillionOutputTokens: 14 }, vendors)).toBeUndefined();
    expect(matchVendorEntry(defaultScenario().vendor, vendors)?.id).toBe("claude-haiku-4.5");
  });
});

describe("picking a GPU", () => {
  it("fills the purchase price and board power of bought GPUs", () => {
    const picked = selfHostFromGpu(gpu("rtx-5090"), defaultScenario().selfHost);
    expect(picked.value.hardware).toMatchObject({ kind: "bought", usdPerGpu: 1999 });
    expect(picked.value.power.boardPowerWattsPerGpu).toBe(575);
    expect(matchGpuEntry(picked.value, gpus)?.id).toBe("rtx-5090");
    expect(matchGpuEntry(defaultScenario().selfHost, gpus)?.id).toBe("rtx-4090");
  });

  it("fills the cloud price of rented GPUs, from the range when there is no typical figure", () => {
    const rented = { ...defaultScenario().selfHost, hardware: defaultRentedHardware() };
    const picked = selfHostFromGpu(gpu("h100-sxm"), rented);
    expect(picked.value.hardware).toMatchObject({ kind: "rented", usdPerGpuHour: representativeUsd(gpu("h100-sxm").cloudUsdPerHour) });
    expect(matchGpuEntry(picked.value, gpus, "h100-sxm")?.id).toBe("h100-sxm");
  });

  it("keeps the typed price and says so when the catalog has none", () => {
    const picked = selfHostFromGpu(gpu("l40s"), defaultScenario().selfHost);
    expect(picked.value.hardware).toEqual(defaultScenario().selfHost.hardware);
    expect(picked.notes[0]).toMatch(/no purchase price for L40S/);
  });


  it("prices an Apple machine as the whole computer, as the Compare page does, and restores the server after it", () => {
    const mac = selfHostFromGpu(gpu("apple-m3-ultra"), defaultScenario().selfHost);
    const macHardware = boughtHardwareFor(gpuPricing(gpu("apple-m3-ultra")), defaultScenario().selfHost.hardware as BoughtHardwareInput);
    expect(mac.value.hardware).toEqual(macHardware);
    expect(mac.value.hardware).toMatchObject({ kind: "bought", usdPerGpu: 3_999, usdPerServer: 0, gpusPerServer: 1 });
    expect(mac.notes.join(" ")).toMatch(/priced as the whole computer: no server is added/);
    const back = selfHostFromGpu(gpu("rtx-4090"), mac.value, gpu("apple-m3-ultra"));
    expect(back.value.hardware).toMatchObject({ usdPerGpu: 1_599, usdPerServer: 6_000, gpusPerServer: 4 });
  });

  it("drops watts measured on another GPU, and keeps them for the GPU the run was on", () => {
    const measured = { ...defaultScenario().selfHost, power: { ...defaultScenario().selfHost.power, measuredAverageWattsPerGpu: 380 } };
    const origin = { device: "NVIDIA GeForce RTX 4090", gpu: gpu("rtx-4090") };
    const other = selfHostFromGpu(gpu("rtx-5090"), measured, gpu("rtx-4090"), origin);
    expect(other.value.power).not.toHaveProperty("measuredAverageWattsPerGpu");
    expect(other.value.power.boardPowerWattsPerGpu).toBe(575);
    expect(other.notes).toContain("The measured 380 W came from a run on NVIDIA GeForce RTX 4090, not GeForce RTX 5090: power now uses its board power × the share drawn.");
    expect(selfHostFromGpu(gpu("rtx-4090"), measured, gpu("rtx-5090"), origin).value.power.measuredAverageWattsPerGpu).toBe(380);
    // A run on a device the catalog does not know matches no catalog GPU; typed watts (no run) are the user's own.
    expect(selfHostFromGpu(gpu("rtx-4090"), measured, undefined, { device: "Mystery GPU", gpu: undefined }).value.power).not.toHaveProperty("measuredAverageWattsPerGpu");
    expect(selfHostFromGpu(gpu("rtx-5090"), measured).value.power.measuredAverageWattsPerGpu).toBe(380);
  });

  it("lets a run's watts price power only for its own GPU, or when no catalog GPU is picked", () => {
    const origin = { device: "NVIDIA GeForce RTX 4090", gpu: gpu("rtx-4090") };
    expect(measuredWattsApply(origin, gpu("rtx-4090"))).toBe(true);
    expect(measuredWattsApply(origin, gpu("rtx-4080"))).toBe(false);
    expect(measuredWattsApply(origin, undefined)).toBe(true);
  });
});
