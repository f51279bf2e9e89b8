import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readReportText } from "./importRunFile";
import { sampleBenchReport } from "./sampleBenchReport";

const FIXTURE = new URL("../../../e2e/fixtures/bench-report.json", import.meta.url);

describe("readReportText", () => {
  it("accepts the e2e fixture, which is the sample report as JSON", () => {
    const text = readFileSync(FIXTURE, "utf8");
    expect(JSON.parse(text)).toEqual(sampleBenchReport());
    const read = readReportText(text);
    expect(read.ok).toBe(true);
  });

  it("says when a file is not JSON", () => {
    const read = readReportText("{ not json");
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(/^The file is not JSON/);
  });

  it("wraps llama-bench's own row list as a report", () => {
    const read = readReportText(JSON.stringify(sampleBenchReport().results));
    expect(read.ok && read.source).toBe("llama-bench");
  });

  it("names what is wrong with a damaged report", () => {
    const other = readReportText(JSON.stringify({ schema: "breakeven.scenario", name: "x" }));
    expect(!other.ok && other.error).toMatch(/not a Breakeven bench report/);
    const damaged = { ...sampleBenchReport(), results: "none" };
    const read = readReportText(JSON.stringify(damaged));
    expect(!read.ok && read.error).toMatch(/results/);
  });
});
