// llama-bench's statistics: every sample is one measured repetition; tokens/s is computed per
// sample, then averaged, so avg_ts is the mean of rates (not total tokens ÷ total time).

export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Sample standard deviation (n − 1), as llama-bench; 0 for fewer than two values. */
export function sampleStdDev(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const average = mean(values);
  let squares = 0;
  for (const value of values) squares += (value - average) ** 2;
  return Math.sqrt(squares / (values.length - 1));
}

export type SampleStats = {
  avg_ns: number;
  stddev_ns: number;
  avg_ts: number;
  stddev_ts: number;
  samples_ns: number[];
  samples_ts: number[];
};

/**
 * Summarizes measured repetitions. `tokensPerSample` is n_prompt + n_gen, times the number of
 * parallel sequences for an aggregate figure: ts = 1e9 × tokens / t_ns per sample.
 */
export function summarizeSamples(samplesNs: readonly number[], tokensPerSample: number): SampleStats {
  const samples_ns = samplesNs.map((ns) => Math.round(ns));
  const samples_ts = samples_ns.map((ns) => (ns > 0 ? (1e9 * tokensPerSample) / ns : Number.POSITIVE_INFINITY));
  return {
    avg_ns: Math.round(mean(samples_ns)),
    stddev_ns: Math.round(sampleStdDev(samples_ns)),
    avg_ts: mean(samples_ts),
    stddev_ts: sampleStdDev(samples_ts),
    samples_ns,
    samples_ts,
  };
}
