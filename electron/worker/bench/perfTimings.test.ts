import { describe, expect, it } from "vitest";
import { decodedTokens, decodeMs, parsePerfLines } from "./perfTimings";

const PRINTED = [
  "llama_perf_context_print:        load time =      22.62 ms",
  "llama_perf_context_print: prompt eval time =      24.32 ms /   512 tokens (    0.05 ms per token, 21048.30 tokens per second)",
  "llama_perf_context_print:        eval time =     192.84 ms /   128 runs   (    1.51 ms per token,   663.76 tokens per second)",
  "llama_perf_context_print:       total time =     226.64 ms /   640 tokens",
  "llama_perf_context_print:    graphs reused =        127",
];

describe("llama_perf_context_print parsing", () => {
  it("reads prompt-eval and eval times and counts", () => {
    const timings = parsePerfLines(PRINTED);
    expect(timings).toEqual({ promptEvalMs: 24.32, promptEvalTokens: 512, evalMs: 192.84, evalRuns: 128 });
    expect(decodeMs(timings!)).toBeCloseTo(217.16, 5);
  });

  it("treats llama.cpp's '0.00 ms / 1 runs' as no single-token decode", () => {
    const timings = parsePerfLines([
      "llama_perf_context_print: prompt eval time =      11.62 ms /   512 tokens (    0.02 ms per token, 44062.00 tokens per second)",
      "llama_perf_context_print:        eval time =       0.00 ms /     1 runs   (    0.00 ms per token,      inf tokens per second)",
    ]);
    expect(timings?.evalRuns).toBe(0);
    expect(timings?.promptEvalTokens).toBe(512);
    expect(decodedTokens(timings!)).toBe(512);
  });

  it("treats '0.00 ms / 1 tokens' as no multi-token decode, so tg counts only its runs", () => {
    const timings = parsePerfLines([
      "llama_perf_context_print: prompt eval time =       0.00 ms /     1 tokens (    0.00 ms per token,      inf tokens per second)",
      "llama_perf_context_print:        eval time =      60.00 ms /    16 runs   (    3.75 ms per token,   266.67 tokens per second)",
    ]);
    expect(timings?.promptEvalTokens).toBe(0);
    expect(decodedTokens(timings!)).toBe(16);
  });

  it("returns null when the lines are missing", () => {
    expect(parsePerfLines(["llama_perf_context_print:        load time =      22.62 ms"])).toBeNull();
    expect(parsePerfLines([])).toBeNull();
  });
});
