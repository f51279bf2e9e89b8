import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis, type TooltipContentProps, type TooltipValueType } from "recharts";
import { AXIS_STYLE, ChartFrame } from "./ChartFrame";
import { formatSignedUsdCompact, formatUsdCompact } from "./moneyFormat";

export type TornadoChartBar = { label: string; lowDeltaUsd: number; highDeltaUsd: number; lowNote: string; highNote: string };

export type TornadoChartProps = {
  bars: readonly TornadoChartBar[];
  /** The saving the bars move away from. */
  baselineUsd: number;
  /** "25%": how far each input moves either way. */
  deltaLabel: string;
  comparedMonths: number;
};

const BAR_SIZE = 16;

function NotesTooltip({ active, payload }: TooltipContentProps<TooltipValueType, string | number>) {
  const bar = active ? (payload?.[0]?.payload as TornadoChartBar | undefined) : undefined;
  if (!bar) return null;
  return (
    <div className="chart-tooltip">
      <strong>{bar.label}</strong>
      <div>{bar.lowNote}</div>
      <div>{bar.highNote}</div>
    </div>
  );
}

// The two sides overlap on one row (a negative bar gap), so a driver whose both moves push the same way
// still reads as one bar per side rather than a misleading stacked sum.
export function TornadoChart({ bars, baselineUsd, deltaLabel, comparedMonths }: TornadoChartProps) {
  return (
    <ChartFrame
      title="What moves the answer"
      caption={`Change in the ${comparedMonths}-month saving (${formatUsdCompact(baselineUsd)} as set) when each input moves ${deltaLabel} down or up`}
      height={bars.length * 34 + 70}
      testId="chart-tornado"
    >
      <BarChart data={[...bars]} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} barGap={-BAR_SIZE} barSize={BAR_SIZE}>
        <CartesianGrid stroke="var(--line)" horizontal={false} />
        <XAxis type="number" tickFormatter={formatSignedUsdCompact} tick={AXIS_STYLE} tickLine={false} />
        <YAxis type="category" dataKey="label" width={190} tick={{ ...AXIS_STYLE, fill: "var(--ink)" }} tickLine={false} axisLine={false} />
        <Tooltip content={NotesTooltip} cursor={{ fill: "rgba(0,0,0,0.04)" }} />
        <Legend iconType="square" wrapperStyle={{ fontSize: 12 }} />
        <ReferenceLine x={0} stroke="var(--ink)" />
        <Bar dataKey="lowDeltaUsd" name={`Input −${deltaLabel}`} fill="var(--tornado-low)" isAnimationActive={false} />
        <Bar dataKey="highDeltaUsd" name={`Input +${deltaLabel}`} fill="var(--tornado-high)" isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}
