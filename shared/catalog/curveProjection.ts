// A whole measured concurrency curve moved onto another GPU, with the VRAM fit check first. The Compare page's
// projected rows and the TCO page's "Project onto GPU" both go through here, so a model too big for the target
// is refused the same way on both, and neither can scale a curve the target could not hold.
import { projectThroughput, type MeasuredThroughput, type ProjectedThroughput, type ProjectionTarget } from "./projection";

/** Memory assumed beyond the weights (KV cache for a short context, compute buffers) unless the user sets it. */
export const DEFAULT_MEMORY_ALLOWANCE_GB = 1;

const BYTES_PER_GB = 1e9;

export const SCALED_CURVE_CAVEAT =
  "Concurrency and prompt speeds are scaled by the same factor; batched decode and prefill lean on compute more than batch-1 decode does, so treat the aggregate figures as rough.";

export type CurvePoint = { parallelSequences: number; generationTokensPerSecond: number };

export type CurveProjectionInput<P extends CurvePoint> = {
  /** Batch-1 generation speed as measured, and the device it was measured on. */
  measured: MeasuredThroughput;
  target: ProjectionTarget;
  modelSizeBytes: number;
  /** Memory needed beyond the weights; the fit check counts it. */
  memoryAllowanceBytes: number;
  curve: readonly P[];
  promptTokensPerSecond: number | null;
};

export type CurveProjection<P extends CurvePoint> =
  | {
      fits: true;
      /** The batch-1 projection; its caveat also says the rest of the curve is scaled by the same factor. */
      projection: ProjectedThroughput;
      /** Projected ÷ measured batch-1 speed (bandwidth ratio, capped by the target's roofline). */
      factor: number;
      curve: P[];
      promptTokensPerSecond: number | null;
    }
  | {
      fits: false;
      projection: ProjectedThroughput;
      /** "GeForce RTX 4080 (16 GB) cannot hold the model: it does not fit in 16 GB. Needs …": for the page to show as it is. */
      reason: string;
    };

export function memoryAllowanceBytes(allowanceGb: number): number {
  return allowanceGb * BYTES_PER_GB;
}

/** Projects batch 1 by bandwidth, checks the fit, and only when it fits scales every point by the same factor. */
export function projectCurve<P extends CurvePoint>(input: CurveProjectionInput<P>): CurveProjection<P> {
  const raw = projectThroughput(input.measured, input.target, { modelSizeBytes: input.modelSizeBytes, kvAllowanceBytes: input.memoryAllowanceBytes });
  const projection: ProjectedThroughput = { ...raw, caveat: [raw.caveat, SCALED_CURVE_CAVEAT].filter(Boolean).join(" ") };
  if (!projection.fits) {
    return { fits: false, projection, reason: `${input.target.label} cannot hold the model: it does not fit in ${input.target.vramGb} GB. ${projection.fitNote}` };
  }
  const factor = projection.tokensPerSecond / input.measured.tokensPerSecond;
  return {
    fits: true,
    projection,
    factor,
    curve: input.curve.map((point) => ({ ...point, generationTokensPerSecond: point.generationTokensPerSecond * factor })),
    promptTokensPerSecond: input.promptTokensPerSecond === null ? null : input.promptTokensPerSecond * factor,
  };
}
