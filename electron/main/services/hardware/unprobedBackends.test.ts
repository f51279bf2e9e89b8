import { getLlamaGpuTypes } from "node-llama-cpp";
import { describe, expect, it } from "vitest";
import { backendsOnPlatform, unprobedBackends } from "./unprobedBackends";

describe("backendsOnPlatform", () => {
  it("agrees with node-llama-cpp's own list on this machine", async () => {
    const fromLibrary = (await getLlamaGpuTypes("allValid")).map((gpu) => (gpu === false ? "cpu" : gpu));
    expect(backendsOnPlatform(process.platform, process.arch)).toEqual(new Set(fromLibrary));
  });
  it("offers Metal on Apple Silicon only, and CUDA everywhere else", () => {
    expect([...backendsOnPlatform("darwin", "arm64")].sort()).toEqual(["cpu", "metal", "vulkan"]);
    expect([...backendsOnPlatform("darwin", "x64")].sort()).toEqual(["cpu", "cuda", "vulkan"]);
    expect([...backendsOnPlatform("win32", "x64")].sort()).toEqual(["cpu", "cuda", "vulkan"]);
  });
});

describe("unprobedBackends", () => {
  it("lists all four, with the failure where a backend could exist and 'not on this platform' where not", () => {
    const probes = unprobedBackends("the worker crashed.", "linux", "x64");
    expect(unprobedBackends("x", "darwin", "arm64").find((probe) => probe.backend === "cuda")?.onThisPlatform).toBe(false);
    expect(probes.map((probe) => probe.backend)).toEqual(["cuda", "vulkan", "metal", "cpu"]);
    expect(probes.find((probe) => probe.backend === "metal")).toEqual({
      backend: "metal",
      loads: false,
      onThisPlatform: false,
      reason: "Metal is only available on Apple Silicon Macs.",
    });
    expect(probes.find((probe) => probe.backend === "cuda")?.reason).toBe("Not checked: the worker crashed. Press Refresh to try again.");
    expect(probes.every((probe) => !probe.loads)).toBe(true);
  });
});
