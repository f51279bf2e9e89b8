// Human-readable numbers for the CLI's text output (JSON output keeps raw bytes and counts).

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

export function formatCount(count: number): string {
  if (count >= 1e9) return `${(count / 1e9).toFixed(2)} B`;
  if (count >= 1e6) return `${(count / 1e6).toFixed(2)} M`;
  if (count >= 1e3) return `${(count / 1e3).toFixed(1)} K`;
  return String(count);
}

/** Aligned "label  value" lines; a value's own line breaks continue under the value column. */
export function formatFields(fields: readonly [string, string][]): string {
  const width = Math.max(...fields.map(([label]) => label.length)) + 2;
  const indent = `\n${" ".repeat(width)}`;
  return `${fields.map(([label, value]) => `${label.padEnd(width)}${value.split("\n").join(indent)}`).join("\n")}\n`;
}
