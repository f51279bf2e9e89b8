import { useMemo, useState } from "react";
import { DEFAULT_MEMORY_ALLOWANCE_GB, memoryAllowanceBytes } from "../../../shared/catalog/curveProjection";
import type { GpuEntry } from "../../../shared/catalog/gpus";
import type { ConcurrencyPoint, ScenarioInput } from "../../../shared/tco";
import type { StoredBenchReport, ThroughputSource } from "../../db/db";
import { useBenchReports } from "../../db/benchReportsRepo";
import { measuredWattsApply } from "./catalogPick";
import { CurveEditor } from "./CurveEditor";
import { setAtPath } from "./editing";
import { bind, FormSection, type SectionProps } from "./FormSection";
import { NumberField } from "./NumberField";
import { ThroughputSourceNote } from "./ThroughputSourceNote";
import { findCatalogGpu, measuredSource, projectRun, throughputFromRun } from "./throughputFromRun";

type Props = SectionProps & {
  source: ThroughputSource;
  /** The GPU being costed, to project a run from another GPU onto. */
  gpu: GpuEntry | undefined;
  gpus: readonly GpuEntry[];
  onReplace: (input: ScenarioInput, source: ThroughputSource) => void;
};

export function ThroughputSection(props: Props) {
  const runs = useBenchReports();
  const [problem, setProblem] = useState<string>();
  const [allowanceGb, setAllowanceGb] = useState(DEFAULT_MEMORY_ALLOWANCE_GB);
  const { input } = props;

  const typed = (next: ScenarioInput) => {
    const { benchmarkRunId: _dropped, ...throughput } = next.throughput;
    props.onReplace({ ...next, throughput }, { kind: "typed" });
  };
  const onCurve = (curve: ConcurrencyPoint[]) => typed(setAtPath(input, "throughput.concurrencyCurve", curve));

  const applyRun = (stored: StoredBenchReport) => {
    const run = throughputFromRun(stored.report);
    if (!run.ok) return setProblem(run.reason);
    const notes: string[] = [];
    if (run.value.promptTokensPerSecond === undefined) notes.push("This run has no prompt (pp) test: prompt speed keeps the value typed below.");
    // The run's draw prices power only for the GPU it ran on; for another, board power is the better guess.
    const wattsApply = measuredWattsApply({ device: run.value.device, gpu: findCatalogGpu(run.value.device, props.gpus) }, props.gpu);
    if (run.value.measuredAverageWatts !== undefined && !wattsApply && props.gpu) {
      notes.push(`The run's measured ${run.value.measuredAverageWatts} W are for ${run.value.device}, not ${props.gpu.label}: power uses its board power.`);
    }
    setProblem(notes.length === 0 ? undefined : notes.join(" "));
    let next = setAtPath(input, "throughput", {
      ...input.throughput,
      benchmarkRunId: stored.id,
      concurrencyCurve: run.value.curve,
      promptTokensPerSecond: run.value.promptTokensPerSecond ?? input.throughput.promptTokensPerSecond,
    });
    next = setAtPath(next, "selfHost.power.measuredAverageWattsPerGpu", wattsApply ? run.value.measuredAverageWatts : undefined);
    props.onReplace(next, measuredSource(stored.id, stored.label, run.value));
  };

  const selected = runs?.find((stored) => stored.id === input.throughput.benchmarkRunId);
  const projection = projectionOffer(selected, props.gpu, props.gpus, props.source);
  // Worked out before the click, so a model too big for the GPU is refused in plain view, not after.
  const projected = useMemo(() => {
    if (!selected || !projection?.from || !props.gpu || !(allowanceGb >= 0)) return undefined;
    const run = throughputFromRun(selected.report);
    if (!run.ok) return undefined;
    return { run: run.value, result: projectRun(run.value, selected.report.model.sizeBytes, projection.from, props.gpu, memoryAllowanceBytes(allowanceGb)) };
  }, [selected, projection?.from, props.gpu, allowanceGb]);
  const project = () => {
    if (!selected || !props.gpu || !projected) return;
    const { run, result } = projected;
    if (!result) return setProblem("This run cannot be projected: it lacks a generation speed or the model's size.");
    if (!result.fits) return setProblem(`${result.reason} Not applied.`);
    let next = setAtPath(input, "throughput", {
      ...input.throughput,
      concurrencyCurve: result.curve,
      promptTokensPerSecond: result.promptTokensPerSecond ?? input.throughput.promptTokensPerSecond,
    });
    // Watts measured on another GPU say nothing about this one: fall back to its board power.
    next = setAtPath(next, "selfHost.power.measuredAverageWattsPerGpu", undefined);
    setProblem(result.caveat);
    props.onReplace(next, { kind: "projected", runId: selected.id, runLabel: selected.label, device: run.device, synthetic: run.synthetic, targetGpu: props.gpu.label, basis: result.basis });
  };
  const refused = projected?.result?.fits === false ? projected.result : undefined;

  return (
    <FormSection title="Throughput" hint="One GPU's generation speed at each concurrency, best from a benchmark run on this model." testId="section-throughput">
      <label className="span-all">
        Saved benchmark run
        <select value={selected?.id ?? ""} onChange={(event) => pickRun(runs, event.target.value, applyRun)} data-testid="bench-run" disabled={!runs || runs.length === 0}>
          <option value="">{runs && runs.length === 0 ? "No saved runs yet: run the Benchmark page, or type the curve" : "Typed figures (no run)"}</option>
          {runs?.map((stored) => (
            <option key={stored.id} value={stored.id}>
              {stored.label} · {stored.createdAt.slice(0, 10)}
            </option>
          ))}
        </select>
      </label>
      <ThroughputSourceNote source={props.source} />
      {projection?.text && (
        <div className={`span-all notice small ${refused ? "notice-error" : "notice-info"}`} data-testid="projection-offer">
          {projection.text}{" "}
          {projection.from && props.gpu && !refused && (
            <button type="button" onClick={project} data-testid="project-run">
              Project onto {props.gpu.label}
            </button>
          )}
          {refused && (
            <p data-testid="projection-refused">
              {refused.reason} The curve is not projected onto it: pick a GPU with more memory, a smaller quantization, or lower the allowance if the context is short.
            </p>
          )}
          {projection.from && props.gpu && (
            <NumberField label="Memory beyond the weights" unit="GB" compact value={allowanceGb} onChange={(value) => setAllowanceGb(value ?? Number.NaN)} hint="KV cache for the planned context and concurrency, plus buffers; the Compare page assumes the same by default." error={allowanceGb >= 0 ? undefined : "The memory allowance must be a number of GB, zero or more."} />
          )}
        </div>
      )}
      {problem && <p className="span-all small notice notice-info">{problem}</p>}
      <CurveEditor curve={input.throughput.concurrencyCurve} errors={props.errors} onCurve={onCurve} minTokensPerSecondPerRequest={input.throughput.minTokensPerSecondPerRequest} />
      <NumberField label="Prompt speed" unit="tokens/s" {...bind(props, "throughput.promptTokensPerSecond")} onChange={(value) => typed(setAtPath(input, "throughput.promptTokensPerSecond", value ?? Number.NaN))} />
      <NumberField label="Service level" unit="tokens/s per request" {...bind(props, "throughput.minTokensPerSecondPerRequest")} hint="The slowest generation one request may see." />
      <NumberField label="Target utilization" unit="% at peak" percent {...bind(props, "throughput.targetUtilizationShare")} hint="Headroom is the rest; 80% flatters." />
    </FormSection>
  );
}

function pickRun(runs: StoredBenchReport[] | undefined, id: string, use: (stored: StoredBenchReport) => void) {
  const stored = runs?.find((candidate) => candidate.id === id);
  if (stored) use(stored);
}

/** When the run's GPU is not the one being costed, say so, and offer a projection where both are in the catalog. */
function projectionOffer(stored: StoredBenchReport | undefined, target: GpuEntry | undefined, gpus: readonly GpuEntry[], source: ThroughputSource) {
  if (!stored || !target || source.kind !== "measured") return undefined;
  const from = findCatalogGpu(source.device, gpus);
  if (from?.id === target.id) return undefined;
  if (!from) return { text: `Measured on ${source.device}, which is not in the GPU catalog, while the costs are for ${target.label}: check the figures apply.` };
  return { from, text: `Measured on ${from.label}, but the costs are for ${target.label}.` };
}
