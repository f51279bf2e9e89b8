// Entry point of the `breakeven` command (built to out/main/cli.js; bin/breakeven.js runs it).
import { createAppDispatcher } from "../main/api/handlers";
import type { CliIo } from "./command";
import { runCli } from "./runCli";

function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stderrIsTty: process.stderr.isTTY === true,
    stderrColumns: process.stderr.columns ?? 80,
    dispatcher: createAppDispatcher(),
    onInterrupt(handler) {
      let count = 0;
      const listener = () => {
        // A second Ctrl-C means "now": skip the graceful cancel.
        if (++count > 1) process.exit(130);
        handler();
      };
      process.on("SIGINT", listener);
      return () => void process.off("SIGINT", listener);
    },
  };
}

const code = await runCli(process.argv.slice(2), processIo());
// Flush stdout before exiting: a large report piped to another program must arrive whole.
await new Promise<void>((resolve) => process.stdout.write("", () => resolve()));
process.exit(code);
