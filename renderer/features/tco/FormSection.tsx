import type { ReactNode } from "react";
import type { ScenarioInput } from "../../../shared/tco";
import { getAtPath } from "./editing";

/** What every form section gets: the draft, one way to change it, and the messages by field path. */
export type SectionProps = {
  input: ScenarioInput;
  onField: (path: string, value: unknown) => void;
  errors: ReadonlyMap<string, string>;
};

/** Wires a NumberField to a dotted path of the draft, with that path's validation message. */
export function bind(props: SectionProps, path: string) {
  return {
    value: getAtPath(props.input, path) as number | undefined,
    onChange: (value: number | undefined) => props.onField(path, value),
    error: props.errors.get(path),
  };
}

export function FormSection({ title, hint, children, testId }: { title: string; hint?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <fieldset className="tco-section" data-testid={testId}>
      <legend>{title}</legend>
      {hint && <p className="section-hint">{hint}</p>}
      <div className="field-grid">{children}</div>
    </fieldset>
  );
}
