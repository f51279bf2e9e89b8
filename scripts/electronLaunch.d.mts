import type { ChildProcess } from "node:child_process";

export declare const EARLY_EXIT_MS: number;
export declare function noDisplayReason(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string | null;
export declare function electronFailureReason(stderr: string, code: number | null, signal: NodeJS.Signals | null): string;
export type ElectronStart = { status: "running"; child: ChildProcess } | { status: "exited"; code: number } | { status: "failed"; reason: string };
export declare function startElectron(
  binary: string,
  args: string[],
  options?: {
    /** Defaults to EARLY_EXIT_MS. */
    earlyExitMs?: number;
    /** Where Electron's stderr goes once it is running. Defaults to process.stderr. */
    stderr?: { write(chunk: string | Uint8Array): unknown };
    /** Called with the child as soon as it is spawned, so signals can reach it during the wait. */
    onSpawn?: (child: ChildProcess) => void;
  },
): Promise<ElectronStart>;
