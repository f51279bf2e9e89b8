import { describe, expect, it } from "vitest";
import { loadCatalogs } from "./loadCatalogs";

describe("shipped catalogs", () => {
  it("load from resources/ and parse", async () => {
    const catalogs = await loadCatalogs();
    expect(catalogs.vendorPrices.entries.length).toBeGreaterThan(10);
    expect(catalogs.gpus.entries.some((gpu) => gpu.id.includes("4090"))).toBe(true);
  });
});
