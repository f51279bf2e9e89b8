// llama.cpp's own decode timing. With `performanceTracking: true`, LlamaContext.printTimings()
// prints (and resets) llama_perf_context_print lines through the Llama logger:
//   llama_perf_context_print: prompt eval time =   24.32 ms /   512 tokens (...)
//   llama_perf_context_print:        eval time =  192.84 ms /   128 runs   (...)
// "prompt eval" counts decodes of more than one token, "eval" single-token decodes; both time
// llama_decode + synchronize only, as llama-bench does, so their sum is the engine's decode time.
import type { LlamaContext } from "node-llama-cpp";
import type { LlamaLogTap } from "../llama/loadLlama";

export type PerfTimings = { promptEvalMs: number; promptEvalTokens: number; evalMs: number; evalRuns: number };

const PROMPT_EVAL = /prompt eval time\s*=\s*([\d.]+)\s*ms\s*\/\s*(\d+)\s*tokens/;
const EVAL = /(?<!prompt )eval time\s*=\s*([\d.]+)\s*ms\s*\/\s*(\d+)\s*runs/;

export function parsePerfLines(lines: readonly string[]): PerfTimings | null {
  let prompt: RegExpExecArray | null = null;
  let evaluation: RegExpExecArray | null = null;
  for (const line of lines) {
    prompt = PROMPT_EVAL.exec(line) ?? prompt;
    if (!line.includes("prompt eval")) evaluation = EVAL.exec(line) ?? evaluation;
  }
  if (!prompt || !evaluation) return null;
  return {
    promptEvalMs: Number(prompt[1]),
    // Likewise "0.00 ms / 1 tokens" when no batch of more than one token was decoded.
    promptEvalTokens: Number(prompt[1]) === 0 ? 0 : Number(prompt[2]),
    evalMs: Number(evaluation[1]),
    // llama.cpp prints max(1, runs): "0.00 ms / 1 runs" means none.
    evalRuns: Number(evaluation[1]) === 0 ? 0 : Number(evaluation[2]),
  };
}

/** Tokens llama.cpp decoded, over every sequence: batches of several tokens plus single-token decodes. */
export function decodedTokens(timings: PerfTimings): number {
  return timings.promptEvalTokens + timings.evalRuns;
}

/** Total decode time, prompt and single-token decodes together. */
export function decodeMs(timings: PerfTimings): number {
  return timings.promptEvalMs + timings.evalMs;
}

const WAIT_TURNS = 50;

/**
 * Prints the context's timings since the last call (which also resets them) and returns them.
 * Null when llama.cpp printed nothing usable, so the report says "unavailable" rather than guessing.
 */
export async function takeTimings(context: LlamaContext, logs: LlamaLogTap): Promise<PerfTimings | null> {
  logs.takePerfLines();
  await context.printTimings();
  const lines: string[] = [];
  // The log callback may be delivered a turn of the event loop later.
  for (let turn = 0; turn < WAIT_TURNS; turn++) {
    lines.push(...logs.takePerfLines());
    const parsed = parsePerfLines(lines);
    if (parsed) return parsed;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return null;
}
