// Which llama.cpp ran the benchmark. node-llama-cpp's prebuilt binaries know their release tag
// (llama.llamaCppRelease, e.g. "v0.4.0"); the commit comes from the llama.cpp source bundle that
// node-llama-cpp ships for that same release (llama/gitRelease.bundle), whose plain-text git
// bundle header names it: "# v2 git bundle\n<sha> HEAD\n". No git needed at run time.
import { existsSync } from "node:fs";
import { open } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { getModuleVersion, type Llama } from "node-llama-cpp";
import type { BenchBuildInfo } from "../../../shared/bench/job";
import { backendName } from "../llama/loadLlama";

const HEAD_BYTES = 512;

/** The commit a git bundle's header names for HEAD (or its first ref), or null. */
export function parseBundleHead(text: string): string | null {
  const lines = text.split("\n");
  if (!/^# v[23] git bundle/.test(lines[0] ?? "")) return null;
  const refs = lines.slice(1).filter((line) => /^[0-9a-f]{40} /.test(line));
  const head = refs.find((line) => line.endsWith(" HEAD")) ?? refs[0];
  return head ? head.slice(0, 40) : null;
}

const BUNDLE = join("node-llama-cpp", "llama", "gitRelease.bundle");

/** node_modules/node-llama-cpp/llama/gitRelease.bundle above this file (built or source) or the working folder. */
function findBundle(): string | null {
  for (let dir of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    for (;;) {
      const candidate = join(dir, "node_modules", BUNDLE);
      if (existsSync(candidate)) return candidate;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return null;
}

async function readBundleCommit(): Promise<string | null> {
  const bundle = findBundle();
  if (!bundle) return null;
  try {
    const handle = await open(bundle, "r");
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      return parseBundleHead(buffer.subarray(0, bytesRead).toString("latin1"));
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}

export async function buildInfo(llama: Llama): Promise<BenchBuildInfo> {
  const release = llama.llamaCppRelease.release ?? null;
  const commit = await readBundleCommit();
  const buildNumber = release && /^b\d+$/.test(release) ? Number(release.slice(1)) : null;
  return {
    nodeLlamaCpp: await getModuleVersion(),
    llamaCppRelease: release,
    // llama-bench prints the short hash that git describes the build with.
    buildCommit: commit ? commit.slice(0, 8) : "unknown",
    buildNumber,
    backend: backendName(llama),
    gpuInfo: llama.gpu === false ? "" : (await llama.getGpuDeviceNames()).join(", "),
  };
}
