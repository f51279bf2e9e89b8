import { useMemo, useState } from "react";
import { GPU_CATALOG_EDITS, type GpuQuoteFields, type MergedGpuEntry } from "../../../shared/catalog/gpuEdits";
import type { GpuEntry } from "../../../shared/catalog/gpus";
import { clearPriceOverride, putUserEntry } from "../../../shared/catalog/userEdits";
import type { CatalogsView } from "../../db/useCatalogs";
import { AddGpuForm } from "./AddGpuForm";
import { GpuCatalogTable } from "./GpuCatalogTable";
import { GpuFilterBar } from "./GpuFilterBar";
import { describeUsdFigure, filterGpus, NO_GPU_FILTER, type GpuFilter } from "./gpuFormat";
import { editGpuQuote, removeUserGpu } from "./gpuQuotes";
import { localIsoDate } from "./localDate";
import { SaveMessageView } from "./SaveMessageView";
import { useEditSaver } from "./useEditSaver";

type Props = Pick<CatalogsView, "gpus" | "gpuEdits" | "editsError" | "saveGpuEdits">;

function describeQuote(fields: GpuQuoteFields): string {
  const parts = [];
  if (fields.purchaseUsd !== undefined) parts.push(`purchase ${describeUsdFigure(fields.purchaseUsd).main}`);
  if (fields.cloudUsdPerHour !== undefined) parts.push(`cloud ${describeUsdFigure(fields.cloudUsdPerHour).main}/GPU-hour`);
  return parts.join(", ");
}

/** GPUs: the table, its filters, and every way procurement records a quote or a GPU of its own. */
export function GpuSection({ gpus, gpuEdits, editsError, saveGpuEdits }: Props) {
  const [filter, setFilter] = useState<GpuFilter>(NO_GPU_FILTER);
  const [adding, setAdding] = useState(false);
  const { message, setMessage, save } = useEditSaver(saveGpuEdits);
  const vendors = useMemo(() => [...new Set(gpus.map((gpu) => gpu.vendor))].sort(), [gpus]);
  const shown = useMemo(() => filterGpus(gpus, filter), [gpus, filter]);
  const locked = editsError !== null;

  const saveQuote = (gpu: MergedGpuEntry, fields: GpuQuoteFields) =>
    save(editGpuQuote(gpuEdits, gpu, fields, localIsoDate()), `Saved your quote for ${gpu.label}: ${describeQuote(fields)}, dated ${localIsoDate()}.`);
  const revert = (gpu: MergedGpuEntry) => void save(clearPriceOverride(gpuEdits, gpu.id), `Reverted ${gpu.label} to the shipped prices.`);
  const remove = (gpu: MergedGpuEntry) => void save(removeUserGpu(gpuEdits, gpu.id), `Removed ${gpu.label}.`);
  const add = (gpu: GpuEntry) => save(putUserEntry(GPU_CATALOG_EDITS, gpuEdits, gpu), `Added ${gpu.label}: it is offered on the TCO and Compare pages.`);

  return (
    <div>
      <div className="toolbar">
        <button type="button" onClick={() => setAdding(true)} disabled={locked}>
          Add a GPU
        </button>
      </div>
      {adding && <AddGpuForm existing={gpus} onAdd={add} onClose={() => setAdding(false)} />}
      <SaveMessageView message={message} onClose={() => setMessage(null)} />
      <GpuFilterBar filter={filter} vendors={vendors} onChange={setFilter} shown={shown.length} total={gpus.length} />
      <GpuCatalogTable gpus={shown} onSaveQuote={saveQuote} onRevert={revert} onRemove={remove} locked={locked} />
      <p className="muted small">
        Board power is the rated maximum; a batch-1 7B model rarely draws it all. Prices are rough: the note under each says what was priced. A quote
        you record replaces the shipped price everywhere in the app and is kept apart from the shipped catalog.
      </p>
    </div>
  );
}
