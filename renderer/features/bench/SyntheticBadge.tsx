/** Every figure measured on random weights says so, wherever it is shown. */
export function SyntheticBadge({ preset }: { preset?: string | null }) {
  return (
    <span className="pill warn" data-testid="synthetic-badge" title="Real tensor shapes and real timings; the weights are random, so the text is noise.">
      synthetic weights{preset ? ` (${preset})` : ""}
    </span>
  );
}
