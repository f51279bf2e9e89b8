// Synthetic models over the API: a real GGUF layout with random weights, written locally, so an
// air-gapped machine can benchmark a 7B shape without downloading anything. Its timings are real;
// its text is noise, and every result measured on one says "synthetic weights".

export type SynthPresetInfo = {
  id: string;
  label: string;
  description: string;
  /** Hugging Face repository whose shape the preset copies, when there is one. */
  basedOn: string | null;
  /** Presets made for tests and calibration rather than for user benchmarks. */
  forTesting: boolean;
  /** Exact file size of each quantization. */
  sizes: { quant: string; bytes: number }[];
};

export type SynthPresetsResult = {
  presets: SynthPresetInfo[];
  quants: string[];
  /** Where the app suggests writing synthetic models on this machine. */
  defaultDirectory: string;
};

export type SynthCreateParams = {
  /** Chosen by the caller; synth.progress events and synth.cancel use it. */
  jobId: string;
  preset: string;
  quant: string;
  /** Absolute path of the .gguf file to write. */
  path: string;
  /** Replace an existing file. Defaults to false: an existing file is refused. */
  overwrite?: boolean;
};

export type SynthCreateResult = {
  path: string;
  sizeBytes: number;
  durationMs: number;
  preset: string;
  quant: string;
  synthetic: true;
};

export type SynthProgress = { jobId: string; bytesWritten: number; totalBytes: number };
