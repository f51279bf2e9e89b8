// bench.run and bench.cancel on a real tiny GGUF model, through the dispatcher and a worker
// process. Threads 1: on a busy 2-core CI machine, llama.cpp's spinning threads at 2 can stall.
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiEvents } from "../../../shared/api/contract";
import type { BenchProgress } from "../../../shared/bench/progress";
import type { BenchReport } from "../../../shared/reports/benchReport";
import { makeTinyModel } from "../../synth/testModels";
import { createAppDispatcher } from "./handlers";

const dispatcher = createAppDispatcher();
let modelPath = "";

beforeAll(async () => {
  modelPath = await makeTinyModel(path.join(os.tmpdir(), "breakeven-test-models"), "Q4_K_M");
});

function run(runId: string, spec: Record<string, unknown>, onProgress: (progress: BenchProgress) => void = () => undefined) {
  const context = {
    emit<E extends keyof ApiEvents>(event: E, payload: ApiEvents[E]) {
      if (event === "bench.progress") onProgress(payload as BenchProgress);
    },
  };
  return dispatcher.dispatch("bench.run", { runId, spec: { modelPath, threads: [1], ...spec } }, context);
}

function childPids(): number[] {
  try {
    return execFileSync("ps", ["-o", "pid=", "--ppid", String(process.pid)], { encoding: "utf8" })
      .split("\n")
      .map((line) => Number(line.trim()))
      .filter((pid) => pid > 0);
  } catch {
    return [];
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !execFileSync("ps", ["-o", "stat=", "-p", String(pid)], { encoding: "utf8" }).trim().startsWith("Z");
  } catch {
    return false;
  }
}

/** SIGKILLs the children started since `before` (the bench worker); `ps` itself is listed and gone. */
function killNewChildren(before: Set<number>): number[] {
  return childPids().filter((pid) => {
    if (before.has(pid)) return false;
    try {
      process.kill(pid, "SIGKILL");
      return true;
    } catch {
      return false;
    }
  });
}

