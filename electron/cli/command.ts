// What every `breakeven <command>` module exports. Commands write through `io` instead of the
// process, so tests run them in-process and read what they printed.
import type { Dispatcher } from "../main/api/dispatch";
import type { FlagDef } from "./args";

export type CliIo = {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Progress bars only go to a terminal: a redirected stderr gets plain lines or nothing. */
  stderrIsTty: boolean;
  stderrColumns: number;
  /** The same dispatcher the app's transports use: one implementation for every front end. */
  dispatcher: Dispatcher;
  /** Registers a Ctrl-C handler for the duration of a run; returns its removal. */
  onInterrupt(handler: () => void): () => void;
};

export type CliCommand = {
  name: string;
  /** One line for `breakeven --help`. */
  summary: string;
  /** e.g. "breakeven inspect <file> [options]" */
  usage: string;
  /** Paragraphs shown under the usage line. */
  description: string;
  flags: readonly FlagDef[];
  /** Lines shown after the options. */
  notes?: readonly string[];
  /** Resolves to the process exit code. Throws UsageError for exit code 2. */
  run(argv: readonly string[], io: CliIo): Promise<number>;
};

export const EXIT = { ok: 0, runtimeError: 1, usage: 2, interrupted: 130 } as const;
