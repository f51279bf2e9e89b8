// node-llama-cpp only says "NoBinaryFoundError" when a GPU backend will not load; users need to
// know which runtime library is missing, so look for the ones its prebuilt binaries link against.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import type { GpuBackendName } from "../../shared/api/system";

type Needed = { label: string; sets: string[][]; advice: string };

// Read from the prebuilt binaries' NEEDED entries: the cuda package links CUDA 13, its cuda-ext
// fallback CUDA 12; either complete set lets one of them load.
const NEEDED: Partial<Record<GpuBackendName, Needed>> = {
  cuda: {
    label: "CUDA",
    sets: [
      ["libcuda.so.1", "libcudart.so.13", "libcublas.so.13"],
      ["libcuda.so.1", "libcudart.so.12", "libcublas.so.12"],
    ],
    advice: "Install the CUDA 13 runtime (or CUDA 12 for the cuda-ext fallback) and an NVIDIA driver.",
  },
  vulkan: { label: "Vulkan", sets: [["libvulkan.so.1"]], advice: "Install a Vulkan loader (libvulkan1) and your GPU's Vulkan driver." },
};

export type LibrarySearch = {
  /** Library names the dynamic linker's cache knows (`ldconfig -p`). */
  cached: Set<string>;
  /** Folders to look in as well: CUDA's usual places and LD_LIBRARY_PATH, which ldconfig does not list. */
  dirs: string[];
  exists?: (file: string) => boolean;
};

/** Names in `ldconfig -p` output ("\tlibcudart.so.13 (libc6,x86-64) => /usr/lib/…"). */
export function parseLdconfigListing(listing: string): Set<string> {
  const names = new Set<string>();
  for (const line of listing.split("\n")) {
    const match = line.match(/^\s+(\S+)\s+\(/);
    if (match) names.add(match[1]);
  }
  return names;
}

export function librarySearchDirs(env: NodeJS.ProcessEnv = process.env, arch: string = process.arch): string[] {
  const target = arch === "arm64" ? "sbsa-linux" : "x86_64-linux";
  const fromEnv = (env.LD_LIBRARY_PATH ?? "").split(":").filter(Boolean);
  return [...fromEnv, "/usr/local/cuda/lib64", `/usr/local/cuda/targets/${target}/lib`];
}

/** The libraries still missing from the most complete set, or [] when one set is complete. */
export function findMissingLibraries(sets: string[][], search: LibrarySearch): string[] {
  const exists = search.exists ?? existsSync;
  const found = (lib: string) => search.cached.has(lib) || search.dirs.some((dir) => exists(path.join(dir, lib)));
  const missingPerSet = sets.map((set) => set.filter((lib) => !found(lib)));
  return missingPerSet.reduce((best, missing) => (missing.length < best.length ? missing : best));
}

let ldconfigCache: Promise<Set<string>> | null = null;

function ldconfigNames(): Promise<Set<string>> {
  const run = (command: string) => promisify(execFile)(command, ["-p"], { timeout: 5000 }).then((result) => result.stdout);
  // ldconfig lives in /sbin, which a normal user's PATH may lack.
  ldconfigCache ??= run("ldconfig")
    .catch(() => run("/sbin/ldconfig"))
    .then(parseLdconfigListing)
    .catch(() => new Set<string>());
  return ldconfigCache;
}

export async function defaultLibrarySearch(): Promise<LibrarySearch> {
  return { cached: await ldconfigNames(), dirs: librarySearchDirs() };
}

/**
 * Why a backend that failed to load failed, as far as its libraries tell: a missing library is
 * named whether or not node-llama-cpp detected the GPU (a driver without the runtime is common).
 */
export async function backendFailureHint(backend: GpuBackendName, detected: boolean, search?: LibrarySearch): Promise<string> {
  const need = NEEDED[backend];
  if (!need) return "";
  if (process.platform !== "linux") return detected ? "" : `No ${need.label} runtime was found. ${need.advice}`;
  const missing = findMissingLibraries(need.sets, search ?? (await defaultLibrarySearch()));
  if (missing.length > 0) return `Missing ${listInWords(missing)}. ${need.advice}`;
  return detected ? "" : `No ${need.label}-capable device was detected.`;
}

function listInWords(items: string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
