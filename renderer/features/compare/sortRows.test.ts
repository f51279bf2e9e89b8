import { describe, expect, it } from "vitest";
import type { CompareRow } from "./compareRows";
import { nextSort, sortRows } from "./sortRows";

function row(key: string, perWatt: number | null, kind: CompareRow["kind"] = "projected"): CompareRow {
  return {
    key,
    kind,
    label: key,
    detail: "",
    projection: null,
    syntheticWeights: false,
    fits: true,
    fitNote: "",
    batch1TokensPerSecond: null,
    operatingPoint: null,
    operatingNote: null,
    powerWatts: null,
    powerBasis: "unknown",
    tokensPerSecondPerWatt: perWatt,
    tokensPerSecondPerThousandUsd: null,
    cloudUsdPerMillionTokens: null,
    tco: { ok: false, reason: "" },
  };
}

describe("sortRows", () => {
  const rows = [row("a", 1.2, "measured"), row("b", null), row("c", 3.4), row("d", 0.5)];

  it("sorts best first on the first click and keeps unknown values last both ways", () => {
    const first = nextSort(null, "perWatt");
    expect(first).toEqual({ key: "perWatt", direction: "desc" });
    expect(sortRows(rows, first).map((r) => r.key)).toEqual(["c", "a", "d", "b"]);
    const second = nextSort(first, "perWatt");
    expect(sortRows(rows, second).map((r) => r.key)).toEqual(["d", "a", "c", "b"]);
  });

  it("keeps the given order without a sort", () => {
    expect(sortRows(rows, null).map((r) => r.key)).toEqual(["a", "b", "c", "d"]);
  });
});
