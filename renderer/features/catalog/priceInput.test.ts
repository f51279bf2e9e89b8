import { describe, expect, it } from "vitest";
import type { VendorEntry } from "../../../shared/catalog/vendorPrices";
import { formatUsdPerMillion } from "./priceFormat";
import { changedPrices, readPriceDraft, readPriceText } from "./priceInput";

const mini: VendorEntry = {
  id: "gpt-4o-mini",
  label: "GPT-4o mini",
  provider: "openai",
  litellmKey: "gpt-4o-mini",
  usdPerMillionInput: 0.15,
  usdPerMillionOutput: 0.6,
  usdPerMillionCachedInput: 0.075,
  source: "test",
  priceReadOn: "2026-12-03",
};
describe("price input", () => {
  it("reads numbers, forgives a dollar sign, and treats an empty optional box as no price", () => {
    expect(readPriceText(" $0.15 ", "Input", true)).toEqual({ ok: true, value: 0.15 });
    expect(readPriceText("", "Cached input", false)).toEqual({ ok: true, value: null });
  });

  it("says what to type when the text is not a price", () => {
    expect(readPriceText("-1", "Input", true)).toEqual({ ok: false, error: "Input price must be a number ≥ 0 (USD per 1M tokens)" });
    expect(readPriceText("abc", "Cached input", false)).toMatchObject({ ok: false, error: expect.stringContaining("leave it empty") });
    expect(readPriceText("1e999", "Output", true).ok).toBe(false);
    expect(readPriceText("", "Output", true)).toMatchObject({ ok: false, error: expect.stringContaining("required") });
  });

  it("reports every bad box at once and keeps only changed prices", () => {
    expect(readPriceDraft({ input: "x", output: "", cachedInput: "0.1" })).toMatchObject({ ok: false, errors: { input: expect.any(String), output: expect.any(String) } });
    const read = readPriceDraft({ input: "0.1", output: "0.6", cachedInput: "" });
    if (!read.ok) throw new Error("expected prices");
    expect(changedPrices(mini, read.prices)).toEqual({ usdPerMillionInput: 0.1, usdPerMillionCachedInput: null });
  });

  it("formats prices without losing published decimals", () => {
    expect([formatUsdPerMillion(0.075), formatUsdPerMillion(15), formatUsdPerMillion(null)]).toEqual(["$0.075", "$15.00", "—"]);
  });
});
