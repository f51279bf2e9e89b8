// `breakeven hw`: what this machine is and which of node-llama-cpp's backends load on it.
import type { SystemDescription } from "../../shared/api/system";
import { has, oneOf, parseFlags, refusePositionals, type FlagDef } from "./args";
import { callApi } from "./callApi";
import { EXIT, type CliCommand } from "./command";
import { formatCommandHelp } from "./help";
import { formatBytes, formatFields } from "./units";

const FLAGS: readonly FlagDef[] = [
  { names: ["-o", "--output"], key: "output", value: "<text|json>", help: "text for people, json for scripts (system.describe's result)", defaultText: "text" },
  { names: ["-h", "--help"], key: "help", help: "show this help" },
];

export function formatSystem(system: SystemDescription): string {
  const { os, cpu, memory, versions } = system;
  const backends = system.backends.map((probe) =>
    probe.loads
      ? `${probe.backend}: loads${probe.deviceNames?.length ? ` (${probe.deviceNames.join(", ")})` : ""}`
      : `${probe.backend}: does not load${probe.reason ? ` (${probe.reason})` : ""}`,
  );
  const gpus = system.gpus.map(
    (gpu) => `${gpu.vendor} ${gpu.model}${gpu.vramBytes ? `, ${formatBytes(gpu.vramBytes)}` : ""}${gpu.driverVersion ? `, driver ${gpu.driverVersion}` : ""}`,
  );
  return formatFields([
    ["OS", `${os.distro} ${os.release} (${os.platform} ${os.arch}), host ${os.hostname}`],
    ["CPU", `${cpu.manufacturer} ${cpu.brand}: ${cpu.physicalCores} physical cores, ${cpu.threads} threads${cpu.speedGHz ? `, ${cpu.speedGHz} GHz` : ""}`],
    ["Memory", `${formatBytes(memory.totalBytes)} total, ${formatBytes(memory.availableBytes)} available`],
    ["GPUs", gpus.length > 0 ? gpus.join("; ") : "none"],
    ["Summary", system.gpuSummary],
    ["Backends", backends.join("\n") || "none probed"],
    ["Benchmarks", benchmarksLine(system)],
    ["Versions", `breakeven ${versions.app}, node-llama-cpp ${versions.nodeLlamaCpp}, llama.cpp ${versions.llamaCppRelease ?? "?"}, node ${versions.node}`],
  ]);
}

function benchmarksLine(system: SystemDescription): string {
  if (system.preferredBackend) return `run on ${system.preferredBackend}`;
  return system.backendsChecked === false ? "unknown: the backends could not be checked (run `breakeven hw` again)" : "cannot run: no backend loads";
}

export const hwCommand: CliCommand = {
  name: "hw",
  summary: "describe this machine: CPU, memory, GPUs, and which backends load",
  usage: "breakeven hw [-o text|json]",
  description: "Describes the CPU, memory and GPUs, and probes which of node-llama-cpp's prebuilt backends\n(CUDA, Vulkan, Metal, CPU) load here; a backend that does not load says why.",
  flags: FLAGS,
  async run(argv, io) {
    const parsed = parseFlags(argv, FLAGS, { command: "hw" });
    if (has(parsed, "help")) {
      io.stdout(formatCommandHelp(hwCommand));
      return EXIT.ok;
    }
    refusePositionals(parsed, "hw");
    const output = oneOf(parsed, "output", "-o", ["text", "json"] as const) ?? "text";
    const system = await callApi(io, "system.describe", undefined);
    io.stdout(output === "json" ? `${JSON.stringify(system, null, 2)}\n` : formatSystem(system));
    return EXIT.ok;
  },
};
