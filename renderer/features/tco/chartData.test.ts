import { describe, expect, it } from "vitest";
import { computeScenario, computeSensitivity, defaultRentedHardware, defaultScenario, type ScenarioInput } from "../../../shared/tco";
import {
  activeComponents,
  breakEvenMarker,
  cumulativeCostData,
  cutoverMarker,
  formatSignedUsdCompact,
  formatUsdCompact,
  gpuData,
  monthlyCostData,
  paybackShiftText,
  SELF_HOST_COMPONENTS,
  tornadoData,
} from "./chartData";

function scenario(edit: (s: ScenarioInput) => void = () => {}): ScenarioInput {
  const s = defaultScenario();
  edit(s);
  return s;
}

describe("cumulative cost data", () => {
  it("has one point per month with both paths' running totals", () => {
    const result = computeScenario(scenario());
    const data = cumulativeCostData(result);
    expect(data).toHaveLength(36);
    expect(data[0]).toEqual({ month: 1, vendorUsd: result.months[0].vendorCumulativeUsd, selfHostUsd: result.months[0].selfHostCumulativeUsd });
    expect(data[35].vendorUsd).toBe(result.tco36?.vendorUsd);
    expect(data[35].selfHostUsd).toBe(result.tco36?.selfHostUsd);
  });

  it("marks the break-even month, and none when self-hosting is behind at the end", () => {
    const result = computeScenario(scenario((s) => (s.workload.requestsPerMonth = 5_000_000)));
    expect(result.breakEvenMonth).toBeDefined();
    expect(breakEvenMarker(result)).toEqual({ month: result.breakEvenMonth, label: `Break-even month ${result.breakEvenMonth}` });
    const behind = computeScenario(scenario((s) => (s.workload.requestsPerMonth = 10_000)));
    expect(behind.breakEvenMonth).toBeUndefined();
    expect(breakEvenMarker(behind)).toBeUndefined();
  });

  it("marks cutover as the month after the project", () => {
    expect(cutoverMarker(computeScenario(scenario()))).toEqual({ month: 7, label: "Cutover month 7" });
  });
});

describe("monthly cost data", () => {
  it("splits the self-host path into components that add up to its total, beside the vendor path", () => {
    const result = computeScenario(scenario());
    const data = monthlyCostData(result);
    data.forEach((point, index) => {
      const row = result.months[index];
      const cents = SELF_HOST_COMPONENTS.reduce((sum, { key }) => sum + Math.round(point[key] * 100), 0);
      expect(cents).toBe(Math.round(row.selfHostPath.totalUsd * 100));
      expect(point.vendorPathUsd).toBe(row.vendorPath.totalUsd);
    });
    // The project months carry the one-time cost and no hardware.
    expect(data[0].oneTimeUsd).toBeGreaterThan(0);
    expect(data[0].hardwareUsd).toBe(0);
    expect(data[6].hardwareUsd).toBeGreaterThan(0);
  });

  it("leaves out components that never cost anything (power on rented GPUs)", () => {
    const rented = computeScenario(scenario((s) => (s.selfHost.hardware = defaultRentedHardware())));
    const keys = activeComponents(monthlyCostData(rented)).map((component) => component.key);
    expect(keys).not.toContain("powerUsd");
    expect(keys).toContain("hardwareUsd");
    const bought = computeScenario(scenario());
    expect(activeComponents(monthlyCostData(bought)).map((component) => component.key)).toContain("powerUsd");
  });
});

describe("GPU data", () => {
  it("follows needed and provisioned GPUs, zero before cutover", () => {
    const result = computeScenario(scenario((s) => (s.workload.requestsPerMonth = 5_000_000)));
    const data = gpuData(result);
    expect(data[0]).toEqual({ month: 1, needed: 0, provisioned: 0 });
    expect(Math.max(...data.map((point) => point.provisioned))).toBe(result.peakGpusProvisioned);
    data.forEach((point) => expect(point.provisioned).toBeGreaterThanOrEqual(point.needed));
  });
});

