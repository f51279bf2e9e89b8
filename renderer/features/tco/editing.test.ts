import { describe, expect, it } from "vitest";
import { defaultScenario } from "../../../shared/tco";
import { editableFromStored, getAtPath, issuesByPath, setAtPath } from "./editing";

describe("draft editing by issue paths", () => {
  it("replaces a nested value without touching the original", () => {
    const original = defaultScenario();
    const next = setAtPath(original, "throughput.concurrencyCurve.1.generationTokensPerSecond", 250);
    expect(next.throughput.concurrencyCurve[1].generationTokensPerSecond).toBe(250);
    expect(original.throughput.concurrencyCurve[1].generationTokensPerSecond).toBe(240);
    expect(Array.isArray(next.throughput.concurrencyCurve)).toBe(true);
    expect(next.vendor).toBe(original.vendor);
    expect(getAtPath(next, "throughput.concurrencyCurve.1.generationTokensPerSecond")).toBe(250);
  });

  it("removes an optional field set to undefined", () => {
    const withWatts = setAtPath(defaultScenario(), "selfHost.power.measuredAverageWattsPerGpu", 300);
    const cleared = setAtPath(withWatts, "selfHost.power.measuredAverageWattsPerGpu", undefined);
    expect("measuredAverageWattsPerGpu" in cleared.selfHost.power).toBe(false);
  });

  it("keeps the first message per path", () => {
    const map = issuesByPath([{ path: "a", message: "one" }, { path: "a", message: "two" }, { path: "b", message: "three" }]);
    expect([...map]).toEqual([["a", "one"], ["b", "three"]]);
  });
});

describe("opening a stored scenario", () => {
  it("fills defaults of a valid one", () => {
    const stored = defaultScenario() as unknown as { workload: Record<string, unknown> };
    delete stored.workload.horizonMonths;
    expect(editableFromStored(stored)).toEqual({ input: defaultScenario(), issues: [] });
  });

  it("keeps the values of an invalid one over the defaults and reports its issues", () => {
    const opened = editableFromStored({ workload: { requestsPerMonth: -5 }, selfHost: { hardware: { kind: "rented", usdPerGpuHour: 1 } } });
    expect(opened.input.workload.requestsPerMonth).toBe(-5);
    expect(opened.input.workload.outputTokensPerRequest).toBe(300);
    expect(opened.input.selfHost.hardware.kind).toBe("rented");
    expect(opened.input.selfHost.power).toEqual(defaultScenario().selfHost.power);
    expect(opened.issues.map((issue) => issue.path)).toContain("workload.requestsPerMonth");
  });

  it("opens garbage as the defaults with their issues empty", () => {
    expect(editableFromStored("nonsense")).toEqual({ input: defaultScenario(), issues: [] });
  });
});
