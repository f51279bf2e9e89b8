import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatUsd } from "../../../shared/tco";
import { AXIS_STYLE, ChartFrame, monthTicks } from "./ChartFrame";
import { formatUsdCompact } from "./moneyFormat";

export type CumulativeCostChartProps = {
  data: readonly { month: number; vendorUsd: number; selfHostUsd: number }[];
  breakEven: { month: number; label: string } | undefined;
  cutover: { month: number; label: string };
};

// Animation is off on every chart: the view follows sliders live, and a tween would lag behind the numbers.
export function CumulativeCostChart({ data, breakEven, cutover }: CumulativeCostChartProps) {
  const last = data[data.length - 1]?.month ?? 1;
  return (
    <ChartFrame
      title="Cumulative cost"
      caption={breakEven ? <span data-testid="break-even-caption">{breakEven.label}: self-hosting stays cheaper from then on</span> : "Self-hosting does not catch up within the horizon"}
      height={300}
      testId="chart-cumulative"
    >
      <LineChart data={[...data]} margin={{ top: 24, right: 24, bottom: 4, left: 8 }}>
        <CartesianGrid stroke="var(--line)" vertical={false} />
        <XAxis dataKey="month" type="number" domain={[1, last]} ticks={monthTicks(last)} tick={AXIS_STYLE} tickLine={false} label={{ value: "month", position: "insideBottomRight", offset: -2, ...AXIS_STYLE }} />
        <YAxis tickFormatter={formatUsdCompact} tick={AXIS_STYLE} tickLine={false} axisLine={false} width={60} />
        <Tooltip formatter={(value) => formatUsd(Number(value))} labelFormatter={(month) => `Month ${month}`} />
        <Legend iconType="plainline" wrapperStyle={{ fontSize: 12 }} />
        <ReferenceLine x={cutover.month} stroke="var(--muted)" strokeDasharray="4 4" label={{ value: cutover.label, position: "insideTopLeft", fontSize: 11, fill: "var(--muted)" }} />
        {breakEven && (
          <ReferenceLine
            x={breakEven.month}
            stroke="var(--good)"
            strokeWidth={2}
            className="break-even-line"
            // Centred on the line, a late break-even's label ran off the chart's right edge.
            label={{ value: breakEven.label, position: breakEven.month > data.length / 2 ? "insideTopRight" : "insideTopLeft", fontSize: 12, fontWeight: 600, fill: "var(--good)" }}
          />
        )}
        <Line type="monotone" dataKey="vendorUsd" name="Stay on the vendor API" stroke="var(--vendor)" strokeWidth={2.5} dot={false} isAnimationActive={false} />
        <Line type="monotone" dataKey="selfHostUsd" name="Distill and self-host" stroke="var(--self)" strokeWidth={2.5} dot={false} isAnimationActive={false} />
      </LineChart>
    </ChartFrame>
  );
}
