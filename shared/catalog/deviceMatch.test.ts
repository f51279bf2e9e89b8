import { describe, expect, it } from "vitest";
import gpuCatalogJson from "../../resources/catalog/gpus.json";
import { parseGpuCatalog } from "./gpus";
import { matchCatalogGpu } from "./deviceMatch";

const parsed = parseGpuCatalog(gpuCatalogJson);
if (!parsed.ok) throw new Error(parsed.error);
const gpus = parsed.value.entries;

function matchedId(name: string): string | null {
  const match = matchCatalogGpu(name, gpus);
  return match.kind === "matched" ? match.gpu.id : null;
}

describe("matchCatalogGpu", () => {
  it("finds GPUs by the names drivers report", () => {
    expect(matchedId("NVIDIA GeForce RTX 4090")).toBe("rtx-4090");
    expect(matchedId("NVIDIA H200")).toBe("h200");
    expect(matchedId("NVIDIA A100-SXM4-80GB")).toBe("a100-80gb-sxm");
    expect(matchedId("NVIDIA RTX 6000 Ada Generation")).toBe("rtx-6000-ada");
    expect(matchedId("AMD Radeon RX 7900 XTX")).toBe("radeon-rx-7900-xtx");
    expect(matchedId("NVIDIA L40S")).toBe("l40s");
  });

  it("does not take a longer model number for a shorter one", () => {
    expect(matchedId("NVIDIA L4")).toBe("l4");
    expect(matchedId("NVIDIA GeForce RTX 3090 Ti")).toBe("rtx-3090");
    expect(matchCatalogGpu("NVIDIA GeForce RTX 409", gpus).kind).toBe("none");
  });

  it("refuses to guess between entries or for unknown GPUs", () => {
    // The driver name does not say PCIe or SXM, which differ in bandwidth.
    expect(matchCatalogGpu("NVIDIA H100 80GB HBM3", gpus).kind).toBe("none");
    expect(matchCatalogGpu("Intel Arc A770", gpus).kind).toBe("none");
    expect(matchCatalogGpu("", gpus).kind).toBe("none");
  });
});
