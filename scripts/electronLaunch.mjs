// Electron can be installed and still unable to run: no display, a chrome-sandbox that is not
// SUID root, missing shared libraries. `npm start` then falls back to web mode rather than fail.
import { spawn } from "node:child_process";

/** An Electron that dies this soon never opened its window; one that lives longer is running. */
export const EARLY_EXIT_MS = 3000;

/** Why Electron cannot open a window here before trying, or null when it may. */
export function noDisplayReason(platform, env) {
  if (platform !== "linux" || env.DISPLAY || env.WAYLAND_DISPLAY) return null;
  return "no display (neither DISPLAY nor WAYLAND_DISPLAY is set)";
}

const KNOWN_FAILURES = [
  { pattern: /Missing X server or \$DISPLAY|cannot open display|platform failed to initialize/i, reason: () => "it found no display" },
  {
    pattern: /SUID sandbox helper binary .*not configured correctly|chrome-sandbox is owned by root/i,
    reason: () => "its chrome-sandbox helper is not owned by root with mode 4755 (sudo chown root node_modules/electron/dist/chrome-sandbox && sudo chmod 4755 it)",
  },
  {
    pattern: /error while loading shared libraries: (\S+?):/i,
    reason: (match) => `the shared library ${match[1]} is missing (install it with your package manager)`,
  },
];

/** One line on why Electron exited at once, from its stderr, exit code and signal. */
export function electronFailureReason(stderr, code, signal) {
  for (const known of KNOWN_FAILURES) {
    const match = stderr.match(known.pattern);
    if (match) return known.reason(match);
  }
  const exit = signal ? `it was killed by ${signal}` : `it exited with code ${code}`;
  const lastLine = stderr.split("\n").map((line) => line.trim()).filter(Boolean).at(-1);
  return lastLine ? `${exit}: ${lastLine.slice(0, 200)}` : exit;
}

/**
 * Starts Electron and holds its stderr back for its first seconds: an early failure becomes one
 * line (status "failed"); after that, stderr passes through and the child is handed over
 * (status "running"). A clean exit inside that time is "exited".
 */
export function startElectron(binary, args, options = {}) {
  const earlyExitMs = options.earlyExitMs ?? EARLY_EXIT_MS;
  const output = options.stderr ?? process.stderr;
  return new Promise((resolve) => {
    let held = "";
    let settled = false;
    const child = spawn(binary, args, { stdio: ["inherit", "inherit", "pipe"] });
    options.onSpawn?.(child);
    const settle = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    child.stderr.on("data", (chunk) => {
      if (settled) output.write(chunk);
      else held += chunk.toString();
    });
    child.on("error", (error) => settle({ status: "failed", reason: error.message }));
    child.on("exit", (code, signal) => {
      if (settled) return;
      if (code === 0 && !signal) {
        // A clean exit (the user closed the window at once) is not a failure.
        output.write(held);
        settle({ status: "exited", code });
      } else settle({ status: "failed", reason: electronFailureReason(held, code, signal) });
    });
    const timer = setTimeout(() => {
      output.write(held);
      settle({ status: "running", child });
    }, earlyExitMs);
  });
}
