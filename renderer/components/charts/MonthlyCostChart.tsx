import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import { formatUsd } from "../../../shared/tco";
import { AXIS_STYLE, ChartFrame, monthTicks } from "./ChartFrame";
import { formatUsdCompact } from "./moneyFormat";

export type StackSeries = { key: string; label: string; color: string };

export type MonthlyCostChartProps = {
  data: readonly ({ month: number } & Record<string, number>)[];
  /** Stacked bottom to top. */
  series: readonly StackSeries[];
  /** A line drawn over the bars for comparison (the vendor path's month). */
  line: StackSeries;
};

export function MonthlyCostChart({ data, series, line }: MonthlyCostChartProps) {
  const last = data[data.length - 1]?.month ?? 1;
  return (
    <ChartFrame title="Monthly cost by component" caption="Bars: the self-host path. Line: staying on the vendor API." height={280} testId="chart-monthly">
      <ComposedChart data={[...data]} margin={{ top: 8, right: 16, bottom: 4, left: 8 }} barCategoryGap={1}>
        <CartesianGrid stroke="var(--line)" vertical={false} />
        <XAxis dataKey="month" ticks={monthTicks(last)} tick={AXIS_STYLE} tickLine={false} interval="preserveStartEnd" />
        <YAxis tickFormatter={formatUsdCompact} tick={AXIS_STYLE} tickLine={false} axisLine={false} width={60} />
        <Tooltip formatter={(value) => formatUsd(Number(value))} labelFormatter={(month) => `Month ${month}`} />
        <Legend iconType="square" wrapperStyle={{ fontSize: 12 }} />
        {series.map((item) => (
          <Bar key={item.key} dataKey={item.key} name={item.label} stackId="self" fill={item.color} isAnimationActive={false} />
        ))}
        <Line type="stepAfter" dataKey={line.key} name={line.label} stroke={line.color} strokeWidth={2} dot={false} isAnimationActive={false} />
      </ComposedChart>
    </ChartFrame>
  );
}
