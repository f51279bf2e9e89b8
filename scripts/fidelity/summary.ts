// Turns interleaved rounds into the fidelity table. Ratios are taken per round (each Breakeven
// run against the llama-bench run just before it, under the same machine conditions) and the
// median of those is reported, with their range: on a 2-core machine shared with other work the
// noise between rounds (±10-15%) is larger than the effect being measured.
import type { TestFigures } from "./harnesses";

export type Round = { llamaBench: TestFigures[]; breakeven: TestFigures[] };

export type TestSummary = {
  test: string;
  rounds: number;
  llamaBenchTs: number;
  breakevenDecodeTs: number | null;
  breakevenEndToEndTs: number;
  decodeRatio: number | null;
  decodeRatioRange: [number, number] | null;
  endToEndRatio: number;
  endToEndRatioRange: [number, number];
  overheadMsPerToken: number | null;
};

/** Targets from the fidelity issue: Breakeven ÷ llama-bench. */
export const TARGETS: Readonly<Record<string, number>> = { pp: 0.97, tg: 0.95 };

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function range(values: readonly number[]): [number, number] {
  return [Math.min(...values), Math.max(...values)];
}

function present(values: readonly (number | null)[]): number[] {
  return values.filter((value): value is number => value !== null && Number.isFinite(value));
}

export function summarize(rounds: readonly Round[]): TestSummary[] {
  const tests = [...new Set(rounds.flatMap((round) => round.llamaBench.map((figures) => figures.test)))];
  return tests.map((test) => {
    const pairs = rounds
      .map((round) => ({ lb: round.llamaBench.find((f) => f.test === test), be: round.breakeven.find((f) => f.test === test) }))
      .filter((pair): pair is { lb: TestFigures; be: TestFigures } => pair.lb !== undefined && pair.be !== undefined);
    const endToEndRatios = pairs.map(({ lb, be }) => be.avgTs / lb.avgTs);
    const decodeRatios = present(pairs.map(({ lb, be }) => (be.decodeTs === null ? null : be.decodeTs / lb.avgTs)));
    const decodes = present(pairs.map(({ be }) => be.decodeTs));
    const overheads = present(pairs.map(({ be }) => be.overheadMsPerToken));
    return {
      test,
      rounds: pairs.length,
      llamaBenchTs: median(pairs.map(({ lb }) => lb.avgTs)),
      breakevenDecodeTs: decodes.length ? median(decodes) : null,
      breakevenEndToEndTs: median(pairs.map(({ be }) => be.avgTs)),
      decodeRatio: decodeRatios.length ? median(decodeRatios) : null,
      decodeRatioRange: decodeRatios.length ? range(decodeRatios) : null,
      endToEndRatio: median(endToEndRatios),
      endToEndRatioRange: range(endToEndRatios),
      overheadMsPerToken: overheads.length ? median(overheads) : null,
    };
  });
}

function ratioText(ratio: number | null, spread: [number, number] | null): string {
  if (ratio === null || spread === null) return "-";
  return `${ratio.toFixed(2)} (${spread[0].toFixed(2)}-${spread[1].toFixed(2)})`;
}

function verdict(summary: TestSummary): string {
  const target = TARGETS[summary.test.slice(0, 2)];
  if (target === undefined) return "";
  // pp: the headline (wall-clock) figure must match; tg: the engine's decode figure must, and
  // the end-to-end one is reported beside it with the harness overhead that separates them.
  const ratio = summary.test.startsWith("pp") ? summary.endToEndRatio : summary.decodeRatio;
  if (ratio === null) return `target ${target}: no decode figure`;
  return `${ratio >= target ? "meets" : "MISSES"} ≥ ${target}`;
}

export function formatSummaryTable(title: string, summaries: readonly TestSummary[]): string {
  const header = ["test", "llama-bench t/s", "Breakeven decode t/s", "decode ratio", "Breakeven e2e t/s", "e2e ratio", "overhead ms/tok", "target"];
  const rows = summaries.map((s) => [
    s.test,
    s.llamaBenchTs.toFixed(2),
    s.breakevenDecodeTs === null ? "-" : s.breakevenDecodeTs.toFixed(2),
    ratioText(s.decodeRatio, s.decodeRatioRange),
    s.breakevenEndToEndTs.toFixed(2),
    ratioText(s.endToEndRatio, s.endToEndRatioRange),
    s.overheadMsPerToken === null ? "-" : s.overheadMsPerToken.toFixed(3),
    verdict(s),
  ]);
  const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => row[index].length)));
  const line = (cells: string[]) => `| ${cells.map((text, index) => (index === 0 ? text.padEnd(widths[index]) : text.padStart(widths[index]))).join(" | ")} |`;
  return [
    `${title}, ${summaries[0]?.rounds ?? 0} rounds (ratios: median of per-round Breakeven ÷ llama-bench, range in brackets)`,
    line(header),
    `|${widths.map((width, index) => `${"-".repeat(width + 1)}${index === 0 ? "-" : ":"}`).join("|")}|`,
    ...rows.map(line),
    "",
  ].join("\n");
}
