import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { backendFailureHint, defaultLibrarySearch, findMissingLibraries, librarySearchDirs, parseLdconfigListing } from "./missingLibraries";

const CUDA_SETS = [
  ["libcuda.so.1", "libcudart.so.13", "libcublas.so.13"],
  ["libcuda.so.1", "libcudart.so.12", "libcublas.so.12"],
];

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function libDir(names: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), "breakeven-libs-"));
  made.push(dir);
  for (const name of names) writeFileSync(path.join(dir, name), "");
  return dir;
}

describe("parseLdconfigListing", () => {
  it("takes the library names, not their paths or the header", () => {
    const names = parseLdconfigListing(
      "602 libs found in cache `/etc/ld.so.cache'\n\tlibcuda.so.1 (libc6,x86-64) => /usr/lib/x86_64-linux-gnu/libcuda.so.1\n\tlibz.so.1 (libc6,x86-64) => /lib/libz.so.1\n",
    );
    expect(names).toEqual(new Set(["libcuda.so.1", "libz.so.1"]));
  });
});

describe("findMissingLibraries", () => {
  it("finds CUDA's runtime in a folder ldconfig does not list (a tarball install in LD_LIBRARY_PATH)", () => {
    const dir = libDir(["libcudart.so.13", "libcublas.so.13"]);
    expect(findMissingLibraries(CUDA_SETS, { cached: new Set(["libcuda.so.1"]), dirs: [dir] })).toEqual([]);
  });
  it("accepts the CUDA 12 set when CUDA 13 is absent", () => {
    const cached = new Set(["libcuda.so.1", "libcudart.so.12", "libcublas.so.12"]);
    expect(findMissingLibraries(CUDA_SETS, { cached, dirs: [] })).toEqual([]);
  });
  it("names what is missing from the most complete set", () => {
    expect(findMissingLibraries(CUDA_SETS, { cached: new Set(["libcuda.so.1"]), dirs: [] })).toEqual(["libcudart.so.13", "libcublas.so.13"]);
    expect(findMissingLibraries(CUDA_SETS, { cached: new Set(["libcudart.so.12", "libcublas.so.12"]), dirs: [] })).toEqual(["libcuda.so.1"]);
  });
});

describe("librarySearchDirs", () => {
  it("looks in LD_LIBRARY_PATH first, then CUDA's usual folders", () => {
    expect(librarySearchDirs({ LD_LIBRARY_PATH: "/opt/cuda/lib::/x" }, "x64")).toEqual([
      "/opt/cuda/lib",
      "/x",
      "/usr/local/cuda/lib64",
      "/usr/local/cuda/targets/x86_64-linux/lib",
    ]);
  });
});

describe.runIf(process.platform === "linux")("backendFailureHint", () => {
  const nothing = { cached: new Set<string>(), dirs: [] };
  const cuda13 = { cached: new Set(CUDA_SETS[0]), dirs: [] };
  it("names a missing library even when node-llama-cpp detected the GPU", async () => {
    expect(await backendFailureHint("cuda", true, nothing)).toBe(
      "Missing libcuda.so.1, libcudart.so.13 and libcublas.so.13. Install the CUDA 13 runtime (or CUDA 12 for the cuda-ext fallback) and an NVIDIA driver.",
    );
    expect(await backendFailureHint("vulkan", true, nothing)).toMatch(/^Missing libvulkan\.so\.1\. Install a Vulkan loader/);
  });
  it("says no device was detected only when the libraries are there and node-llama-cpp saw none", async () => {
    expect(await backendFailureHint("cuda", false, cuda13)).toBe("No CUDA-capable device was detected.");
    expect(await backendFailureHint("cuda", true, cuda13)).toBe("");
  });
  it("reads this machine's linker cache by default", async () => {
    // libc.so.6 is in every glibc system's cache; missing it would mean ldconfig was not read.
    expect(findMissingLibraries([["libc.so.6"]], await defaultLibrarySearch())).toEqual([]);
  });
});
