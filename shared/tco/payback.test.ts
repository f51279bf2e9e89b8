import { describe, expect, it } from "vitest";
import { computeScenario } from "./computeScenario";
import { goldenBase } from "./goldenScenario.testdata";
import type { ScenarioInput } from "./types";

// Cutover in month 1 (a project of 0 months): the whole one-time cost falls in the cutover month itself.
// Worked by hand from goldenBase's facts (goldenScenario.testdata.ts):
//   vendor path: $7,000 a month;
//   self-host running cost in a fallback month (20% on the vendor, 1 GPU + 1 server):
//     1,400 + 2,000/36 + 4,000/36 + 32.85 power + 2,500 people + 500 ops = $4,599.52 (hardware $166.67 in month 1),
//   so each fallback month saves 7,000 − 4,599.52 = $2,400.48 before the one-time cost.
const monthlySaving = 7_000 - (1_400 + 166.67 + 32.85 + 2_500 + 500); // 2,400.48

function cutoverAtStart(evalSetupUsd: number): ScenarioInput {
  const scenario = goldenBase();
  scenario.project = { ...scenario.project, monthsToCutover: 0, engineerMonths: 0, evalSetupUsd };
  return scenario;
}

describe("payback with the one-time cost in the cutover month", () => {
  it("counts the share of month 1 needed to earn back the one-time cost, not 0", () => {
    // One-time: teacher $20 + fine-tune $200 + eval $1,000 = $1,220, all paid at the start of month 1.
    const result = computeScenario(cutoverAtStart(1_000));
    expect(result.cutoverMonth).toBe(1);
    expect(result.oneTime.totalUsd).toBe(1_220);
    expect(result.months[0].selfHostPath.oneTimeUsd).toBe(1_220);
    expect(result.months[0].selfHostPath.totalUsd).toBe(1_220 + 4_599.52);
    expect(result.breakEvenMonth).toBe(1);
    // 1,220 ÷ 2,400.48 = 0.508 of month 1.
    expect(result.paybackMonths).toBeCloseTo(1_220 / monthlySaving, 2);
    expect(result.paybackMonths).toBe(0.51);
  });

  it("carries a one-time cost larger than a month's saving into month 2", () => {
    // One-time $3,220: month 1 ends 3,220 − 2,400.48 = 819.52 behind; month 2 closes it after 819.52 ÷ 2,400.48 = 0.34.
    const result = computeScenario(cutoverAtStart(3_000));
    expect(result.oneTime.totalUsd).toBe(3_220);
    expect(result.breakEvenMonth).toBe(2);
    expect(result.paybackMonths).toBeCloseTo(1 + (3_220 - monthlySaving) / monthlySaving, 2);
    expect(result.paybackMonths).toBe(1.34);
  });
});
