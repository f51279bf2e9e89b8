// Help text, generated from each command's flag table so nothing parsed goes undocumented.
import type { FlagDef } from "./args";
import type { CliCommand } from "./command";

const FLAG_COLUMN = 34;

export function formatFlag(def: FlagDef): string {
  const left = `  ${def.names.join(", ")}${def.value ? ` ${def.value}` : ""}`;
  const right = `${def.help}${def.defaultText ? ` (default: ${def.defaultText})` : ""}`;
  return left.length + 2 <= FLAG_COLUMN ? `${left.padEnd(FLAG_COLUMN)}${right}` : `${left}\n${" ".repeat(FLAG_COLUMN)}${right}`;
}

export function formatCommandHelp(command: CliCommand): string {
  const lines = [`usage: ${command.usage}`, "", command.description, "", "options:", ...command.flags.map(formatFlag)];
  if (command.notes?.length) lines.push("", ...command.notes);
  return `${lines.join("\n")}\n`;
}

export function formatMainHelp(commands: readonly CliCommand[], version: string): string {
  const width = Math.max(...commands.map((command) => command.name.length)) + 4;
  return [
    `breakeven ${version}: measure what this machine does with a GGUF model, headless.`,
    "",
    "usage: breakeven <command> [options]",
    "",
    "commands:",
    ...commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}`),
    "",
    "options:",
    formatFlag({ names: ["-h", "--help"], key: "help", help: "show this help; 'breakeven <command> --help' for a command's options" }),
    formatFlag({ names: ["-V", "--version"], key: "version", help: "print the version" }),
    "",
    "examples:",
    "  breakeven hw",
    "  breakeven synth --preset qwen2.5-7b --quant Q4_K_M -o qwen-7b.gguf",
    "  breakeven inspect qwen-7b.gguf",
    "  breakeven bench -m qwen-7b.gguf -p 512 -n 128 -t 8 -o json > report.json",
    "",
    "Progress goes to stderr (a bar when stderr is a terminal); results go to stdout.",
    "exit codes: 0 ok, 1 runtime error, 2 usage error, 130 interrupted (Ctrl-C).",
    "",
  ].join("\n");
}
