import { PAYBACK_LIMIT_MONTHS, paybackMeetsLimit, TCO_WINDOW_MONTHS, type ScenarioInput, type ScenarioResult } from "../../../shared/tco";

const TITLES = {
  "cost-signal": "Cost signal triggered",
  "no-cost-signal": "No cost signal",
  "not-viable": "Not viable",
} as const;

type Check = { ok: boolean | undefined; text: string };

/** The article's conditions one by one, so the verdict's "why" can be checked at a glance. */
function checks(input: ScenarioInput, result: ScenarioResult): Check[] {
  const tco = result.tco36;
  const { fallbackMonths, fallbackVendorShare } = input.hybrid;
  return [
    { ok: tco === undefined ? undefined : tco.selfHostSavingsUsd > 0, text: `${TCO_WINDOW_MONTHS}-month TCO favors self-hosting` },
    { ok: paybackMeetsLimit(result.paybackMonths), text: `Payback under ${PAYBACK_LIMIT_MONTHS} months after cutover` },
    { ok: input.selfHost.hasNamedMlEngineer && input.selfHost.mlEngineerFteShare > 0, text: "A named ML engineer with time allocated (criterion 4)" },
    {
      ok: fallbackMonths >= 3 && fallbackVendorShare > 0,
      text: `Vendor kept as fallback for ${fallbackMonths} months (≥ 90 days) with ${Math.round(fallbackVendorShare * 100)}% of traffic`,
    },
  ];
}

export function VerdictBanner({ input, result }: { input: ScenarioInput; result: ScenarioResult }) {
  const { verdict } = result;
  return (
    <section className={`verdict verdict-${verdict.kind}`} data-testid="verdict" aria-label="Verdict">
      <div className="verdict-head">
        <span className="verdict-title">{TITLES[verdict.kind]}</span>
        <span className="verdict-reason" data-testid="verdict-reason">
          {verdict.reason}
        </span>
      </div>
      <ul className="verdict-checks">
        {checks(input, result).map((check) => (
          <li key={check.text} className={check.ok === undefined ? "na" : check.ok ? "yes" : "no"}>
            <span aria-hidden="true">{check.ok === undefined ? "–" : check.ok ? "✓" : "✗"}</span> {check.text}
          </li>
        ))}
      </ul>
      {result.caveats.length > 0 && (
        <ul className="verdict-caveats notice notice-warning small" data-testid="verdict-caveats" aria-label="Outside the article's ranges">
          {result.caveats.map((caveat) => (
            <li key={caveat}>{caveat}</li>
          ))}
        </ul>
      )}
      <p className="verdict-foot">
        This page scores the cost signal (criterion 5) and ML talent (criterion 4). Data residency (C3) and regulatory audit (C7) are decided outside it; a narrow, stable task is what makes a 7B distillation work.
      </p>
    </section>
  );
}
