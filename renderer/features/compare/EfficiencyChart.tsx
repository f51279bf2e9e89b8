// Tokens/s per watt and per $1k of purchase price, side by side (their scales differ by ~100×, so
// each gets its own axis). Projected bars are lighter and hatched, and the legend names them, so a
// glance never takes an estimate for a measurement.
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis, pattern, patterns } from "recharts";
import { efficiencyChartData, type EfficiencySeries } from "./chartData";
import type { CompareRow } from "./compareRows";

const MEASURED_COLOR = "#2f6feb";
const PROJECTED_COLOR = "#9bb9f4";
// Built once, outside components: recharts redraws a definition whose identity changes.
const HATCH = pattern({ ...patterns.diagonal, color: "#ffffff", opacity: 0.75 });

const BAR_HEIGHT_PX = 30;
const CHART_CHROME_PX = 80;

function label(digits: number) {
  return (value: unknown) => (typeof value === "number" ? value.toFixed(digits) : "");
}

function Panel({ title, unit, series, digits, testId }: { title: string; unit: string; series: EfficiencySeries; digits: number; testId: string }) {
  const height = CHART_CHROME_PX + series.bars.length * BAR_HEIGHT_PX;
  return (
    <figure className="chart-panel" data-testid={testId}>
      <figcaption>
        {title} <span className="unit">({unit}, at each option's operating point)</span>
      </figcaption>
      {series.bars.length === 0 ? (
        <p className="muted small">No option has this figure yet.</p>
      ) : (
        <BarChart responsive style={{ width: "100%", height }} data={series.bars} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 4 }}>
          <CartesianGrid horizontal={false} stroke="#e3e6eb" />
          <XAxis type="number" tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="name" width={200} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={(value) => (typeof value === "number" ? `${value.toFixed(digits)} ${unit}` : value)} />
          <Legend verticalAlign="top" height={28} />
          <Bar dataKey="measured" name="measured" stackId="option" fill={MEASURED_COLOR} isAnimationActive={false}>
            <LabelList dataKey="measured" position="right" formatter={label(digits)} fontSize={11} />
          </Bar>
          <Bar dataKey="projected" name="projected" stackId="option" fill={{ color: PROJECTED_COLOR, definition: HATCH }} stroke={MEASURED_COLOR} isAnimationActive={false}>
            <LabelList dataKey="projected" position="right" formatter={label(digits)} fontSize={11} />
          </Bar>
        </BarChart>
      )}
      {series.missing.length > 0 && <p className="muted small">Not shown (figure unknown): {series.missing.join(", ")}.</p>}
    </figure>
  );
}

export function EfficiencyChart({ rows }: { rows: CompareRow[] }) {
  const data = efficiencyChartData(rows);
  return (
    <div className="chart-pair" data-testid="efficiency-chart">
      <Panel title="Tokens/s per watt" unit="t/s per W" series={data.perWatt} digits={2} testId="chart-per-watt" />
      <Panel title="Tokens/s per $1k of purchase price" unit="t/s per $1k" series={data.perThousandUsd} digits={1} testId="chart-per-usd" />
    </div>
  );
}
