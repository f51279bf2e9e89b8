import { VENDOR_CATALOG_EDITS, type MergedVendorEntry, type VendorPriceOverride, type VendorUserEdits } from "../../../shared/catalog/mergeCatalog";
import { editEntryPrices, removeUserEntry, userEntryId } from "../../../shared/catalog/userEdits";
import type { VendorEntry } from "../../../shared/catalog/vendorPrices";
import { readPriceDraft, type PriceDraft, type PriceDraftErrors } from "./priceInput";

// Edits the Catalog page makes that shared/catalog has no helper for: adding a model from a
// form, changing or removing the user's own models. Kept pure so they are tested without a UI.

/** Applies a price edit: shipped models get a dated override; the user's own models are rewritten and re-dated. */
export function editPrices(
  edits: VendorUserEdits,
  entry: MergedVendorEntry,
  fields: VendorPriceOverride["fields"],
  editedOn: string,
): VendorUserEdits {
  return editEntryPrices(VENDOR_CATALOG_EDITS, edits, entry, fields, editedOn);
}

/** Removes one of the user's own models and any price edits made to it. */
export function removeUserModel(edits: VendorUserEdits, id: string): VendorUserEdits {
  return removeUserEntry(edits, id);
}

export type NewModelDraft = PriceDraft & { label: string; provider: string; source: string; notes: string };

export type NewModelErrors = PriceDraftErrors & Partial<Record<"label" | "provider", string>>;

/** "Llama 3.1 8B (our vLLM)" → "user-llama-3-1-8b-our-vllm": readable, and never a shipped id. */
export function userModelId(label: string): string {
  return userEntryId(label, "model");
}

export function readNewModel(
  draft: NewModelDraft,
  existing: readonly VendorEntry[],
  enteredOn: string,
): { ok: true; entry: VendorEntry } | { ok: false; errors: NewModelErrors } {
  const errors: NewModelErrors = {};
  const label = draft.label.trim();
  const provider = draft.provider.trim();
  if (label === "") errors.label = "Model name is required, e.g. Llama 3.1 8B (Together)";
  const id = userModelId(label);
  const clash = existing.find((entry) => entry.id === id || entry.label.toLowerCase() === label.toLowerCase());
  if (label !== "" && clash !== undefined) errors.label = `"${clash.label}" is already in the catalog: edit its price in the table instead`;
  if (provider === "") errors.provider = "Provider is required, e.g. openai or together_ai";
  const prices = readPriceDraft(draft);
  if (!prices.ok) Object.assign(errors, prices.errors);
  if (!prices.ok || Object.keys(errors).length > 0) return { ok: false, errors };

  const notes = draft.notes.trim();
  return {
    ok: true,
    entry: {
      id,
      label,
      provider,
      litellmKey: null,
      ...prices.prices,
      ...(notes === "" ? {} : { notes }),
      source: draft.source.trim() || "entered by hand",
      priceReadOn: enteredOn,
    },
  };
}
