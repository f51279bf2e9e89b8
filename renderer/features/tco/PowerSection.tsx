import { bind, FormSection, type SectionProps } from "./FormSection";
import { NumberField } from "./NumberField";

export function PowerSection(props: SectionProps) {
  if (props.input.selfHost.hardware.kind === "rented") {
    return (
      <FormSection title="Power" testId="section-power">
        <p className="span-all muted small">A cloud GPU-hour already includes power and cooling, so rented GPUs pay no electricity here.</p>
      </FormSection>
    );
  }
  const measured = props.input.selfHost.power.measuredAverageWattsPerGpu;
  return (
    <FormSection title="Power" hint="Paid on bought GPUs: GPUs × watts × 730 h × PUE × price." testId="section-power">
      <NumberField
        label="Measured average draw"
        unit="W / GPU"
        optional
        {...bind(props, "selfHost.power.measuredAverageWattsPerGpu")}
        hint={measured === undefined ? "Empty: estimated from board power × its share." : "From a benchmark run; it wins over the estimate."}
      />
      <NumberField label="Board power" unit="W / GPU" {...bind(props, "selfHost.power.boardPowerWattsPerGpu")} />
      <NumberField label="Share of board power drawn" unit="%" percent {...bind(props, "selfHost.power.boardPowerUtilizationShare")} hint="Used only without a measurement." />
      <NumberField label="PUE" unit="×" {...bind(props, "selfHost.power.powerUsageEffectiveness")} hint="Facility ÷ IT power; 1.2 hyperscale, 1.5 an office room." />
      <NumberField label="Electricity price" unit="$/kWh" {...bind(props, "selfHost.power.usdPerKwh")} />
    </FormSection>
  );
}
