#!/usr/bin/env node
// `breakeven` / `npx breakeven`: runs the built CLI. It never builds by itself: a benchmark
// command that first spends seconds compiling (and loading two cores) would surprise its user.
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const cli = fileURLToPath(new URL("../out/main/cli.js", import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write("breakeven: the CLI is not built. Run `npm run build` first (or use `npm run cli -- <command>`).\n");
  process.exit(1);
}
await import(pathToFileURL(cli).href);
