// The Benchmark page's form as text fields, and the BenchSpecInput it means. Empty fields are left
// out, so the engine's defaults (llama-bench's) apply: one place decides them.
import { KV_CACHE_TYPES, type BenchSpecInput, type BenchTest, type KvCacheType } from "../../../shared/bench/spec";

export type BenchFormState = {
  pp: string;
  tg: string;
  /** "512,128": one prompt+generation pair. */
  pg: string;
  repetitions: string;
  threads: string;
  parallel: string;
  gpuLayers: string;
  contextSize: string;
  batchSize: string;
  ubatchSize: string;
  /** "f16,q8_0": K and V alike, as llama-bench's -ctk/-ctv. */
  kvCacheType: string;
  /** "0", "1" or "0,1", as llama-bench's -fa. */
  flashAttention: string;
};

export const DEFAULT_FORM: BenchFormState = {
  pp: "512",
  tg: "128",
  pg: "",
  repetitions: "5",
  threads: "",
  parallel: "1",
  gpuLayers: "99",
  contextSize: "",
  batchSize: "",
  ubatchSize: "",
  kvCacheType: "",
  flashAttention: "0",
};

export type FormResult = { ok: true; spec: BenchSpecInput } | { ok: false; error: string };

class FormError extends Error {}

function items(text: string): string[] {
  return text.split(/[\s,]+/).filter(Boolean);
}

function list(text: string, label: string, min: number): number[] {
  return items(text).map((item) => {
    const value = Number(item);
    if (!Number.isInteger(value) || value < min) throw new FormError(`${label}: "${item}" is not a whole number of at least ${min}.`);
    return value;
  });
}

const FLASH_ATTENTION_WORDS = new Map([["0", false], ["off", false], ["false", false], ["1", true], ["on", true], ["true", true]]);

function flashAttentionList(text: string): boolean[] {
  return items(text).map((item) => {
    const value = FLASH_ATTENTION_WORDS.get(item.toLowerCase());
    if (value === undefined) throw new FormError(`Flash attention: "${item}" is not 0 or 1 (off or on); "0,1" measures both.`);
    return value;
  });
}

function kvCacheTypeList(text: string): KvCacheType[] {
  return items(text).map((item) => {
    const type = KV_CACHE_TYPES.find((candidate) => candidate === item.toLowerCase());
    if (type === undefined) throw new FormError(`KV cache type: "${item}" is not one of ${KV_CACHE_TYPES.join(", ")}.`);
    return type;
  });
}

export function specFromForm(modelPath: string, form: BenchFormState): FormResult {
  try {
    if (modelPath.trim() === "") throw new FormError("Enter the path of a .gguf model first.");
    const tests: BenchTest[] = [
      ...list(form.pp, "Prompt (pp)", 1).map((nPrompt): BenchTest => ({ kind: "pp", nPrompt })),
      ...list(form.tg, "Generation (tg)", 1).map((nGen): BenchTest => ({ kind: "tg", nGen })),
    ];
    if (form.pg.trim() !== "") {
      const pair = list(form.pg, "Prompt + generation", 1);
      if (pair.length !== 2) throw new FormError('Prompt + generation takes two numbers, e.g. "512,128".');
      tests.push({ kind: "pg", nPrompt: pair[0], nGen: pair[1] });
    }
    if (tests.length === 0) throw new FormError("Choose at least one test: a prompt size, a generation length, or both.");
    const spec: BenchSpecInput = { modelPath: modelPath.trim(), tests };
    const flashAttention = flashAttentionList(form.flashAttention);
    if (flashAttention.length > 0) spec.flashAttention = flashAttention;
    const repetitions = list(form.repetitions, "Repetitions", 1);
    if (repetitions.length > 1) throw new FormError("Repetitions is one number.");
    if (repetitions.length === 1) spec.repetitions = repetitions[0];
    const threads = list(form.threads, "Threads", 1);
    if (threads.length > 0) spec.threads = threads;
    const parallel = list(form.parallel, "Parallel sequences", 1);
    if (parallel.length > 0) spec.parallel = parallel;
    const gpuLayers = list(form.gpuLayers, "GPU layers", 0);
    if (gpuLayers.length > 0) spec.gpuLayers = gpuLayers;
    const contextSize = list(form.contextSize, "Context size", 1);
    if (contextSize.length > 0) spec.contextSize = contextSize;
    const batchSize = list(form.batchSize, "Batch size", 1);
    if (batchSize.length > 0) spec.batchSize = batchSize;
    const ubatchSize = list(form.ubatchSize, "Micro-batch size", 1);
    if (ubatchSize.length > 0) spec.ubatchSize = ubatchSize;
    const kvCacheType = kvCacheTypeList(form.kvCacheType);
    if (kvCacheType.length > 0) spec.kvCacheType = kvCacheType;
    return { ok: true, spec };
  } catch (error) {
    if (error instanceof FormError) return { ok: false, error: error.message };
    throw error;
  }
}
