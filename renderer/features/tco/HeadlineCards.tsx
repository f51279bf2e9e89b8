import { formatPaybackMonths, formatUsd, PAYBACK_LIMIT_MONTHS, paybackMeetsLimit, type BreakEvenVolume, type ScenarioInput, type ScenarioResult } from "../../../shared/tco";
import { formatNumber } from "./NumberField";

function Card({ title, big, sub, testId, tone }: { title: string; big: string; sub?: string; testId: string; tone?: "good" | "bad" }) {
  return (
    <dl className={`card headline${tone ? ` tone-${tone}` : ""}`} data-testid={testId}>
      <dt>{title}</dt>
      <dd className="big">{big}</dd>
      {sub && <dd className="muted small">{sub}</dd>}
    </dl>
  );
}

const perMillion = (usd: number | undefined) => (usd === undefined ? "—" : `$${usd.toFixed(2)}`);

export function HeadlineCards({ input, result, volume }: { input: ScenarioInput; result: ScenarioResult; volume: BreakEvenVolume | undefined }) {
  const tco = result.tco36 ?? result.horizon;
  const saving = tco.selfHostSavingsUsd;
  const cost = result.costPerMillionOutputTokens;
  const point = result.operatingPoint;
  const today = input.workload.requestsPerMonth;
  return (
    <div className="cards headline-cards">
      <Card
        title="Payback"
        testId="headline-payback"
        big={result.paybackMonths === undefined ? "Never" : `${formatPaybackMonths(result.paybackMonths)} months`}
        sub={result.paybackMonths === undefined ? `not within the ${input.workload.horizonMonths}-month horizon` : `after cutover in month ${result.cutoverMonth} · must be under ${PAYBACK_LIMIT_MONTHS}`}
        tone={paybackMeetsLimit(result.paybackMonths) ? "good" : "bad"}
      />
      <Card title={`${tco.months}-month TCO · vendor`} testId="headline-tco-vendor" big={formatUsd(tco.vendorUsd)} sub="stay on the API" />
      <Card title={`${tco.months}-month TCO · self-host`} testId="headline-tco-self" big={formatUsd(tco.selfHostUsd)} sub="distill, host, keep a fallback" />
      <Card
        title="Difference"
        testId="headline-difference"
        big={saving >= 0 ? `${formatUsd(saving)} saved` : `${formatUsd(-saving)} more`}
        sub={saving >= 0 ? "self-hosting is cheaper" : "self-hosting costs more"}
        tone={saving > 0 ? "good" : "bad"}
      />
      <Card
        title="Cost per 1M generated tokens"
        testId="headline-cost-per-million"
        big={`${perMillion(cost.vendorUsd)} vs ${perMillion(cost.selfHostAllInUsd)}`}
        sub={`vendor vs self-host all-in · serving alone ${perMillion(cost.selfHostServingUsd)}`}
      />
      <Card
        title="Break-even month"
        testId="headline-break-even"
        big={result.breakEvenMonth === undefined ? "None" : `Month ${result.breakEvenMonth}`}
        sub={result.breakEvenMonth === undefined ? "self-hosting is behind at the end" : "from then on self-hosting stays ahead"}
      />
      <Card
        title="Break-even volume"
        testId="headline-break-even-volume"
        big={volume?.requestsPerMonth === undefined ? (volume ? "None" : "…") : `${formatNumber(volume.requestsPerMonth)} req/mo`}
        sub={volume?.requestsPerMonth ? `today ${formatNumber(today)} (${(today / volume.requestsPerMonth).toFixed(1)}× that)` : volume?.reason}
      />
      <Card
        title="Peak GPUs"
        testId="headline-peak-gpus"
        big={String(result.peakGpusProvisioned)}
        sub={`${point.parallelSequences} parallel × ${point.tokensPerSecondPerRequest.toFixed(0)} t/s per request`}
      />
    </div>
  );
}
