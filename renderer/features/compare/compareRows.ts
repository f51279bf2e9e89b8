// The comparison table's rows, shaped apart from the page so they can be tested without a browser.
// A measured row comes from a saved run; a projected row from a catalog GPU scaled off the baseline
// run. The two kinds are built by different functions and carry their kind to the screen, so a
// projection can never be shown, sorted or charted as if it had been measured.
import { representativeUsd, type GpuEntry } from "../../../shared/catalog/gpus";
import { cloudUsdPerMillionTokens, tokensPerSecondPerUsd, tokensPerSecondPerWatt } from "../../../shared/catalog/efficiency";
import { projectCurve } from "../../../shared/catalog/curveProjection";
import { gpuPricing } from "../../../shared/catalog/gpuHardware";
import type { ProjectedThroughput } from "../../../shared/catalog/projection";
import type { BenchReport } from "../../../shared/reports/benchReport";
import { findOperatingConcurrency } from "../../../shared/tco";
import type { ScenarioInput } from "../../../shared/tco/types";
import type { ResolvedBaseline } from "./baseline";
import { matchCatalogGpu } from "../../../shared/catalog/deviceMatch";
import { gpuPriceProvenance, userFiguresMark } from "../../../shared/catalog/gpuEdits";
import { optionTco, type CompareWorkload, type OptionCosting, type TcoOutcome } from "./optionScenario";
import { runFigures, type RunGenerationPoint } from "./runFigures";

export type RunOption = { id: string; label: string; report: BenchReport };

export type CompareInputs = {
  /** Saved runs the user ticked: each becomes a measured row. */
  runs: RunOption[];
  /** Catalog GPUs the user ticked: each becomes a projected row, given a usable baseline. */
  projectOnto: GpuEntry[];
  /** The whole GPU catalog, to find prices and board power for measured runs' GPUs. */
  catalog: readonly GpuEntry[];
  baseline: { run: RunOption; resolved: ResolvedBaseline } | null;
  /** The base scenario with the shared workload already applied. */
  scenario: ScenarioInput;
  /** The base scenario was priced as a whole Apple machine (no server of its own). Defaults to false. */
  baseWasWholeMachine?: boolean;
  hardware: CompareWorkload["hardware"];
  /** Memory needed beyond the weights (KV cache for the planned context and concurrency, buffers). */
  memoryAllowanceBytes: number;
};

export type PowerBasis = "measured" | "board power" | "unknown";

export type CompareRow = {
  key: string;
  kind: "measured" | "projected";
  /** The device: what the run reported, or the catalog GPU's name. */
  label: string;
  /** Secondary line: which run it is, or which run it was projected from. */
  detail: string;
  /** Present on projected rows only: basis sentence, caveat, fit note. */
  projection: ProjectedThroughput | null;
  syntheticWeights: boolean;
  /** null where VRAM does not apply (a CPU run lives in system RAM). */
  fits: boolean | null;
  fitNote: string;
  batch1TokensPerSecond: number | null;
  /** Highest concurrency meeting the service level; null when none does or the model does not fit. */
  operatingPoint: { parallelSequences: number; aggregateTokensPerSecond: number } | null;
  /** Why operatingPoint is null, in words. */
  operatingNote: string | null;
  powerWatts: number | null;
  powerBasis: PowerBasis;
  /** At the operating point's aggregate speed. */
  tokensPerSecondPerWatt: number | null;
  tokensPerSecondPerThousandUsd: number | null;
  cloudUsdPerMillionTokens: number | null;
  tco: TcoOutcome;
};

export type CompareResult = { rows: CompareRow[]; notices: string[] };

type Priced = { catalogGpu: GpuEntry | null; measuredWatts: number | null };

function priceAndPower(priced: Priced, aggregate: number | null): Pick<CompareRow, "powerWatts" | "powerBasis" | "tokensPerSecondPerWatt" | "tokensPerSecondPerThousandUsd" | "cloudUsdPerMillionTokens"> {
  const board = priced.catalogGpu?.boardPowerWatts ?? null;
  const powerWatts = priced.measuredWatts ?? board;
  const perUsd = aggregate === null ? null : tokensPerSecondPerUsd(aggregate, representativeUsd(priced.catalogGpu?.purchaseUsd ?? null));
  return {
    powerWatts,
    powerBasis: priced.measuredWatts !== null ? "measured" : board !== null ? "board power" : "unknown",
    tokensPerSecondPerWatt: aggregate === null ? null : tokensPerSecondPerWatt(aggregate, powerWatts),
    tokensPerSecondPerThousandUsd: perUsd === null ? null : perUsd * 1000,
    cloudUsdPerMillionTokens: aggregate === null ? null : cloudUsdPerMillionTokens(aggregate, representativeUsd(priced.catalogGpu?.cloudUsdPerHour ?? null)),
  };
}

function costing(gpu: GpuEntry | null, measuredWatts: number | null): OptionCosting {
  const pricing = gpu === null ? { purchaseUsd: null, cloudUsdPerHour: null, wholeMachine: false } : gpuPricing(gpu);
  return { ...pricing, boardPowerWatts: gpu?.boardPowerWatts ?? null, measuredWatts };
}

function operatingPoint(curve: RunGenerationPoint[], slo: number): { point: RunGenerationPoint | null; note: string | null } {
  if (curve.length === 0) return { point: null, note: "The run has no generation test to serve from." };
  const found = findOperatingConcurrency(curve, slo);
  if (found !== undefined) return { point: curve.find((point) => point.parallelSequences === found.parallelSequences) ?? null, note: null };
  const fastest = Math.max(...curve.map((point) => point.generationTokensPerSecond / point.parallelSequences));
  return { point: null, note: `No concurrency reaches the service level of ${slo} t/s per request (fastest: ${fastest.toFixed(1)} t/s).` };
}

