import {
  GPU_CATALOG_EDITS,
  quoteFigure,
  type GpuQuoteFields,
  type GpuUserEdits,
  type MergedGpuEntry,
} from "../../../shared/catalog/gpuEdits";
import { representativeUsd, type GpuEntry } from "../../../shared/catalog/gpus";
import { editEntryPrices, removeUserEntry } from "../../../shared/catalog/userEdits";
import { readNumberText, type NumberRule } from "./numberInput";

// A quote typed against a GPU row: what was typed, read with messages that say what to type, and
// turned into only the figures that changed, so an edit dates only what the user changed.

export type GpuQuoteDraft = { purchase: string; cloud: string };

export type GpuQuoteErrors = Partial<Record<keyof GpuQuoteDraft, string>>;

export type GpuQuote = { purchaseUsd: number | null; cloudUsdPerHour: number | null };

export const PURCHASE_RULE: NumberRule = { name: "Purchase price", unit: "USD per GPU", example: "1599", required: false };
export const CLOUD_RULE: NumberRule = { name: "Cloud price", unit: "USD per GPU-hour", example: "0.69", required: false };

/** The one number a quote box starts from: the typical figure, else the middle of the range. */
export function figureToInputText(figure: GpuEntry["purchaseUsd"]): string {
  const value = representativeUsd(figure);
  return value === null ? "" : String(value);
}

export function quoteDraftOf(gpu: GpuEntry): GpuQuoteDraft {
  return { purchase: figureToInputText(gpu.purchaseUsd), cloud: figureToInputText(gpu.cloudUsdPerHour) };
}

export function readGpuQuoteDraft(draft: GpuQuoteDraft): { ok: true; quote: GpuQuote } | { ok: false; errors: GpuQuoteErrors } {
  const purchase = readNumberText(draft.purchase, PURCHASE_RULE);
  const cloud = readNumberText(draft.cloud, CLOUD_RULE);
  if (purchase.ok && cloud.ok) return { ok: true, quote: { purchaseUsd: purchase.value, cloudUsdPerHour: cloud.value } };
  const errors: GpuQuoteErrors = {};
  if (!purchase.ok) errors.purchase = purchase.error;
  if (!cloud.ok) errors.cloud = cloud.error;
  return { ok: false, errors };
}

/** Only the figures whose number differs from the one the box started from; a range left alone stays a range. */
export function changedQuotes(gpu: GpuEntry, quote: GpuQuote): GpuQuoteFields {
  const fields: GpuQuoteFields = {};
  if (quote.purchaseUsd !== representativeUsd(gpu.purchaseUsd)) fields.purchaseUsd = quoteFigure(quote.purchaseUsd);
  if (quote.cloudUsdPerHour !== representativeUsd(gpu.cloudUsdPerHour)) fields.cloudUsdPerHour = quoteFigure(quote.cloudUsdPerHour);
  return fields;
}

/** Records a quote: a dated override on a shipped GPU; the user's own GPUs are rewritten and re-dated. */
export function editGpuQuote(edits: GpuUserEdits, gpu: MergedGpuEntry, fields: GpuQuoteFields, editedOn: string): GpuUserEdits {
  return editEntryPrices(GPU_CATALOG_EDITS, edits, gpu, fields, editedOn);
}

/** Deletes one of the user's own GPUs and any quote on it. */
export function removeUserGpu(edits: GpuUserEdits, id: string): GpuUserEdits {
  return removeUserEntry(edits, id);
}
