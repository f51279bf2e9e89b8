import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importLitellmPrices, previewPriceImport, usdPerTokenToUsdPerMillion } from "./litellmImport";
import { parseVendorCatalog, type VendorEntry } from "./vendorPrices";

const fixtureText = readFileSync(new URL("./fixtures/litellm-prices.json", import.meta.url), "utf8");
const options = { readOn: "2026-12-03", sourceName: "LiteLLM fixture" };

function shippedEntries(): VendorEntry[] {
  const json = JSON.parse(readFileSync(new URL("../../resources/catalog/vendor-prices.json", import.meta.url), "utf8"));
  const parsed = parseVendorCatalog(json);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value.entries;
}

function imported() {
  const result = importLitellmPrices(fixtureText, options);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe("usdPerTokenToUsdPerMillion", () => {
  it("removes float noise", () => {
    expect(3.0000000000000004e-7 * 1e6).toBe(0.30000000000000004);
    expect(usdPerTokenToUsdPerMillion(3.0000000000000004e-7)).toBe(0.3);
    expect(usdPerTokenToUsdPerMillion(1.25e-7)).toBe(0.125);
    expect(usdPerTokenToUsdPerMillion(2.4999999999999998e-6)).toBe(2.5);
    expect(usdPerTokenToUsdPerMillion(7.5e-8)).toBe(0.075);
  });
});

describe("importLitellmPrices on a LiteLLM-format file", () => {
  it("keeps only chat entries with both prices, per 1M tokens", () => {
    const { entries } = imported();
    expect(entries.map((entry) => entry.id)).toEqual([
      "gpt-4o",
      "claude-haiku-4-5",
      "gemini/gemini-2.5-pro",
      "gemini/gemini-2.0-flash",
      "example-provider/noisy-7b",
    ]);
    expect(entries[0]).toEqual({
      id: "gpt-4o",
      label: "gpt-4o",
      provider: "openai",
      litellmKey: "gpt-4o",
      usdPerMillionInput: 2,
      usdPerMillionOutput: 10,
      usdPerMillionCachedInput: 1.25,
      usdPerMillionCacheWrite: null,
      usdPerMillionBatchInput: 1.25,
      usdPerMillionBatchOutput: 5,
      source: 'LiteLLM fixture, key "gpt-4o"',
      priceReadOn: "2026-12-03",
    });
    expect(entries[1]).toMatchObject({ usdPerMillionInput: 1, usdPerMillionCachedInput: 0.1, usdPerMillionCacheWrite: 1.25 });
    expect(entries[2]).toMatchObject({
      usdPerMillionCachedInput: 0.125,
      notes: "Above 200k input tokens: input 2.5, output 15.",
    });
    expect(entries[3].notes).toBe("Deprecation date 2026-06-01.");
    expect(entries[4]).toMatchObject({ usdPerMillionInput: 2.5, usdPerMillionOutput: 0.3 });
  });

  it("lists what it skipped and why, but not sample_spec", () => {
    expect(imported().skipped).toEqual([
      { key: "text-embedding-3-small", reason: 'mode "embedding" is not chat' },
      { key: "1024-x-1024/dall-e-2", reason: 'mode "image_generation" is not chat' },
      { key: "azure/gpt-4o-realtime-no-output-price", reason: "no output_cost_per_token" },
    ]);
  });

  it("accepts an already-parsed object too", () => {
    expect(importLitellmPrices(JSON.parse(fixtureText), options)).toMatchObject({ ok: true });
  });
});

describe("previewPriceImport", () => {
  it("shows added, changed and unchanged against the shipped catalog before anything is applied", () => {
    const current = shippedEntries();
    const { entries, skipped } = imported();
    const preview = previewPriceImport(current, entries, skipped);
    // The fixture's gpt-4o input (2.00) differs from the shipped 2.50 on purpose.
    expect(preview.changed).toEqual([{ id: "gpt-4o", field: "usdPerMillionInput", from: 2.5, to: 2 }]);
    // claude-haiku-4-5, gemini-2.5-pro and gemini-2.0-flash match shipped entries by their LiteLLM key.
    expect(preview.unchanged).toBe(3);
    expect(preview.added.map((entry) => entry.id)).toEqual(["example-provider/noisy-7b"]);
    expect(preview.skipped).toHaveLength(3);
    expect(current.find((entry) => entry.id === "gpt-4o")?.usdPerMillionInput).toBe(2.5);
  });

  it("keeps a price the file does not give, rather than reporting it as removed", () => {
    const base = imported().entries[0];
    const preview = previewPriceImport([base], [{ ...base, usdPerMillionBatchInput: null }]);
    expect(preview.changed).toEqual([]);
    expect(preview.unchanged).toBe(1);
  });
});

describe("importLitellmPrices on malformed input", () => {
  it("says when the file is not JSON", () => {
    const result = importLitellmPrices("{ not json", options);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/^The file is not valid JSON \(.+\)\. Choose LiteLLM's model_prices_and_context_window\.json/);
    }
  });

  it("says when the JSON is not an object", () => {
    expect(importLitellmPrices("[1, 2]", options)).toEqual({
      ok: false,
      error:
        "Expected a JSON object mapping model names to prices, but the file holds a list. Choose LiteLLM's model_prices_and_context_window.json (from github.com/BerriAI/litellm) or a file in the same format.",
    });
  });

  it("says when there is no chat model to import", () => {
    const onlyEmbeddings = JSON.stringify({
      sample_spec: {},
      "text-embedding-3-small": { input_cost_per_token: 2e-8, mode: "embedding" },
      "chat-without-prices": { mode: "chat" },
    });
    const result = importLitellmPrices(onlyEmbeddings, options);
    expect(result.ok || result.error).toMatch(
      /^The file has no chat models with both input_cost_per_token and output_cost_per_token \(2 entries looked at;/,
    );
  });

  it("skips an entry whose price is not a number, naming the field", () => {
    const text = JSON.stringify({
      good: { mode: "chat", input_cost_per_token: 1e-6, output_cost_per_token: 2e-6 },
      bad: { mode: "chat", input_cost_per_token: "0.000001", output_cost_per_token: 2e-6 },
      odd: 42,
    });
    const result = importLitellmPrices(text, options);
    if (!result.ok) throw new Error(result.error);
    expect(result.value.skipped).toEqual([
      { key: "bad", reason: 'input_cost_per_token is not a number ≥ 0 (got "0.000001")' },
      { key: "odd", reason: "not an object (got 42)" },
    ]);
    expect(result.value.entries[0].provider).toBe("unknown");
  });
});
