import type { GpuPriceField, MergedGpuEntry } from "../../../shared/catalog/gpuEdits";
import { describeUsdFigure } from "./gpuFormat";

// A GPU price with where it comes from: a shipped figure keeps its range and the note saying what
// was priced; the user's quote says so, with the day it was entered and what shipped beside it.

export function GpuFigureCell({ gpu, field }: { gpu: MergedGpuEntry; field: GpuPriceField }) {
  const text = describeUsdFigure(gpu[field]);
  const quoted = gpu.editedFields.includes(field);
  const shipped = quoted && gpu.shipped !== null ? `shipped ${describeUsdFigure(gpu.shipped[field]).main} (read ${gpu.shipped.readOn})` : null;
  const date = gpu.priceDates[field];
  return (
    <td className="num" title={shipped ?? text.note ?? undefined} data-field={field}>
      <span className={quoted ? "price price-edited" : "price"}>{text.main}</span>
      {text.range !== null && <span className="price-date">{text.range}</span>}
      {quoted && <span className="price-date">your quote, edited {date}</span>}
      {gpu.origin === "user" && gpu[field] !== null && <span className="price-date">entered {date}</span>}
      {shipped !== null && <span className="price-date">{shipped}</span>}
      {!quoted && text.note !== null && <span className="price-date clamp">{text.note}</span>}
    </td>
  );
}
