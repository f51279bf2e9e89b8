// `breakeven inspect FILE`: a GGUF model's header (never its tensor data) and whether it fits.
import { resolve } from "node:path";
import type { ModelInspection } from "../../shared/models/inspection";
import { has, nonNegativeInt, oneOf, parseFlags, positiveInt, requirePositional, type FlagDef } from "./args";
import { callApi } from "./callApi";
import { EXIT, type CliCommand } from "./command";
import { formatCommandHelp } from "./help";
import { formatBytes, formatCount, formatFields } from "./units";

const FLAGS: readonly FlagDef[] = [
  { names: ["-ngl", "--n-gpu-layers"], key: "ngl", value: "<n>", help: "layers to offload for the memory estimate; 99 means all", defaultText: "all" },
  { names: ["-c", "--ctx-size"], key: "ctx", value: "<n>", help: "context size per sequence for the estimate", defaultText: "4096" },
  { names: ["-o", "--output"], key: "output", value: "<text|json>", help: "text for people, json for scripts (models.inspect's result)", defaultText: "text" },
  { names: ["-h", "--help"], key: "help", help: "show this help" },
];

export function formatInspection(model: ModelInspection): string {
  const types = [...model.tensorTypes]
    .sort((a, b) => b.bytes - a.bytes)
    .map((share) => `${share.type} ×${share.tensors} (${formatBytes(share.bytes)})`)
    .join(", ");
  const fits = model.estimate.fits.map(
    (fit) => `${fit.device}: ${fit.fits ? "fits" : "does not fit"}, needs ${formatBytes(fit.neededBytes)} of ${formatBytes(fit.availableBytes)}${fit.note ? `. ${fit.note}` : ""}`,
  );
  return formatFields([
    ["File", `${model.path} (${formatBytes(model.fileSizeBytes)}); header read in ${model.headerReadMs.toFixed(0)} ms`],
    ["Model", `${model.architecture}${model.name ? `, "${model.name}"` : ""}`],
    ["Parameters", formatCount(model.parameterCount)],
    ["File type", model.fileType],
    ["Tensors", types],
    ["Shape", `${model.layers} layers, embedding ${model.embeddingSize}, ${model.heads} heads (${model.kvHeads} KV), vocabulary ${model.vocabularySize}`],
    ["Context", `trained for ${model.trainedContextLength} tokens`],
    ["Synthetic", model.synthetic ? `yes${model.syntheticPreset ? ` (preset ${model.syntheticPreset})` : ""}: real shapes and timings, noise for text` : "no"],
    [
      "Estimate",
      `${model.estimate.gpuLayers} GPU layers, context ${model.estimate.contextSize}: ${formatBytes(model.estimate.vramBytes)} VRAM, ${formatBytes(model.estimate.ramBytes)} RAM`,
    ],
    ["Fits", fits.join("\n") || "no device"],
  ]);
}

export const inspectCommand: CliCommand = {
  name: "inspect",
  summary: "read a GGUF model's header: parameters, quantization, memory estimate",
  usage: "breakeven inspect <file> [-ngl N] [-c N] [-o text|json]",
  description: "Reads a GGUF file's header (milliseconds, even for a 7B model) and estimates the memory it needs\nat the given offload and context size, on each device found.",
  flags: FLAGS,
  async run(argv, io) {
    const parsed = parseFlags(argv, FLAGS, { command: "inspect" });
    if (has(parsed, "help")) {
      io.stdout(formatCommandHelp(inspectCommand));
      return EXIT.ok;
    }
    const path = resolve(requirePositional(parsed, "a GGUF file", "inspect"));
    const gpuLayers = nonNegativeInt(parsed, "ngl", "-ngl");
    const contextSize = positiveInt(parsed, "ctx", "-c");
    const output = oneOf(parsed, "output", "-o", ["text", "json"] as const) ?? "text";
    const model = await callApi(io, "models.inspect", {
      path,
      ...(gpuLayers !== undefined ? { gpuLayers } : {}),
      ...(contextSize !== undefined ? { contextSize } : {}),
    });
    io.stdout(output === "json" ? `${JSON.stringify(model, null, 2)}\n` : formatInspection(model));
    return EXIT.ok;
  },
};
