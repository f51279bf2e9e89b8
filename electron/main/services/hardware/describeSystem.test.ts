import os from "node:os";
import { describe, expect, it } from "vitest";
import { ApiFailure } from "../../../../shared/api/errors";
import { probeBackends, probeBackendsCached } from "./backendProbe";
import { formatSystem } from "../../../cli/hw";
import { describeSystem } from "./describeSystem";

describe("system.describe on this machine", () => {
  it("reports CPU, RAM, GPUs and which backends load, through a real worker process", async () => {
    const system = await describeSystem();
    expect(system.cpu.threads).toBeGreaterThan(0);
    expect(system.cpu.physicalCores).toBeGreaterThan(0);
    expect(system.memory.totalBytes).toBeGreaterThan(512 * 1024 * 1024);
    const cpu = system.backends.find((probe) => probe.backend === "cpu");
    expect(cpu?.loads).toBe(true);
    expect(system.backendsChecked).toBe(true);
    expect(system.backends.map((probe) => probe.backend)).toEqual(["cuda", "vulkan", "metal", "cpu"]);
    if (process.platform !== "darwin") expect(system.backends.find((probe) => probe.backend === "metal")?.onThisPlatform).toBe(false);
    expect(system.versions.nodeLlamaCpp).toBe("3.21.1");
    expect(system.gpuSummary.length).toBeGreaterThan(10);
    if (system.gpus.length === 0 && !system.backends.some((probe) => probe.loads && probe.backend !== "cpu")) {
      expect(system.gpuSummary).toMatch(/No GPU/);
      for (const probe of system.backends.filter((candidate) => !candidate.loads)) expect(probe.reason).toBeTruthy();
    }
  });

  it("still describes the machine when the backend probe fails, each backend saying why", async () => {
    const system = await describeSystem({
      probeBackends: () => Promise.reject(new ApiFailure("WORKER_CRASHED", "The model worker was killed by SIGSEGV before finishing.")),
    });
    expect(system.os.hostname).toBe(os.hostname());
    expect(system.cpu.threads).toBeGreaterThan(0);
    expect(system.memory.totalBytes).toBe(os.totalmem());
    expect(system.backends.map((probe) => probe.backend)).toEqual(["cuda", "vulkan", "metal", "cpu"]);
    expect(system.backends.every((probe) => !probe.loads && probe.reason)).toBe(true);
    const cpu = system.backends.find((probe) => probe.backend === "cpu");
    expect(cpu?.reason).toMatch(/^Not checked: The model worker was killed by SIGSEGV.*Refresh/);
    expect(system.preferredBackend).toBeNull();
    expect(system.backendsChecked).toBe(false);
    expect(formatSystem(system)).toContain("unknown: the backends could not be checked");
    expect(system.versions.nodeLlamaCpp).toBe("3.21.1");
  });

  it("stops a probe that outlives its time limit, with a reason the page can show", async () => {
    const failure = await probeBackends({ timeoutMs: 1 }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).message).toMatch(/took longer than 0.001 s/);
  });
});

describe("the backend probe cache", () => {
  it("reuses this launch's probe, and probes again on refresh", async () => {
    const first = probeBackendsCached();
    expect(probeBackendsCached()).toBe(first);
    const refreshed = probeBackendsCached({ refresh: true });
    expect(refreshed).not.toBe(first);
    expect(probeBackendsCached()).toBe(refreshed);
    const [a, b] = await Promise.all([first, refreshed]);
    expect(b.backends.map((probe) => probe.backend)).toEqual(a.backends.map((probe) => probe.backend));
  });
});
