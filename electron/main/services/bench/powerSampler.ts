// GPU power during each test's measured repetitions, from nvidia-smi's own sampling loop
// (-lms 200). Each sample is timestamped on arrival in this process, and each test's window is
// marked by the worker's window events, so only samples inside a test's measured repetitions count.
import { spawn, type ChildProcess } from "node:child_process";
import type { PowerMeasurement } from "../../../../shared/reports/benchReport";

export const POWER_QUERY = ["--query-gpu=index,power.draw,clocks.sm,utilization.gpu,memory.used", "--format=csv,noheader,nounits"];
export const NOT_FOUND_REASON = "nvidia-smi was not found, so power was not measured.";

type GpuLine = { index: number; watts: number | null; smClockMhz: number | null; utilizationPercent: number | null; memoryUsedMiB: number | null };
/** All GPUs at one moment: watts and memory summed, clock and utilization averaged. */
type Tick = { atMs: number; watts: number | null; smClockMhz: number | null; utilizationPercent: number | null; memoryUsedBytes: number | null };

const field = (text: string | undefined): number | null => {
  const value = Number.parseFloat((text ?? "").trim());
  return Number.isFinite(value) ? value : null;
};

/** One line of `--format=csv,noheader,nounits`, e.g. "0, 412.35, 1980, 98, 16542"; "[N/A]" reads as null. */
export function parseNvidiaSmiLine(line: string): GpuLine | null {
  const parts = line.split(",");
  if (parts.length < 5) return null;
  const index = field(parts[0]);
  if (index === null) return null;
  return { index, watts: field(parts[1]), smClockMhz: field(parts[2]), utilizationPercent: field(parts[3]), memoryUsedMiB: field(parts[4]) };
}

function sumOrNull(values: (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length > 0 ? present.reduce((sum, value) => sum + value, 0) : null;
}

function meanOrNull(values: (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length > 0 ? present.reduce((sum, value) => sum + value, 0) / present.length : null;
}

function toTick(atMs: number, lines: GpuLine[]): Tick {
  const memoryMiB = sumOrNull(lines.map((line) => line.memoryUsedMiB));
  return {
    atMs,
    watts: sumOrNull(lines.map((line) => line.watts)),
    smClockMhz: meanOrNull(lines.map((line) => line.smClockMhz)),
    utilizationPercent: meanOrNull(lines.map((line) => line.utilizationPercent)),
    memoryUsedBytes: memoryMiB === null ? null : memoryMiB * 1024 * 1024,
  };
}

/** Power over a window of ticks; `tokens` are those generated (or processed, for pp) in `measuredSeconds`. */
export function summarizeTicks(ticks: Tick[], intervalMs: number, measuredSeconds: number, tokens: number, windowMs: number): PowerMeasurement {
  if (ticks.length === 0) {
    return { measured: false, reason: `No power sample fell inside this test's measured repetitions (${windowMs.toFixed(0)} ms; nvidia-smi samples every ${intervalMs} ms). Use more repetitions or a longer test.` };
  }
  const watts = ticks.map((tick) => tick.watts).filter((value): value is number => value !== null);
  if (watts.length === 0) return { measured: false, reason: "nvidia-smi reports no power reading ([N/A]) for this GPU, so power was not measured." };
  const avgWatts = watts.reduce((sum, value) => sum + value, 0) / watts.length;
  const memory = ticks.map((tick) => tick.memoryUsedBytes).filter((value): value is number => value !== null);
  return {
    measured: true,
    source: "nvidia-smi",
    sampleIntervalMs: intervalMs,
    samples: watts.length,
    avgWatts,
    maxWatts: Math.max(...watts),
    joulesPerToken: tokens > 0 ? (avgWatts * measuredSeconds) / tokens : 0,
    avgGpuUtilizationPercent: meanOrNull(ticks.map((tick) => tick.utilizationPercent)),
    avgSmClockMhz: meanOrNull(ticks.map((tick) => tick.smClockMhz)),
    maxMemoryUsedBytes: memory.length > 0 ? Math.max(...memory) : null,
  };
}

export type PowerSampler = {
  markWindow(step: number, edge: "start" | "end"): void;
  measurementFor(step: number, measuredSeconds: number, tokens: number): PowerMeasurement;
  stop(): void;
};

export type PowerSamplerOptions = { command?: string; intervalMs?: number; now?: () => number };

export function startPowerSampler(options: PowerSamplerOptions = {}): PowerSampler {
  const { command = "nvidia-smi", intervalMs = 200, now = () => performance.now() } = options;
  const ticks: Tick[] = [];
  const windows = new Map<number, { startMs: number; endMs: number | null }>();
  let pending: { atMs: number; lines: GpuLine[] } | null = null;
  let failure: string | null = null;
  let stopped = false;
  let buffered = "";
  let stderr = "";
  let child: ChildProcess | null = null;

  const flush = () => {
    if (pending) ticks.push(toTick(pending.atMs, pending.lines));
    pending = null;
  };
  try {
    child = spawn(command, [...POWER_QUERY, `-lms`, String(intervalMs)], { stdio: ["ignore", "pipe", "pipe"] });
  } catch {
    failure = NOT_FOUND_REASON;
  }
  child?.on("error", (error: NodeJS.ErrnoException) => {
    failure = error.code === "ENOENT" ? NOT_FOUND_REASON : `nvidia-smi could not run (${error.message}), so power was not measured.`;
  });
  child?.on("exit", (code) => {
    if (!stopped && failure === null) {
      const detail = stderr.trim().split("\n")[0] || `exit code ${code}`;
      failure = `nvidia-smi stopped (${detail}), so power was not measured.`;
    }
  });
  child?.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-500)));
  child?.stdout?.on("data", (chunk: Buffer) => {
    const atMs = now();
    buffered += chunk.toString();
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const text of lines) {
      const line = parseNvidiaSmiLine(text);
      if (!line) continue;
      // A GPU index seen again starts the next sampling round.
      if (pending && pending.lines.some((seen) => seen.index >= line.index)) flush();
      pending ??= { atMs, lines: [] };
      pending.lines.push(line);
    }
  });

  return {
    markWindow(step, edge) {
      const at = now();
      if (edge === "start") windows.set(step, { startMs: at, endMs: null });
      else {
        const window = windows.get(step);
        if (window) window.endMs = at;
      }
    },
    measurementFor(step, measuredSeconds, tokens) {
      if (failure) return { measured: false, reason: failure };
      const window = windows.get(step);
      if (!window || window.endMs === null) return { measured: false, reason: "The test's measured window was not recorded, so power was not measured." };
      const { startMs, endMs } = window;
      if (pending && pending.atMs <= endMs) flush();
      const inside = ticks.filter((tick) => tick.atMs >= startMs && tick.atMs <= endMs);
      return summarizeTicks(inside, intervalMs, measuredSeconds, tokens, endMs - startMs);
    },
    stop() {
      stopped = true;
      if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
}

export function powerNotMeasured(reason: string): PowerMeasurement {
  return { measured: false, reason };
}
