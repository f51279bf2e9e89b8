import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isIsoDate } from "./catalogFields";
import { parseGpuCatalog, representativeUsd } from "./gpus";
import { measuredThroughput, projectThroughput } from "./projection";
import { parseVendorCatalog } from "./vendorPrices";

function readShipped(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../resources/catalog/${name}`, import.meta.url), "utf8"));
}

function vendorCatalogJson(): { entries: Record<string, unknown>[] } & Record<string, unknown> {
  return structuredClone(readShipped("vendor-prices.json")) as { entries: Record<string, unknown>[] };
}

describe("shipped vendor price catalog", () => {
  const parsed = parseVendorCatalog(readShipped("vendor-prices.json"));

  it("parses with the schema", () => {
    expect(parsed).toMatchObject({ ok: true });
  });

  it("gives every entry a source and a real read date", () => {
    if (!parsed.ok) throw new Error(parsed.error);
    for (const entry of parsed.value.entries) {
      expect(entry.source.length, entry.id).toBeGreaterThan(10);
      expect(isIsoDate(entry.priceReadOn), entry.id).toBe(true);
      expect(entry.priceReadOn <= parsed.value.catalogDate, entry.id).toBe(true);
    }
  });

  it("covers the models teams distill from or replace", () => {
    if (!parsed.ok) throw new Error(parsed.error);
    const ids = parsed.value.entries.map((entry) => entry.id);
    for (const id of [
      "claude-3-haiku", "claude-3.5-haiku", "claude-haiku-4.5", "claude-sonnet-4", "claude-sonnet-4.5",
      "gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano", "gpt-5", "gpt-5-mini", "gpt-5-nano",
      "gemini-2.0-flash", "gemini-2.5-flash", "gemini-2.5-pro", "mistral-small",
      "groq-llama-3.1-8b-instant", "together-llama-3.1-8b-instruct-turbo",
    ]) {
      expect(ids).toContain(id);
    }
  });

  it("carries the reference figures (spot check)", () => {
    if (!parsed.ok) throw new Error(parsed.error);
    const byId = new Map(parsed.value.entries.map((entry) => [entry.id, entry]));
    expect(byId.get("gpt-4o")).toMatchObject({ usdPerMillionInput: 2.5, usdPerMillionOutput: 10, usdPerMillionBatchInput: 1.25 });
    expect(byId.get("claude-haiku-4.5")).toMatchObject({ usdPerMillionCachedInput: 0.1, usdPerMillionCacheWrite: 1.25 });
    expect(byId.get("mistral-small")).toMatchObject({ usdPerMillionInput: 0.06, usdPerMillionCachedInput: null });
    // OpenAI list price, USD per 1M tokens: $0.05 input, $0.40 output, $0.005 cached input.
    expect(byId.get("gpt-5-nano")).toMatchObject({
      provider: "openai",
      litellmKey: "gpt-5-nano",
      usdPerMillionInput: 0.05,
      usdPerMillionOutput: 0.4,
      usdPerMillionCachedInput: 0.005,
      priceReadOn: "2026-12-03",
    });
    expect(byId.get("gpt-5-nano")?.source).toMatch(/OpenAI.*pricing.*gpt-5-nano/);
  });
});

describe("shipped GPU catalog", () => {
  const parsed = parseGpuCatalog(readShipped("gpus.json"));

  it("parses with the schema, every row sourced and dated", () => {
    if (!parsed.ok) throw new Error(parsed.error);
    for (const gpu of parsed.value.entries) {
      expect(gpu.sources.length, gpu.id).toBeGreaterThan(0);
      expect(isIsoDate(gpu.readOn), gpu.id).toBe(true);
    }
  });

  it("describes the MI250 as one GCD, what a single model copy sees, so a projection does not count the second die", () => {
    if (!parsed.ok) throw new Error(parsed.error);
    const mi250 = parsed.value.entries.find((gpu) => gpu.id === "mi250")!;
    // The module: 128 GB, 3,276.8 GB/s, up to 560 W over two GCDs; one GCD: 64 GB, ~1,638 GB/s, ~280 W.
    expect(mi250).toMatchObject({ vramGb: 64, memoryBandwidthGBps: 1638, boardPowerWatts: 280 });
    expect(mi250.notes).toMatch(/per GCD/);
    // From a 128.6 t/s run on an RTX 4090 (1,008 GB/s), a 4.7 GB model projects at ×1.63, not the module's ×3.2.
    const rtx4090 = measuredThroughput(128.6, { kind: "gpu", label: "GeForce RTX 4090", memoryBandwidthGBps: 1008 });
    const projected = projectThroughput(rtx4090, mi250, { modelSizeBytes: 4.7e9 });
    expect(projected.bandwidthRatio).toBeCloseTo(1638 / 1008, 6);
    expect(projected.tokensPerSecond).toBeLessThan(128.6 * 2);
    expect(projectThroughput(rtx4090, mi250, { modelSizeBytes: 70e9 }).fits).toBe(false);
  });

  it("has consumer, workstation and datacenter parts from NVIDIA, AMD and Apple", () => {
    if (!parsed.ok) throw new Error(parsed.error);
    const entries = parsed.value.entries;
    expect(new Set(entries.map((gpu) => gpu.segment))).toEqual(new Set(["consumer", "workstation", "datacenter"]));
    expect(new Set(entries.map((gpu) => gpu.vendor))).toEqual(new Set(["nvidia", "amd", "apple"]));
    for (const gpu of entries.filter((entry) => entry.vendor === "apple")) expect(gpu.unifiedMemory, gpu.id).toBe(true);
    const h100 = entries.find((gpu) => gpu.id === "h100-sxm");
    expect(h100).toMatchObject({ vramGb: 80, memoryBandwidthGBps: 3350, boardPowerWatts: 700 });
    expect(representativeUsd(h100!.purchaseUsd)).toBe(30000);
  });
});

describe("catalog errors name the entry and the field", () => {
  it("reports a non-numeric price", () => {
    const json = vendorCatalogJson();
    const gpt4o = json.entries.find((entry) => entry.id === "gpt-4o")!;
    gpt4o.usdPerMillionInput = "abc";
    const result = parseVendorCatalog(json);
    expect(result).toEqual({
      ok: false,
      error: `Entry 'gpt-4o': usdPerMillionInput must be a number ≥ 0 (USD per 1M tokens) (got "abc")`,
    });
  });

  it("reports negative prices, missing fields, bad dates, typos and duplicate ids", () => {
    const json = vendorCatalogJson();
    json.entries[0].usdPerMillionOutput = -1;
    delete json.entries[1].source;
    json.entries[2].priceReadOn = "2026-02-30";
    json.entries[3].usdPerMillionInptu = 1;
    json.entries[4].id = json.entries[5].id;
    const result = parseVendorCatalog(json);
    if (result.ok) throw new Error("expected errors");
    const lines = result.error.split("\n");
    expect(lines).toContain("Entry 'claude-3-haiku': usdPerMillionOutput must be a number ≥ 0 (USD per 1M tokens) (got -1)");
    expect(lines).toContain("Entry 'claude-3.5-haiku': source must be a non-empty string saying where the price was read (missing)");
    expect(lines).toContain(`Entry 'claude-haiku-4.5': priceReadOn must be a real date written YYYY-MM-DD (got "2026-02-30")`);
    expect(lines.some((line) => line.startsWith("Entry 'claude-sonnet-4': unknown field 'usdPerMillionInptu'"))).toBe(true);
    expect(lines).toContain("Entry 'gpt-4o': id 'gpt-4o' is used by more than one entry; ids must be unique");
  });

  it("refuses a file that is not a catalog, or one from a newer app", () => {
    expect(parseVendorCatalog([1, 2])).toEqual({
      ok: false,
      error: "The vendor price catalog must be a JSON object with schemaVersion, catalogDate and entries (got a list).",
    });
    const newer = parseGpuCatalog({ schemaVersion: 2, catalogDate: "2027-01-01", entries: [] });
    expect(newer.ok || newer.error).toMatch(/schemaVersion 2, newer than this version of Breakeven reads \(1\)/);
  });

  it("explains a GPU price range with low above high", () => {
    const json = readShipped("gpus.json") as { entries: Record<string, unknown>[] };
    const h100 = json.entries.find((entry) => entry.id === "h100-sxm")!;
    h100.purchaseUsd = { low: 35000, high: 25000 };
    h100.memoryBandwidthGBps = 0;
    const result = parseGpuCatalog(json);
    if (result.ok) throw new Error("expected errors");
    expect(result.error.split("\n")).toEqual([
      "Entry 'h100-sxm': memoryBandwidthGBps must be a number > 0 (GB/s) (got 0)",
      "Entry 'h100-sxm': purchaseUsd has low above high",
    ]);
  });
});
