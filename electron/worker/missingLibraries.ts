// node-llama-cpp only says "NoBinaryFoundError" when a GPU backend will not load; users need to
// know which runtime library is missing, so look for the ones its prebuilt binaries link against.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { GpuBackendName } from "../../shared/api/system";

const NEEDED: Partial<Record<GpuBackendName, { libs: string[]; advice: string }>> = {
  cuda: {
    libs: ["libcudart.so.13", "libcublas.so.13"],
    advice: "Install the CUDA 13 runtime (or CUDA 12 for the cuda-ext fallback) and an NVIDIA driver.",
  },
  vulkan: { libs: ["libvulkan.so.1"], advice: "Install a Vulkan loader (libvulkan1) and your GPU's Vulkan driver." },
};

let ldconfigCache: Promise<string> | null = null;

function ldconfigListing(): Promise<string> {
  ldconfigCache ??= promisify(execFile)("ldconfig", ["-p"], { timeout: 5000 })
    .then((result) => result.stdout)
    .catch(() => "");
  return ldconfigCache;
}

export async function missingLibraryHint(backend: GpuBackendName): Promise<string> {
  if (backend === "metal") return "Metal is only available on Apple Silicon Macs.";
  const need = NEEDED[backend];
  if (!need) return "";
  if (process.platform !== "linux") return `No ${backend.toUpperCase()} runtime was found. ${need.advice}`;
  const listing = await ldconfigListing();
  const missing = need.libs.filter((lib) => !listing.includes(lib));
  if (missing.length === 0) return `No ${backend.toUpperCase()}-capable device was detected.`;
  return `Missing ${missing.join(" and ")}. ${need.advice}`;
}
