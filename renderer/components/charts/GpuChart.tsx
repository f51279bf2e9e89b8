import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_STYLE, ChartFrame, monthTicks } from "./ChartFrame";

export type GpuChartProps = { data: readonly { month: number; needed: number; provisioned: number }[]; caption?: string };

export function GpuChart({ data, caption }: GpuChartProps) {
  const last = data[data.length - 1]?.month ?? 1;
  return (
    <ChartFrame title="GPUs over time" caption={caption} height={280} testId="chart-gpus">
      <LineChart data={[...data]} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
        <CartesianGrid stroke="var(--line)" vertical={false} />
        <XAxis dataKey="month" type="number" domain={[1, last]} ticks={monthTicks(last)} tick={AXIS_STYLE} tickLine={false} />
        <YAxis allowDecimals={false} tick={AXIS_STYLE} tickLine={false} axisLine={false} width={40} />
        <Tooltip labelFormatter={(month) => `Month ${month}`} />
        <Legend iconType="plainline" wrapperStyle={{ fontSize: 12 }} />
        <Line type="stepAfter" dataKey="provisioned" name="Paid for" stroke="var(--self)" strokeWidth={2.5} dot={false} isAnimationActive={false} />
        <Line type="stepAfter" dataKey="needed" name="Needed at peak" stroke="var(--muted)" strokeDasharray="5 4" strokeWidth={1.5} dot={false} isAnimationActive={false} />
      </LineChart>
    </ChartFrame>
  );
}
