// A worker that dies (a native abort, an out-of-memory kill) or ignores a cancel must end the job
// with a clear error and leave no process behind, while this process carries on. Real native crashes
// cannot be provoked on demand, so stand-in workers speak the same protocol and then misbehave.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { ApiFailure } from "../../../shared/api/errors";
import { runWorkerJob } from "./runWorkerJob";
import { setWorkerEntry } from "./workerEntry";

const dir = mkdtempSync(join(tmpdir(), "breakeven-worker-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function standInWorker(name: string, onRun: string): string {
  const path = join(dir, `${name}.mjs`);
  writeFileSync(
    path,
    `process.send({ type: "ready" });
process.on("message", (message) => {
  if (message.type === "run") { ${onRun} }
});
setInterval(() => {}, 1000);
`,
  );
  return path;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function failureOf(promise: Promise<unknown>): Promise<ApiFailure> {
  const error = await promise.then(
    () => new Error("the job should have failed"),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiFailure);
  return error as ApiFailure;
}

afterEach(() => setWorkerEntry(""));

describe("runWorkerJob when the worker misbehaves", () => {
  it("turns a native abort into WORKER_CRASHED with the worker's last words", async () => {
    setWorkerEntry(standInWorker("abort", `process.stderr.write("GGML_ASSERT(buffer) failed\\n"); process.abort();`));
    const failure = await failureOf(runWorkerJob("probeBackends", undefined as never));
    expect(failure.code).toBe("WORKER_CRASHED");
    expect(failure.message).toContain("was killed by SIGABRT");
    expect(failure.message).toContain("GGML_ASSERT(buffer) failed");
    expect(failure.message).toContain("The app is still running");
  });

  it("names an out-of-memory kill for what it usually is", async () => {
    setWorkerEntry(standInWorker("oom", `process.kill(process.pid, "SIGKILL");`));
    const failure = await failureOf(runWorkerJob("probeBackends", undefined as never));
    expect(failure.code).toBe("WORKER_CRASHED");
    expect(failure.message).toContain("running out of memory");
  });

  it("reports a worker that exits without answering", async () => {
    setWorkerEntry(standInWorker("exit", `process.exit(3);`));
    const failure = await failureOf(runWorkerJob("probeBackends", undefined as never));
    expect(failure.message).toContain("exited with code 3");
  });

  it("kills a worker that ignores a cancel once the grace period is over, leaving no process", async () => {
    let pid = 0;
    setWorkerEntry(standInWorker("stubborn", `process.send({ type: "progress", payload: process.pid });`));
    const controller = new AbortController();
    const job = runWorkerJob("probeBackends", undefined as never, {
      signal: controller.signal,
      cancelGraceMs: 200,
      onProgress: (payload) => {
        pid = payload as unknown as number;
        controller.abort();
      },
    });
    const started = performance.now();
    const failure = await failureOf(job);
    expect(failure.code).toBe("CANCELLED");
    expect(performance.now() - started).toBeLessThan(1000);
    expect(pid).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(isAlive(pid)).toBe(false);
  });
});
