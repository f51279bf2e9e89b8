// A user's partial bench spec made complete and safe: llama-bench's defaults, every value checked
// with a message that says what to change, threads never above the physical cores.
import { ApiFailure } from "../../../../shared/api/errors";
import { KV_CACHE_TYPES, testName, testTokens, type BenchSpec, type BenchTest, type KvCacheType } from "../../../../shared/bench/spec";
import { expandSweep } from "../../../../shared/bench/sweep";
import { resolveModelPath } from "../models/resolveModelPath";

const MAX_TOKENS = 1_048_576;
const MAX_REPETITIONS = 1000;
const MAX_PARALLEL = 256;
const MAX_STEPS = 1000;

function bad(message: string): never {
  throw new ApiFailure("BAD_REQUEST", message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function intList(spec: Record<string, unknown>, key: string, fallback: number[], min: number, max: number, what: string): number[] {
  const value = spec[key];
  if (value === undefined) return fallback;
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) bad(`${key} is an empty list: give at least one ${what}, or leave it out for the default (${fallback.join(", ")}).`);
  for (const item of list) {
    if (typeof item !== "number" || !Number.isInteger(item) || item < min || item > max) {
      bad(`${key} must be whole numbers from ${min} to ${max} (${what}); got ${JSON.stringify(item)}.`);
    }
  }
  return [...new Set(list as number[])];
}

function parseTest(value: unknown, index: number): BenchTest {
  const where = `tests[${index}]`;
  if (!isRecord(value)) bad(`${where} must be an object like {"kind":"tg","nGen":128}.`);
  const count = (key: "nPrompt" | "nGen") => {
    const n = value[key];
    if (typeof n !== "number" || !Number.isInteger(n) || n < 1 || n > MAX_TOKENS) bad(`${where}.${key} must be a whole number from 1 to ${MAX_TOKENS}; got ${JSON.stringify(n)}.`);
    return n;
  };
  switch (value.kind) {
    case "pp":
      return { kind: "pp", nPrompt: count("nPrompt") };
    case "tg":
      return { kind: "tg", nGen: count("nGen") };
    case "pg":
      return { kind: "pg", nPrompt: count("nPrompt"), nGen: count("nGen") };
    default:
      return bad(`${where}.kind must be "pp", "tg" or "pg"; got ${JSON.stringify(value.kind)}.`);
  }
}

function parseTests(value: unknown): BenchTest[] {
  if (value === undefined) return [{ kind: "pp", nPrompt: 512 }, { kind: "tg", nGen: 128 }];
  if (!Array.isArray(value) || value.length === 0) bad("tests must be a non-empty list, e.g. [{\"kind\":\"pp\",\"nPrompt\":512},{\"kind\":\"tg\",\"nGen\":128}].");
  const tests = value.map(parseTest);
  const names = new Set<string>();
  return tests.filter((test) => !names.has(testName(test)) && names.add(testName(test)));
}

function boolList(spec: Record<string, unknown>, key: string, fallback: boolean[]): boolean[] {
  const value = spec[key];
  if (value === undefined) return fallback;
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0 || list.some((item) => typeof item !== "boolean")) bad(`${key} must be a list of true/false values.`);
  return [...new Set(list as boolean[])];
}

function kvTypes(value: unknown): KvCacheType[] {
  if (value === undefined) return ["f16"];
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) bad("kvCacheType is an empty list: give at least one type, or leave it out for f16.");
  for (const item of list) {
    if (!(KV_CACHE_TYPES as readonly unknown[]).includes(item)) bad(`kvCacheType must be one of ${KV_CACHE_TYPES.join(", ")}; got ${JSON.stringify(item)}.`);
  }
  return [...new Set(list as KvCacheType[])];
}

/** Fills the defaults of shared/bench/spec.ts and validates; threads above `physicalCores` are lowered to it. */
export function normalizeSpec(input: unknown, physicalCores: number): BenchSpec {
  if (!isRecord(input)) bad("The bench spec must be an object with at least a modelPath.");
  if (typeof input.modelPath !== "string" || input.modelPath.trim() === "") bad("modelPath is required: the full path of a .gguf model file.");
  const cores = Math.max(1, Math.floor(physicalCores));
  const threads = intList(input, "threads", [cores], 1, 4096, "CPU threads");
  const repetitions = input.repetitions ?? 5;
  if (typeof repetitions !== "number" || !Number.isInteger(repetitions) || repetitions < 1 || repetitions > MAX_REPETITIONS) {
    bad(`repetitions must be a whole number from 1 to ${MAX_REPETITIONS}; got ${JSON.stringify(repetitions)}.`);
  }
  const contextSize = input.contextSize === undefined || input.contextSize === null ? null : intList(input, "contextSize", [], 1, MAX_TOKENS * 2, "tokens per sequence");
  const spec: BenchSpec = {
    modelPath: resolveModelPath(input.modelPath),
    tests: parseTests(input.tests),
    repetitions,
    gpuLayers: intList(input, "gpuLayers", [99], 0, 100_000, "layers"),
    // More threads than physical cores makes llama.cpp's spinning threads fight for cores.
    threads: [...new Set(threads.map((count) => Math.min(count, cores)))],
    batchSize: intList(input, "batchSize", [2048], 1, MAX_TOKENS, "tokens"),
    ubatchSize: intList(input, "ubatchSize", [512], 1, MAX_TOKENS, "tokens"),
    contextSize,
    flashAttention: boolList(input, "flashAttention", [false]),
    kvCacheType: kvTypes(input.kvCacheType),
    parallel: intList(input, "parallel", [1], 1, MAX_PARALLEL, "sequences"),
  };
  for (const size of spec.contextSize ?? []) {
    for (const test of spec.tests) {
      const { nPrompt, nGen } = testTokens(test);
      if (nPrompt + nGen > size) bad(`${testName(test)} needs a context of at least ${nPrompt + nGen} tokens per sequence; contextSize ${size} is too small.`);
    }
  }
  const quantized = spec.kvCacheType.filter((type) => type.startsWith("q"));
  if (quantized.length > 0 && spec.flashAttention.includes(false)) {
    bad(`A quantized KV cache (${quantized.join(", ")}) needs flash attention in llama.cpp: set flashAttention to [true], or use f16.`);
  }
  const steps = expandSweep(spec).length;
  if (steps > MAX_STEPS) bad(`This sweep has ${steps} steps (every combination of the lists, times each test); keep it under ${MAX_STEPS}.`);
  return spec;
}
