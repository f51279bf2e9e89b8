import { describe, expect, it } from "vitest";
import { defaultRentedHardware, defaultScenario } from "./defaults";
import { goldenBase } from "./goldenScenario.testdata";
import { validateScenario, type ValidationIssue } from "./schema";
import type { ScenarioInput } from "./types";

function issuesFor(change: (s: ScenarioInput) => void): ValidationIssue[] {
  const scenario = defaultScenario();
  change(scenario);
  const result = validateScenario(scenario);
  if (result.ok) throw new Error("expected the scenario to be rejected");
  return result.issues;
}

describe("validateScenario accepts", () => {
  it("the default scenario, its rented variant and the golden base", () => {
    expect(validateScenario(defaultScenario()).ok).toBe(true);
    const rented = defaultScenario();
    rented.selfHost.hardware = defaultRentedHardware();
    expect(validateScenario(rented).ok).toBe(true);
    expect(validateScenario(goldenBase()).ok).toBe(true);
  });

  it("fills the documented defaults a saved scenario may lack", () => {
    const partial = JSON.parse(JSON.stringify(defaultScenario()));
    delete partial.workload.horizonMonths;
    delete partial.selfHost.hardware.amortizationMonths;
    delete partial.selfHost.hardware.residualValueShare;
    delete partial.hybrid.fallbackMonths;
    delete partial.vendor.batchDiscountShare;
    const result = validateScenario(partial);
    expect(result.ok && result.value.workload.horizonMonths).toBe(36);
    expect(result.ok && result.value.selfHost.hardware.kind === "bought" && result.value.selfHost.hardware.amortizationMonths).toBe(36);
    expect(result.ok && result.value.hybrid.fallbackMonths).toBe(3);
    expect(result.ok && result.value.vendor.batchDiscountShare).toBe(0);
  });
});

