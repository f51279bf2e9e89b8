/**
 * Where the generation (tg) harness overhead goes: times one-token decodes through each way
 * node-llama-cpp's API offers, in one process, interleaved, against llama.cpp's own decode timing.
 *
 *   npx tsx scripts/fidelity/probe-tg-paths.ts <model.gguf> [--threads 2] [--tokens 128] [--rounds 5]
 *
 * Paths:
 *   evaluate             sequence.evaluate() generator, greedy: decode + sampleToken per token
 *                        (two async native calls). What Breakeven's engine uses.
 *   controlledEvaluate   one controlledEvaluate([[token, {generateNext: {token: true}}]]) per token:
 *                        the same two calls plus a sampler created per call.
 *   noSampling*          evaluate() with the internal `_noSampling` option: logits computed, no
 *                        sampling, one async call per token. Not public API: shown for the floor.
 *   withoutLogits†       evaluateWithoutGeneratingNewTokens([token]): one async call, but the output
 *                        layer is skipped, so it does less work than llama-bench and is not comparable.
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { getLlama, LlamaLogLevel, type LlamaContext, type LlamaContextSequence, type Token } from "node-llama-cpp";

// libuv's pool size is read once at start-up, so re-run with the value Breakeven's worker uses.
if (process.env.UV_THREADPOOL_SIZE !== "1") {
  const child = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: "inherit",
    env: { ...process.env, UV_THREADPOOL_SIZE: "1" },
  });
  process.exit(child.status ?? 1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { threads: { type: "string", default: "2" }, tokens: { type: "string", default: "128" }, rounds: { type: "string", default: "5" } },
});
const modelPath = positionals[0];
if (!modelPath) throw new Error("usage: probe-tg-paths.ts <model.gguf> [--threads 2] [--tokens 128] [--rounds 5]");
const threads = Number(values.threads);
const nGen = Number(values.tokens);
const rounds = Number(values.rounds);

const perfLines: string[] = [];
const llama = await getLlama({ gpu: false, build: "never", maxThreads: threads, logLevel: LlamaLogLevel.info, logger: (_level, line) => perfLines.push(line) });
const model = await llama.loadModel({ modelPath });
const context = await model.createContext({ contextSize: 256, batchSize: 512, threads, flashAttention: false, performanceTracking: true });
const sequence = context.getSequence();
let seed = 12345;
// Ordinary ids only: control tokens and byte tokens sit at the start of the vocabulary.
const randomToken = (): Token => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return (300 + (seed % 30000)) as Token;
};

/** llama.cpp's single-token decode time since the last call, in ms (printTimings also resets it). */
async function takeEvalMs(ctx: LlamaContext): Promise<number> {
  perfLines.length = 0;
  await ctx.printTimings();
  for (let turn = 0; turn < 50; turn++) {
    const line = perfLines.find((text) => /(?<!prompt )eval time/.test(text) && !text.includes("prompt eval"));
    const match = line ? /eval time\s*=\s*([\d.]+)\s*ms/.exec(line) : null;
    if (match) return Number(match[1]);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return Number.NaN;
}

type Path = (seq: LlamaContextSequence) => Promise<void>;
const paths: Record<string, Path> = {
  evaluate: async (seq) => {
    let produced = 0;
    for await (const token of seq.evaluate([randomToken()], { temperature: 0, yieldEogToken: true })) {
      void token;
      if (++produced >= nGen) break;
    }
  },
  controlledEvaluate: async (seq) => {
    for (let i = 0; i < nGen; i++) await seq.controlledEvaluate([[randomToken(), { generateNext: { token: true } }]]);
  },
  "noSampling*": async (seq) => {
    // The option ranking and embedding contexts use internally; absent from the public types.
    const options = { _noSampling: true } as Parameters<LlamaContextSequence["evaluate"]>[1];
    for (let i = 0; i < nGen; i++) for await (const token of seq.evaluate([randomToken()], options)) void token;
  },
  "withoutLogits†": async (seq) => {
    for (let i = 0; i < nGen; i++) await seq.evaluateWithoutGeneratingNewTokens([randomToken()]);
  },
};

const samples = new Map<string, { wallMs: number[]; decodeMs: number[] }>(Object.keys(paths).map((name) => [name, { wallMs: [], decodeMs: [] }]));
// Round 0 warms every path up and is not counted; each round runs every path once (interleaved).
for (let round = 0; round <= rounds; round++) {
  for (const [name, run] of Object.entries(paths)) {
    await sequence.clearHistory();
    await takeEvalMs(context);
    const startMs = performance.now();
    await run(sequence);
    const wallMs = performance.now() - startMs;
    const decodeMs = await takeEvalMs(context);
    if (round === 0) continue;
    samples.get(name)?.wallMs.push(wallMs);
    samples.get(name)?.decodeMs.push(decodeMs);
  }
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
console.log(`${modelPath}: tg${nGen}, threads ${threads}, UV_THREADPOOL_SIZE=1, ${rounds} interleaved rounds (medians)`);
console.log("| path               | e2e t/s | decode t/s | overhead ms/token |");
console.log("|--------------------|--------:|-----------:|------------------:|");
for (const [name, { wallMs, decodeMs }] of samples) {
  const wall = median(wallMs);
  const decode = median(decodeMs);
  const row = [name.padEnd(18), ((nGen * 1000) / wall).toFixed(1).padStart(7), ((nGen * 1000) / decode).toFixed(1).padStart(10), ((wall - decode) / nGen).toFixed(3).padStart(17)];
  console.log(`| ${row.join(" | ")} |`);
}
console.log("* internal option, not public API   † skips the output layer: less work than llama-bench");
await context.dispose();
await model.dispose();
await llama.dispose();
