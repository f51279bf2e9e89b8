/**
 * Shapes of the models Breakeven can synthesize. The large presets copy the published
 * config.json of the named Hugging Face repository, so a synthetic file has the same tensors,
 * byte sizes and KV-cache geometry as the real one and benchmarks the same way.
 */

export type SynthArch = "llama" | "qwen2";

export type SynthPresetId =
  | "qwen2.5-7b"
  | "deepseek-r1-distill-qwen-7b"
  | "llama-3.1-8b"
  | "mistral-7b-v0.3"
  | "tiny"
  | "tiny-qwen2"
  | "tiny-llama3"
  | "bench-125m"
  | "bench-270m";

/** Llama 3.1's frequency-dependent RoPE rescaling; llama.cpp reads it from a `rope_freqs` tensor. */
export type Llama3RopeScaling = {
  readonly factor: number;
  readonly lowFreqFactor: number;
  readonly highFreqFactor: number;
  readonly originalContextLength: number;
};

export type SynthPreset = {
  readonly id: SynthPresetId;
  /** Short name for pickers. */
  readonly label: string;
  /** The model whose shape this copies, or what the shape is for. */
  readonly description: string;
  /** Hugging Face repository of the real model, when there is one. */
  readonly basedOn?: string;
  /** Whether the preset exists for tests and calibration rather than for user benchmarks. */
  readonly forTesting: boolean;
  readonly arch: SynthArch;
  readonly embeddingLength: number;
  readonly blockCount: number;
  readonly headCount: number;
  readonly headCountKv: number;
  readonly feedForwardLength: number;
  readonly vocabSize: number;
  readonly contextLength: number;
  readonly ropeFreqBase: number;
  readonly rmsNormEps: number;
  /** Qwen2 has biases on the q, k and v projections. */
  readonly qkvBias: boolean;
  /** Tied models have no `output.weight`; llama.cpp then reuses `token_embd`. */
  readonly tiedEmbeddings: boolean;
  readonly ropeScaling?: Llama3RopeScaling;
};

const qwen2Base7b = {
  arch: "qwen2",
  embeddingLength: 3584,
  blockCount: 28,
  headCount: 28,
  headCountKv: 4,
  feedForwardLength: 18944,
  vocabSize: 152064,
  rmsNormEps: 1e-6,
  qkvBias: true,
  tiedEmbeddings: false,
  forTesting: false,
} as const;

const llamaBase8b = {
  arch: "llama",
  embeddingLength: 4096,
  blockCount: 32,
  headCount: 32,
  headCountKv: 8,
  feedForwardLength: 14336,
  rmsNormEps: 1e-5,
  qkvBias: false,
  tiedEmbeddings: false,
  forTesting: false,
} as const;

// The bench presets are plain llama shapes whose every row length is a multiple of 256, so
// K-quants apply without fallbacks, as in the 7B models they stand in for.
const smallLlamaBase = {
  arch: "llama",
  vocabSize: 32000,
  contextLength: 2048,
  ropeFreqBase: 10000,
  rmsNormEps: 1e-5,
  qkvBias: false,
  tiedEmbeddings: false,
  forTesting: true,
} as const;

const tinyShape = {
  embeddingLength: 256,
  blockCount: 2,
  headCount: 4,
  headCountKv: 2,
  feedForwardLength: 512,
  // the 259 byte-fallback and control tokens plus a few filler pieces
  vocabSize: 384,
} as const;

