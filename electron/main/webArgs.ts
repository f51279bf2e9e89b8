import { randomBytes } from "node:crypto";

/** Fixed, because the browser keys IndexedDB by origin: a new port each launch would hide saved data. */
export const DEFAULT_PORT = 47615;

export type WebArgs = { port: number; token: string; open: boolean };

export function parseWebArgs(argv: string[], env: NodeJS.ProcessEnv): WebArgs {
  let port = DEFAULT_PORT;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    const value = arg.startsWith("--port=") ? arg.slice("--port=".length) : arg === "--port" ? argv[++index] : undefined;
    if (value === undefined) continue;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 1 || parsed > 65535) {
      throw new Error(`--port must be a whole number from 1 to 65535 (got "${value ?? ""}").`);
    }
    port = parsed;
  }
  // A fixed token is only for tests and scripts that start the server themselves.
  const token = env.BREAKEVEN_TOKEN && env.BREAKEVEN_TOKEN.length >= 16 ? env.BREAKEVEN_TOKEN : randomBytes(24).toString("base64url");
  return { port, token, open: false };
}
