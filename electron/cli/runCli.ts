// Dispatches `breakeven <command>` and turns every outcome into an exit code: 0 ok, 1 runtime
// error (the service's message, no stack), 2 usage error, 130 interrupted.
import { appVersion } from "../main/services/appInfo";
import { UsageError } from "./args";
import { benchCommand } from "./bench";
import { ApiCallError } from "./callApi";
import { EXIT, type CliCommand, type CliIo } from "./command";
import { formatMainHelp } from "./help";
import { hwCommand } from "./hw";
import { inspectCommand } from "./inspect";
import { synthCommand } from "./synth";

export const COMMANDS: readonly CliCommand[] = [hwCommand, inspectCommand, synthCommand, benchCommand];

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(formatMainHelp(COMMANDS, appVersion));
    return EXIT.usage;
  }
  if (name === "-h" || name === "--help" || name === "help") {
    const topic = name === "help" ? COMMANDS.find((command) => command.name === rest[0]) : undefined;
    if (topic) return topic.run(["--help"], io);
    io.stdout(formatMainHelp(COMMANDS, appVersion));
    return EXIT.ok;
  }
  if (name === "-V" || name === "--version") {
    io.stdout(`breakeven ${appVersion}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  try {
    if (!command) throw new UsageError(`Unknown command '${name}'. Commands: ${COMMANDS.map((c) => c.name).join(", ")}. See 'breakeven --help'.`);
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`breakeven: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof ApiCallError) {
      io.stderr(`breakeven: ${error.message}\n`);
      return error.code === "CANCELLED" ? EXIT.interrupted : EXIT.runtimeError;
    }
    // Not a service error: a bug in the CLI itself. One line for the user; the stack on request.
    io.stderr(`breakeven: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.BREAKEVEN_DEBUG) io.stderr(`${error instanceof Error ? error.stack : ""}\n`);
    return EXIT.runtimeError;
  }
}
