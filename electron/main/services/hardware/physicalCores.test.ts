import os from "node:os";
import { describe, expect, it } from "vitest";
import { physicalCores, usableCores } from "./physicalCores";

describe("usableCores", () => {
  it("takes physical cores, not hardware threads", () => {
    expect(usableCores({ physicalCores: 8, cores: 16 }, 16)).toBe(8);
  });
  it("caps at the CPUs this process may use (a container on a big host)", () => {
    expect(usableCores({ physicalCores: 64, cores: 128 }, 8)).toBe(8);
  });
  it("falls back to threads, then to the available CPUs, and never says zero", () => {
    expect(usableCores({ physicalCores: 0, cores: 4 }, 16)).toBe(4);
    expect(usableCores({}, 6)).toBe(6);
    expect(usableCores({}, 0)).toBe(1);
  });
});

describe("physicalCores on this machine", () => {
  it("is at least one and at most what os.availableParallelism() allows", async () => {
    const cores = await physicalCores();
    expect(cores).toBeGreaterThanOrEqual(1);
    expect(cores).toBeLessThanOrEqual(os.availableParallelism());
  });
});
