import { z } from "zod";
import { parseCatalogJson, type ParseResult } from "./catalogParse";
import { GPU_FIELD_EXPECTATIONS, gpuEntrySchema, usdFigureSchema, type GpuEntry, type UsdFigure } from "./gpus";
import {
  mergeUserEdits,
  userEditsSchemas,
  USER_EDITS_SCHEMA_VERSION,
  type EditableCatalog,
  type MergedCatalog,
  type MergedEntry,
} from "./userEdits";

// The GPU side of user edits (userEdits.ts keeps them apart from gpus.json and lays them over it):
// procurement records a quote (purchase price, cloud $/GPU-hour) against a shipped GPU, or adds a
// GPU the catalog lacks. Specs of a shipped GPU are not editable: they are facts, not quotes.

/** The figures a quote may change, in display order. */
export const GPU_PRICE_FIELDS = ["purchaseUsd", "cloudUsdPerHour"] as const;

export type GpuPriceField = (typeof GPU_PRICE_FIELDS)[number];

const gpuEditSchemas = userEditsSchemas(
  gpuEntrySchema,
  z.strictObject({
    purchaseUsd: usdFigureSchema.nullable().optional(),
    cloudUsdPerHour: usdFigureSchema.nullable().optional(),
  }),
  z.enum(GPU_PRICE_FIELDS),
);

export const GPU_USER_EDITS_SCHEMA_VERSION = USER_EDITS_SCHEMA_VERSION;

export const gpuUserEditsSchema = gpuEditSchemas.document;
export type GpuUserEdits = z.infer<typeof gpuUserEditsSchema>;
export type GpuQuoteFields = z.infer<typeof gpuEditSchemas.override>["fields"];

export const EMPTY_GPU_USER_EDITS: GpuUserEdits = { schemaVersion: 1, overrides: {}, added: [] };

export type MergedGpuEntry = MergedEntry<GpuEntry, GpuPriceField>;
export type MergedGpuCatalog = MergedCatalog<GpuEntry, GpuPriceField>;

export const GPU_CATALOG_EDITS: EditableCatalog<GpuEntry, GpuPriceField> = {
  fields: GPU_PRICE_FIELDS,
  readOnKey: "readOn",
  entryKeys: gpuEntrySchema.keyof().options,
};

/** Validates stored GPU edits (user data, so the same clear errors as the shipped file). */
export function parseGpuUserEdits(json: unknown): ParseResult<GpuUserEdits> {
  return parseCatalogJson(json, gpuUserEditsSchema, {
    catalogName: "saved GPU edits",
    schemaVersion: GPU_USER_EDITS_SCHEMA_VERSION,
    topLevelFields: "schemaVersion, overrides and added",
    addedNoun: "Added GPU",
    expectations: { ...GPU_FIELD_EXPECTATIONS, editedOn: "a date written YYYY-MM-DD" },
  });
}

/** Shipped GPUs with the user's quotes laid over them, then the GPUs the user added. */
export function mergeGpus(shipped: readonly GpuEntry[], userEdits: GpuUserEdits): MergedGpuCatalog {
  return mergeUserEdits(GPU_CATALOG_EDITS, shipped, userEdits);
}

/** A quoted price as a catalog figure: one exact number, no range; null when there is none. */
export function quoteFigure(usd: number | null): UsdFigure | null {
  return usd === null ? null : { typical: usd };
}

/** Short mark for a GPU carrying the user's own figures, for pickers; null for shipped figures. */
export function userFiguresMark(gpu: GpuEntry | MergedGpuEntry): "your quote" | "your GPU" | null {
  if (!("origin" in gpu)) return null;
  if (gpu.origin === "user") return "your GPU";
  return gpu.origin === "edited" ? "your quote" : null;
}

/** Where a GPU's prices come from, dated: "read 2026-12-03", "your quote 2026-12-20", "your GPU, entered 2026-12-20". */
export function gpuPriceProvenance(gpu: GpuEntry | MergedGpuEntry): string {
  const mark = userFiguresMark(gpu);
  if (mark === null || !("priceDate" in gpu)) return `read ${gpu.readOn}`;
  return mark === "your GPU" ? `your GPU, entered ${gpu.priceDate}` : `your quote ${gpu.priceDate}`;
}