describe("validateScenario rejects, with a message a user can act on", () => {
  it("a negative value", () => {
    expect(issuesFor((s) => (s.workload.requestsPerMonth = -5))).toEqual([
      { path: "workload.requestsPerMonth", message: "Requests per month must be zero or more (got -5)." },
    ]);
    expect(issuesFor((s) => (s.vendor.usdPerMillionOutputTokens = -1))).toEqual([
      { path: "vendor.usdPerMillionOutputTokens", message: "Vendor price per 1M output tokens ($) must be zero or more (got -1)." },
    ]);
  });

  it("NaN", () => {
    expect(issuesFor((s) => (s.workload.inputTokensPerRequest = Number.NaN))).toEqual([
      { path: "workload.inputTokensPerRequest", message: "Input tokens per request must be a number, zero or more (got NaN)." },
    ]);
    expect(issuesFor((s) => (s.selfHost.power.usdPerKwh = Number.POSITIVE_INFINITY))[0].message).toBe(
      "Electricity price ($/kWh) must be a number, zero or more (got Infinity).",
    );
  });

  it("a share over 100%", () => {
    expect(issuesFor((s) => (s.workload.promptCacheShare = 1.2))).toEqual([
      { path: "workload.promptCacheShare", message: "Prompt-cache share must be between 0% and 100% (got 120%)." },
    ]);
    expect(issuesFor((s) => (s.hybrid.steadyVendorShare = 1.5))[0].message).toBe(
      "Vendor share after the fallback period must be between 0% and 100% (got 150%).",
    );
    expect(issuesFor((s) => (s.throughput.targetUtilizationShare = 0))[0].message).toBe(
      "Target utilization must be more than 0% and at most 100% (got 0%).",
    );
  });

  it("a month count of 0, or a fraction of a month", () => {
    expect(issuesFor((s) => (s.workload.horizonMonths = 0))).toEqual([
      { path: "workload.horizonMonths", message: "Horizon (months) must be a whole number from 1 to 120 (got 0)." },
    ]);
    expect(issuesFor((s) => (s.selfHost.hardware = { ...defaultScenario().selfHost.hardware, amortizationMonths: 0 } as ScenarioInput["selfHost"]["hardware"]))[0]).toEqual({
      path: "selfHost.hardware.amortizationMonths",
      message: "Amortization (months) must be a whole number from 1 to 120 (got 0).",
    });
    expect(issuesFor((s) => (s.project.monthsToCutover = 2.5))[0].message).toBe("Months to cutover must be a whole number from 0 to 60 (got 2.5).");
  });

  it("no concurrency points", () => {
    expect(issuesFor((s) => (s.throughput.concurrencyCurve = []))).toEqual([
      {
        path: "throughput.concurrencyCurve",
        message: "Add at least one concurrency measurement: aggregate generation tokens/s at 1, 2, 4 … parallel sequences.",
      },
    ]);
  });

  it("a service level that not even 1 sequence meets", () => {
    // The default curve's fastest per-sequence speed is 128 tokens/s at 1 sequence.
    expect(issuesFor((s) => (s.throughput.minTokensPerSecondPerRequest = 200))).toEqual([
      {
        path: "throughput.minTokensPerSecondPerRequest",
        message:
          "No measured concurrency meets the service level of 200 tokens/s per request, not even the least loaded one (128 tokens/s); lower the service level or benchmark a faster GPU or smaller model.",
      },
    ]);
  });

  it("a concurrency measured twice, or a zero speed", () => {
    const issues = issuesFor((s) => {
      s.throughput.concurrencyCurve = [
        { parallelSequences: 1, generationTokensPerSecond: 100 },
        { parallelSequences: 1, generationTokensPerSecond: 110 },
      ];
    });
    expect(issues[0]).toEqual({
      path: "throughput.concurrencyCurve.1.parallelSequences",
      message: "Concurrency 1 appears twice in the curve; keep one measurement per concurrency.",
    });
    expect(issuesFor((s) => (s.throughput.concurrencyCurve[2].generationTokensPerSecond = 0))[0]).toEqual({
      path: "throughput.concurrencyCurve.2.generationTokensPerSecond",
      message: "Generation speed (tokens/s) must be more than 0 (got 0).",
    });
  });

  it("a cutover at or after the horizon's end", () => {
    expect(issuesFor((s) => (s.project.monthsToCutover = 36))).toEqual([
      {
        path: "project.monthsToCutover",
        message: "Months to cutover (36) must be shorter than the horizon (36 months), or no month is left to self-host.",
      },
    ]);
  });

  it("a fallback shorter than the article's 90 days", () => {
    expect(issuesFor((s) => (s.hybrid.fallbackMonths = 1))[0].message).toBe(
      "Fallback period (months) must be a whole number from 3 to 120: the vendor API stays live for at least 90 days after cutover (got 1).",
    );
  });

  it("a peak below the average and a PUE below 1", () => {
    expect(issuesFor((s) => (s.workload.peakToAverageRatio = 0.5))[0].message).toBe(
      "Peak-to-average load ratio must be between 1 and 100: the peak is never below the average (got 0.5).",
    );
    expect(issuesFor((s) => (s.selfHost.power.powerUsageEffectiveness = 0.9))[0].message).toBe(
      "PUE must be between 1 and 3: 1 means no cooling overhead (got 0.9).",
    );
  });

  it("missing or mistyped fields, an unknown hardware kind and a non-object", () => {
    const missing = JSON.parse(JSON.stringify(defaultScenario()));
    delete missing.workload.requestsPerMonth;
    missing.selfHost.mlEngineerUsdPerYear = "200k";
    delete missing.selfHost.hasNamedMlEngineer;
    const result = validateScenario(missing);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual([
      { path: "workload.requestsPerMonth", message: "Requests per month must be a number, zero or more (got nothing)." },
      { path: "selfHost.hasNamedMlEngineer", message: "Say whether a named ML engineer owns the model (yes or no)." },
      { path: "selfHost.mlEngineerUsdPerYear", message: 'ML engineer loaded cost per year ($) must be a number, zero or more (got "200k").' },
    ]);
    const leased = JSON.parse(JSON.stringify(defaultScenario()));
    leased.selfHost.hardware.kind = "leased";
    const leasedResult = validateScenario(leased);
    expect(!leasedResult.ok && leasedResult.issues[0]).toEqual({ path: "selfHost.hardware.kind", message: 'Hardware must be either "bought" or "rented".' });
    const notObject = validateScenario(42);
    expect(!notObject.ok && notObject.issues[0].message).toContain("A scenario must be an object");
  });

  it("every problem at once, each on its own path", () => {
    const issues = issuesFor((s) => {
      s.workload.requestsPerMonth = -1;
      s.workload.promptCacheShare = 2;
      s.selfHost.mlEngineerFteShare = Number.NaN;
    });
    expect(issues.map((i) => i.path)).toEqual(["workload.requestsPerMonth", "workload.promptCacheShare", "selfHost.mlEngineerFteShare"]);
  });
});
