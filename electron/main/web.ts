// Web mode entry (plain Node, no Electron): serves the UI and the API on 127.0.0.1.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createAppDispatcher } from "./api/handlers";
import { PortInUseError, startHttpServer } from "./transports/http";
import { parseWebArgs, WEB_USAGE } from "./webArgs";

async function main(): Promise<void> {
  const args = parseWebArgs(process.argv.slice(2), process.env);
  if (args.help) {
    console.log(WEB_USAGE);
    return;
  }
  const staticDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../renderer");
  const server = await startHttpServer({ dispatcher: createAppDispatcher(), port: args.port, token: args.token, staticDir });
  console.log(`Breakeven web mode is running. Open: ${server.url}?token=${args.token}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof PortInUseError || error instanceof Error ? error.message : String(error));
  process.exit(1);
});
