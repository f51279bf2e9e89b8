import type { ThroughputSource } from "../../db/db";
import { sourceLabel } from "./throughputFromRun";

/** The one line that says where the throughput came from; a board must not read a projection as a measurement. */
export function ThroughputSourceNote({ source }: { source: ThroughputSource }) {
  const tone = source.kind === "measured" && !source.synthetic ? "ok" : source.kind === "typed" ? "off" : "warn";
  return (
    <p className="span-all small" data-testid="throughput-source">
      <span className={`pill ${tone}`}>{source.kind === "typed" ? "typed" : source.kind}</span> Throughput {sourceLabel(source)}
      {source.kind !== "typed" && <span className="muted"> · run “{source.runLabel}”</span>}
      {source.kind === "projected" && <span className="muted"> · {source.basis}</span>}
      {source.kind !== "typed" && source.synthetic && <span className="muted"> · random weights of a real shape: speed is representative, answers are not</span>}
    </p>
  );
}
