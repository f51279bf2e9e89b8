import { centsToUsd, toCents } from "./money";
import type { OneTimeCost, ScenarioInput } from "./types";
import { MONTHS_PER_YEAR } from "./units";
import { teacherDataUsd } from "./vendorPricing";

/** The distillation project's cost before cutover, by item, each rounded to cents. */
export function computeOneTimeCost(input: ScenarioInput): OneTimeCost {
  const teacherCents = toCents(teacherDataUsd(input.project, input.vendor));
  const fineTuneCents = toCents(input.project.fineTuneGpuHours * input.project.fineTuneUsdPerGpuHour);
  // Project engineering is priced like the maintenance engineer: the article's engineer is the same named person.
  const engineerCents = toCents((input.project.engineerMonths * input.selfHost.mlEngineerUsdPerYear) / MONTHS_PER_YEAR);
  const evalCents = toCents(input.project.evalSetupUsd);
  return {
    teacherDataUsd: centsToUsd(teacherCents),
    fineTuneUsd: centsToUsd(fineTuneCents),
    engineerUsd: centsToUsd(engineerCents),
    evalSetupUsd: centsToUsd(evalCents),
    totalUsd: centsToUsd(teacherCents + fineTuneCents + engineerCents + evalCents),
  };
}
