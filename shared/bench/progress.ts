export type BenchProgress = {
  runId: string;
  /** e.g. "tg128" */
  test: string;
  /** Index of the parameter combination and test being measured, and how many there are. */
  step: number;
  steps: number;
  /** 0 is the warm-up; 1..repetitions are measured. */
  repetition: number;
  repetitions: number;
  /** Mean tokens/s of the measured repetitions of this step so far, null before the first. */
  tokensPerSecondSoFar: number | null;
  phase: "loading" | "warmup" | "measuring" | "done";
  /** The model carries Breakeven's synthetic-weights marker; null until its header is read. */
  syntheticWeights: boolean | null;
};