describe("bench.run", () => {
  it("measures pp, tg and pp+tg with R samples each, alone and with 2 parallel sequences", async () => {
    const progress: BenchProgress[] = [];
    const result = await run(
      "test-sweep",
      { tests: [{ kind: "pp", nPrompt: 32 }, { kind: "tg", nGen: 16 }, { kind: "pg", nPrompt: 32, nGen: 16 }], repetitions: 2, parallel: [1, 2] },
      (event) => progress.push(event),
    );
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const report = (result as { value: BenchReport }).value;
    expect(report.status).toBe("complete");
    expect(report.results.map((row) => `${row.test}×${row.n_parallel}`)).toEqual(["pp32×1", "tg16×1", "pp32+tg16×1", "pp32×2", "tg16×2", "pp32+tg16×2"]);
    for (const row of report.results) {
      expect(row.samples_ns).toHaveLength(2);
      expect(row.samples_ts).toHaveLength(2);
      expect(row.avg_ts).toBeGreaterThan(0);
      expect(row.stddev_ts).toBeGreaterThanOrEqual(0);
      expect(Math.min(...row.samples_ts)).toBeLessThanOrEqual(row.avg_ts);
      expect(Math.max(...row.samples_ts)).toBeGreaterThanOrEqual(row.avg_ts);
      // ts = 1e9 × (n_prompt + n_gen) × n_parallel / t_ns, per sample
      expect(row.samples_ts[0]).toBeCloseTo((1e9 * (row.n_prompt + row.n_gen) * row.n_parallel) / row.samples_ns[0], 6);
      expect(row.per_sequence_ts).toBeCloseTo(row.avg_ts / row.n_parallel, 6);
      // The aggregate is real work: every one of the n_parallel sequences decoded the whole test in
      // every sample (node-llama-cpp's per-sequence history), and llama.cpp's own decode counter,
      // which knows nothing of our formula, saw n_parallel times the tokens.
      const perSequence = row.n_prompt + row.n_gen;
      expect(row.samples_sequence_tokens).toEqual(Array.from({ length: 2 }, () => Array<number>(row.n_parallel).fill(perSequence)));
      expect(row.samples_decoded_tokens).toEqual([perSequence * row.n_parallel, perSequence * row.n_parallel]);
      expect(row.decode_avg_ts).toBeGreaterThan(0);
      expect(row.harness_overhead_ms_per_token).not.toBeNull();
      expect(row.n_threads).toBe(1);
      expect(row.synthetic_weights).toBe(true);
      expect(row.power).toMatchObject({ measured: false, reason: expect.stringContaining("not measured") });
      expect(row.n_ctx).toBeGreaterThanOrEqual(row.n_prompt + row.n_gen);
    }
    const pg = report.results.filter((row) => row.test === "pp32+tg16");
    expect(pg.every((row) => (row.ttft_avg_ms ?? 0) > 0 && row.ttft_samples_ms?.length === 2)).toBe(true);
    expect(report.results.filter((row) => row.test !== "pp32+tg16").every((row) => row.ttft_avg_ms === null)).toBe(true);
    expect(report.model).toMatchObject({ synthetic: true, syntheticPreset: "tiny", architecture: "llama", fileType: "MOSTLY_Q4_K_M" });
    expect(report.model.headerSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.model.modelType).toContain("Q4_K - Medium");
    expect(report.build.nodeLlamaCpp).toBe("3.21.1");
    expect(report.results[0].build_commit).toMatch(/^[0-9a-f]{8}$/);
    expect(report.spec.threads).toEqual([1]);
    expect(report.system.cpu.physicalCores).toBeGreaterThan(0);
    // progress: a warm-up and R measured repetitions per step, then done
    const steps = progress.filter((event) => event.runId === "test-sweep" && event.phase === "done");
    expect(steps).toHaveLength(6);
    expect(progress.some((event) => event.phase === "measuring" && event.repetition === 2 && event.tokensPerSecondSoFar !== null)).toBe(true);
    // Live figures say "synthetic weights" too: the model's marker rides on every event after the header.
    expect(progress.filter((event) => event.tokensPerSecondSoFar !== null).every((event) => event.syntheticWeights === true)).toBe(true);
  });

  it("refuses a configuration that will not fit before loading the model", async () => {
    const result = await run("test-wont-fit", { tests: [{ kind: "tg", nGen: 16 }], contextSize: [2_000_000], parallel: [256], repetitions: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("WONT_FIT");
      expect(result.error.message).toContain(path.basename(modelPath));
    }
  });

  it("cancels within a second, keeps what finished, and leaves no worker process", async () => {
    const before = new Set(childPids());
    let cancelledAt = 0;
    let workers: number[] = [];
    const pending = run("test-cancel", { tests: [{ kind: "tg", nGen: 200_000 }], repetitions: 3 }, (event) => {
      if (event.phase === "measuring" && cancelledAt === 0) {
        workers = childPids().filter((pid) => !before.has(pid));
        cancelledAt = performance.now();
        void dispatcher.dispatch("bench.cancel", { runId: "test-cancel" }, { emit: () => undefined });
      }
    });
    const result = await pending;
    const latencyMs = performance.now() - cancelledAt;
    expect(cancelledAt).toBeGreaterThan(0);
    expect(latencyMs).toBeLessThan(1000);
    expect(result.ok).toBe(true);
    const report = (result as { value: BenchReport }).value;
    expect(report.status).toBe("cancelled");
    expect(report.note).toContain("Cancelled");
    expect(report.results).toHaveLength(0);
    expect(workers.length).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(workers.filter(alive)).toEqual([]);
    const again = await dispatcher.dispatch("bench.cancel", { runId: "test-cancel" }, { emit: () => undefined });
    expect(again).toEqual({ ok: true, value: { cancelled: false } });
  });

  it("honours a cancel that arrives before its run has registered", async () => {
    const early = await dispatcher.dispatch("bench.cancel", { runId: "test-early-cancel" }, { emit: () => undefined });
    expect(early).toEqual({ ok: true, value: { cancelled: false } });
    const result = await run("test-early-cancel", { tests: [{ kind: "tg", nGen: 200_000 }], repetitions: 3 });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const report = (result as { value: BenchReport }).value;
    expect(report.status).toBe("cancelled");
    expect(report.results).toHaveLength(0);
    // Nothing read the header, so the identity says only what the file's own stat does.
    expect(report.model).toMatchObject({ fileName: path.basename(modelPath), sizeBytes: statSync(modelPath).size, headerSha256: null, nParams: null, modelType: "unknown" });
  });

  it("names the model from its header when cancelled while it loads", async () => {
    const pending = run("test-cancel-loading", { tests: [{ kind: "tg", nGen: 16 }], repetitions: 1 }, (event) => {
      if (event.phase === "loading") void dispatcher.dispatch("bench.cancel", { runId: "test-cancel-loading" }, { emit: () => undefined });
    });
    const result = await pending;
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const report = (result as { value: BenchReport }).value;
    expect(report.status).toBe("cancelled");
    expect(report.model).toMatchObject({
      fileName: path.basename(modelPath),
      sizeBytes: statSync(modelPath).size,
      headerSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      synthetic: true,
      syntheticPreset: "tiny",
      architecture: "llama",
      fileType: "MOSTLY_Q4_K_M",
      nParams: expect.any(Number),
    });
    expect(report.model.nParams).toBeGreaterThan(1e6);
  });

  it("reports a worker killed mid-run as WORKER_CRASHED, and the next run works", async () => {
    const before = new Set(childPids());
    let killed: number[] = [];
    const result = await run("test-crash", { tests: [{ kind: "tg", nGen: 200_000 }], repetitions: 1 }, (event) => {
      if (event.phase === "measuring" && killed.length === 0) {
        killed = killNewChildren(before);
      }
    });
    expect(killed.length).toBeGreaterThan(0);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("WORKER_CRASHED");
      expect(result.error.message).toContain("The model worker was killed by SIGKILL before finishing.");
      expect(result.error.message).toContain("The app is still running");
    }
    const next = await run("test-after-crash", { tests: [{ kind: "tg", nGen: 4 }], repetitions: 1 });
    expect(next.ok && (next.value as BenchReport).status).toBe("complete");
  });

  it("keeps the rows finished before a worker crash, with the crash in the note", async () => {
    const before = new Set(childPids());
    let killed = false;
    const result = await run("test-crash-rows", { tests: [{ kind: "tg", nGen: 8 }, { kind: "tg", nGen: 200_000 }], repetitions: 1 }, (event) => {
      if (event.step === 1 && event.phase === "measuring" && !killed) {
        killed = killNewChildren(before).length > 0;
      }
    });
    expect(killed).toBe(true);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const report = (result as { value: BenchReport }).value;
    expect(report.status).toBe("failed");
    expect(report.results.map((row) => row.test)).toEqual(["tg8"]);
    expect(report.results[0].samples_ts).toHaveLength(1);
    expect(report.note).toContain("killed by SIGKILL");
    expect(report.note).toContain("The 1 of 2 measurements finished before it are kept.");
    expect(report.model.headerSha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
