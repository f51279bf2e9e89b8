import { describe, expect, it } from "vitest";
import { UsageError } from "./args";
import { parseBenchArgs } from "./benchArgs";

function spec(...argv: string[]) {
  const parsed = parseBenchArgs(argv);
  if (parsed.help) throw new Error("unexpected help");
  return parsed;
}

function usageError(...argv: string[]): string {
  try {
    parseBenchArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`no error for ${argv.join(" ")}`);
}

describe("breakeven bench arguments", () => {
  it("leaves every default to the engine when only -m is given", () => {
    expect(spec("-m", "m.gguf")).toEqual({ help: false, spec: { modelPath: "m.gguf" }, output: "md", progressLines: false });
    expect(spec("-m", "m.gguf", "--progress").progressLines).toBe(true);
  });

  it("reads llama-bench's flags, comma lists and repeated flags as sweeps", () => {
    const { spec: s, output } = spec(
      "-m", "m.gguf", "-p", "512", "-n", "128", "-pg", "512,128", "-r", "3", "-ngl", "99", "-t", "1,2", "-t", "4",
      "-b", "2048", "-ub", "512", "-fa", "0,1", "--parallel", "1,4", "-ctk", "q8_0", "-o", "json",
    );
    expect(output).toBe("json");
    expect(s).toEqual({
      modelPath: "m.gguf",
      tests: [{ kind: "pp", nPrompt: 512 }, { kind: "tg", nGen: 128 }, { kind: "pg", nPrompt: 512, nGen: 128 }],
      repetitions: 3,
      gpuLayers: [99],
      threads: [1, 2, 4],
      batchSize: [2048],
      ubatchSize: [512],
      flashAttention: [false, true],
      parallel: [1, 4],
      kvCacheType: ["q8_0"],
    });
  });

  it("accepts long names, --name=value and underscores like llama-bench", () => {
    const { spec: s } = spec("--model=m.gguf", "--n-prompt", "64", "--n_gen=16", "--flash-attn", "on", "--threads=2");
    expect(s).toMatchObject({ modelPath: "m.gguf", tests: [{ kind: "pp", nPrompt: 64 }, { kind: "tg", nGen: 16 }], flashAttention: [true], threads: [2] });
  });

  it("follows llama-bench: -p 0 skips prompt tests, -pg alone keeps the default pp512 and tg128", () => {
    expect(spec("-m", "m", "-p", "0").spec.tests).toEqual([{ kind: "tg", nGen: 128 }]);
    expect(spec("-m", "m", "-pg", "64,16").spec.tests).toEqual([
      { kind: "pp", nPrompt: 512 },
      { kind: "tg", nGen: 128 },
      { kind: "pg", nPrompt: 64, nGen: 16 },
    ]);
    expect(usageError("-m", "m", "-p", "0", "-n", "0")).toMatch(/Nothing to measure/);
  });

  it("explains bad values precisely", () => {
    expect(usageError("-m", "m", "-p", "abc")).toBe("-p must be a comma-separated list of positive integers (got 'abc')");
    expect(usageError("-m", "m", "-t", "0")).toBe("-t must be a comma-separated list of positive integers (got '0')");
    expect(usageError("-m", "m", "-t", "2,")).toBe("-t must be a comma-separated list of positive integers (got '2,')");
    expect(usageError("-m", "m", "-ngl", "-1")).toBe("-ngl must be a comma-separated list of non-negative integers (got '-1')");
    expect(usageError("-m", "m", "-r", "1.5")).toBe("-r must be a positive integer (got '1.5')");
    expect(usageError("-m", "m", "-fa", "auto")).toMatch(/^-fa must be a comma-separated list of 0 and 1 .*pick 0 or 1/);
    expect(usageError("-m", "m", "-pg", "512")).toMatch(/^-pg must be two positive integers as pp,tg/);
    expect(usageError("-m", "m", "-o", "sql")).toBe("-o must be one of md, json, jsonl, csv (got 'sql')");
    expect(usageError("-m", "m", "-ctk", "q9")).toMatch(/^-ctk must be a comma-separated list of f32, f16/);
    expect(usageError("-m", "m", "-ctk", "q8_0", "-ctv", "f16")).toMatch(/-ctv must equal -ctk/);
  });

  it("names what is missing or unknown", () => {
    expect(usageError("-p", "512")).toMatch(/^-m <file> is required/);
    expect(usageError("-m")).toBe("-m needs a value <file>");
    expect(usageError("-m", "a", "-m", "b")).toBe("-m was given 2 times; give it once");
    expect(usageError("-m", "m", "--bogus")).toBe("Unknown option '--bogus' for 'breakeven bench'. See 'breakeven bench --help'.");
    expect(usageError("-m", "m", "-d", "512")).toMatch(/^-d: llama-bench has this option; Breakeven does not support it yet/);
    expect(usageError("-m", "m", "extra")).toMatch(/takes no arguments/);
  });

  it("asks for help", () => {
    expect(parseBenchArgs(["--help"])).toEqual({ help: true });
    expect(parseBenchArgs(["-m", "x", "-h"])).toEqual({ help: true });
  });
});
