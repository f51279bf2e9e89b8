// The one place the worker creates node-llama-cpp's Llama: prebuilt binaries only, an explicit
// thread cap, and a logger that keeps llama.cpp's own timing lines for the bench.
import { getLlama, LlamaLogLevel, type Llama } from "node-llama-cpp";

export type LlamaLogTap = {
  /** llama_perf_context_print lines since the last take. */
  takePerfLines(): string[];
  /** Warnings and errors llama.cpp printed, latest last, for error messages. */
  recentProblems(): string[];
};

export type LoadedLlama = { llama: Llama; logs: LlamaLogTap };

const PERF_PREFIX = "llama_perf_context_print";
const KEEP_PROBLEMS = 8;

/**
 * `maxThreads` must be the physical core count or fewer: node-llama-cpp's default is
 * max(cores, 4), which oversubscribes a small machine and runs hundreds of times slower.
 */
export async function loadLlama(maxThreads: number): Promise<LoadedLlama> {
  let perfLines: string[] = [];
  const problems: string[] = [];
  const llama = await getLlama({
    gpu: "auto",
    build: "never",
    maxThreads,
    progressLogs: false,
    // info level is needed for llama_perf_context_print; everything else at info is dropped.
    logLevel: LlamaLogLevel.info,
    logger(level, message) {
      if (message.includes(PERF_PREFIX)) {
        perfLines.push(...message.split("\n").filter((line) => line.includes(PERF_PREFIX)));
      } else if (level === LlamaLogLevel.error || level === LlamaLogLevel.fatal || level === LlamaLogLevel.warn) {
        problems.push(message.trim());
        if (problems.length > KEEP_PROBLEMS) problems.shift();
      }
    },
  });
  return {
    llama,
    logs: {
      takePerfLines() {
        const taken = perfLines;
        perfLines = [];
        return taken;
      },
      recentProblems: () => [...problems],
    },
  };
}

/** llama-bench's `backends` name for what node-llama-cpp loaded. */
export function backendName(llama: Llama): string {
  switch (llama.gpu) {
    case "cuda":
      return "CUDA";
    case "vulkan":
      return "Vulkan";
    case "metal":
      return "Metal";
    default:
      return "CPU";
  }
}
