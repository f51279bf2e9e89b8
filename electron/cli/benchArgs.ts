// `breakeven bench`'s flags, named as llama-bench names them, turned into the same BenchSpecInput
// the app sends. Only what the user gave is set: the engine fills in defaults, so the CLI and the
// app can never disagree about them.
import type { BenchSpecInput, BenchTest, KvCacheType } from "../../shared/bench/spec";
import { KV_CACHE_TYPES } from "../../shared/bench/spec";
import {
  boolList,
  has,
  intList,
  nonNegativeIntList,
  oneOf,
  pairList,
  parseFlags,
  positiveInt,
  positiveIntList,
  refusePositionals,
  single,
  UsageError,
  type FlagDef,
  type ParsedFlags,
} from "./args";

export const OUTPUT_FORMATS = ["md", "json", "jsonl", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const BENCH_FLAGS: readonly FlagDef[] = [
  { names: ["-m", "--model"], key: "model", value: "<file>", help: "GGUF model to benchmark (required)" },
  { names: ["-p", "--n-prompt"], key: "nPrompt", value: "<n>", help: "prompt processing test of n tokens in one batch; 0 skips", defaultText: "512" },
  { names: ["-n", "--n-gen"], key: "nGen", value: "<n>", help: "text generation test of n tokens, one at a time; 0 skips", defaultText: "128" },
  { names: ["-pg"], key: "pg", value: "<pp,tg>", help: "prompt then generation (also gives time to first token); repeat for more pairs", defaultText: "none" },
  { names: ["-r", "--repetitions"], key: "reps", value: "<n>", help: "measured repetitions of each test, after one warm-up", defaultText: "5" },
  { names: ["-ngl", "--n-gpu-layers"], key: "ngl", value: "<n>", help: "layers offloaded to the GPU; 99 means all", defaultText: "99" },
  { names: ["-t", "--threads"], key: "threads", value: "<n>", help: "CPU threads", defaultText: "physical cores" },
  { names: ["-b", "--batch-size"], key: "batch", value: "<n>", help: "logical batch size (n_batch)", defaultText: "2048" },
  { names: ["-ub", "--ubatch-size"], key: "ubatch", value: "<n>", help: "physical batch size (n_ubatch)", defaultText: "512" },
  { names: ["-fa", "--flash-attn"], key: "fa", value: "<0|1>", help: "flash attention off (0) or on (1)", defaultText: "0" },
  { names: ["-ctk", "--cache-type-k"], key: "ctk", value: "<t>", help: `KV cache type: ${KV_CACHE_TYPES.join(", ")}`, defaultText: "f16" },
  { names: ["-ctv", "--cache-type-v"], key: "ctv", value: "<t>", help: "must equal -ctk: Breakeven uses one type for K and V", defaultText: "f16" },
  { names: ["-c", "--ctx-size"], key: "ctx", value: "<n>", help: "context size per sequence (Breakeven's own)", defaultText: "the longest test" },
  { names: ["-np", "--parallel"], key: "parallel", value: "<n>", help: "sequences generating together: aggregate t/s under concurrency (Breakeven's own)", defaultText: "1" },
  { names: ["-o", "--output"], key: "output", value: "<md|json|jsonl|csv>", help: "output format on stdout; json is the report file the app imports", defaultText: "md" },
  { names: ["--progress"], key: "progress", help: "progress lines on stderr even when it is not a terminal (a terminal gets a bar anyway)" },
  { names: ["-h", "--help"], key: "help", help: "show this help" },
];

const NOT_SUPPORTED = "llama-bench has this option; Breakeven does not support it yet.";
/** llama-bench flags users will try; each gets a clear answer instead of "unknown option". */
export const BENCH_UNSUPPORTED: Readonly<Record<string, string>> = Object.fromEntries(
  [
    "-d", "--n-depth", "-sm", "--split-mode", "-mg", "--main-gpu", "-nkvo", "--no-kv-offload", "-mmp", "--mmap",
    "-lm", "--load-mode", "-embd", "--embeddings", "-ts", "--tensor-split", "-ot", "--override-tensor", "-C",
    "--cpu-mask", "--cpu-strict", "--poll", "-ncmoe", "--n-cpu-moe", "-dev", "--device", "-hf", "--hf-repo",
    "--numa", "--prio", "--delay", "-oe", "--output-err", "--no-warmup", "-nopo", "--no-op-offload",
  ].map((flag) => [flag, NOT_SUPPORTED]),
);

export type BenchArgs = { help: true } | { help: false; spec: BenchSpecInput; output: OutputFormat; progressLines: boolean };

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const parsed = parseFlags(argv, BENCH_FLAGS, { command: "bench", unsupported: BENCH_UNSUPPORTED });
  if (has(parsed, "help")) return { help: true };
  refusePositionals(parsed, "bench");
  const modelPath = single(parsed, "model", "-m");
  if (modelPath === undefined || modelPath === "") {
    throw new UsageError("-m <file> is required: the GGUF model to benchmark. See 'breakeven bench --help'.");
  }
  const spec: BenchSpecInput = { modelPath };
  const tests = parseTests(parsed);
  if (tests) spec.tests = tests;
  const repetitions = positiveInt(parsed, "reps", "-r");
  if (repetitions !== undefined) spec.repetitions = repetitions;
  assign(spec, "gpuLayers", nonNegativeIntList(parsed, "ngl", "-ngl"));
  assign(spec, "threads", positiveIntList(parsed, "threads", "-t"));
  assign(spec, "batchSize", positiveIntList(parsed, "batch", "-b"));
  assign(spec, "ubatchSize", positiveIntList(parsed, "ubatch", "-ub"));
  assign(spec, "contextSize", positiveIntList(parsed, "ctx", "-c"));
  assign(spec, "flashAttention", boolList(parsed, "fa", "-fa"));
  assign(spec, "kvCacheType", parseKvType(parsed));
  assign(spec, "parallel", positiveIntList(parsed, "parallel", "-np"));
  const output = oneOf(parsed, "output", "-o", OUTPUT_FORMATS) ?? "md";
  return { help: false, spec, output, progressLines: has(parsed, "progress") };
}

