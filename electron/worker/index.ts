// The model worker: the only process that loads node-llama-cpp's native code. It runs one job
// per process; the parent kills it when the job settles.
import { ApiFailure, type ApiError } from "../../shared/api/errors";
import type { ParentToWorker, WorkerJobName, WorkerToParent } from "../../shared/worker/protocol";
import { jobs, type JobContext } from "./jobs";

const controller = new AbortController();

function send(message: WorkerToParent): void {
  process.send?.(message);
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiFailure) return { code: error.code, message: error.message };
  if (controller.signal.aborted) return { code: "CANCELLED", message: "The run was cancelled." };
  return { code: "INTERNAL", message: error instanceof Error ? error.message : String(error) };
}

async function run(job: WorkerJobName, input: unknown): Promise<void> {
  const context: JobContext = { signal: controller.signal, progress: (payload) => send({ type: "progress", payload }) };
  try {
    const value = await jobs[job](input as never, context);
    send({ type: "result", value });
  } catch (error) {
    send({ type: "error", error: toApiError(error) });
  }
}

process.on("message", (message: ParentToWorker) => {
  if (message.type === "cancel") controller.abort();
  else if (message.type === "run") void run(message.job, message.input);
});

// Losing the parent (app closed, parent crashed) must not leave a model spinning on the CPU.
process.on("disconnect", () => process.exit(0));

send({ type: "ready", pid: process.pid });
