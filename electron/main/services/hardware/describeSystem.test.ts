import { describe, expect, it } from "vitest";
import { describeSystem } from "./describeSystem";

describe("system.describe on this machine", () => {
  it("reports CPU, RAM, GPUs and which backends load, through a real worker process", async () => {
    const system = await describeSystem();
    expect(system.cpu.threads).toBeGreaterThan(0);
    expect(system.cpu.physicalCores).toBeGreaterThan(0);
    expect(system.memory.totalBytes).toBeGreaterThan(512 * 1024 * 1024);
    const cpu = system.backends.find((probe) => probe.backend === "cpu");
    expect(cpu?.loads).toBe(true);
    expect(system.versions.nodeLlamaCpp).toBe("3.21.1");
    expect(system.gpuSummary.length).toBeGreaterThan(10);
    if (system.gpus.length === 0 && !system.backends.some((probe) => probe.loads && probe.backend !== "cpu")) {
      expect(system.gpuSummary).toMatch(/No GPU/);
      for (const probe of system.backends.filter((candidate) => !candidate.loads)) expect(probe.reason).toBeTruthy();
    }
  });
});
