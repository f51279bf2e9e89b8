import { useDeferredValue, useMemo, useState } from "react";
import {
  computeBreakEvenVolume,
  computeScenario,
  computeSensitivity,
  validateScenario,
  type BreakEvenVolume,
  type ScenarioInput,
  type ScenarioResult,
  type SensitivityResult,
  type ValidationResult,
} from "../../../shared/tco";

export type TcoResults = {
  checked: ValidationResult;
  /** The input the figures were computed from: the draft when valid, else its last valid version. */
  validInput: ScenarioInput | undefined;
  /** The last valid scenario's figures: while a field is invalid the charts hold still rather than vanish. */
  result: ScenarioResult | undefined;
  /** True when the figures shown are from an earlier, valid version of the draft. */
  stale: boolean;
  sensitivity: SensitivityResult | undefined;
  breakEvenVolume: BreakEvenVolume | undefined;
};

/**
 * Validation (~30 µs) and the month loop (~60 µs) run on every change, so the headline follows a slider
 * live. The tornado (~0.4 ms) and the break-even volume (~0.2 ms) follow a deferred copy, which React
 * renders when the input is idle.
 */
export function useTcoResults(input: ScenarioInput): TcoResults {
  const checked = useMemo(() => validateScenario(input), [input]);
  const [lastValid, setLastValid] = useState<ScenarioInput | undefined>(checked.ok ? checked.value : undefined);
  if (checked.ok && checked.value !== lastValid) setLastValid(checked.value);
  const valid = checked.ok ? checked.value : lastValid;

  const result = useMemo(() => (valid ? computeScenario(valid) : undefined), [valid]);
  const deferred = useDeferredValue(valid);
  const sensitivity = useMemo(() => (deferred ? computeSensitivity(deferred) : undefined), [deferred]);
  const breakEvenVolume = useMemo(() => (deferred ? computeBreakEvenVolume(deferred) : undefined), [deferred]);
  return { checked, validInput: valid, result, stale: !checked.ok && result !== undefined, sensitivity, breakEvenVolume };
}
