// The `breakeven` command end to end, as a user runs it: a separate Node process, a real tiny
// GGUF model, the app's dispatcher and its model worker. Threads 1: on a busy 2-core machine
// llama.cpp's spinning threads at 2 can stall (see electron/main/api/bench.test.ts).
import { spawn } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BENCH_REPORT_SCHEMA, type BenchReport } from "../../shared/reports/benchReport";
import { makeTinyModel } from "../synth/testModels";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const LLAMA_BENCH_FIELDS = [
  "build_commit", "build_number", "cpu_info", "gpu_info", "backends", "model_filename", "model_type", "model_size",
  "model_n_params", "n_batch", "n_ubatch", "n_threads", "type_k", "type_v", "n_gpu_layers", "flash_attn", "use_mmap",
  "n_prompt", "n_gen", "n_depth", "test_time", "avg_ns", "stddev_ns", "avg_ts", "stddev_ts", "samples_ns", "samples_ts",
];

type Outcome = { code: number | null; stdout: string; stderr: string };

/** Runs the CLI from source in its own process group, so a test can Ctrl-C it like a terminal would. */
function breakeven(args: string[], options: { interruptWhen?: (stderr: string) => boolean } = {}): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "electron/cli/index.ts", ...args], {
      cwd: repoRoot,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let interrupted = false;
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      // A terminal's Ctrl-C reaches the whole foreground group: the CLI and its model worker.
      if (!interrupted && options.interruptWhen?.(stderr)) {
        interrupted = true;
        process.kill(-(child.pid as number), "SIGINT");
      }
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

let modelPath = "";
let scratch = "";

beforeAll(async () => {
  modelPath = await makeTinyModel(path.join(os.tmpdir(), "breakeven-test-models"), "Q4_K_M");
  scratch = await mkdtemp(path.join(os.tmpdir(), "breakeven-cli-"));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("breakeven CLI on a real model", () => {
  it("bench -o json writes the app's report format with llama-bench's field names", async () => {
    const result = await breakeven(["bench", "-m", modelPath, "-p", "16", "-n", "8", "-r", "2", "-t", "1", "-o", "json"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as BenchReport;
    expect(report.schema).toBe(BENCH_REPORT_SCHEMA);
    expect(report.status).toBe("complete");
    expect(report.results.map((row) => row.test)).toEqual(["pp16", "tg8"]);
    for (const row of report.results) {
      for (const field of LLAMA_BENCH_FIELDS) expect(row).toHaveProperty(field);
      expect(row.n_threads).toBe(1);
      expect(row.samples_ts).toHaveLength(2);
      expect(row.avg_ts).toBeGreaterThan(0);
    }
  });

  it("synth writes a model that inspect then reads", async () => {
    const file = path.join(scratch, "tiny.gguf");
    const synth = await breakeven(["synth", "--preset", "tiny", "--quant", "Q8_0", "-o", file]);
    expect(synth.code).toBe(0);
    expect(synth.stdout.trim()).toBe(file);
    expect((await stat(file)).size).toBeGreaterThan(0);
    const again = await breakeven(["synth", "--preset", "tiny", "--quant", "Q8_0", "-o", file]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^breakeven: .*exists/m);
    expect(again.stderr).not.toMatch(/\n\s+at /);

    const inspect = await breakeven(["inspect", file, "-o", "json"]);
    expect(inspect.code).toBe(0);
    expect(JSON.parse(inspect.stdout)).toMatchObject({ architecture: "llama", synthetic: true, syntheticPreset: "tiny" });
  });

  it("exits 1 with the service's message, not a stack, for a missing model", async () => {
    const result = await breakeven(["bench", "-m", path.join(scratch, "missing.gguf"), "-r", "1"]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^breakeven: /);
  });

  it("Ctrl-C cancels through bench.cancel, prints the partial report and exits 130", async () => {
    const args = ["bench", "-m", modelPath, "-p", "64", "-n", "20000", "-r", "3", "-t", "1", "-o", "json", "--progress"];
    // Interrupt once the first test is done and the second is being measured.
    const result = await breakeven(args, { interruptWhen: (stderr) => /tg20000 \(2\/2\) rep 1\/3/.test(stderr) });
    expect(result.code).toBe(130);
    expect(result.stderr).toContain("Cancelling");
    const report = JSON.parse(result.stdout) as BenchReport;
    expect(report.status).toBe("cancelled");
    expect(report.note).toMatch(/Cancelled/);
    expect(report.results.map((row) => row.test)).toEqual(["pp64"]);
  });
});
