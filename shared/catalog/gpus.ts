import { z } from "zod";
import {
  isoDateSchema,
  nonEmptyTextSchema,
  nonNegativeNumberSchema,
  positiveNumberSchema,
} from "./catalogFields";
import { parseCatalogJson, type FieldExpectations, type ParseResult } from "./catalogParse";

// The GPU catalog: hardware a team might buy or rent for a 7B model. Memory bandwidth and
// VRAM drive the throughput projection; power and prices drive the procurement comparison.

export const GPU_CATALOG_SCHEMA_VERSION = 1;

/**
 * A price known only roughly: a typical figure, a low–high range, or both.
 * The field holding it carries the unit (purchaseUsd, cloudUsdPerHour).
 */
export const usdFigureSchema = z
  .strictObject({
    typical: nonNegativeNumberSchema.nullable().optional(),
    low: nonNegativeNumberSchema.nullable().optional(),
    high: nonNegativeNumberSchema.nullable().optional(),
    /** What the figure is (MSRP, street, spot vs on-demand, which configuration). */
    note: z.string().nullable().optional(),
  })
  .refine((figure) => figure.typical != null || (figure.low != null && figure.high != null), {
    message: "needs a typical value, or both low and high",
  })
  .refine((figure) => figure.low == null || figure.high == null || figure.low <= figure.high, {
    message: "has low above high",
  });

export type UsdFigure = z.infer<typeof usdFigureSchema>;

export const gpuEntrySchema = z.strictObject({
  id: nonEmptyTextSchema,
  label: nonEmptyTextSchema,
  vendor: z.enum(["nvidia", "amd", "apple", "intel", "other"]),
  segment: z.enum(["consumer", "workstation", "datacenter"]),
  /** Memory the model can live in. For unified memory, the whole pool of the configuration priced. */
  vramGb: positiveNumberSchema,
  /** True when CPU and GPU share one pool (Apple silicon): not all of it is usable by the GPU. */
  unifiedMemory: z.boolean(),
  memoryBandwidthGBps: positiveNumberSchema,
  boardPowerWatts: positiveNumberSchema.nullable(),
  purchaseUsd: usdFigureSchema.nullable(),
  cloudUsdPerHour: usdFigureSchema.nullable(),
  notes: z.string().optional(),
  sources: z.array(nonEmptyTextSchema).min(1),
  readOn: isoDateSchema,
});

export type GpuEntry = z.infer<typeof gpuEntrySchema>;

// Ids must be unique; parseCatalogJson checks that on the raw JSON.
export const gpuCatalogSchema = z.strictObject({
  schemaVersion: z.literal(GPU_CATALOG_SCHEMA_VERSION),
  catalogDate: isoDateSchema,
  notes: z.string().optional(),
  entries: z.array(gpuEntrySchema).min(1),
});

export type GpuCatalog = z.infer<typeof gpuCatalogSchema>;

const TEXT = "a non-empty string";
const USD_FIGURE = "an object {typical, low, high, note}, or null when unknown";
const USD = "a number ≥ 0, or null";

export const GPU_FIELD_EXPECTATIONS: FieldExpectations = {
  schemaVersion: `${GPU_CATALOG_SCHEMA_VERSION}`,
  catalogDate: "a date written YYYY-MM-DD",
  notes: "a string",
  entries: "a non-empty list of GPU entries",
  id: TEXT,
  label: TEXT,
  vendor: 'one of "nvidia", "amd", "apple", "intel", "other"',
  segment: 'one of "consumer", "workstation", "datacenter"',
  vramGb: "a number > 0 (GB)",
  unifiedMemory: "true or false",
  memoryBandwidthGBps: "a number > 0 (GB/s)",
  boardPowerWatts: "a number > 0 (W), or null when unknown",
  purchaseUsd: USD_FIGURE,
  cloudUsdPerHour: USD_FIGURE,
  typical: USD,
  low: USD,
  high: USD,
  note: "a string, or null",
  sources: "a non-empty list of strings naming where the figures come from",
  readOn: "a date written YYYY-MM-DD",
};

/** Validates gpus.json (already JSON-parsed); errors name the entry and the field. */
export function parseGpuCatalog(json: unknown): ParseResult<GpuCatalog> {
  return parseCatalogJson(json, gpuCatalogSchema, {
    catalogName: "GPU catalog",
    schemaVersion: GPU_CATALOG_SCHEMA_VERSION,
    expectations: GPU_FIELD_EXPECTATIONS,
  });
}

/** One number for a rough price: the typical figure, else the middle of the range, else null. */
export function representativeUsd(figure: UsdFigure | null): number | null {
  if (figure === null) return null;
  if (figure.typical != null) return figure.typical;
  if (figure.low != null && figure.high != null) return (figure.low + figure.high) / 2;
  return null;
}
