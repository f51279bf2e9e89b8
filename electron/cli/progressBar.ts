// A one-line progress bar on stderr, drawn only on a terminal: redirected output (CI logs,
// `2> file`) stays free of carriage returns and escape codes.

export type ProgressStream = {
  write(text: string): void;
  isTTY: boolean;
  columns: number;
};

export type ProgressBar = {
  /** fraction in [0, 1]; label is the text after the bar. */
  update(fraction: number, label: string): void;
  /** Erases the bar so the next output starts on a clean line. */
  done(): void;
};

const REDRAW_INTERVAL_MS = 100;

export function renderBar(fraction: number, label: string, columns: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const percent = `${Math.floor(clamped * 100)}`.padStart(3);
  const barWidth = Math.max(10, Math.min(30, columns - label.length - 10));
  const filled = Math.round(clamped * barWidth);
  const line = `[${"#".repeat(filled)}${".".repeat(barWidth - filled)}] ${percent}% ${label}`;
  // One column spare so the terminal never wraps the line (a wrap breaks the \r redraw).
  return line.length >= columns ? line.slice(0, Math.max(0, columns - 1)) : line;
}

export function createProgressBar(stream: ProgressStream, now: () => number = Date.now): ProgressBar {
  if (!stream.isTTY) return { update() {}, done() {} };
  let lastDrawMs = -Infinity;
  let drawn = false;
  return {
    update(fraction, label) {
      const time = now();
      if (time - lastDrawMs < REDRAW_INTERVAL_MS && fraction < 1) return;
      lastDrawMs = time;
      drawn = true;
      stream.write(`\r\x1b[K${renderBar(fraction, label, stream.columns || 80)}`);
    },
    done() {
      if (drawn) stream.write("\r\x1b[K");
      drawn = false;
    },
  };
}
