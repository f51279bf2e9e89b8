import type { BenchProgress } from "../../../shared/bench/progress";
import { formatRate } from "./benchFormat";
import { SyntheticBadge } from "./SyntheticBadge";

function describe(progress: BenchProgress): string {
  const where = `${progress.test} · step ${Math.min(progress.step + 1, progress.steps)} of ${progress.steps}`;
  switch (progress.phase) {
    case "loading":
      return `Loading the model… (${where})`;
    case "warmup":
      return `${where} · warm-up`;
    case "measuring":
      return `${where} · repetition ${progress.repetition} of ${progress.repetitions}`;
    case "done":
      return `${where} · done`;
  }
}

export function RunProgress({ progress, cancelling }: { progress: BenchProgress | null; cancelling: boolean }) {
  const fraction = progress && progress.steps > 0 ? (progress.step + (progress.phase === "done" ? 1 : progress.repetition / (progress.repetitions + 1))) / progress.steps : 0;
  return (
    <div className="bench-progress" data-testid="bench-progress" aria-live="polite">
      <progress max={1} value={fraction} />
      <span>{cancelling ? "Cancelling…" : progress ? describe(progress) : "Starting the model worker…"}</span>
      {progress?.tokensPerSecondSoFar != null && (
        <span className="muted" data-testid="bench-rate-so-far">
          {formatRate(progress.tokensPerSecondSoFar)} t/s so far {progress.syntheticWeights && <SyntheticBadge />}
        </span>
      )}
    </div>
  );
}
