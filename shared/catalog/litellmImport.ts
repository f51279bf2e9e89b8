import { describeJsonValue, isJsonObject } from "./catalogFields";
import type { ParseResult } from "./catalogParse";
import type { VendorEntry } from "./vendorPrices";

// Reads a price file in the format of LiteLLM's model_prices_and_context_window.json
// (BerriAI/litellm): an object of model key → USD *per token*. Only chat models become
// vendor entries; everything else is listed as skipped so the preview can say why.

export type SkippedPriceKey = { key: string; reason: string };

export type LitellmImport = {
  entries: VendorEntry[];
  skipped: SkippedPriceKey[];
};

export type LitellmImportOptions = {
  /** Day the user imported the file (YYYY-MM-DD); becomes each entry's priceReadOn. */
  readOn: string;
  /** Names the file in each entry's source, e.g. "LiteLLM model_prices_and_context_window.json @ 1a2b3c". */
  sourceName: string;
};

/** The documentation entry at the top of LiteLLM's file: a schema, not a model. */
const SAMPLE_SPEC_KEY = "sample_spec";
const HOW_TO_FIX =
  "Choose LiteLLM's model_prices_and_context_window.json (from github.com/BerriAI/litellm) or a file in the same format.";

/** USD per token → USD per 1M tokens, rounded so 2.4999999e-6 shows as 2.5, not 2.4999999. */
export function usdPerTokenToUsdPerMillion(usdPerToken: number): number {
  // 1e-12 USD per token is far below any published price; rounding there only removes float noise.
  return Math.round(usdPerToken * 1e12) / 1e6;
}

type CostRead = { ok: true; usdPerMillion: number | null } | { ok: false; reason: string };

function readCost(spec: Record<string, unknown>, field: string): CostRead {
  const value = spec[field];
  if (value === undefined || value === null) return { ok: true, usdPerMillion: null };
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    return { ok: false, reason: `${field} is not a number ≥ 0 (got ${describeJsonValue(value)})` };
  }
  return { ok: true, usdPerMillion: usdPerTokenToUsdPerMillion(value) };
}

const COST_FIELDS = {
  usdPerMillionInput: "input_cost_per_token",
  usdPerMillionOutput: "output_cost_per_token",
  usdPerMillionCachedInput: "cache_read_input_token_cost",
  usdPerMillionCacheWrite: "cache_creation_input_token_cost",
  usdPerMillionBatchInput: "input_cost_per_token_batches",
  usdPerMillionBatchOutput: "output_cost_per_token_batches",
} as const;

type CostField = keyof typeof COST_FIELDS;

function describeTier(spec: Record<string, unknown>): string | null {
  const input = readCost(spec, "input_cost_per_token_above_200k_tokens");
  const output = readCost(spec, "output_cost_per_token_above_200k_tokens");
  if (!input.ok || !output.ok || input.usdPerMillion === null || output.usdPerMillion === null) return null;
  return `Above 200k input tokens: input ${input.usdPerMillion}, output ${output.usdPerMillion}.`;
}

function toEntry(key: string, spec: Record<string, unknown>, options: LitellmImportOptions): VendorEntry | string {
  if (spec.mode !== "chat") {
    return spec.mode === undefined ? "no mode given; only chat models are imported" : `mode ${describeJsonValue(spec.mode)} is not chat`;
  }
  const costs: Partial<Record<CostField, number | null>> = {};
  for (const [field, litellmField] of Object.entries(COST_FIELDS) as [CostField, string][]) {
    const cost = readCost(spec, litellmField);
    if (!cost.ok) return cost.reason;
    costs[field] = cost.usdPerMillion;
  }
  const input = costs.usdPerMillionInput;
  const output = costs.usdPerMillionOutput;
  if (input == null || output == null) {
    const missing = [input == null ? "input_cost_per_token" : null, output == null ? "output_cost_per_token" : null];
    return `no ${missing.filter((name) => name !== null).join(" and no ")}`;
  }
  const notes = [
    typeof spec.deprecation_date === "string" ? `Deprecation date ${spec.deprecation_date}.` : null,
    describeTier(spec),
  ].filter((note): note is string => note !== null);
  const provider = typeof spec.litellm_provider === "string" && spec.litellm_provider !== "" ? spec.litellm_provider : "unknown";
  return {
    id: key,
    label: key,
    provider,
    litellmKey: key,
    usdPerMillionInput: input,
    usdPerMillionOutput: output,
    usdPerMillionCachedInput: costs.usdPerMillionCachedInput ?? null,
    usdPerMillionCacheWrite: costs.usdPerMillionCacheWrite ?? null,
    usdPerMillionBatchInput: costs.usdPerMillionBatchInput ?? null,
    usdPerMillionBatchOutput: costs.usdPerMillionBatchOutput ?? null,
    ...(notes.length > 0 ? { notes: notes.join(" ") } : {}),
    source: `${options.sourceName}, key "${key}"`,
    priceReadOn: options.readOn,
  };
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  return `a ${typeof value}`;
}

/**
 * Parses LiteLLM-format price text (or an already-parsed value) into vendor entries.
 * Unknown keys inside an entry (e.g. `aliases`) are ignored, so newer LiteLLM files still load.
 */
export function importLitellmPrices(input: unknown, options: LitellmImportOptions): ParseResult<LitellmImport> {
  let json: unknown = input;
  if (typeof input === "string") {
    try {
      json = JSON.parse(input);
    } catch (error) {
      const detail = error instanceof Error ? ` (${error.message})` : "";
      return { ok: false, error: `The file is not valid JSON${detail}. ${HOW_TO_FIX}` };
    }
  }
  if (!isJsonObject(json)) {
    return {
      ok: false,
      error: `Expected a JSON object mapping model names to prices, but the file holds ${kindOf(json)}. ${HOW_TO_FIX}`,
    };
  }

  const entries: VendorEntry[] = [];
  const skipped: SkippedPriceKey[] = [];
  for (const [key, spec] of Object.entries(json)) {
    if (key === SAMPLE_SPEC_KEY) continue;
    if (!isJsonObject(spec)) {
      skipped.push({ key, reason: `not an object (got ${describeJsonValue(spec)})` });
      continue;
    }
    const entry = toEntry(key, spec, options);
    if (typeof entry === "string") skipped.push({ key, reason: entry });
    else entries.push(entry);
  }

  if (entries.length === 0) {
    const looked = Object.keys(json).filter((key) => key !== SAMPLE_SPEC_KEY).length;
    return {
      ok: false,
      error:
        `The file has no chat models with both input_cost_per_token and output_cost_per_token ` +
        `(${looked} ${looked === 1 ? "entry" : "entries"} looked at; embedding, image and audio entries are not imported). ${HOW_TO_FIX}`,
    };
  }
  return { ok: true, value: { entries, skipped } };
}

// The preview lives in its own file; re-exported so the import API reads as one module.
export { previewPriceImport, type PriceChange, type PriceImportPreview } from "./priceImportPreview";
