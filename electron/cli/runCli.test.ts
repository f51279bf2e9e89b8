import { describe, expect, it } from "vitest";
import { ApiFailure } from "../../shared/api/errors";
import { createDispatcher, type HandlerMap } from "../main/api/dispatch";
import { BENCH_FLAGS } from "./benchArgs";
import type { CliIo } from "./command";
import { makeBenchReportFixture } from "./formatters/benchReportFixture";
import { COMMANDS, runCli } from "./runCli";

type Harness = { io: CliIo; out: () => string; err: () => string; interrupt: () => void };

function harness(handlers: Partial<HandlerMap> = {}): Harness {
  let stdout = "";
  let stderr = "";
  let onInterrupt: (() => void) | null = null;
  return {
    io: {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      stderrIsTty: false,
      stderrColumns: 80,
      dispatcher: createDispatcher(handlers),
      onInterrupt(handler) {
        onInterrupt = handler;
        return () => void (onInterrupt = null);
      },
    },
    out: () => stdout,
    err: () => stderr,
    interrupt: () => onInterrupt?.(),
  };
}

describe("breakeven (dispatch, help, exit codes)", () => {
  it("--help lists every command, and each command's --help documents every flag it parses", async () => {
    const h = harness();
    expect(await runCli(["--help"], h.io)).toBe(0);
    for (const command of COMMANDS) expect(h.out()).toContain(`  ${command.name} `);
    for (const command of COMMANDS) {
      const c = harness();
      expect(await runCli([command.name, "--help"], c.io)).toBe(0);
      expect(c.out()).toContain(`usage: ${command.usage}`);
      for (const flag of command.flags) for (const name of flag.names) expect(c.out()).toContain(name);
    }
    const bench = harness();
    await runCli(["help", "bench"], bench.io);
    for (const flag of BENCH_FLAGS) expect(bench.out()).toContain(flag.help);
  });

  it("exits 2 with one line for usage errors and unknown commands", async () => {
    const h = harness();
    expect(await runCli(["bench", "-m", "m.gguf", "-p", "abc"], h.io)).toBe(2);
    expect(h.err()).toBe("breakeven: -p must be a comma-separated list of positive integers (got 'abc')\n");
    const unknown = harness();
    expect(await runCli(["benchmark"], unknown.io)).toBe(2);
    expect(unknown.err()).toMatch(/^breakeven: Unknown command 'benchmark'/);
    expect(await runCli([], harness().io)).toBe(2);
  });

  it("prints a service error's message without a stack and exits 1", async () => {
    const h = harness({
      "models.inspect": async () => {
        throw new ApiFailure("FILE_NOT_FOUND", "No file at /nope.gguf.");
      },
    });
    expect(await runCli(["inspect", "/nope.gguf"], h.io)).toBe(1);
    expect(h.err()).toBe("breakeven: No file at /nope.gguf.\n");
  });

  it("prints --version", async () => {
    const h = harness();
    expect(await runCli(["--version"], h.io)).toBe(0);
    expect(h.out()).toMatch(/^breakeven \d+\.\d+\.\d+\n$/);
  });
});

describe("breakeven bench over the dispatcher", () => {
  it("sends the parsed spec to bench.run and prints the report in the chosen format", async () => {
    let seen: unknown = null;
    const h = harness({
      "bench.run": async (params) => {
        seen = params;
        return makeBenchReportFixture();
      },
    });
    expect(await runCli(["bench", "-m", "/m.gguf", "-p", "16", "-n", "8", "-r", "2", "-t", "1", "-o", "jsonl"], h.io)).toBe(0);
    expect(seen).toMatchObject({
      runId: expect.stringMatching(/^cli-/),
      spec: { modelPath: "/m.gguf", tests: [{ kind: "pp", nPrompt: 16 }, { kind: "tg", nGen: 8 }], repetitions: 2, threads: [1] },
    });
    expect(h.out().trimEnd().split("\n")).toHaveLength(2);
  });

  it("Ctrl-C calls bench.cancel, prints the partial rows with the note, and exits 130", async () => {
    let cancelledRunId = "";
    let release: () => void = () => {};
    const h = harness({
      "bench.run": async () => {
        await new Promise<void>((resolve) => (release = resolve));
        const report = makeBenchReportFixture();
        return { ...report, status: "cancelled", note: "Cancelled after 1 of 2 tests.", results: report.results.slice(0, 1) };
      },
      "bench.cancel": async ({ runId }) => {
        cancelledRunId = runId;
        release();
        return { cancelled: true };
      },
    });
    const running = runCli(["bench", "-m", "/m.gguf"], h.io);
    await new Promise((resolve) => setTimeout(resolve, 10));
    h.interrupt();
    expect(await running).toBe(130);
    expect(cancelledRunId).toMatch(/^cli-/);
    expect(h.out()).toContain("pp512");
    expect(h.err()).toContain("Cancelled after 1 of 2 tests.");
  });
});

describe("breakeven synth over the dispatcher", () => {
  it("sends synth.create an absolute path and prints the written file", async () => {
    let seen: Record<string, unknown> = {};
    const h = harness({
      "synth.create": async (params) => {
        seen = params;
        return { path: params.path, sizeBytes: 1024, durationMs: 5, preset: params.preset, quant: params.quant, synthetic: true };
      },
    });
    expect(await runCli(["synth", "--preset", "qwen2.5-7b", "--quant", "Q8_0", "-o", "rel/q.gguf"], h.io)).toBe(0);
    expect(seen).toMatchObject({ preset: "qwen2.5-7b", quant: "Q8_0", overwrite: false, jobId: expect.stringMatching(/^cli-/) });
    expect(seen.path).toMatch(/^\/.*\/rel\/q\.gguf$/);
    expect(h.out()).toBe(`${String(seen.path)}\n`);
  });

  it("refuses unknown presets and quants with the valid names", async () => {
    const h = harness();
    expect(await runCli(["synth", "--preset", "gpt-5", "-o", "x.gguf"], h.io)).toBe(2);
    expect(h.err()).toMatch(/--preset must be one of .*qwen2\.5-7b.* \(got 'gpt-5'\)/);
    const q = harness();
    expect(await runCli(["synth", "--preset", "tiny", "--quant", "Q2_K", "-o", "x.gguf"], q.io)).toBe(2);
    expect(q.err()).toMatch(/--quant must be one of F16, Q8_0, Q4_0, Q4_K_M \(got 'Q2_K'\)/);
    const o = harness();
    expect(await runCli(["synth", "--preset", "tiny"], o.io)).toBe(2);
    expect(o.err()).toMatch(/-o <file> is required/);
  });
});
