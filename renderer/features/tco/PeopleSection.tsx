import { bind, FormSection, type SectionProps } from "./FormSection";
import { NumberField } from "./NumberField";

export function PeopleSection(props: SectionProps) {
  const named = props.input.selfHost.hasNamedMlEngineer;
  return (
    <FormSection title="People" hint="Criterion 4: a named engineer who has fine-tuned before, with time set aside for drift, evals and rollback." testId="section-people">
      <label className="span-all check">
        <input type="checkbox" checked={named} onChange={(event) => props.onField("selfHost.hasNamedMlEngineer", event.target.checked)} data-testid="named-ml-engineer" />
        A named ML engineer on the team owns the distilled model
      </label>
      {!named && <p className="span-all notice notice-error small">Without one, distillation is not viable whatever the costs say; "we can hire for it" is a project risk, not a yes.</p>}
      <NumberField label="Their time on maintenance" unit="% of an FTE" percent {...bind(props, "selfHost.mlEngineerFteShare")} />
      <NumberField label="Loaded cost" unit="$/year" {...bind(props, "selfHost.mlEngineerUsdPerYear")} hint="Salary, taxes, benefits, overhead." />
    </FormSection>
  );
}
