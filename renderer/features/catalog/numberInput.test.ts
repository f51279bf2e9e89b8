import { describe, expect, it } from "vitest";
import { readNumberText, type NumberRule } from "./numberInput";

const vram: NumberRule = { name: "VRAM", unit: "GB", example: "24", required: true, positive: true };
const purchase: NumberRule = { name: "Purchase price", unit: "USD per GPU", example: "1599", required: false };

describe("number input", () => {
  it("forgives a dollar sign and thousands separators, not a decimal comma", () => {
    expect(readNumberText(" $30,000 ", purchase)).toEqual({ ok: true, value: 30000 });
    expect(readNumberText("1,234.5", purchase)).toEqual({ ok: true, value: 1234.5 });
    expect(readNumberText("0,95", purchase)).toEqual({ ok: false, error: "Purchase price must be a number ≥ 0 (USD per GPU), or leave it empty when there is none" });
  });

  it("says what to type: the unit, an example, and whether zero or empty is allowed", () => {
    expect(readNumberText("", vram)).toEqual({ ok: false, error: "VRAM is required: enter GB, e.g. 24" });
    expect(readNumberText("0", vram)).toEqual({ ok: false, error: "VRAM must be a number > 0 (GB)" });
    expect(readNumberText("0", purchase)).toEqual({ ok: true, value: 0 });
    expect(readNumberText("", purchase)).toEqual({ ok: true, value: null });
  });
});
