import { useMemo } from "react";
import { PAYBACK_LIMIT_MONTHS, type ScenarioResult, type SensitivityResult } from "../../../shared/tco";
import { CumulativeCostChart } from "../../components/charts/CumulativeCostChart";
import { GpuChart } from "../../components/charts/GpuChart";
import { MonthlyCostChart } from "../../components/charts/MonthlyCostChart";
import { TornadoChart } from "../../components/charts/TornadoChart";
import { PaybackSensitivityTable } from "./PaybackSensitivityTable";
import { activeComponents, breakEvenMarker, cumulativeCostData, cutoverMarker, gpuData, monthlyCostData, tornadoData, type SelfHostComponentKey } from "./chartData";

// Colors per cost part, as CSS variables (styles.css) so the legend and the bars cannot drift apart.
const COMPONENT_COLORS: Record<SelfHostComponentKey, string> = {
  oneTimeUsd: "var(--c-project)",
  vendorTokensUsd: "var(--c-vendor-share)",
  hardwareUsd: "var(--self)",
  powerUsd: "var(--c-power)",
  peopleUsd: "var(--c-people)",
  opsUsd: "var(--c-ops)",
};

export function TcoCharts({ result, sensitivity, gpuLabel }: { result: ScenarioResult; sensitivity: SensitivityResult | undefined; gpuLabel: string }) {
  const shaped = useMemo(() => {
    const monthly = monthlyCostData(result);
    return {
      cumulative: cumulativeCostData(result),
      monthly,
      series: activeComponents(monthly).map((component) => ({ ...component, color: COMPONENT_COLORS[component.key] })),
      gpus: gpuData(result),
    };
  }, [result]);
  const bars = useMemo(() => (sensitivity ? tornadoData(sensitivity) : []), [sensitivity]);
  return (
    <div className="tco-charts">
      <CumulativeCostChart data={shaped.cumulative} breakEven={breakEvenMarker(result)} cutover={cutoverMarker(result)} />
      <div className="tco-chart-pair">
        <MonthlyCostChart data={shaped.monthly} series={shaped.series} line={{ key: "vendorPathUsd", label: "Vendor path", color: "var(--vendor)" }} />
        <GpuChart data={shaped.gpus} caption={`${gpuLabel}; the peak hour at the target utilization`} />
      </div>
      {sensitivity && bars.length > 0 && (
        <div className="tco-chart-pair">
          <TornadoChart bars={bars} baselineUsd={sensitivity.baseline.selfHostSavingsUsd} deltaLabel={deltaLabel(sensitivity)} comparedMonths={sensitivity.comparedMonths} />
          <PaybackSensitivityTable bars={bars} baselinePaybackMonths={sensitivity.baseline.paybackMonths} deltaLabel={deltaLabel(sensitivity)} paybackLimitMonths={PAYBACK_LIMIT_MONTHS} />
        </div>
      )}
    </div>
  );
}

const deltaLabel = (sensitivity: SensitivityResult) => `${Math.round(sensitivity.deltaShare * 100)}%`;
