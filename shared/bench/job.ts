// What the bench worker job takes and sends back. The main process adds what only it knows (the
// system description, power samples) to turn these into a BenchReport.
import type { BenchModelIdentity, BenchResultRow } from "../reports/benchReport";
import type { BenchProgress } from "./progress";
import type { BenchSpec } from "./spec";

export type BenchJobInput = {
  /** Already normalized: every default filled, threads capped at the physical cores. */
  spec: BenchSpec;
  /** node-llama-cpp's maxThreads: the physical core count, never more. */
  maxThreads: number;
};

/** A result row as the worker measures it; the main process adds cpu_info and power. */
export type MeasuredRow = Omit<BenchResultRow, "cpu_info" | "power">;

export type BenchBuildInfo = {
  nodeLlamaCpp: string;
  llamaCppRelease: string | null;
  /** llama.cpp's commit, short, or "unknown". */
  buildCommit: string;
  buildNumber: number | null;
  /** "CPU", "CUDA", "Vulkan" or "Metal", as llama-bench's `backends`. */
  backend: string;
  /** GPU device names joined with ", "; "" on the CPU backend. */
  gpuInfo: string;
};

export type BenchJobEvent =
  | { type: "progress"; progress: Omit<BenchProgress, "runId" | "syntheticWeights"> }
  /** The worker starts reading the GGUF header; the main process limits how long that takes. */
  | { type: "header"; edge: "start" }
  /** The header is read: who the model is, so a run cancelled while the model loads still names it. */
  | { type: "header"; edge: "end"; model: BenchModelIdentity }
  /** The model is loaded: who it is and what runs it, so even a cancelled run has a full record. */
  | { type: "loaded"; model: BenchModelIdentity; build: BenchBuildInfo }
  /** The measured repetitions of a step start or end (power is averaged over this window). */
  | { type: "window"; step: number; edge: "start" | "end" }
  | { type: "row"; step: number; row: MeasuredRow };

export type BenchJobOutput = { rows: MeasuredRow[]; model: BenchModelIdentity; build: BenchBuildInfo };
