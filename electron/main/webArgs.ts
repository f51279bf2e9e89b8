import { randomBytes } from "node:crypto";

/** Fixed, because the browser keys IndexedDB by origin: a new port each launch would hide saved data. */
export const DEFAULT_PORT = 47615;

export const WEB_USAGE = `Usage: npm start -- [--web] [--port <1-65535>]   (or: node out/main/web.js [--port <1-65535>])
  --port <n>  listen on 127.0.0.1:<n> instead of ${DEFAULT_PORT}; keep it fixed, the browser keeps saved data per address
  --web       (npm start only) web mode even where the desktop app could open
  --help      show this help`;

export type WebArgs = { port: number; token: string; open: boolean; help: boolean };

/** A command line web mode cannot run with; the message says what is wrong and what to type. */
export class WebArgsError extends Error {
  constructor(message: string) {
    super(`${message}\n${WEB_USAGE}`);
    this.name = "WebArgsError";
  }
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === "" || value.startsWith("-")) {
    throw new WebArgsError(`--port needs a port number after it, for example --port 48000 (the default is ${DEFAULT_PORT}).`);
  }
  const port = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new WebArgsError(`--port must be a whole number from 1 to 65535, not "${value}"; for example --port 48000.`);
  }
  return port;
}

export function parseWebArgs(argv: string[], env: NodeJS.ProcessEnv): WebArgs {
  let port = DEFAULT_PORT;
  let help = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === "--help" || arg === "-h") help = true;
    else if (arg.startsWith("--port=")) port = parsePort(arg.slice("--port=".length));
    else if (arg === "--port") {
      const value = argv[index + 1];
      port = parsePort(value);
      index++;
    } else {
      throw new WebArgsError(`Unknown ${arg.startsWith("-") ? "option" : "argument"} "${arg}". Web mode takes only --port, for example --port 48000.`);
    }
  }
  // A fixed token is only for tests and scripts that start the server themselves.
  const token = env.BREAKEVEN_TOKEN && env.BREAKEVEN_TOKEN.length >= 16 ? env.BREAKEVEN_TOKEN : randomBytes(24).toString("base64url");
  return { port, token, open: false, help };
}
