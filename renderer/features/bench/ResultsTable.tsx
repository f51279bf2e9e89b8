import type { BenchReport } from "../../../shared/reports/benchReport";
import { formatMs, formatRate, powerText, rowParams } from "./benchFormat";
import { SyntheticBadge } from "./SyntheticBadge";

export function ResultsTable({ report }: { report: BenchReport }) {
  return (
    <table data-testid="bench-results">
      <thead>
        <tr>
          <th>Test</th>
          <th>Parameters</th>
          <th className="num" title="Mean of the repetitions' tokens/s (wall clock, with sampling), ± sample standard deviation">
            t/s
          </th>
          <th className="num" title="Aggregate t/s ÷ parallel sequences: what one request sees">
            per sequence
          </th>
          <th className="num" title="llama.cpp's own decode time, comparable to llama-bench">
            decode t/s
          </th>
          <th className="num" title="Wall clock minus llama.cpp's decode time, per token">
            overhead
          </th>
          <th className="num">TTFT</th>
          <th>Power</th>
          <th>Weights</th>
        </tr>
      </thead>
      <tbody>
        {report.results.map((row, index) => (
          <tr key={index} data-testid="bench-row">
            <td>{row.test}</td>
            <td className="small">{rowParams(row)}</td>
            <td className="num">
              {formatRate(row.avg_ts)} ± {formatRate(row.stddev_ts)}
            </td>
            <td className="num">{formatRate(row.per_sequence_ts)}</td>
            <td className="num">{formatRate(row.decode_avg_ts)}</td>
            <td className="num">{row.harness_overhead_ms_per_token === null ? "—" : formatMs(row.harness_overhead_ms_per_token)}</td>
            <td className="num">{formatMs(row.ttft_avg_ms)}</td>
            <td className="small" title={row.power.measured ? undefined : row.power.reason}>
              {powerText(row.power)}
            </td>
            <td>{row.synthetic_weights ? <SyntheticBadge /> : "real"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
