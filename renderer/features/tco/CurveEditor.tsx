import type { ConcurrencyPoint } from "../../../shared/tco";
import { NumberField } from "./NumberField";

type Props = {
  curve: readonly ConcurrencyPoint[];
  errors: ReadonlyMap<string, string>;
  /** The whole new curve; the caller marks the figures as typed. */
  onCurve: (curve: ConcurrencyPoint[]) => void;
  minTokensPerSecondPerRequest: number;
};

// Points of aggregate generation speed on one GPU at 1, 2, 4 … parallel sequences. The per-request
// column shows what each request sees there, and which points meet the service level.
export function CurveEditor({ curve, errors, onCurve, minTokensPerSecondPerRequest }: Props) {
  const change = (index: number, key: keyof ConcurrencyPoint, value: number | undefined) =>
    onCurve(curve.map((point, i) => (i === index ? { ...point, [key]: value ?? Number.NaN } : point)));
  const add = () => {
    const last = curve[curve.length - 1];
    onCurve([...curve, last ? { parallelSequences: last.parallelSequences * 2, generationTokensPerSecond: last.generationTokensPerSecond } : { parallelSequences: 1, generationTokensPerSecond: 50 }]);
  };
  return (
    <div className="span-all curve" data-testid="concurrency-curve">
      <table className="compact">
        <thead>
          <tr>
            <th>Parallel sequences</th>
            <th>Aggregate tokens/s</th>
            <th className="num">Per request</th>
            <th aria-label="Remove" />
          </tr>
        </thead>
        <tbody>
          {curve.map((point, index) => {
            const perRequest = point.generationTokensPerSecond / point.parallelSequences;
            const meets = perRequest >= minTokensPerSecondPerRequest;
            const path = `throughput.concurrencyCurve.${index}`;
            return (
              <tr key={index}>
                <td>
                  <NumberField label={`Parallel sequences, point ${index + 1}`} unit="sequences" compact value={point.parallelSequences} onChange={(v) => change(index, "parallelSequences", v)} error={errors.get(`${path}.parallelSequences`)} />
                </td>
                <td>
                  <NumberField label={`Aggregate speed, point ${index + 1}`} unit="tokens/s" compact value={point.generationTokensPerSecond} onChange={(v) => change(index, "generationTokensPerSecond", v)} error={errors.get(`${path}.generationTokensPerSecond`)} />
                </td>
                <td className={`num ${meets ? "meets" : "misses"}`} title={meets ? "Meets the service level" : "Below the service level"}>
                  {Number.isFinite(perRequest) ? `${perRequest.toFixed(1)} t/s` : "—"}
                </td>
                <td>
                  <button type="button" className="icon" aria-label={`Remove point ${index + 1}`} onClick={() => onCurve(curve.filter((_, i) => i !== index))} disabled={curve.length === 1}>
                    ×
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {errors.get("throughput.concurrencyCurve") && <p className="field-error">{errors.get("throughput.concurrencyCurve")}</p>}
      <button type="button" onClick={add} disabled={curve.length >= 64}>
        Add a point
      </button>
    </div>
  );
}
