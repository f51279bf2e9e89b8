import { describe, expect, it } from "vitest";
import { computeScenario } from "./computeScenario";
import { defaultScenario } from "./defaults";
import { articleCaveats, decideVerdict, formatPaybackMonths, paybackMeetsLimit, type VerdictFacts } from "./verdict";

const favorable: VerdictFacts = {
  hasNamedMlEngineer: true,
  mlEngineerFteShare: 0.25,
  horizonMonths: 36,
  tco36: { months: 36, vendorUsd: 300_000, selfHostUsd: 200_000, selfHostSavingsUsd: 100_000 },
  paybackMonths: 8,
};

describe("decideVerdict", () => {
  it("triggers the cost signal on 36-month savings and payback within 12 months", () => {
    expect(decideVerdict(favorable)).toEqual({
      kind: "cost-signal",
      costSignalTriggered: true,
      reason: "Cost signal triggered: self-hosting saves $100,000 over 36 months and pays back 8.0 months after cutover, within the 12-month limit.",
    });
    expect(decideVerdict({ ...favorable, paybackMonths: 11.99 }).costSignalTriggered).toBe(true);
  });

  it("withholds it at exactly 12 months: the article wants payback under 12", () => {
    expect(decideVerdict({ ...favorable, paybackMonths: 12 })).toEqual({
      kind: "no-cost-signal",
      costSignalTriggered: false,
      reason: "No cost signal: self-hosting saves $100,000 over 36 months but pays back only 12.0 months after cutover, not under the 12-month limit.",
    });
    expect(paybackMeetsLimit(12)).toBe(false);
    expect(paybackMeetsLimit(11.99)).toBe(true);
    expect(paybackMeetsLimit(undefined)).toBe(false);
  });

  it("shows two decimals where one would round onto the limit", () => {
    expect(formatPaybackMonths(11.96)).toBe("11.96");
    expect(formatPaybackMonths(12.04)).toBe("12.04");
    expect(formatPaybackMonths(12)).toBe("12.0");
    expect(formatPaybackMonths(7.21)).toBe("7.2");
    expect(decideVerdict({ ...favorable, paybackMonths: 11.96 }).reason).toContain("pays back 11.96 months after cutover, within the 12-month limit");
  });

  it("withholds it when payback comes after 12 months", () => {
    const verdict = decideVerdict({ ...favorable, paybackMonths: 12.01 });
    expect(verdict.kind).toBe("no-cost-signal");
    // 12.01 would show as "12.0" with one decimal, which reads as the limit itself.
    expect(verdict.reason).toBe("No cost signal: self-hosting saves $100,000 over 36 months but pays back only 12.01 months after cutover, beyond the 12-month limit.");
  });

  it("withholds it when the vendor is cheaper over 36 months", () => {
    const verdict = decideVerdict({ ...favorable, tco36: { months: 36, vendorUsd: 100_000, selfHostUsd: 150_000, selfHostSavingsUsd: -50_000 }, paybackMonths: undefined });
    expect(verdict.reason).toBe("No cost signal: over 36 months self-hosting costs $50,000 more than staying on the vendor API.");
  });

  it("withholds it when savings do not last to the horizon's end", () => {
    const verdict = decideVerdict({ ...favorable, horizonMonths: 48, paybackMonths: undefined });
    expect(verdict.kind).toBe("no-cost-signal");
    expect(verdict.reason).toContain("never stays paid back");
  });

  it("needs a 36-month comparison", () => {
    expect(decideVerdict({ ...favorable, horizonMonths: 24, tco36: undefined }).reason).toBe(
      "No cost signal: a valid comparison needs 36 months with projected volume, and this horizon has only 24.",
    );
  });

  it("is not viable without a named ML engineer or without engineer time, whatever the numbers", () => {
    expect(decideVerdict({ ...favorable, hasNamedMlEngineer: false }).kind).toBe("not-viable");
    const noTime = decideVerdict({ ...favorable, mlEngineerFteShare: 0 });
    expect(noTime).toEqual({
      kind: "not-viable",
      costSignalTriggered: false,
      reason: "Not viable whatever the costs: no ML engineer time is allocated to maintain the model after cutover (criterion 4).",
    });
  });
});

describe("articleCaveats", () => {
  const inRange = { project: { ...defaultScenario().project, monthsToCutover: 6 }, hybrid: { fallbackMonths: 3, fallbackVendorShare: 0.25, steadyVendorShare: 0 } };

  it("says nothing inside the article's ranges, including both ends of 3-9 months", () => {
    expect(articleCaveats(inRange)).toEqual([]);
    expect(articleCaveats({ ...inRange, project: { ...inRange.project, monthsToCutover: 3 } })).toEqual([]);
    expect(articleCaveats({ ...inRange, project: { ...inRange.project, monthsToCutover: 9 } })).toEqual([]);
  });

  it("calls a cutover under 3 months optimistic and one over 9 longer than the article reports", () => {
    expect(articleCaveats({ ...inRange, project: { ...inRange.project, monthsToCutover: 1 } })).toEqual([
      "Months to cutover: the article puts distillation at 3-9 months before cutover; 1 month is optimistic, and a later cutover delays every saving shown here.",
    ]);
    expect(articleCaveats({ ...inRange, project: { ...inRange.project, monthsToCutover: 0 } })[0]).toContain("0 months is optimistic");
    expect(articleCaveats({ ...inRange, project: { ...inRange.project, monthsToCutover: 12 } })).toEqual([
      "Months to cutover: the article puts distillation at 3-9 months before cutover; 12 months is longer than it reports, so check the plan: savings start only at cutover.",
    ]);
  });

  it("warns when no traffic is routed to the vendor during the fallback", () => {
    expect(articleCaveats({ ...inRange, hybrid: { ...inRange.hybrid, fallbackMonths: 4, fallbackVendorShare: 0 } })).toEqual([
      "No traffic stays on the vendor API during the 4-month fallback: the article wants the vendor live for the first 90 days with a share of traffic routed to it, so rolling back is a planned state, not an emergency.",
    ]);
  });

  it("reaches the scenario's result, for the verdict banner to show", () => {
    const scenario = defaultScenario();
    scenario.project.monthsToCutover = 1;
    scenario.hybrid.fallbackVendorShare = 0;
    const result = computeScenario(scenario);
    expect(result.caveats).toHaveLength(2);
    expect(result.caveats[0]).toContain("1 month is optimistic");
    expect(result.caveats[1]).toContain("No traffic stays on the vendor API");
    expect(computeScenario(defaultScenario()).caveats).toEqual([]);
  });
});
