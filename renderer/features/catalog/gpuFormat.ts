import type { GpuEntry, UsdFigure } from "../../../shared/catalog/gpus";

// GPU prices are rough (street vs MSRP, spot vs on-demand), so they read as a typical figure
// with its range and a note saying what was priced, never as one falsely precise number.

function usd(value: number): string {
  const decimals = value < 10 ? 2 : 0;
  return `$${value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: Math.max(decimals, 3) })}`;
}

export type FigureText = { main: string; range: string | null; note: string | null };

export function describeUsdFigure(figure: UsdFigure | null): FigureText {
  if (figure === null) return { main: "—", range: null, note: null };
  const range = figure.low != null && figure.high != null ? `${usd(figure.low)}–${usd(figure.high)}` : null;
  const main = figure.typical != null ? usd(figure.typical) : (range ?? "—");
  return { main, range: figure.typical != null ? range : null, note: figure.note ?? null };
}

export type GpuFilter = { segment: "" | GpuEntry["segment"]; vendor: "" | GpuEntry["vendor"]; search: string };

export const NO_GPU_FILTER: GpuFilter = { segment: "", vendor: "", search: "" };

export function filterGpus<G extends GpuEntry>(gpus: readonly G[], filter: GpuFilter): G[] {
  const words = filter.search.toLowerCase().split(/\s+/).filter((word) => word !== "");
  return gpus.filter(
    (gpu) =>
      (filter.segment === "" || gpu.segment === filter.segment) &&
      (filter.vendor === "" || gpu.vendor === filter.vendor) &&
      words.every((word) => `${gpu.label} ${gpu.id}`.toLowerCase().includes(word)),
  );
}

export const GPU_SEGMENTS: readonly GpuEntry["segment"][] = ["consumer", "workstation", "datacenter"];
