import { bind, FormSection, type SectionProps } from "./FormSection";
import { NumberField } from "./NumberField";

export function WorkloadSection(props: SectionProps) {
  return (
    <FormSection title="Workload" hint="Today's traffic and how it grows: the article's cost signal needs projected volume, not this month's." testId="section-workload">
      <NumberField label="Requests per month" unit="requests/mo" {...bind(props, "workload.requestsPerMonth")} slider={{ min: 10_000, max: 1_000_000_000, step: 1, log: true }} testId="requests-per-month" />
      <NumberField label="Monthly growth" unit="% / month" percent {...bind(props, "workload.monthlyGrowthShare")} slider={{ min: -10, max: 20, step: 0.5 }} testId="monthly-growth" />
      <NumberField label="Input tokens per request" unit="tokens" {...bind(props, "workload.inputTokensPerRequest")} />
      <NumberField label="Output tokens per request" unit="tokens" {...bind(props, "workload.outputTokensPerRequest")} />
      <NumberField label="Prompt-cache share" unit="% of input" percent {...bind(props, "workload.promptCacheShare")} hint="Input the vendor bills at its cached price." />
      <NumberField label="Peak-to-average load" unit="×" {...bind(props, "workload.peakToAverageRatio")} hint="Busiest hour ÷ the month's average." />
      <NumberField label="Horizon" unit="months" {...bind(props, "workload.horizonMonths")} hint="36 is the article's window." />
    </FormSection>
  );
}
