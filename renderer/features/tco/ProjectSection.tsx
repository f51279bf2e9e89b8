import { bind, FormSection, type SectionProps } from "./FormSection";
import { NumberField } from "./NumberField";

export function ProjectSection(props: SectionProps) {
  return (
    <FormSection title="One-time project" hint="The distillation itself, spread over the months before cutover (the article: 3-9 months)." testId="section-project">
      <NumberField label="Months to cutover" unit="months" {...bind(props, "project.monthsToCutover")} />
      <NumberField label="Engineer time" unit="engineer-months" {...bind(props, "project.engineerMonths")} hint="Priced at the loaded cost above." />
      <NumberField label="Teacher-data prompts" unit="tokens" {...bind(props, "project.teacherInputTokens")} hint="Sent to the vendor, at batch price." />
      <NumberField label="Teacher-data completions" unit="tokens" {...bind(props, "project.teacherOutputTokens")} />
      <NumberField label="Fine-tuning" unit="GPU-hours" {...bind(props, "project.fineTuneGpuHours")} />
      <NumberField label="Fine-tuning price" unit="$/GPU-hour" {...bind(props, "project.fineTuneUsdPerGpuHour")} />
      <NumberField label="Eval set-up" unit="$" {...bind(props, "project.evalSetupUsd")} hint="The eval gate the article requires before cutover." />
    </FormSection>
  );
}
