import type { ReactElement, ReactNode } from "react";
import { ResponsiveContainer } from "recharts";

/**
 * A titled chart of fixed height and container width. The initial size lets the first render draw
 * before ResizeObserver reports, instead of warning about a 0×0 chart.
 */
export function ChartFrame({ title, caption, height, testId, children }: { title: string; caption?: ReactNode; height: number; testId?: string; children: ReactElement }) {
  return (
    <figure className="chart-frame" data-testid={testId}>
      <figcaption>
        <span className="chart-frame-title">{title}</span>
        {caption && <span className="chart-frame-caption">{caption}</span>}
      </figcaption>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
        {children}
      </ResponsiveContainer>
    </figure>
  );
}

/** Month ticks every 6 months (1, 6, 12 …), the rhythm a 36-month plan is read in. */
export function monthTicks(lastMonth: number): number[] {
  const ticks = [1];
  for (let month = 6; month <= lastMonth; month += 6) ticks.push(month);
  return ticks;
}

export const AXIS_STYLE = { fontSize: 12, fill: "var(--muted)" } as const;