function assign<K extends keyof BenchSpecInput>(spec: BenchSpecInput, key: K, value: BenchSpecInput[K] | undefined): void {
  if (value !== undefined) spec[key] = unique(value as unknown[]) as BenchSpecInput[K];
}

/** `-t 2,2` would measure the same thing twice. */
function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** llama-bench's rule: -p and -n default to 512 and 128 even when only -pg is given; 0 skips. */
function parseTests(parsed: ParsedFlags): BenchTest[] | undefined {
  // 0 is allowed (llama-bench's "skip"), but the message names positive integers: that is what a test size is.
  const sizes = { min: 0, what: "positive integers" };
  const prompts = intList(parsed, "nPrompt", "-p", sizes);
  const gens = intList(parsed, "nGen", "-n", sizes);
  const pairs = pairList(parsed, "pg", "-pg");
  if (!prompts && !gens && !pairs) return undefined;
  const tests: BenchTest[] = [
    ...unique(prompts ?? [512]).filter((n) => n > 0).map((nPrompt): BenchTest => ({ kind: "pp", nPrompt })),
    ...unique(gens ?? [128]).filter((n) => n > 0).map((nGen): BenchTest => ({ kind: "tg", nGen })),
    ...(pairs ?? []).map(([nPrompt, nGen]): BenchTest => ({ kind: "pg", nPrompt, nGen })),
  ];
  if (tests.length === 0) throw new UsageError("Nothing to measure: -p and -n are 0 and no -pg was given.");
  return tests;
}

function parseKvType(parsed: ParsedFlags): KvCacheType[] | undefined {
  const read = (key: string, flag: string) => {
    const items = parsed.values.get(key)?.flatMap((raw) => raw.split(","));
    for (const item of items ?? []) {
      if (!(KV_CACHE_TYPES as readonly string[]).includes(item)) {
        throw new UsageError(`${flag} must be a comma-separated list of ${KV_CACHE_TYPES.join(", ")} (got '${item}')`);
      }
    }
    return items as KvCacheType[] | undefined;
  };
  const k = read("ctk", "-ctk");
  const v = read("ctv", "-ctv");
  if (k && v && k.join(",") !== v.join(",")) {
    throw new UsageError(`-ctv must equal -ctk (got -ctk ${k.join(",")} -ctv ${v.join(",")}): Breakeven uses one KV cache type for K and V.`);
  }
  return k ?? v;
}
