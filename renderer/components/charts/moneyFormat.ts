// Money on axes and in tooltips, where whole dollars are noise and three figures are plenty.

/** "$1.2M", "$850k", "$940", "-$12k": axis ticks and tooltips, where whole dollars are noise. */
export function formatUsdCompact(usd: number): string {
  const sign = usd < 0 ? "-" : "";
  // Rounded to three figures before the unit is chosen, so $999.6k reads "$1M", never "$1000k".
  const abs = Number(Math.abs(usd).toPrecision(3));
  if (abs >= 1e9) return `${sign}$${trim(abs / 1e9)}B`;
  if (abs >= 1e6) return `${sign}$${trim(abs / 1e6)}M`;
  if (abs >= 1e3) return `${sign}$${trim(abs / 1e3)}k`;
  return `${sign}$${Math.round(abs)}`;
}

export function formatSignedUsdCompact(usd: number): string {
  return usd > 0 ? `+${formatUsdCompact(usd)}` : formatUsdCompact(usd);
}

// One decimal below 10 ("$1.2M"), none above ("$12M", "$250k"): three significant figures at most.
function trim(value: number): string {
  return value < 10 ? String(Number(value.toFixed(1))) : String(Math.round(value));
}
