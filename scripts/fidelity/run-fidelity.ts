/**
 * `npm run bench:fidelity`: how closely Breakeven's numbers agree with llama.cpp's own
 * llama-bench on this machine, built from the same source and linked to the same kernels.
 *
 *   npm run bench:fidelity -- [--rounds 3] [--reps 5] [--threads 2] [--presets bench-125m,bench-270m]
 *                              [--quants Q4_K_M,Q8_0] [--pp 512] [--tg 128]
 *
 * For each model it runs both harnesses interleaved (llama-bench, Breakeven, llama-bench, ...)
 * for several rounds with the same threads and batch sizes, and prints per test both figures,
 * Breakeven's decode and end-to-end throughput, the ratios and the harness overhead per token.
 * Results are also written to .cache/fidelity/ as JSON. Not part of `npm test`: it takes
 * ~6 minutes on 2 cores (3 rounds, 4 models) and wants an otherwise idle machine.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createAppDispatcher } from "../../electron/main/api/handlers";
import { isSynthPresetId, type SynthPresetId } from "../../shared/synth/presets";
import { isSynthQuant, type SynthQuant } from "../../shared/synth/quantRecipe";
import { buildLlamaBench } from "./build-llama-bench";
import { runBreakeven, runLlamaBench, type HarnessSettings } from "./harnesses";
import { ensureFidelityModels } from "./models";
import { formatSummaryTable, summarize, type Round } from "./summary";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const log = (line: string) => console.error(line);

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer (got '${text}')`);
  return value;
}

function parseOptions() {
  const { values } = parseArgs({
    options: {
      rounds: { type: "string", default: "3" },
      reps: { type: "string", default: "5" },
      threads: { type: "string", default: "2" },
      batch: { type: "string", default: "512" },
      presets: { type: "string", default: "bench-125m,bench-270m" },
      quants: { type: "string", default: "Q4_K_M,Q8_0" },
      pp: { type: "string", default: "512" },
      tg: { type: "string", default: "128" },
    },
  });
  const presets = values.presets.split(",");
  const quants = values.quants.split(",");
  for (const preset of presets) if (!isSynthPresetId(preset)) throw new Error(`Unknown preset '${preset}'`);
  for (const quant of quants) if (!isSynthQuant(quant)) throw new Error(`Unknown quant '${quant}'`);
  const batch = positive("batch", values.batch);
  const settings: HarnessSettings = {
    threads: positive("threads", values.threads),
    batch,
    ubatch: batch,
    repetitions: positive("reps", values.reps),
    nPrompt: positive("pp", values.pp),
    nGen: positive("tg", values.tg),
  };
  return { rounds: positive("rounds", values.rounds), presets: presets as SynthPresetId[], quants: quants as SynthQuant[], settings };
}

function loadText(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");
}

async function main(): Promise<void> {
  const options = parseOptions();
  const build = buildLlamaBench({ log });
  log(`llama-bench: ${build.binaryPath.slice(repoRoot.length + 1)}${build.built ? " (built now)" : " (cached)"}, kernels from ${build.prebuiltDir.slice(repoRoot.length + 1)}`);
  const models = await ensureFidelityModels(join(repoRoot, ".cache/fidelity-models"), options.presets, options.quants, log);
  const dispatcher = createAppDispatcher();
  const { settings } = options;
  const startLoad = loadText();
  if (loadavg()[0] > availableParallelism() / 2) {
    log(`warning: the machine is busy (load average ${startLoad} on ${availableParallelism()} cores); both harnesses slow down, unevenly, and the ratios will be noisy.`);
  }
  log(`settings: threads ${settings.threads}, batch ${settings.batch}, ubatch ${settings.ubatch}, ${settings.repetitions} reps, pp${settings.nPrompt} tg${settings.nGen}, ${options.rounds} rounds; load average ${startLoad}`);

  const rounds = new Map<string, Round[]>(models.map((model) => [model.path, []]));
  const startedMs = Date.now();
  for (let round = 1; round <= options.rounds; round++) {
    for (const model of models) {
      log(`round ${round}/${options.rounds} ${model.label}: llama-bench...`);
      const llamaBench = await runLlamaBench(build.binaryPath, model.path, settings);
      log(`round ${round}/${options.rounds} ${model.label}: Breakeven...`);
      const breakeven = await runBreakeven(dispatcher, model.path, settings);
      rounds.get(model.path)?.push({ llamaBench, breakeven });
      const brief = (figures: typeof llamaBench) => figures.map((f) => `${f.test} ${f.avgTs.toFixed(1)}`).join(", ");
      log(`  llama-bench ${brief(llamaBench)} | Breakeven ${brief(breakeven)}${breakeven.map((f) => (f.decodeTs ? ` (${f.test} decode ${f.decodeTs.toFixed(1)})` : "")).join("")}`);
    }
  }
  const endLoad = loadText();

  const output: string[] = [
    "",
    `Breakeven vs llama-bench (same llama.cpp source and prebuilt kernels), threads ${settings.threads}, batch=ubatch=${settings.batch}, ` +
      `${settings.repetitions} reps, ${options.rounds} interleaved rounds, ${((Date.now() - startedMs) / 60000).toFixed(1)} min; ` +
      `load average ${startLoad} at start, ${endLoad} at end`,
    "",
  ];
  const record: Record<string, unknown> = {};
  for (const model of models) {
    const modelRounds = rounds.get(model.path) ?? [];
    const summaries = summarize(modelRounds);
    output.push(formatSummaryTable(`${model.label} (${(model.sizeBytes / 1024 / 1024).toFixed(1)} MiB)`, summaries));
    record[model.label] = { summaries, rounds: modelRounds };
  }
  output.push(
    "decode t/s: llama.cpp's own timing of llama_decode in Breakeven's worker (comparable to llama-bench, which times llama_decode + synchronize).",
    "e2e t/s: Breakeven's wall clock per test (what an application sees: async native calls, sampling for tg).",
    "overhead ms/tok: e2e time per token minus decode time per token.",
  );
  console.log(output.join("\n"));

  const outDir = join(repoRoot, ".cache/fidelity");
  mkdirSync(outDir, { recursive: true });
  const outFile = join(outDir, `fidelity-${new Date().toISOString().replaceAll(":", "-")}.json`);
  writeFileSync(outFile, `${JSON.stringify({ settings, rounds: options.rounds, loadAverage: { start: startLoad, end: endLoad }, llamaBench: build, models: record }, null, 2)}\n`);
  log(`\nwrote ${outFile.slice(repoRoot.length + 1)}`);
}

main().catch((error: unknown) => {
  console.error(`bench:fidelity: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
