import { bind, FormSection, type SectionProps } from "./FormSection";
import { NumberField } from "./NumberField";

export function HybridSection(props: SectionProps) {
  return (
    <FormSection title="Hybrid routing" hint="The vendor API stays live as a planned fallback for at least 90 days after cutover, behind a feature flag." testId="section-hybrid">
      <NumberField label="Fallback period" unit="months" {...bind(props, "hybrid.fallbackMonths")} hint="3 months = 90 days, the minimum." />
      <NumberField label="Vendor share during fallback" unit="% of requests" percent {...bind(props, "hybrid.fallbackVendorShare")} />
      <NumberField label="Vendor share afterwards" unit="% of requests" percent {...bind(props, "hybrid.steadyVendorShare")} hint="Cases outside the distilled task." />
    </FormSection>
  );
}
