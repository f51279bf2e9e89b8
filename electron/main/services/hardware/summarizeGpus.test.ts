import { describe, expect, it } from "vitest";
import type { BackendProbe, GpuInfo } from "../../../../shared/api/system";
import { isSoftwareRenderer, summarizeGpus } from "./summarizeGpus";

const gpu = (vendor: string, model: string): GpuInfo => ({ vendor, model, vramBytes: null, driverVersion: null, bus: null });
const cpuOnly: BackendProbe[] = [
  { backend: "cuda", loads: false, reason: "Missing libcudart.so.13." },
  { backend: "cpu", loads: true },
];

describe("isSoftwareRenderer", () => {
  it("knows Mesa's, Google's and Windows' CPU renderers", () => {
    for (const name of ["llvmpipe (LLVM 15.0.6, 256 bits)", "Mesa lavapipe", "SwiftShader Device (Subzero)", "Microsoft Basic Render Driver", "Microsoft Basic Display Adapter"]) {
      expect(isSoftwareRenderer(name), name).toBe(true);
    }
  });
  it("does not mistake real GPUs for one", () => {
    for (const name of ["NVIDIA H200", "AMD Radeon RX 7900 XTX", "Intel Arc A770", "Apple M3 Max", "Matrox G200eR2"]) expect(isSoftwareRenderer(name), name).toBe(false);
  });
});

describe("summarizeGpus", () => {
  it("says plainly that there is no GPU when the only adapter is a software renderer", () => {
    const summary = summarizeGpus([gpu("Mesa", "llvmpipe (LLVM 15.0.6, 256 bits)")], cpuOnly);
    expect(summary).toMatch(/^No GPU was found on this machine \(llvmpipe .*a software renderer, not a GPU\)\. Benchmarks will run on the CPU/);
  });
  it("does not call Vulkan on llvmpipe a usable GPU", () => {
    const backends: BackendProbe[] = [{ backend: "vulkan", loads: true, deviceNames: ["llvmpipe (LLVM 15.0.6, 256 bits)"] }, { backend: "cpu", loads: true }];
    expect(summarizeGpus([], backends)).toMatch(/^No GPU was found on this machine\. /);
  });
  it("names a real GPU next to a software one, and the backend that uses it", () => {
    const backends: BackendProbe[] = [{ backend: "cuda", loads: true, deviceNames: ["NVIDIA H200"] }, { backend: "cpu", loads: true }];
    expect(summarizeGpus([gpu("NVIDIA", "H200"), gpu("Microsoft", "Microsoft Basic Render Driver")], backends)).toBe("NVIDIA H200 is usable through CUDA.");
  });
  it("does not claim no backend loads when the probe could not run", () => {
    expect(summarizeGpus([gpu("NVIDIA", "H200")], cpuOnly, { backendsChecked: false })).toBe(
      "Found NVIDIA H200; which backends load could not be checked, so press Refresh before benchmarking.",
    );
  });

  it("says when a real GPU is there but no GPU backend loads", () => {
    expect(summarizeGpus([gpu("NVIDIA", "H200")], cpuOnly)).toBe("Found NVIDIA H200, but no GPU backend of node-llama-cpp loads here, so benchmarks will run on the CPU.");
  });
});
