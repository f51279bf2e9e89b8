// The Benchmark page's form as text fields, and the BenchSpecInput it means. Empty fields are left
// out, so the engine's defaults (llama-bench's) apply: one place decides them.
import type { BenchSpecInput, BenchTest } from "../../../shared/bench/spec";

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
  flashAttention: boolean;
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
  flashAttention: false,
};

export type FormResult = { ok: true; spec: BenchSpecInput } | { ok: false; error: string };

class FormError extends Error {}

function list(text: string, label: string, min: number): number[] {
  const items = text.split(/[\s,]+/).filter(Boolean);
  return items.map((item) => {
    const value = Number(item);
    if (!Number.isInteger(value) || value < min) throw new FormError(`${label}: "${item}" is not a whole number of at least ${min}.`);
    return value;
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
    const spec: BenchSpecInput = { modelPath: modelPath.trim(), tests, flashAttention: [form.flashAttention] };
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
    return { ok: true, spec };
  } catch (error) {
    if (error instanceof FormError) return { ok: false, error: error.message };
    throw error;
  }
}
