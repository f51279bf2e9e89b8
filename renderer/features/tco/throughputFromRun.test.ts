import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { makeBenchReportFixture } from "../../../electron/cli/formatters/benchReportFixture";
import type { GpuCatalog } from "../../../shared/catalog/gpus";
import type { BenchReport, BenchResultRow } from "../../../shared/reports/benchReport";
import { findCatalogGpu, projectRun, runDevice, sourceLabel, throughputFromRun, type ProjectedRun } from "./throughputFromRun";

const gpus = (JSON.parse(readFileSync(new URL("../../../resources/catalog/gpus.json", import.meta.url), "utf8")) as GpuCatalog).entries;
const gpu = (id: string) => gpus.find((entry) => entry.id === id)!;

/** The CLI fixture moved onto an RTX 4090, with a tg128 sweep over concurrency and two pp rows. */
function gpuRun(): BenchReport {
  const base = makeBenchReportFixture();
  const [pp, tg] = base.results;
  const tgAt = (n: number, ts: number, extra: Partial<BenchResultRow> = {}): BenchResultRow => ({ ...tg, n_parallel: n, avg_ts: ts, per_sequence_ts: ts / n, ...extra });
  const watts = (avgWatts: number): BenchResultRow["power"] => ({
    measured: true, source: "nvidia-smi", sampleIntervalMs: 100, samples: 50, avgWatts, maxWatts: avgWatts + 20,
    joulesPerToken: 1, avgGpuUtilizationPercent: 90, avgSmClockMhz: 2500, maxMemoryUsedBytes: null,
  });
  return {
    ...base,
    system: { ...base.system, gpus: [{ vendor: "NVIDIA", model: "NVIDIA GeForce RTX 4090", vramBytes: 24 * 1024 ** 3, driverVersion: "550", bus: null }] },
    build: { ...base.build, backend: "CUDA" },
    model: { ...base.model, synthetic: false, sizeBytes: 4_400_000_000 },
    results: [
      { ...pp, avg_ts: 9000.04, synthetic_weights: false },
      { ...pp, n_threads: 1, avg_ts: 8000, synthetic_weights: false },
      tgAt(4, 430, { synthetic_weights: false, power: watts(300) }),
      tgAt(1, 128.04, { synthetic_weights: false, power: watts(250) }),
      tgAt(1, 120, { synthetic_weights: false, flash_attn: true }), // a slower setting of the sweep
      tgAt(2, 240, { synthetic_weights: false }),
      tgAt(8, 700, { synthetic_weights: false, n_depth: 4096 }), // long context: not this question
      tgAt(16, 1100.26, { synthetic_weights: false, power: watts(380.4) }),
    ],
  };
}

describe("throughput from a saved run", () => {
  it("builds the curve from the generation rows, fastest setting per concurrency, ascending", () => {
    const result = throughputFromRun(gpuRun());
    expect(result).toEqual({
      ok: true,
      value: {
        curve: [
          { parallelSequences: 1, generationTokensPerSecond: 128 },
          { parallelSequences: 2, generationTokensPerSecond: 240 },
          { parallelSequences: 4, generationTokensPerSecond: 430 },
          { parallelSequences: 16, generationTokensPerSecond: 1100.3 },
        ],
        promptTokensPerSecond: 9000,
        measuredAverageWatts: 380,
        device: "NVIDIA GeForce RTX 4090",
        synthetic: false,
        generationTest: "tg128",
      },
    });
  });

  it("says why a run without a generation test cannot be used", () => {
    const report = makeBenchReportFixture();
    const result = throughputFromRun({ ...report, results: report.results.filter((row) => row.n_gen === 0) });
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/no generation \(tg\) test/) });
  });

  it("labels a CPU run on synthetic weights as such, without prompt speed when there is no pp test", () => {
    const report = makeBenchReportFixture();
    const result = throughputFromRun({ ...report, results: report.results.filter((row) => row.n_gen > 0) });
    expect(result.ok && result.value).toMatchObject({ device: "EPYC", synthetic: true, promptTokensPerSecond: undefined, measuredAverageWatts: undefined });
    expect(runDevice(report)).toBe("EPYC");
  });
});

describe("labels", () => {
  it("say measured, projected, synthetic weights or typed", () => {
    expect(sourceLabel(undefined)).toBe("typed in");
    expect(sourceLabel({ kind: "typed" })).toBe("typed in");
    expect(sourceLabel({ kind: "measured", runId: "r", runLabel: "x", device: "NVIDIA GeForce RTX 4090", synthetic: false })).toBe("measured on NVIDIA GeForce RTX 4090");
    expect(sourceLabel({ kind: "measured", runId: "r", runLabel: "x", device: "EPYC", synthetic: true })).toBe("measured on EPYC · synthetic weights");
    expect(sourceLabel({ kind: "projected", runId: "r", runLabel: "x", device: "RTX 4090", synthetic: false, targetGpu: "H100 PCIe", basis: "b" })).toBe(
      "projected for H100 PCIe from a run on RTX 4090",
    );
  });
});

