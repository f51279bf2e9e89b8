// `breakeven synth`: writes a synthetic GGUF with a real model's shape through synth.create, so a
// server with no model files (or no network) can still benchmark a 7B-class workload.
import { randomUUID } from "node:crypto";
import { resolve } from "node:path";
import type { SynthPresetsResult } from "../../shared/api/synth";
import { isSynthPresetId, synthPresetIds } from "../../shared/synth/presets";
import { isSynthQuant, synthQuants } from "../../shared/synth/quantRecipe";
import { has, parseFlags, refusePositionals, single, UsageError, type FlagDef } from "./args";
import { ApiCallError, callApi } from "./callApi";
import { EXIT, type CliCommand } from "./command";
import { formatCommandHelp } from "./help";
import { createProgressBar } from "./progressBar";
import { formatBytes } from "./units";

const FLAGS: readonly FlagDef[] = [
  { names: ["--preset"], key: "preset", value: "<id>", help: `model shape: ${synthPresetIds.join(", ")}` },
  { names: ["--quant"], key: "quant", value: "<type>", help: `quantization: ${synthQuants.join(", ")}`, defaultText: "Q4_K_M" },
  { names: ["-o", "--output"], key: "output", value: "<file>", help: "the .gguf file to write (required)" },
  { names: ["-f", "--force"], key: "force", help: "replace an existing file" },
  { names: ["--list"], key: "list", help: "list the presets with each quantization's exact size, and exit" },
  { names: ["-h", "--help"], key: "help", help: "show this help" },
];

export function formatPresetList(presets: SynthPresetsResult): string {
  const lines = presets.presets.map((preset) => {
    const sizes = preset.sizes.map((size) => `${size.quant} ${formatBytes(size.bytes)}`).join(", ");
    return `  ${preset.id.padEnd(30)}${preset.description}${preset.forTesting ? " [testing]" : ""}\n  ${"".padEnd(30)}${sizes}`;
  });
  return `presets:\n${lines.join("\n")}\n`;
}

export const synthCommand: CliCommand = {
  name: "synth",
  summary: "write a synthetic GGUF model with a real model's shape (timings real, text noise)",
  usage: "breakeven synth --preset <id> [--quant <type>] -o <file> [--force]",
  description: [
    "Writes a GGUF file with the exact tensor layout, quantization mix and size of the named model,",
    "filled with random valid weights: it loads and runs at the real model's speed, offline, but its",
    "text is noise. Reports measured on it are marked synthetic_weights.",
  ].join("\n"),
  flags: FLAGS,
  notes: ["Ctrl-C stops the write and removes the partial file (exit code 130)."],
  async run(argv, io) {
    const parsed = parseFlags(argv, FLAGS, { command: "synth" });
    if (has(parsed, "help")) {
      io.stdout(formatCommandHelp(synthCommand));
      return EXIT.ok;
    }
    refusePositionals(parsed, "synth");
    if (has(parsed, "list")) {
      io.stdout(formatPresetList(await callApi(io, "synth.presets", undefined)));
      return EXIT.ok;
    }
    const preset = single(parsed, "preset", "--preset");
    const quant = single(parsed, "quant", "--quant") ?? "Q4_K_M";
    const output = single(parsed, "output", "-o");
    if (preset === undefined) throw new UsageError(`--preset is required: one of ${synthPresetIds.join(", ")}`);
    if (!isSynthPresetId(preset)) throw new UsageError(`--preset must be one of ${synthPresetIds.join(", ")} (got '${preset}')`);
    if (!isSynthQuant(quant)) throw new UsageError(`--quant must be one of ${synthQuants.join(", ")} (got '${quant}')`);
    if (output === undefined || output === "") throw new UsageError("-o <file> is required: where to write the .gguf");

    const jobId = `cli-${randomUUID()}`;
    const bar = createProgressBar({ write: io.stderr, isTTY: io.stderrIsTty, columns: io.stderrColumns });
    const removeInterrupt = io.onInterrupt(() => {
      bar.done();
      void callApi(io, "synth.cancel", { jobId }).catch(() => undefined);
    });
    try {
      const params = { jobId, preset, quant, path: resolve(output), overwrite: has(parsed, "force") };
      const result = await callApi(io, "synth.create", params, (event, payload) => {
        if (event !== "synth.progress") return;
        const progress = payload as { jobId: string; bytesWritten: number; totalBytes: number };
        if (progress.jobId !== jobId) return;
        const label = `${formatBytes(progress.bytesWritten)} of ${formatBytes(progress.totalBytes)}`;
        bar.update(progress.totalBytes > 0 ? progress.bytesWritten / progress.totalBytes : 0, label);
      });
      bar.done();
      const seconds = result.durationMs / 1000;
      io.stdout(`${result.path}\n`);
      io.stderr(`breakeven: wrote ${preset} ${quant}, ${formatBytes(result.sizeBytes)} in ${seconds.toFixed(1)} s (synthetic weights)\n`);
      return EXIT.ok;
    } catch (error) {
      bar.done();
      if (error instanceof ApiCallError && error.code === "CANCELLED") {
        io.stderr(`breakeven: ${error.message}\n`);
        return EXIT.interrupted;
      }
      throw error;
    } finally {
      removeInterrupt();
    }
  },
};
