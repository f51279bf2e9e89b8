import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EMPTY_VENDOR_USER_EDITS, mergeVendorPrices } from "../../../shared/catalog/mergeCatalog";
import { parseVendorCatalog } from "../../../shared/catalog/vendorPrices";
import { applySelectedImport, changedEntryIds, checkFileSize, prepareImport } from "./litellmFile";

const shippedJson: unknown = JSON.parse(readFileSync(new URL("../../../resources/catalog/vendor-prices.json", import.meta.url), "utf8"));
const fixtureText = readFileSync(new URL("../../../e2e/fixtures/litellm-small.json", import.meta.url), "utf8");

function current() {
  const shipped = parseVendorCatalog(shippedJson);
  if (!shipped.ok) throw new Error(shipped.error);
  return mergeVendorPrices(shipped.value.entries, EMPTY_VENDOR_USER_EDITS).entries;
}

describe("LiteLLM file import", () => {
  it("previews the e2e fixture against the shipped catalog", () => {
    const ready = prepareImport(fixtureText, "litellm-small.json", current(), "2026-12-04");
    if (!ready.ok) throw new Error(ready.error);
    expect(changedEntryIds(ready.value.preview)).toEqual(["gpt-4o-mini"]);
    expect(ready.value.preview.added.map((entry) => entry.id)).toEqual(["acme/tiny-chat-1"]);
    expect(ready.value.preview.skipped.map((skip) => skip.key)).toEqual(["text-embedding-3-small"]);
  });

  it("applies only what the user ticked", () => {
    const entries = current();
    const ready = prepareImport(fixtureText, "litellm-small.json", entries, "2026-12-04");
    if (!ready.ok) throw new Error(ready.error);
    const none = applySelectedImport(EMPTY_VENDOR_USER_EDITS, entries, ready.value, { changedIds: new Set(), addedIds: new Set() }, "2026-12-04");
    expect(none.edits).toEqual(EMPTY_VENDOR_USER_EDITS);

    const all = applySelectedImport(
      EMPTY_VENDOR_USER_EDITS,
      entries,
      ready.value,
      { changedIds: new Set(["gpt-4o-mini"]), addedIds: new Set(["acme/tiny-chat-1"]) },
      "2026-12-04",
    );
    expect(all.edits.overrides["gpt-4o-mini"]).toMatchObject({ editedOn: "2026-12-04", fields: { usdPerMillionInput: 0.12 } });
    expect(all.edits.added.map((entry) => entry.id)).toEqual(["acme/tiny-chat-1"]);
    expect(all.summary).toContain("1 price changed on 1 model, 1 model added");
  });

  it("explains a file that is not a price file, and says nothing changed", () => {
    const result = prepareImport("[1, 2]", "list.json", current(), "2026-12-04");
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("Nothing was changed") });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("model_prices_and_context_window.json") });
    expect(checkFileSize("huge.json", 80 * 1024 * 1024)).toContain("too large");
  });
});
