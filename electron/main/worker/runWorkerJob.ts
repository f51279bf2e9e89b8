// Starts a worker process for one job, relays its progress, and guarantees the process is gone
// when the promise settles: cancellation and crashes end in a clear ApiFailure, never a hung app.
import { fork } from "node:child_process";
import { ApiFailure } from "../../../shared/api/errors";
import type { JobInput, JobOutput, JobProgress, WorkerJobName, WorkerToParent } from "../../../shared/worker/protocol";
import { resolveWorkerEntry } from "./workerEntry";

export type RunWorkerJobOptions<J extends WorkerJobName> = {
  onProgress?: (progress: JobProgress<J>) => void;
  signal?: AbortSignal;
  /** How long the worker may take to start and say it is ready. Defaults to 30 s. */
  startTimeoutMs?: number;
  /** Grace period between asking the worker to stop and killing it. Defaults to 300 ms. */
  cancelGraceMs?: number;
};

const STDERR_TAIL_CHARS = 2000;

export function runWorkerJob<J extends WorkerJobName>(
  job: J,
  input: JobInput<J>,
  options: RunWorkerJobOptions<J> = {},
): Promise<JobOutput<J>> {
  const { startTimeoutMs = 30_000, cancelGraceMs = 300, signal } = options;
  if (signal?.aborted) return Promise.reject(new ApiFailure("CANCELLED", "The run was cancelled before it started."));
  const entry = resolveWorkerEntry();

  return new Promise<JobOutput<J>>((resolve, reject) => {
    const child = fork(entry, [], {
      // UV_THREADPOOL_SIZE must be set before Node starts: with libuv's default 4 pool threads,
      // node-llama-cpp's decode jobs hop between threads and generation ran 3.5x slower here.
      env: { ...process.env, UV_THREADPOOL_SIZE: "1", ELECTRON_RUN_AS_NODE: "1" },
      execArgv: entry.endsWith(".ts") ? ["--import", "tsx"] : [],
      stdio: ["ignore", "pipe", "pipe", "ipc"],
      serialization: "advanced",
    });
    let stderrTail = "";
    let settled = false;
    let cancelled = false;
    child.stderr?.on("data", (chunk: Buffer) => {
      stderrTail = (stderrTail + chunk.toString()).slice(-STDERR_TAIL_CHARS);
    });
    child.stdout?.resume();

    const startTimer = setTimeout(() => {
      finish(new ApiFailure("WORKER_CRASHED", `The model worker did not start within ${startTimeoutMs / 1000} s.`));
    }, startTimeoutMs);

    const onAbort = () => {
      cancelled = true;
      if (child.connected) child.send({ type: "cancel" });
      setTimeout(() => finish(new ApiFailure("CANCELLED", "The run was cancelled.")), cancelGraceMs).unref();
    };
    signal?.addEventListener("abort", onAbort, { once: true });

    function finish(outcome: Error | { value: JobOutput<J> }) {
      if (settled) return;
      settled = true;
      clearTimeout(startTimer);
      signal?.removeEventListener("abort", onAbort);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome.value);
    }

    child.on("message", (message: WorkerToParent) => {
      switch (message.type) {
        case "ready":
          clearTimeout(startTimer);
          child.send({ type: "run", job, input });
          break;
        case "progress":
          if (!cancelled) options.onProgress?.(message.payload as JobProgress<J>);
          break;
        case "result":
          finish({ value: message.value as JobOutput<J> });
          break;
        case "error":
          finish(new ApiFailure(message.error.code, message.error.message));
          break;
      }
    });
    child.on("error", (error) => finish(new ApiFailure("WORKER_CRASHED", `The model worker could not run: ${error.message}`)));
    child.on("exit", (code, exitSignal) => {
      if (cancelled) return finish(new ApiFailure("CANCELLED", "The run was cancelled."));
      finish(new ApiFailure("WORKER_CRASHED", describeCrash(code, exitSignal, stderrTail)));
    });
  });
}

function describeCrash(code: number | null, signal: NodeJS.Signals | null, stderrTail: string): string {
  const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
  const hint = signal === "SIGKILL" ? " This is often the system running out of memory." : "";
  const lastLine = meaningfulLines(stderrTail).slice(-3).join(" | ");
  return `The model worker ${how} before finishing.${hint}${lastLine ? ` Last output: ${lastLine}` : ""} The app is still running; try a smaller configuration.`;
}

// Node follows an abort with numbered native and JavaScript stack frames; those say nothing a user
// can act on and would push out the line that does (a GGML_ASSERT, an allocation failure).
function meaningfulLines(stderrTail: string): string[] {
  return stderrTail
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !/^\d+: /.test(line) && !/^-{3,}.*-{3,}$/.test(line));
}
