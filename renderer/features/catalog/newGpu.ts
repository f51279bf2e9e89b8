import { gpuEntrySchema, type GpuEntry } from "../../../shared/catalog/gpus";
import { quoteFigure } from "../../../shared/catalog/gpuEdits";
import { userEntryId } from "../../../shared/catalog/userEdits";
import { CLOUD_RULE, PURCHASE_RULE } from "./gpuQuotes";
import { readNumberText, type NumberRule } from "./numberInput";

// The "Add a GPU" form, read into a catalog entry: a card the shipped catalog lacks (a new model,
// a refurbished part, a reseller's configuration). Every box says what is wrong and what to type.

export const GPU_VENDORS: readonly GpuEntry["vendor"][] = gpuEntrySchema.shape.vendor.options;

export type NewGpuDraft = {
  label: string;
  vendor: "" | GpuEntry["vendor"];
  segment: "" | GpuEntry["segment"];
  vramGb: string;
  unifiedMemory: boolean;
  memoryBandwidthGBps: string;
  boardPowerWatts: string;
  purchase: string;
  cloud: string;
  source: string;
  notes: string;
};

export const EMPTY_NEW_GPU: NewGpuDraft = {
  label: "",
  vendor: "",
  segment: "",
  vramGb: "",
  unifiedMemory: false,
  memoryBandwidthGBps: "",
  boardPowerWatts: "",
  purchase: "",
  cloud: "",
  source: "",
  notes: "",
};

type NumberBox = "vramGb" | "memoryBandwidthGBps" | "boardPowerWatts" | "purchase" | "cloud";

export type NewGpuErrors = Partial<Record<"label" | "vendor" | "segment" | NumberBox, string>>;

const NUMBER_RULES: Record<NumberBox, NumberRule> = {
  vramGb: { name: "VRAM", unit: "GB", example: "24", required: true, positive: true },
  memoryBandwidthGBps: { name: "Memory bandwidth", unit: "GB/s, from the spec sheet", example: "1008", required: true, positive: true },
  boardPowerWatts: { name: "Board power", unit: "W", example: "450", required: false, positive: true },
  purchase: PURCHASE_RULE,
  cloud: CLOUD_RULE,
};

export function readNewGpu(draft: NewGpuDraft, existing: readonly GpuEntry[], enteredOn: string): { ok: true; gpu: GpuEntry } | { ok: false; errors: NewGpuErrors } {
  const errors: NewGpuErrors = {};
  const label = draft.label.trim();
  const id = userEntryId(label, "gpu");
  const clash = existing.find((gpu) => gpu.id === id || gpu.label.toLowerCase() === label.toLowerCase());
  if (label === "") errors.label = "GPU name is required, e.g. GeForce RTX 4080 SUPER";
  else if (clash !== undefined) errors.label = `"${clash.label}" is already in the catalog: record your quote in its row instead`;
  if (draft.vendor === "") errors.vendor = "Choose who makes it (other when none fits)";
  if (draft.segment === "") errors.segment = "Choose consumer, workstation or datacenter";

  const numbers: Partial<Record<NumberBox, number | null>> = {};
  for (const box of Object.keys(NUMBER_RULES) as NumberBox[]) {
    const read = readNumberText(draft[box], NUMBER_RULES[box]);
    if (read.ok) numbers[box] = read.value;
    else errors[box] = read.error;
  }
  if (Object.keys(errors).length > 0 || draft.vendor === "" || draft.segment === "") return { ok: false, errors };

  const notes = draft.notes.trim();
  return {
    ok: true,
    gpu: {
      id,
      label,
      vendor: draft.vendor,
      segment: draft.segment,
      vramGb: numbers.vramGb!,
      unifiedMemory: draft.unifiedMemory,
      memoryBandwidthGBps: numbers.memoryBandwidthGBps!,
      boardPowerWatts: numbers.boardPowerWatts ?? null,
      purchaseUsd: quoteFigure(numbers.purchase ?? null),
      cloudUsdPerHour: quoteFigure(numbers.cloud ?? null),
      ...(notes === "" ? {} : { notes }),
      sources: [draft.source.trim() || "entered by hand"],
      readOn: enteredOn,
    },
  };
}
