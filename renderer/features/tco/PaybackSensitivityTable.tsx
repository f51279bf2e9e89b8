import { paybackMeetsLimit } from "../../../shared/tco";
import { paybackText, type TornadoBar } from "./chartData";

type Props = {
  bars: readonly TornadoBar[];
  baselinePaybackMonths: number | undefined;
  /** "25%": how far each input moves either way. */
  deltaLabel: string;
  paybackLimitMonths: number;
};

/**
 * Beside the tornado: where payback lands when each input moves. The saving over 36 months can stay
 * positive while payback slips past the limit, and the cost signal needs both, so both are shown.
 */
export function PaybackSensitivityTable({ bars, baselinePaybackMonths, deltaLabel, paybackLimitMonths }: Props) {
  return (
    <figure className="chart-frame" data-testid="payback-sensitivity">
      <figcaption>
        <span className="chart-frame-title">How payback moves</span>
        <span className="chart-frame-caption">
          Months after cutover ({paybackText(baselinePaybackMonths)} as set; the signal needs under {paybackLimitMonths}) when each input moves {deltaLabel}
        </span>
      </figcaption>
      <table className="payback-table">
        <thead>
          <tr>
            <th scope="col">Input</th>
            <th scope="col">−{deltaLabel}</th>
            <th scope="col">+{deltaLabel}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              <td className={tone(bar.lowPaybackMonths)}>{bar.lowPaybackText}</td>
              <td className={tone(bar.highPaybackMonths)}>{bar.highPaybackText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function tone(paybackMonths: number | undefined): string {
  return paybackMeetsLimit(paybackMonths) ? "payback-ok" : "payback-late";
}
