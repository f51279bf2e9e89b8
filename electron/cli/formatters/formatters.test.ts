import { describe, expect, it } from "vitest";
import { makeBenchReportFixture } from "./benchReportFixture";
import { CSV_COLUMNS, formatCsv } from "./csv";
import { formatJson } from "./json";
import { formatJsonl } from "./jsonl";
import { formatMarkdown, formatParams, formatSize } from "./markdown";

const LLAMA_BENCH_FIELDS = [
  "build_commit", "build_number", "cpu_info", "gpu_info", "backends", "model_filename", "model_type", "model_size",
  "model_n_params", "n_batch", "n_ubatch", "n_threads", "type_k", "type_v", "n_gpu_layers", "flash_attn", "use_mmap",
  "n_prompt", "n_gen", "n_depth", "test_time", "avg_ns", "stddev_ns", "avg_ts", "stddev_ts", "samples_ns", "samples_ts",
];

describe("markdown output", () => {
  it("is llama-bench's table: same columns, widths and avg ± stddev", () => {
    const lines = formatMarkdown(makeBenchReportFixture()).split("\n");
    expect(lines[0]).toBe(
      "| model                          |       size |     params | backend    | threads |            test |                  t/s |   decode t/s |",
    );
    expect(lines[1]).toBe(
      "| ------------------------------ | ---------: | ---------: | ---------- | ------: | --------------: | -------------------: | -----------: |",
    );
    expect(lines[2]).toBe(
      "| llama ?B Q4_K - Medium         |  75.59 MiB |   124.67 M | CPU        |       2 |           pp512 |        227.56 ± 5.12 |       230.10 |",
    );
    expect(lines[3]).toContain("|           tg128 |         60.00 ± 1.13 |        63.20 |");
    expect(lines).toContain("build: 5b4ebc5 (1)");
  });

  it("names node-llama-cpp's llama.cpp release where llama-bench's build number is unknown", () => {
    const report = makeBenchReportFixture();
    report.results = report.results.map((row) => ({ ...row, build_number: null }));
    expect(formatMarkdown(report).split("\n")).toContain("build: 5b4ebc5 (v0.4.0)");
  });

  it("adds llama-bench's optional columns only when a value is not the default", () => {
    const report = makeBenchReportFixture();
    report.results[1] = { ...report.results[1], flash_attn: true, n_parallel: 4, n_batch: 512 };
    const header = formatMarkdown(report).split("\n")[0];
    expect(header).toMatch(/\| n_batch \|  fa \| parallel \|/);
    expect(header).not.toContain("ngl");
  });

  it("formats sizes and parameter counts as llama-bench does", () => {
    expect(formatSize(4_683_073_184)).toBe("4.36 GiB");
    expect(formatParams(7_615_616_512)).toBe("7.62 B");
  });

  it("says when a run was cancelled", () => {
    const report = { ...makeBenchReportFixture(), status: "cancelled" as const, note: "Cancelled after 1 of 2 tests." };
    expect(formatMarkdown(report)).toContain("status: cancelled: Cancelled after 1 of 2 tests.");
  });
});

describe("csv output", () => {
  it("has a header of field names and one quoted line per row", () => {
    const lines = formatCsv(makeBenchReportFixture()).trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    const header = lines[0].split(",");
    expect(header.slice(0, LLAMA_BENCH_FIELDS.length)).toEqual(LLAMA_BENCH_FIELDS);
    expect(header).toEqual([...CSV_COLUMNS]);
    const cells = lines[2].slice(1, -1).split('","');
    expect(cells).toHaveLength(header.length);
    expect(cells[header.indexOf("test")]).toBe("tg128");
    expect(cells[header.indexOf("avg_ts")]).toBe("60");
    expect(cells[header.indexOf("samples_ts")]).toBe("60.95;59.08");
    expect(cells[header.indexOf("flash_attn")]).toBe("0");
    expect(cells[header.indexOf("power_measured")]).toBe("0");
  });

  it("escapes quotes the CSV way", () => {
    const report = makeBenchReportFixture();
    report.results[0].model_filename = 'a "quoted" name.gguf';
    expect(formatCsv(report)).toContain('"a ""quoted"" name.gguf"');
  });
});

describe("jsonl and json output", () => {
  it("jsonl writes one result row per line with llama-bench's field names", () => {
    const lines = formatJsonl(makeBenchReportFixture()).trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      const row = JSON.parse(line) as Record<string, unknown>;
      for (const field of LLAMA_BENCH_FIELDS) expect(row).toHaveProperty(field);
    }
    expect(JSON.parse(lines[1]).test).toBe("tg128");
  });

  it("json is the report itself, round-tripping exactly", () => {
    const report = makeBenchReportFixture();
    expect(JSON.parse(formatJson(report))).toEqual(report);
  });
});
