import type { SkippedPriceKey } from "../../../shared/catalog/litellmImport";

const EXAMPLES_PER_REASON = 5;

/** Entries the import left out, grouped by reason: the real file skips hundreds of embedding and image models. */
export function SkippedSummary({ skipped }: { skipped: readonly SkippedPriceKey[] }) {
  if (skipped.length === 0) return null;
  const byReason = new Map<string, string[]>();
  for (const { key, reason } of skipped) byReason.set(reason, [...(byReason.get(reason) ?? []), key]);
  const groups = [...byReason].sort((a, b) => b[1].length - a[1].length);
  return (
    <details data-testid="import-skipped">
      <summary>
        {skipped.length} {skipped.length === 1 ? "entry" : "entries"} skipped (only chat models with input and output prices are imported)
      </summary>
      <ul className="small">
        {groups.map(([reason, keys]) => (
          <li key={reason}>
            {reason}: {keys.length} ({keys.slice(0, EXAMPLES_PER_REASON).join(", ")}
            {keys.length > EXAMPLES_PER_REASON ? ", …" : ""})
          </li>
        ))}
      </ul>
    </details>
  );
}