describe("tornado data", () => {
  it("gives each input's change of the 36-month saving either way, largest swing first", () => {
    const sensitivity = computeSensitivity(scenario());
    const bars = tornadoData(sensitivity);
    expect(bars.length).toBeLessThanOrEqual(8);
    const first = sensitivity.rows[0];
    expect(bars[0].label).toBe(first.label);
    expect(bars[0].lowDeltaUsd).toBeCloseTo(first.low.selfHostSavingsUsd! - sensitivity.baseline.selfHostSavingsUsd, 2);
    expect(bars[0].highDeltaUsd).toBeCloseTo(first.high.selfHostSavingsUsd! - sensitivity.baseline.selfHostSavingsUsd, 2);
    expect(bars[0].lowNote).toMatch(new RegExp(`^${first.label} −25%: saving `));
    for (let i = 1; i < bars.length; i++) expect(bars[i].swingUsd).toBeLessThanOrEqual(bars[i - 1].swingUsd);
    // More requests favor self-hosting here: the high side raises the saving.
    const requests = bars.find((bar) => bar.label === "Requests per month");
    expect(requests?.highDeltaUsd).toBeGreaterThan(0);
    expect(requests?.lowDeltaUsd).toBeLessThan(0);
  });

  it("draws a side that misses the service level as 0 and says why", () => {
    // A service level the curve only just meets: 25% less throughput falls below it.
    const tight = scenario((s) => (s.throughput.minTokensPerSecondPerRequest = 120));
    const bars = tornadoData(computeSensitivity(tight), 20);
    const throughput = bars.find((bar) => bar.label === "Measured throughput");
    expect(throughput?.lowDeltaUsd).toBe(0);
    expect(throughput?.lowNote).toMatch(/no measured concurrency meets the service level/);
    expect(throughput?.lowPaybackMonths).toBeUndefined();
    expect(throughput?.lowPaybackText).toBe("service level not met");
  });

  it("gives the payback each move leads to, beside the saving", () => {
    // 3M requests a month at Sonnet-class prices: self-hosting pays back, so each side has a payback to move.
    const sensitivity = computeSensitivity(
      scenario((s) => {
        s.workload.requestsPerMonth = 3_000_000;
        s.vendor = { ...s.vendor, usdPerMillionInputTokens: 3, usdPerMillionOutputTokens: 15, usdPerMillionCachedInputTokens: 0.3 };
      }),
    );
    const base = sensitivity.baseline.paybackMonths;
    expect(base).toBeDefined();
    const bars = tornadoData(sensitivity, 20);
    for (const bar of bars) {
      const row = sensitivity.rows.find((candidate) => candidate.label === bar.label)!;
      expect(bar.lowPaybackMonths).toBe(row.low.paybackMonths);
      expect(bar.highPaybackMonths).toBe(row.high.paybackMonths);
    }
    // More requests pay back sooner, fewer later; the note and the text say by how much.
    const requests = bars.find((bar) => bar.label === "Requests per month")!;
    expect(requests.highPaybackMonths).toBeLessThan(base!);
    expect(requests.lowPaybackMonths === undefined || requests.lowPaybackMonths > base!).toBe(true);
    const shift = Math.round((requests.highPaybackMonths! - base!) * 10) / 10;
    expect(requests.highPaybackText).toBe(`${requests.highPaybackMonths!.toFixed(1)} months (−${Math.abs(shift).toFixed(1)})`);
    expect(requests.highNote).toMatch(/^Requests per month \+25%: saving .*, payback .* months \(−/);
  });
});

describe("payback shift text", () => {
  it("says where payback lands and how far it moved, including to and from never", () => {
    expect(paybackShiftText(5.94, 7.21)).toBe("5.9 months (−1.3)");
    expect(paybackShiftText(8.0, 7.21)).toBe("8.0 months (+0.8)");
    expect(paybackShiftText(7.23, 7.21)).toBe("7.2 months (no change)");
    expect(paybackShiftText(undefined, 7.21)).toBe("never (was 7.2 months)");
    expect(paybackShiftText(9, undefined)).toBe("9.0 months (was never)");
    expect(paybackShiftText(undefined, undefined)).toBe("never");
    // Near the 12-month limit, two decimals keep the side of the limit visible.
    expect(paybackShiftText(12.03, 11.5)).toBe("12.03 months (+0.53)");
    // A small move across the limit is a change, however small.
    expect(paybackShiftText(12.02, 11.98)).toBe("12.02 months (+0.04)");
  });
});

describe("compact money", () => {
  it("keeps three significant figures at most", () => {
    expect(formatUsdCompact(0)).toBe("$0");
    expect(formatUsdCompact(940.4)).toBe("$940");
    expect(formatUsdCompact(12_345)).toBe("$12k");
    expect(formatUsdCompact(1_234_567)).toBe("$1.2M");
    expect(formatUsdCompact(-2_500_000_000)).toBe("-$2.5B");
    expect(formatSignedUsdCompact(1500)).toBe("+$1.5k");
    expect(formatSignedUsdCompact(-1500)).toBe("-$1.5k");
  });
});

describe("compact money at unit edges", () => {
  it("moves to the next unit instead of showing 1000", () => {
    expect(formatUsdCompact(999_600)).toBe("$1M");
    expect(formatUsdCompact(999.6)).toBe("$1k");
    expect(formatUsdCompact(999_400)).toBe("$999k");
  });
});