describe("catalog GPU of a reported device", () => {
  it("matches vendor-style names to catalog labels", () => {
    expect(findCatalogGpu("NVIDIA GeForce RTX 4090", gpus)?.id).toBe("rtx-4090");
    expect(findCatalogGpu("NVIDIA H100 PCIe", gpus)?.id).toBe("h100-pcie");
    expect(findCatalogGpu("NVIDIA RTX A6000", gpus)?.id).toBe("rtx-a6000");
    expect(findCatalogGpu("AMD EPYC 7763", gpus)).toBeUndefined();
    // ROCm's name for the card; the catalog lists one GCD of it.
    expect(findCatalogGpu("AMD Instinct MI250X / MI250", gpus)?.id).toBe("mi250");
  });
});

describe("projection onto another GPU", () => {
  it("scales the curve by the bandwidth ratio and keeps the basis", () => {
    const run = throughputFromRun(gpuRun());
    if (!run.ok) throw new Error(run.reason);
    const projected = fitting(projectRun(run.value, 4_400_000_000, gpu("rtx-4090"), gpu("rtx-3090")));
    const ratio = 936 / 1008;
    expect(projected?.curve[0].generationTokensPerSecond).toBeCloseTo(128 * ratio, 1);
    expect(projected?.curve[3].generationTokensPerSecond).toBeCloseTo(1100.3 * ratio, 0);
    expect(projected?.promptTokensPerSecond).toBeCloseTo(9000 * ratio, 0);
    expect(projected?.basis).toMatch(/^Projected from 128\.0 t\/s measured on GeForce RTX 4090/);
    expect(projected?.caveat).toMatch(/same factor/);
  });

  it("caps batch 1 at the target's roofline and scales the rest by that capped factor", () => {
    const run = throughputFromRun(gpuRun());
    if (!run.ok) throw new Error(run.reason);
    // A 20 GB model on an L4 (300 GB/s): at most 15 t/s whatever the ratio says.
    // 20 GB + the 1 GB default allowance fits the L4's 24 GB.
    const projected = fitting(projectRun(run.value, 20e9, gpu("rtx-4090"), gpu("l4")));
    expect(projected?.curve[0].generationTokensPerSecond).toBe(15);
    expect(projected?.curve[1].generationTokensPerSecond).toBeCloseTo(240 * (15 / 128), 1);
  });

  it("refuses a model that does not fit the target's VRAM, with the same check and allowance as the Compare page", () => {
    const run = throughputFromRun(gpuRun());
    if (!run.ok) throw new Error(run.reason);
    // 15.5 GB of weights + 1 GB allowance = 16.5 GB > the RTX 4080's 16 GB.
    const refused = projectRun(run.value, 15.5e9, gpu("rtx-4090"), gpu("rtx-4080"));
    expect(refused).toEqual({
      fits: false,
      reason: "GeForce RTX 4080 (16 GB) cannot hold the model: it does not fit in 16 GB. Needs 16.5 GB (15.5 GB weights + 1.0 GB KV/context allowance) of 16.0 GB: does not fit, 0.5 GB short.",
      fitNote: "Needs 16.5 GB (15.5 GB weights + 1.0 GB KV/context allowance) of 16.0 GB: does not fit, 0.5 GB short.",
    });
    expect(refused).not.toHaveProperty("curve");
    // Without the allowance the same weights fit; with a larger one, a model that fit no longer does.
    expect(projectRun(run.value, 15.5e9, gpu("rtx-4090"), gpu("rtx-4080"), 0)?.fits).toBe(true);
    expect(projectRun(run.value, 4.4e9, gpu("rtx-4090"), gpu("rtx-4080"), 12e9)?.fits).toBe(false);
  });

  it("reads unified memory as the share the GPU may use, as the Compare page does", () => {
    const run = throughputFromRun(gpuRun());
    if (!run.ok) throw new Error(run.reason);
    // 36 GB × 75% = 27 GB usable: 26.5 GB + 1 GB does not fit, 25 GB + 1 GB does.
    expect(projectRun(run.value, 26.5e9, gpu("rtx-4090"), gpu("apple-m4-max-32c"))?.fits).toBe(false);
    expect(projectRun(run.value, 25e9, gpu("rtx-4090"), gpu("apple-m4-max-32c"))?.fits).toBe(true);
  });
});

function fitting(projected: ProjectedRun | undefined): Extract<ProjectedRun, { fits: true }> {
  if (projected === undefined || !projected.fits) throw new Error(`expected a projection that fits: ${JSON.stringify(projected)}`);
  return projected;
}
