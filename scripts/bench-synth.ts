/**
 * Measures how fast a synthetic model is written, and optionally that node-llama-cpp can load
 * and run it:
 *   npx tsx scripts/bench-synth.ts [--preset qwen2.5-7b] [--quant Q4_K_M] [--keep PATH] [--load]
 * Without --keep the file goes to a temp folder and is deleted afterwards.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { getLlama, LlamaLogLevel, readGgufFileInfo } from "node-llama-cpp";
import { isSynthPresetId } from "../shared/synth/presets";
import { isSynthQuant } from "../shared/synth/quantRecipe";
import { createSyntheticModel, isSyntheticGgufMetadata } from "../electron/synth/writeSyntheticModel";

const { values } = parseArgs({
  options: {
    preset: { type: "string", default: "qwen2.5-7b" },
    quant: { type: "string", default: "Q4_K_M" },
    keep: { type: "string" },
    load: { type: "boolean", default: false },
    threads: { type: "string", default: "2" },
  },
});
const { preset, quant } = values;
if (!isSynthPresetId(preset) || !isSynthQuant(quant)) {
  throw new Error(`Unknown preset "${preset}" or quant "${quant}"`);
}
const threads = Number(values.threads);

const tempDir = values.keep === undefined ? await mkdtemp(join(tmpdir(), "breakeven-bench-synth-")) : undefined;
const path = values.keep ?? join(tempDir!, `${preset}-${quant}.gguf`);

// Sampled, because process maxRSS also counts anything mapped later (the model, when --load).
let peakRssBytes = process.memoryUsage.rss();
const sampler = setInterval(() => (peakRssBytes = Math.max(peakRssBytes, process.memoryUsage.rss())), 50);
let lastReportMs = 0;
const result = await createSyntheticModel({
  preset,
  quant,
  path,
  onProgress: ({ bytesWritten, totalBytes }) => {
    if (performance.now() - lastReportMs < 2000) return;
    lastReportMs = performance.now();
    process.stdout.write(`  ${((100 * bytesWritten) / totalBytes).toFixed(0)}%\n`);
  },
});
clearInterval(sampler);
peakRssBytes = Math.max(peakRssBytes, process.memoryUsage.rss());
const writeMaxRssBytes = process.resourceUsage().maxRSS * 1024;

const seconds = result.durationMs / 1000;
const sizeText = result.sizeBytes.toLocaleString("en-US");
console.log(`preset ${preset} ${quant}: ${result.tensorCount} tensors, ${sizeText} bytes`);
console.log(`write: ${seconds.toFixed(1)} s, ${(result.sizeBytes / 1e6 / seconds).toFixed(0)} MB/s`);
console.log(
  `peak RSS while writing: ${(peakRssBytes / 2 ** 20).toFixed(0)} MiB sampled, ` +
    `${(writeMaxRssBytes / 2 ** 20).toFixed(0)} MiB process max`,
);

try {
  if (values.load) await loadAndGenerate(path);
} finally {
  if (tempDir !== undefined) await rm(tempDir, { recursive: true, force: true });
  else console.log(`kept ${path}`);
}

async function loadAndGenerate(modelPath: string): Promise<void> {
  const info = await readGgufFileInfo(modelPath, { logWarnings: false });
  const synthetic = isSyntheticGgufMetadata(info.metadata);
  console.log(`readGgufFileInfo: ${info.tensorInfo?.length} tensors, synthetic=${synthetic}`);
  const llama = await getLlama({ build: "never", gpu: false, maxThreads: threads, logLevel: LlamaLogLevel.error });
  const loadStartMs = performance.now();
  const model = await llama.loadModel({ modelPath });
  console.log(`load: ${((performance.now() - loadStartMs) / 1000).toFixed(1)} s`);
  const context = await model.createContext({ contextSize: 512, batchSize: 64, threads });
  const sequence = context.getSequence();
  const prompt = model.tokenize("The quick brown fox jumps over the lazy dog.");

  // First token with the full distribution, to check the logits are finite.
  let startMs = performance.now();
  let nextToken = prompt[0];
  let allFinite = true;
  for await (const { token, probabilities } of sequence.evaluateWithMetadata(
    prompt,
    { probabilities: true },
    { yieldEogToken: true },
  )) {
    nextToken = token;
    const values = [...probabilities.values()];
    allFinite = values.every(Number.isFinite) && Math.abs(values.reduce((sum, p) => sum + p, 0) - 1) < 0.01;
    break;
  }
  const promptMs = performance.now() - startMs;

  // Then plain generation, so the timing is the model's and not the probability map's.
  const tokenTimesMs: number[] = [];
  startMs = performance.now();
  for await (const token of sequence.evaluate([nextToken], { yieldEogToken: true })) {
    const nowMs = performance.now();
    tokenTimesMs.push(nowMs - startMs);
    startMs = nowMs;
    nextToken = token;
    if (tokenTimesMs.length === 4) break;
  }
  const tgMsPerToken = tokenTimesMs.reduce((sum, ms) => sum + ms, 0) / tokenTimesMs.length;
  const promptSeconds = promptMs / 1000;
  console.log(`prompt: ${prompt.length} tokens + first token in ${promptSeconds.toFixed(2)} s`);
  console.log(`finite logits (probabilities finite and summing to 1): ${allFinite}`);
  console.log(`tg: ${(1000 / tgMsPerToken).toFixed(2)} t/s over ${tokenTimesMs.length} tokens (threads ${threads})`);
  await context.dispose();
  await model.dispose();
  await llama.dispose();
}