export const synthPresets: readonly SynthPreset[] = [
  {
    ...qwen2Base7b,
    id: "qwen2.5-7b",
    label: "Qwen2.5 7B Instruct",
    description: "Shape of Qwen2.5-7B-Instruct (7.6B parameters)",
    basedOn: "Qwen/Qwen2.5-7B-Instruct",
    contextLength: 32768,
    ropeFreqBase: 1_000_000,
  },
  {
    ...qwen2Base7b,
    id: "deepseek-r1-distill-qwen-7b",
    label: "DeepSeek R1 Distill Qwen 7B",
    description: "Shape of DeepSeek-R1-Distill-Qwen-7B (Qwen2.5-Math-7B base, 7.6B parameters)",
    basedOn: "deepseek-ai/DeepSeek-R1-Distill-Qwen-7B",
    contextLength: 131072,
    ropeFreqBase: 10000,
  },
  {
    ...llamaBase8b,
    id: "llama-3.1-8b",
    label: "Llama 3.1 8B Instruct",
    description: "Shape of Llama-3.1-8B-Instruct (8.0B parameters)",
    basedOn: "meta-llama/Llama-3.1-8B-Instruct",
    vocabSize: 128256,
    contextLength: 131072,
    ropeFreqBase: 500_000,
    ropeScaling: { factor: 8, lowFreqFactor: 1, highFreqFactor: 4, originalContextLength: 8192 },
  },
  {
    ...llamaBase8b,
    id: "mistral-7b-v0.3",
    label: "Mistral 7B Instruct v0.3",
    description: "Shape of Mistral-7B-Instruct-v0.3 (7.2B parameters)",
    basedOn: "mistralai/Mistral-7B-Instruct-v0.3",
    vocabSize: 32768,
    contextLength: 32768,
    ropeFreqBase: 1_000_000,
  },
  {
    ...smallLlamaBase,
    id: "tiny",
    label: "Tiny (tests)",
    description: "1.4M-parameter llama shape that loads and generates in milliseconds",
    ...tinyShape,
  },
  // Tiny versions of the two architectures' real-model quirks, so tests load them in llama.cpp:
  // qwen2's q/k/v biases and Llama 3.1's rope_freqs table. Same widths as `tiny`.
  {
    ...smallLlamaBase,
    ...tinyShape,
    id: "tiny-qwen2",
    label: "Tiny qwen2 (tests)",
    description: "1.4M-parameter qwen2 shape with q/k/v biases, like Qwen2.5 and DeepSeek-R1-Distill-Qwen",
    arch: "qwen2",
    ropeFreqBase: 1_000_000,
    rmsNormEps: 1e-6,
    qkvBias: true,
  },
  {
    ...smallLlamaBase,
    ...tinyShape,
    id: "tiny-llama3",
    label: "Tiny Llama 3.1 (tests)",
    description: "1.4M-parameter llama shape with Llama 3.1's rope_freqs scaling table",
    contextLength: 4096,
    ropeFreqBase: 500_000,
    ropeScaling: { factor: 8, lowFreqFactor: 1, highFreqFactor: 4, originalContextLength: 8192 },
  },
  {
    ...smallLlamaBase,
    id: "bench-125m",
    label: "Bench 125M",
    description: "125M-parameter llama shape for comparing our runner with llama-bench",
    embeddingLength: 768,
    blockCount: 12,
    headCount: 12,
    headCountKv: 4,
    feedForwardLength: 2048,
  },
  {
    ...smallLlamaBase,
    id: "bench-270m",
    label: "Bench 270M",
    description: "268M-parameter llama shape for comparing our runner with llama-bench",
    embeddingLength: 1024,
    blockCount: 18,
    headCount: 16,
    headCountKv: 4,
    feedForwardLength: 2816,
  },
];

export const synthPresetIds = synthPresets.map((preset) => preset.id);

export function isSynthPresetId(value: string): value is SynthPresetId {
  return synthPresets.some((preset) => preset.id === value);
}

export function getSynthPreset(id: SynthPresetId): SynthPreset {
  const preset = synthPresets.find((candidate) => candidate.id === id);
  if (preset === undefined) throw new Error(`Unknown synthetic model preset "${id}"`);
  return preset;
}

/** Per-head width; every preset splits the embedding evenly across heads. */
export function headDimension(preset: SynthPreset): number {
  return preset.embeddingLength / preset.headCount;
}
