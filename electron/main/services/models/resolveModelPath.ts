import os from "node:os";
import path from "node:path";

/** A path as a person types it: "~/models/x.gguf" or relative to where the app was started. */
export function resolveModelPath(input: string): string {
  const trimmed = input.trim();
  if (trimmed === "~" || trimmed.startsWith("~/") || trimmed.startsWith("~\\")) return path.join(os.homedir(), trimmed.slice(1));
  return path.resolve(trimmed);
}
