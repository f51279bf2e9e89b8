import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NOT_FOUND_REASON, parseNvidiaSmiLine, startPowerSampler, summarizeTicks } from "./powerSampler";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "breakeven-power-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A stand-in for `nvidia-smi --query-gpu=... -lms N`: two GPUs, one line each per round. */
async function fakeNvidiaSmi(body: string): Promise<string> {
  const file = path.join(dir, `nvidia-smi-${Math.random().toString(36).slice(2)}`);
  await writeFile(file, `#!/bin/sh\n${body}\n`);
  await chmod(file, 0o755);
  return file;
}

describe("nvidia-smi parsing", () => {
  it("reads index, watts, SM clock, utilization and memory; [N/A] reads as null", () => {
    expect(parseNvidiaSmiLine("0, 412.35, 1980, 98, 16542")).toEqual({ index: 0, watts: 412.35, smClockMhz: 1980, utilizationPercent: 98, memoryUsedMiB: 16542 });
    expect(parseNvidiaSmiLine("1, [N/A], 1410, 0, 3")?.watts).toBeNull();
    expect(parseNvidiaSmiLine("No devices were found")).toBeNull();
  });

  it("turns samples into average watts and joules per token", () => {
    const ticks = [300, 500].map((watts, i) => ({ atMs: i * 200, watts, smClockMhz: 1900, utilizationPercent: 90, memoryUsedBytes: 1e9 }));
    const power = summarizeTicks(ticks, 200, 2, 100, 400);
    expect(power).toMatchObject({ measured: true, avgWatts: 400, maxWatts: 500, joulesPerToken: 8, samples: 2 });
    expect(summarizeTicks([], 200, 0.05, 16, 50)).toMatchObject({ measured: false, reason: expect.stringContaining("No power sample") });
  });
});

describe("startPowerSampler", () => {
  it("averages only the samples inside a test's window, summing GPUs", async () => {
    const command = await fakeNvidiaSmi('while true; do echo "0, 100.0, 1800, 50, 1000"; echo "1, 200.0, 1900, 70, 3000"; sleep 0.05; done');
    const sampler = startPowerSampler({ command, intervalMs: 50 });
    await sleep(150);
    sampler.markWindow(0, "start");
    await sleep(400);
    sampler.markWindow(0, "end");
    const power = sampler.measurementFor(0, 0.4, 40);
    sampler.stop();
    expect(power.measured).toBe(true);
    if (power.measured) {
      expect(power.avgWatts).toBeCloseTo(300, 5);
      expect(power.joulesPerToken).toBeCloseTo(3, 5);
      expect(power.avgGpuUtilizationPercent).toBeCloseTo(60, 5);
      expect(power.maxMemoryUsedBytes).toBe(4000 * 1024 * 1024);
      expect(power.samples).toBeGreaterThanOrEqual(3);
    }
  });

  it("says power was not measured when nvidia-smi is missing or fails", async () => {
    const missing = startPowerSampler({ command: path.join(dir, "no-such-nvidia-smi") });
    missing.markWindow(0, "start");
    await sleep(100);
    missing.markWindow(0, "end");
    expect(missing.measurementFor(0, 0.1, 10)).toEqual({ measured: false, reason: NOT_FOUND_REASON });
    missing.stop();

    const failing = startPowerSampler({ command: await fakeNvidiaSmi('echo "NVIDIA-SMI has failed because it couldn\'t communicate with the NVIDIA driver." >&2; exit 9') });
    failing.markWindow(1, "start");
    await sleep(200);
    failing.markWindow(1, "end");
    expect(failing.measurementFor(1, 0.2, 10)).toMatchObject({ measured: false, reason: expect.stringContaining("couldn't communicate with the NVIDIA driver") });
    failing.stop();
  });
});
