import { afterEach, describe, expect, it, vi } from "vitest";
import { createRunRegistry } from "./runRegistry";

afterEach(() => {
  vi.useRealTimers();
});

describe("run registry", () => {
  it("cancels a running run by id", () => {
    const runs = createRunRegistry("benchmark", { exclusive: true });
    const controller = runs.start("a");
    expect(controller.signal.aborted).toBe(false);
    expect(runs.cancel("a")).toBe(true);
    expect(controller.signal.aborted).toBe(true);
  });

  it("starts a run already cancelled when its cancel came first, once", () => {
    const runs = createRunRegistry("benchmark", { exclusive: true });
    expect(runs.cancel("early")).toBe(false);
    expect(runs.start("other").signal.aborted).toBe(false);
    runs.finish("other");
    expect(runs.start("early").signal.aborted).toBe(true);
    runs.finish("early");
    expect(runs.start("early").signal.aborted).toBe(false);
  });

  it("forgets an early cancel after a minute, and keeps at most 100", () => {
    vi.useFakeTimers();
    const runs = createRunRegistry("benchmark", { exclusive: false });
    runs.cancel("stale");
    vi.advanceTimersByTime(61_000);
    expect(runs.start("stale").signal.aborted).toBe(false);
    for (let index = 0; index <= 100; index++) runs.cancel(`flood-${index}`);
    expect(runs.start("flood-0").signal.aborted).toBe(false);
    expect(runs.start("flood-100").signal.aborted).toBe(true);
  });

  it("still refuses a second run while one is in flight", () => {
    const runs = createRunRegistry("benchmark", { exclusive: true });
    runs.start("a");
    expect(() => runs.start("b")).toThrow(/Another benchmark \("a"\) is running/);
  });
});
