import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

// The built app ships worker.js next to the entry points (or one folder up from a shared chunk);
// tests and `tsx` runs use the TypeScript source directly.
const candidates = [
  new URL("./worker.js", import.meta.url),
  new URL("../worker.js", import.meta.url),
  new URL("../../worker/index.ts", import.meta.url),
];

let override: string | null = null;

export function setWorkerEntry(path: string): void {
  override = path;
}

export function resolveWorkerEntry(): string {
  if (override) return override;
  for (const candidate of candidates) {
    if (candidate.protocol !== "file:") continue;
    const path = fileURLToPath(candidate);
    if (existsSync(path)) return path;
  }
  throw new Error("The model worker script is missing from this build; run `npm run build` again.");
}