function serve(
  inputs: CompareInputs,
  runId: string,
  curve: RunGenerationPoint[],
  promptTokensPerSecond: number | null,
  gpu: GpuEntry | null,
): Pick<CompareRow, "operatingPoint" | "operatingNote" | "powerWatts" | "powerBasis" | "tokensPerSecondPerWatt" | "tokensPerSecondPerThousandUsd" | "cloudUsdPerMillionTokens" | "tco"> {
  const { point, note } = operatingPoint(curve, inputs.scenario.throughput.minTokensPerSecondPerRequest);
  const measuredWatts = point?.measuredWatts ?? null;
  const aggregate = point?.generationTokensPerSecond ?? null;
  const tco: TcoOutcome =
    point === null
      ? { ok: false, reason: note ?? "No operating point." }
      : optionTco(inputs.scenario, inputs.hardware, costing(gpu, measuredWatts), { runId, curve, promptTokensPerSecond }, inputs.baseWasWholeMachine);
  return {
    operatingPoint: point === null ? null : { parallelSequences: point.parallelSequences, aggregateTokensPerSecond: point.generationTokensPerSecond },
    operatingNote: note,
    ...priceAndPower({ catalogGpu: gpu, measuredWatts }, aggregate),
    tco,
  };
}

/** Procurement must see which rows are priced from its own quotes or GPUs rather than the shipped catalog. */
function userPriceNote(gpu: GpuEntry): string {
  return userFiguresMark(gpu) === null ? "" : ` · ${gpuPriceProvenance(gpu)}`;
}

function measuredRow(inputs: CompareInputs, run: RunOption): CompareRow {
  const figures = runFigures(run.report);
  const baseline = inputs.baseline;
  let gpu: GpuEntry | null = null;
  if (baseline !== null && baseline.run.id === run.id && baseline.resolved.ok) gpu = baseline.resolved.catalogGpu;
  else if (figures.deviceKind === "gpu") {
    const match = matchCatalogGpu(figures.deviceName, inputs.catalog);
    gpu = match.kind === "matched" ? match.gpu : null;
  }
  const priceNote = gpu === null ? " · not in the catalog: no prices" : userPriceNote(gpu);
  return {
    key: `run:${run.id}`,
    kind: "measured",
    label: figures.deviceName,
    detail: `${run.label} · ${figures.generationTest ?? "no generation test"}${priceNote}`,
    projection: null,
    syntheticWeights: figures.syntheticWeights,
    fits: figures.deviceKind === "gpu" ? true : null,
    fitNote: figures.deviceKind === "gpu" ? "The model ran on it in this measurement." : "Measured on the CPU, in system RAM.",
    batch1TokensPerSecond: figures.batch1TokensPerSecond,
    ...serve(inputs, run.id, figures.curve, figures.promptTokensPerSecond, gpu),
  };
}

function projectedRow(inputs: CompareInputs, gpu: GpuEntry, baselineRun: RunOption, resolved: Extract<ResolvedBaseline, { ok: true }>): CompareRow {
  const figures = runFigures(baselineRun.report);
  // Every point of the measured curve moves by the batch-1 factor (bandwidth ratio, capped by the roofline),
  // once the model is known to fit: the TCO page projects through the same function.
  const projected = projectCurve({
    measured: resolved.measured,
    target: gpu,
    modelSizeBytes: figures.modelSizeBytes,
    memoryAllowanceBytes: inputs.memoryAllowanceBytes,
    curve: figures.curve.map((point) => ({ ...point, measuredWatts: null })),
    promptTokensPerSecond: figures.promptTokensPerSecond,
  });
  const { projection } = projected;
  const base = {
    key: `gpu:${gpu.id}`,
    kind: "projected" as const,
    label: gpu.label,
    detail: `projected from the ${resolved.measured.device.label} baseline run${userPriceNote(gpu)}`,
    projection,
    syntheticWeights: figures.syntheticWeights,
    fits: projection.fits,
    fitNote: projection.fitNote,
    batch1TokensPerSecond: projection.tokensPerSecond,
  };
  if (!projected.fits) {
    return {
      ...base,
      operatingPoint: null,
      operatingNote: "The model does not fit in its memory.",
      ...priceAndPower({ catalogGpu: gpu, measuredWatts: null }, null),
      tco: { ok: false, reason: "The model does not fit in its memory." },
    };
  }
  return { ...base, ...serve(inputs, baselineRun.id, projected.curve, projected.promptTokensPerSecond, gpu) };
}

/** Measured rows first (in the order given), then projected rows; the table sorts from there. */
export function buildCompareRows(inputs: CompareInputs): CompareResult {
  const notices: string[] = [];
  const rows = inputs.runs.map((run) => measuredRow(inputs, run));
  if (inputs.projectOnto.length > 0) {
    const baseline = inputs.baseline;
    if (baseline === null) notices.push("Pick a baseline run to project the ticked GPUs from.");
    else if (!baseline.resolved.ok) notices.push(`No projections: ${baseline.resolved.reason}`);
    else for (const gpu of inputs.projectOnto) rows.push(projectedRow(inputs, gpu, baseline.run, baseline.resolved));
  }
  return { rows, notices };
}
