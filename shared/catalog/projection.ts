// Projection for hardware the user does not have. Generating one token at batch 1 reads every
// weight once, so decode speed tracks memory bandwidth: a run measured here, scaled by the
// ratio of bandwidths, estimates another device. The result is a different type from a
// measurement (kind: "projected") so the two can never be shown or summed as the same thing.

/**
 * The device a run was measured on. For a CPU run the bandwidth is the system RAM's
 * (e.g. dual-channel DDR5-5600 ≈ 89.6 GB/s): the user or the caller supplies it, since
 * the OS does not report it.
 */
export type MeasuringDevice =
  | { kind: "gpu"; label: string; memoryBandwidthGBps: number }
  | { kind: "cpu"; label: string; systemRamBandwidthGBps: number };

export type MeasuredThroughput = {
  kind: "measured";
  /** Generation (decode) tokens per second, e.g. llama-bench's tg128 avg_ts. */
  tokensPerSecond: number;
  device: MeasuringDevice;
};

export type ProjectedThroughput = {
  kind: "projected";
  tokensPerSecond: number;
  /** One sentence: what was measured, how it was scaled, whether the roofline capped it. */
  basis: string;
  /** Why the figure may be off, and in which direction. */
  caveat: string;
  fits: boolean;
  fitNote: string;
  targetLabel: string;
  /** Target bandwidth ÷ measuring device bandwidth. */
  bandwidthRatio: number;
  /** Bandwidth ÷ bytes read per token on the target: no real run can beat it. */
  rooflineTokensPerSecond: number;
  cappedByRoofline: boolean;
  from: MeasuredThroughput;
};

export type ThroughputFigure = MeasuredThroughput | ProjectedThroughput;

/** What a projection needs from a GPU; a GpuEntry from the catalog fits as is. */
export type ProjectionTarget = {
  label: string;
  memoryBandwidthGBps: number;
  vramGb: number;
  unifiedMemory?: boolean;
};

export type ProjectionOptions = {
  /** Size of the model's weights in bytes (the GGUF file size is close enough). */
  modelSizeBytes: number;
  /** Memory needed beyond the weights: KV cache for the planned context plus compute buffers. Defaults to 0. */
  kvAllowanceBytes?: number;
  /** Bytes read per token besides the weights (the KV cache at the context depth of interest). Defaults to 0 (short context). */
  kvBytesReadPerToken?: number;
  /**
   * Share of unified memory the GPU may use. macOS caps the GPU's working set below total
   * RAM (roughly two thirds to three quarters by default); an assumption, editable. Defaults to 0.75.
   */
  unifiedMemoryUsableFraction?: number;
};

const BYTES_PER_GB = 1e9;

function requirePositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a number > 0 (got ${value})`);
}

function sourceBandwidthGBps(device: MeasuringDevice): number {
  return device.kind === "gpu" ? device.memoryBandwidthGBps : device.systemRamBandwidthGBps;
}

/** Upper bound on batch-1 decode speed: bandwidth ÷ bytes read per token. */
export function rooflineTokensPerSecond(memoryBandwidthGBps: number, bytesReadPerToken: number): number {
  requirePositive("memoryBandwidthGBps", memoryBandwidthGBps);
  requirePositive("bytesReadPerToken", bytesReadPerToken);
  return (memoryBandwidthGBps * BYTES_PER_GB) / bytesReadPerToken;
}

/** Share of the roofline a measured run reached (0.62 = 62%): tells how bandwidth-bound it was. */
export function rooflineShare(measured: MeasuredThroughput, bytesReadPerToken: number): number {
  return measured.tokensPerSecond / rooflineTokensPerSecond(sourceBandwidthGBps(measured.device), bytesReadPerToken);
}

export function measuredThroughput(tokensPerSecond: number, device: MeasuringDevice): MeasuredThroughput {
  requirePositive("tokensPerSecond", tokensPerSecond);
  requirePositive("measuring device bandwidth", sourceBandwidthGBps(device));
  return { kind: "measured", tokensPerSecond, device };
}

function gb(bytes: number): string {
  return `${(bytes / BYTES_PER_GB).toFixed(1)} GB`;
}

function round1(value: number): string {
  return value.toFixed(1);
}

function checkFit(target: ProjectionTarget, options: ProjectionOptions): { fits: boolean; fitNote: string } {
  const allowance = options.kvAllowanceBytes ?? 0;
  const needed = options.modelSizeBytes + allowance;
  const fraction = target.unifiedMemory ? (options.unifiedMemoryUsableFraction ?? 0.75) : 1;
  if (!(fraction > 0 && fraction <= 1)) throw new RangeError(`unifiedMemoryUsableFraction must be in (0, 1] (got ${fraction})`);
  // vramGb is read as 10^9 bytes; cards marketed "24 GB" hold 24 GiB, so this errs on the safe side.
  const available = target.vramGb * BYTES_PER_GB * fraction;
  const room = target.unifiedMemory
    ? `${gb(available)} usable (${Math.round(fraction * 100)}% of ${target.vramGb} GB unified memory)`
    : `${gb(available)}`;
  const needs = `Needs ${gb(needed)} (${gb(options.modelSizeBytes)} weights + ${gb(allowance)} KV/context allowance) of ${room}`;
  const fits = needed <= available;
  return {
    fits,
    fitNote: fits ? `${needs}: fits with ${gb(available - needed)} to spare.` : `${needs}: does not fit, ${gb(needed - available)} short.`,
  };
}

function caveatFor(measured: MeasuredThroughput, ratio: number): string {
  const notes: string[] = [];
  if (ratio > 1) {
    notes.push(
      "An upper estimate: at batch 1 fast GPUs lose time to per-token overhead (llama.cpp reached about 62-78% of the bandwidth bound on RTX 4080/4090 but about 35% on A100/H100 PCIe).",
    );
  } else if (ratio < 1) {
    notes.push("Scaling down assumes the slower device reaches the same share of its bandwidth as the measured one.");
  }
  if (measured.device.kind === "cpu") {
    notes.push("Measured on CPU: if too few cores made that run compute-bound rather than bandwidth-bound, this projection is low.");
  }
  return notes.join(" ");
}

/**
 * Estimates generation tokens/s on `target` from a run measured on another device:
 * measured × (target bandwidth ÷ measuring bandwidth), capped at the target's roofline.
 * Throws RangeError on non-positive inputs (callers validate user-entered bandwidths first).
 */
export function projectThroughput(
  measured: MeasuredThroughput,
  target: ProjectionTarget,
  options: ProjectionOptions,
): ProjectedThroughput {
  requirePositive("measured tokensPerSecond", measured.tokensPerSecond);
  requirePositive("target memoryBandwidthGBps", target.memoryBandwidthGBps);
  requirePositive("target vramGb", target.vramGb);
  requirePositive("modelSizeBytes", options.modelSizeBytes);
  const kvRead = options.kvBytesReadPerToken ?? 0;
  if (!(kvRead >= 0)) throw new RangeError(`kvBytesReadPerToken must be ≥ 0 (got ${kvRead})`);
  if (!((options.kvAllowanceBytes ?? 0) >= 0)) throw new RangeError(`kvAllowanceBytes must be ≥ 0 (got ${options.kvAllowanceBytes})`);

  const sourceGBps = sourceBandwidthGBps(measured.device);
  requirePositive("measuring device bandwidth", sourceGBps);
  const ratio = target.memoryBandwidthGBps / sourceGBps;
  const scaled = measured.tokensPerSecond * ratio;
  const bytesPerToken = options.modelSizeBytes + kvRead;
  const roofline = rooflineTokensPerSecond(target.memoryBandwidthGBps, bytesPerToken);
  const capped = scaled > roofline;
  const tokensPerSecond = capped ? roofline : scaled;

  const memoryKind = measured.device.kind === "cpu" ? "system RAM" : "memory";
  const cap = capped ? `, capped at the roofline bound of ${round1(roofline)} t/s (bandwidth ÷ ${gb(bytesPerToken)} read per token)` : "";
  const basis =
    `Projected from ${round1(measured.tokensPerSecond)} t/s measured on ${measured.device.label} (${sourceGBps} GB/s ${memoryKind} bandwidth), ` +
    `scaled by the memory-bandwidth ratio ×${ratio.toFixed(2)} to ${target.label} (${target.memoryBandwidthGBps} GB/s)${cap}, ` +
    `because generating a token at batch 1 reads every weight once and is bound by memory bandwidth.`;

  return {
    kind: "projected",
    tokensPerSecond,
    basis,
    caveat: caveatFor(measured, ratio),
    ...checkFit(target, options),
    targetLabel: target.label,
    bandwidthRatio: ratio,
    rooflineTokensPerSecond: roofline,
    cappedByRoofline: capped,
    from: measured,
  };
}

/** A figure as text, always saying whether it was measured or projected. */
export function describeThroughput(figure: ThroughputFigure): string {
  return `${round1(figure.tokensPerSecond)} t/s (${figure.kind})`;
}
